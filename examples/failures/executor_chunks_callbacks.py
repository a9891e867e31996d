"""ProcessPoolExecutor has chunksize too, and futures take done-callbacks."""

import os
from concurrent.futures import ProcessPoolExecutor


def tag(n):
    return n, os.getpid()


def square(n):
    return n * n


def main():
    with ProcessPoolExecutor(2) as executor:
        pairs = list(executor.map(tag, range(12), chunksize=4, timeout=10))  # (1)!
        chunks = [
            {pid for n, pid in pairs if start <= n < start + 4} for start in (0, 4, 8)
        ]
        print(
            "each chunk of 4 ran in a single worker:", all(len(c) == 1 for c in chunks)
        )

        squares = []
        for n in range(5):
            future = executor.submit(square, n)
            future.add_done_callback(lambda f: squares.append(f.result()))  # (2)!
    print("callbacks ran:", sorted(squares))  # (3)!


if __name__ == "__main__":
    main()
