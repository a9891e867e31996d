"""Without a lock, two read-modify-writes on a proxy can lose one update."""

import multiprocessing as mp


def decrement_unlocked(counts, both_read):
    current = counts["count"]  # (1)!
    both_read.wait(timeout=10)  # (2)!
    counts["count"] = current - 1


def main():
    with mp.Manager() as manager:
        counts = manager.dict({"count": 10})
        both_read = manager.Barrier(2)
        workers = [
            mp.Process(target=decrement_unlocked, args=(counts, both_read))
            for _ in range(2)
        ]
        for w in workers:
            w.start()
        for w in workers:
            join_or_stop(w)
        print("two decrements from 10, final count:", counts["count"])  # (3)!


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
