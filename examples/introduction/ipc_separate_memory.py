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
    join_or_stop(child)
    print("parent's list:", numbers)


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
