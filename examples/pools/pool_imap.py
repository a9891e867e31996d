"""imap yields results lazily in input order; imap_unordered as they finish."""

import multiprocessing as mp


def cube(x):
    return x**3


def main():
    with mp.Pool(2) as pool:
        it = pool.imap(cube, range(6))  # (1)!
        first = it.next(timeout=10)  # (2)!
        rest = [it.next(timeout=10) for _ in range(5)]
        print("imap, first:", first, "then:", rest)

        arrived = list(pool.imap_unordered(cube, range(6), chunksize=2))  # (3)!
        print("imap_unordered, sorted:", sorted(arrived))  # (4)!


if __name__ == "__main__":
    main()
