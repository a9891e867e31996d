"""map and starmap split an iterable into tasks; chunksize sets how many per task."""

import multiprocessing as mp
import os


def square(x):
    return x * x


def power(base, exp):
    return base**exp


def square_where(x):
    return x * x, os.getpid()


def main():
    with mp.Pool(2) as pool:
        print("map:", pool.map(square, range(8)))  # (1)!
        print("starmap:", pool.starmap(power, [(2, 3), (3, 2), (10, 0)]))  # (2)!

        pairs = pool.map(square_where, range(12), chunksize=4)  # (3)!
        squares = [sq for sq, _ in pairs]
        pids = [pid for _, pid in pairs]
        chunks = [pids[i : i + 4] for i in range(0, 12, 4)]
        print("with chunksize=4:", squares)
        print("each chunk ran in one worker:", all(len(set(c)) == 1 for c in chunks))


if __name__ == "__main__":
    main()
