"""Pool.imap keeps pulling input while nobody reads the results."""

import multiprocessing as mp
import time

pulled = 0  # counted in the parent, by the pool's task-feeding thread


def numbers(count):
    global pulled
    for n in range(count):
        pulled += 1  # (1)!
        yield n


def double(n):
    return 2 * n


def main():
    with mp.Pool(2) as pool:
        results = pool.imap(double, numbers(2000))
        print("first result:", results.next(timeout=10))
        deadline = time.monotonic() + 10
        while pulled < 2000 and time.monotonic() < deadline:  # (2)!
            time.sleep(0.05)
        print("inputs pulled while 1 result was read:", pulled)  # (3)!
        rest = [results.next(timeout=10) for _ in range(1999)]
        print("the other results were waiting in memory:", len(rest))
        pool.close()
        pool.join()


if __name__ == "__main__":
    main()
