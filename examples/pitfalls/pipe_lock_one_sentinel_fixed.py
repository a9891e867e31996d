"""The fix: a Queue (safe for many readers) and one sentinel per consumer."""

import multiprocessing as mp

CONSUMERS = 3


def consume(q, reports):
    count = 0
    while q.get(timeout=10) is not None:  # (1)!
        count += 1
    reports.put(count)


def main():
    q, reports = mp.Queue(), mp.Queue()
    consumers = [
        mp.Process(target=consume, args=(q, reports)) for _ in range(CONSUMERS)
    ]
    for c in consumers:
        c.start()
    for item in range(10):
        q.put(item)
    for _ in consumers:
        q.put(None)  # (2)!
    counts = [reports.get(timeout=30) for _ in consumers]
    for c in consumers:
        join_or_stop(c)
    print("consumers that stopped at a sentinel:", len(counts))
    print("items received in total:", sum(counts))
    print("exit codes:", [c.exitcode for c in consumers])


def join_or_stop(process, timeout=10):
    """Join; if it still runs after timeout, terminate (then kill) it and say so."""
    process.join(timeout)
    if process.is_alive():
        print(f"{process.name} still running after {timeout} s: terminating it")
        process.terminate()
        process.join(timeout=5)
        if process.is_alive():
            process.kill()
            process.join(timeout=5)


if __name__ == "__main__":
    main()
