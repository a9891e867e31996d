"""Pool chunksize: how many task messages the same work takes."""

import multiprocessing as mp
import os

ITEMS = range(200)
ARRIVALS = {}  # run -> task messages this process has received for it


def arrive(run):
    ARRIVALS[run] = ARRIVALS.get(run, 0) + 1
    return Square(run)


class Square:
    """The task function, as an object that counts how often it arrives."""

    def __init__(self, run):
        self.run = run

    def __reduce__(self):
        return arrive, (self.run,)  # (1)!

    def __call__(self, x):
        return x * x, os.getpid(), ARRIVALS[self.run]


def run(pool, label, method, **kwargs):
    results = list(getattr(pool, method)(Square(label), ITEMS, **kwargs))
    arrivals = {}  # worker -> task messages it had received
    for _, worker, seen in results:
        arrivals[worker] = max(arrivals.get(worker, 0), seen)
    total = sum(square for square, _, _ in results)
    return len(results), total, sum(arrivals.values())


def main():
    with mp.Pool(2) as pool:
        for label, method, kwargs in [
            ("imap_unordered, chunksize=1 (its default)", "imap_unordered", {}),  # (2)!
            ("imap_unordered, chunksize=50", "imap_unordered", {"chunksize": 50}),
            ("map, chunksize chosen by map", "map", {}),  # (3)!
        ]:
            count, total, messages = run(pool, label, method, **kwargs)
            print(f"{label}: {count} results, sum {total}, {messages} task messages")
        pool.close()
        pool.join()


if __name__ == "__main__":
    main()
