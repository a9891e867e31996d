"""Shared memory: a Value and an Array that parent and child both see."""

import multiprocessing as mp


def fill(counter, squares):
    with counter.get_lock():  # (1)!
        counter.value += 1
    for i in range(len(squares)):
        squares[i] = i * i


def main():
    counter = mp.Value("i", 0)  # (2)!
    squares = mp.Array("i", 5)
    child = mp.Process(target=fill, args=(counter, squares))
    child.start()
    join_or_stop(child)
    print("counter:", counter.value)
    print("squares:", list(squares))  # (3)!


def join_or_stop(process, timeout=10):
    """Join; if it still runs after timeout, terminate (then kill) it and say so."""
    process.join(timeout)
    if process.is_alive():
        print(f"{process.name} still running after {timeout} s: terminating it")
        process.terminate()
        process.join(timeout=5)
        if process.is_alive():
            process.kill()
            process.join(timeout=5)


if __name__ == "__main__":
    main()
