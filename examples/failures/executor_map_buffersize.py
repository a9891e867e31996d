"""Executor.map(..., buffersize=n) (3.14+) pulls input as results are read."""

# requires: python >= 3.14

from concurrent.futures import ProcessPoolExecutor

pulled = 0


def numbers(count):
    global pulled
    for n in range(count):
        pulled += 1
        yield n


def double(n):
    return 2 * n


def main():
    with ProcessPoolExecutor(2) as executor:
        results = executor.map(double, numbers(2000), timeout=30, buffersize=4)  # (1)!
        print("pulled before the first result was asked for:", pulled)
        print("first result:", next(results))
        print("pulled after reading one result:", pulled)  # (2)!
        rest = list(results)
        print("results in input order:", rest == [2 * n for n in range(1, 2000)])


if __name__ == "__main__":
    main()
