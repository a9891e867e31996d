"""Ten processes decrement a shared counter; a Lock makes each step whole."""

import multiprocessing as mp


def decrement(counts, lock):
    with lock:  # (1)!
        counts["count"] -= 1  # (2)!


def main():
    with mp.Manager() as manager:
        counts = manager.dict({"count": 10})
        lock = manager.Lock()  # (3)!
        workers = [mp.Process(target=decrement, args=(counts, lock)) for _ in range(10)]
        for w in workers:
            w.start()
        for w in workers:
            join_or_stop(w)
        print("final count:", counts["count"])  # (4)!


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
