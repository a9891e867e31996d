"""SimpleQueue: an unbounded FIFO with put and get, and nothing else."""

import queue
import threading
from functools import partial


def produce(q, count):
    for n in range(count):
        q.put(n * n)  # (1)!
    q.put(None)


def main():
    q = queue.SimpleQueue()
    producer = threading.Thread(target=produce, args=(q, 5))
    producer.start()
    squares = list(iter(partial(q.get, timeout=10), None))  # (2)!
    producer.join(timeout=10)
    if producer.is_alive():  # a thread cannot be stopped from outside: report it
        print(f"{producer.name} still running after 10 s")
    print("squares:", squares)
    for name in ["maxsize", "full", "task_done", "join"]:
        print(f"SimpleQueue has {name}:", hasattr(q, name))  # (3)!


if __name__ == "__main__":
    main()
