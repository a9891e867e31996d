"""ProcessPoolExecutor: submit returns a Future; map keeps input order."""

from concurrent.futures import ProcessPoolExecutor, as_completed


def square(x):
    return x * x


def main():
    with ProcessPoolExecutor(max_workers=2) as executor:  # (1)!
        future = executor.submit(square, 7)
        print("submit:", future.result(timeout=10))  # (2)!

        print("map:", list(executor.map(square, range(6), timeout=10)))  # (3)!

        futures = {executor.submit(square, x): x for x in range(6)}
        finished = {}
        for done in as_completed(futures, timeout=10):  # (4)!
            finished[futures[done]] = done.result()
        print("as_completed, by input:", [finished[x] for x in range(6)])  # (5)!


if __name__ == "__main__":
    main()
