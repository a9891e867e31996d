"""fork copies a lock that another thread holds; no thread in the child releases it."""

# stderr(fork, python >= 3.12): use of fork() may lead to deadlocks in the child
import multiprocessing as mp
import threading

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
    child.start()
    acquired = q.get(timeout=10)
    child.join(timeout=10)
    stop.set()
    thread.join(timeout=10)
    print("start method:", mp.get_start_method())
    print("child could take LOCK:", acquired)  # (3)!


if __name__ == "__main__":
    main()
