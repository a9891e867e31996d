"""fork copies a lock that another thread holds; no thread in the child releases it."""

import multiprocessing as mp
import threading
import warnings

LOCK = threading.Lock()  # (1)!


def holder(locked, stop):
    with LOCK:
        locked.set()
        stop.wait(timeout=10)  # holds LOCK until told to stop


def try_lock(q):
    acquired = LOCK.acquire(timeout=0.5)  # (2)!
    if acquired:
        LOCK.release()
    q.put(acquired)


def main():
    locked, stop = threading.Event(), threading.Event()
    thread = threading.Thread(target=holder, args=(locked, stop))
    thread.start()
    locked.wait(timeout=10)  # a thread of the parent now holds LOCK
    q = mp.Queue()
    child = mp.Process(target=try_lock, args=(q,))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)  # (4)!
        child.start()
    acquired = q.get(timeout=10)
    join_or_stop(child)
    stop.set()
    thread.join(timeout=10)
    if thread.is_alive():  # a thread cannot be terminated: report it
        print("the thread holding LOCK did not stop")
    print("start method:", mp.get_start_method())
    print("child could take LOCK:", acquired)  # (3)!


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
