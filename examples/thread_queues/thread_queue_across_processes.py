"""A queue.Queue cannot carry messages between processes.

Under fork the child fills its own copy of the queue and the parent sees
nothing; under spawn and forkserver the queue cannot even be sent to the child.
"""

import multiprocessing as mp
import queue


def fill(q, report):
    for n in range(3):
        q.put(n)
    report.put(q.qsize())  # (1)!


def main():
    q = queue.Queue()  # (2)!
    report = mp.Queue()
    child = mp.Process(target=fill, args=(q, report))
    try:
        child.start()
    except TypeError as e:  # (3)!
        print(f"start() raised {type(e).__name__}: {e}")
        return
    print("child's copy holds", report.get(timeout=10), "items")
    child.join(timeout=10)
    try:
        q.get(timeout=1)
    except queue.Empty:
        print("parent's queue: Empty, the items never arrived")  # (4)!


if __name__ == "__main__":
    main()
