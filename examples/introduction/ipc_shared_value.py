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
    child.join(timeout=10)
    print("counter:", counter.value)
    print("squares:", list(squares))  # (3)!


if __name__ == "__main__":
    main()
