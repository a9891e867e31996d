"""Each process has its own memory: a child's changes stay in the child."""

import multiprocessing as mp


def append_and_report(numbers, results):
    numbers.append(4)  # (1)!
    results.put(numbers)  # (2)!


def main():
    numbers = [1, 2, 3]
    results = mp.Queue()
    child = mp.Process(target=append_and_report, args=(numbers, results))
    child.start()
    print("child's list: ", results.get(timeout=10))
    child.join(timeout=10)
    print("parent's list:", numbers)


if __name__ == "__main__":
    main()
