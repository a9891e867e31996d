"""Two interpreters, each in its own thread, share a task queue and a result queue."""

# requires: python >= 3.14

import hashlib
from concurrent import interpreters

WORKERS = 2


def checksum(text):
    """CPU-bound work: hash a string many times, return a short digest."""
    digest = text.encode()
    for _ in range(20_000):
        digest = hashlib.sha256(digest).digest()
    return digest.hex()[:12]


def worker(tasks, results):
    """Hash lines from `tasks` until the None sentinel; report on `results`."""
    while (line := tasks.get(timeout=10)) is not None:
        results.put((line, checksum(line)))
    results.put(None)


def main():
    tasks = interpreters.create_queue()  # (1)!
    results = interpreters.create_queue()
    interps = [interpreters.create() for _ in range(WORKERS)]
    threads = [
        interp.call_in_thread(worker, tasks, results)  # (2)!
        for interp in interps
    ]
    try:
        for n in range(6):
            tasks.put(f"order-{n}")
        for _ in threads:
            tasks.put(None)  # (3)!
        done, digests = 0, {}
        while done < WORKERS:
            item = results.get(timeout=30)  # (4)!
            if item is None:
                done += 1
            else:
                line, digest = item
                digests[line] = digest
    finally:
        for t in threads:
            t.join(timeout=30)
            if t.is_alive():
                print("a worker thread is still running")  # (5)!
        for interp in interps:
            interp.close()
    for line in sorted(digests):
        print(line, digests[line])


if __name__ == "__main__":
    main()
