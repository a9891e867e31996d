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
            w.join(timeout=10)
        print("final count:", counts["count"])  # (4)!


if __name__ == "__main__":
    main()
