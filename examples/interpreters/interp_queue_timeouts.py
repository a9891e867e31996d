"""Bounded interpreter queues: put/get with and without waiting, and timeouts."""

# requires: python >= 3.14

import queue
import time
from concurrent import interpreters


def main():
    q = interpreters.create_queue(maxsize=1)  # (1)!
    q.put("first")
    try:
        q.put_nowait("second")
    except interpreters.QueueFull:
        print("put_nowait on a full queue: QueueFull")
    try:
        q.put("second", timeout=1)  # (2)!
    except queue.Full as e:
        print("put(timeout=1):", type(e).__name__, "is a queue.Full")

    print("get:", q.get(timeout=1))
    try:
        q.get_nowait()
    except interpreters.QueueEmpty:
        print("get_nowait on an empty queue: QueueEmpty")

    start = time.monotonic()
    try:
        q.get(timeout=0.5)  # (3)!
    except queue.Empty:
        waited = time.monotonic() - start
        print("get(timeout=0.5) waited 0.4 s or more:", waited >= 0.4)


if __name__ == "__main__":
    main()
