"""Executor.map submits every input before it yields; a window bounds it."""

from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait

pulled = 0


def numbers(count):
    global pulled
    for n in range(count):
        pulled += 1
        yield n


def double(n):
    return 2 * n


def bounded_map(executor, fn, items, window):  # (1)!
    pending = set()
    for item in items:
        pending.add(executor.submit(fn, item))
        while len(pending) >= window:
            done, pending = wait(pending, timeout=10, return_when=FIRST_COMPLETED)
            if not done:
                raise TimeoutError("no task finished in 10 seconds")
            yield from (future.result() for future in done)  # (2)!
    for future in pending:
        yield future.result(timeout=10)


def main():
    global pulled
    with ProcessPoolExecutor(2) as executor:
        results = executor.map(double, numbers(2000), timeout=30)  # (3)!
        print("Executor.map: pulled before the first result was asked for:", pulled)
        print("results:", len(list(results)))

        pulled = 0
        results = bounded_map(executor, double, numbers(2000), window=4)
        next(results)
        print("bounded_map: pulled when the first result came:", pulled)
        read, most_ahead = 1, pulled - 1
        for _ in results:
            read += 1
            most_ahead = max(most_ahead, pulled - read)
        print("bounded_map: results:", read, "- most inputs ahead of them:", most_ahead)


if __name__ == "__main__":
    main()
