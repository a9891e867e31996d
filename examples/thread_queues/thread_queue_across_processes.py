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
    join_or_stop(child)
    try:
        q.get(timeout=1)
    except queue.Empty:
        print("parent's queue: Empty, the items never arrived")  # (4)!


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
