"""Pool chunksize: how many task messages the same work takes."""

import multiprocessing as mp
import os

ITEMS = range(200)


def arrive():
    Square.arrivals += 1
    return Square()


class Square:
    """The task function, as an object that counts how often it arrives."""

    arrivals = 0  # per process

    def __reduce__(self):
        return arrive, ()  # (1)!

    def __call__(self, x):
        return x * x, os.getpid(), Square.arrivals


def run(method, **kwargs):
    pool = mp.Pool(2)
    try:
        results = list(getattr(pool, method)(Square(), ITEMS, **kwargs))
    finally:
        pool.close()
        pool.join()
    arrivals = {}  # worker -> task messages it had received
    for _, worker, seen in results:
        arrivals[worker] = max(arrivals.get(worker, 0), seen)
    total = sum(square for square, _, _ in results)
    return len(results), total, sum(arrivals.values())


def main():
    for label, method, kwargs in [
        ("imap_unordered, chunksize=1 (its default)", "imap_unordered", {}),  # (2)!
        ("imap_unordered, chunksize=50", "imap_unordered", {"chunksize": 50}),
        ("map, chunksize chosen by map", "map", {}),  # (3)!
    ]:
        count, total, messages = run(method, **kwargs)
        print(f"{label}: {count} results, sum {total}, {messages} task messages")


if __name__ == "__main__":
    main()
