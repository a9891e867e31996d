"""A thread queue (queue.Queue) handed to a process does not connect them.

queue.Queue lives in one process's memory. Under fork the child gets a copy
and fills the copy; the parent's queue stays empty. Under spawn and
forkserver the queue must be pickled to reach the child, and its lock
cannot be: start() raises TypeError. multiprocessing.Queue is the fix.
"""

import multiprocessing as mp
import queue


def work(q):
    q.put("hello from the child")


def try_queue(q, wait):
    name = f"{type(q).__module__}.{type(q).__name__}"
    child = mp.Process(target=work, args=(q,))
    try:
        child.start()  # (1)!
    except TypeError as e:
        print(f"{name}: start() raised {type(e).__name__}")
        return
    try:
        print(f"{name}: parent got {q.get(timeout=wait)!r}")
    except queue.Empty:
        print(f"{name}: parent got nothing (queue.Empty)")  # (2)!
    join_or_stop(child)


def main():
    try_queue(queue.Queue(), wait=1)
    try_queue(mp.Queue(), wait=10)


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
