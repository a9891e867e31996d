"""An object that cannot be pickled, put on a Queue, is lost silently.

Queue.put() only appends the object to a buffer; the feeder thread pickles
it later, fails, prints a traceback on stderr and drops it. put() has
already returned, so the caller never learns. SimpleQueue.put() pickles at
once, so the same mistake raises in the caller.
"""
# stderr: cannot pickle '_thread.lock' object

import multiprocessing as mp
import queue
import threading


def main():
    q = mp.Queue()
    q.put(threading.Lock())  # (1)!
    print("Queue.put() of a lock returned normally")
    q.put("the next item")
    print("first get():", q.get(timeout=10))  # (2)!
    try:
        q.get(timeout=1)
    except queue.Empty:
        print("second get(): timed out; the lock was never sent")
    q.close()
    q.join_thread()

    sq = mp.SimpleQueue()
    try:
        sq.put(threading.Lock())  # (3)!
    except TypeError as e:
        print("SimpleQueue.put() of a lock raised", type(e).__name__)
    sq.close()


if __name__ == "__main__":
    main()
