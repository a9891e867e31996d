"""SharedMemoryManager unlinks the blocks it made; workers attach by name."""

import multiprocessing as mp
from multiprocessing.managers import SharedMemoryManager
from multiprocessing.shared_memory import ShareableList, SharedMemory


def square(list_name, index):
    numbers = ShareableList(name=list_name)  # (1)!
    try:
        numbers[index] = numbers[index] ** 2
    finally:
        numbers.shm.close()  # (2)!


def main():
    with SharedMemoryManager() as smm:  # (3)!
        numbers = smm.ShareableList([3, 4, 5, 6])  # (4)!
        name = numbers.shm.name
        workers = [
            mp.Process(target=square, args=(name, i)) for i in range(len(numbers))
        ]
        for w in workers:
            w.start()
        for w in workers:
            join_or_stop(w)
        print("squared in place:", list(numbers))
        numbers.shm.close()  # (5)!
    try:
        SharedMemory(name=name)  # (6)!
    except FileNotFoundError:
        print("after shutdown, attaching by name: FileNotFoundError")


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
