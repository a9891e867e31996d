"""Queue.put() returns before pickling: a change made after put() is what gets sent."""

import multiprocessing as mp


def main():
    q = mp.Queue()
    order = {"id": 1, "status": "new"}
    q.put(order)  # (1)!
    order["status"] = "changed after put()"  # (2)!
    print("Queue received:      ", q.get(timeout=10))

    order = {"id": 2, "status": "new"}
    q.put(dict(order))  # (3)!
    order["status"] = "changed after put()"
    print("Queue, put a copy:   ", q.get(timeout=10))

    simple = mp.SimpleQueue()
    order = {"id": 3, "status": "new"}
    simple.put(order)  # (4)!
    order["status"] = "changed after put()"
    print("SimpleQueue received:", simple.get())
    q.close()
    q.join_thread()
    simple.close()


if __name__ == "__main__":
    main()
