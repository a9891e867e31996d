"""get() and put() block; a timeout turns an endless wait into an exception."""

import multiprocessing as mp
import queue


def main():
    q = mp.Queue(maxsize=1)

    try:
        q.get(timeout=0.2)  # nothing there yet
    except queue.Empty:
        print("get(timeout=0.2) on an empty queue raised queue.Empty")

    q.put("first")
    try:
        q.put("second", timeout=0.2)  # maxsize=1: no room
    except queue.Full:
        print("put(timeout=0.2) on a full queue raised queue.Full")

    print("get() returned", q.get(timeout=5))
    q.put("second", timeout=5)  # room again
    print("get() returned", q.get(timeout=5))


if __name__ == "__main__":
    main()
