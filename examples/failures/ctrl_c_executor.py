"""Ctrl-C with an executor: finish the running tasks, cancel the queued ones."""

# requires: posix

import multiprocessing as mp
import os
import signal
import time
from concurrent.futures import ProcessPoolExecutor

busy = None  # set in each worker by init_worker


def init_worker(semaphore):
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # (1)!
    global busy
    busy = semaphore


def slow_task(x):
    busy.release()
    time.sleep(0.5)
    return x * 10


def press_ctrl_c():
    """Do what Ctrl-C in a terminal does: SIGINT to the whole process group."""
    os.killpg(os.getpgid(0), signal.SIGINT)


def main():
    # Raise KeyboardInterrupt on SIGINT even if this program started with it ignored.
    signal.signal(signal.SIGINT, signal.default_int_handler)
    busy = mp.Semaphore(0)
    executor = ProcessPoolExecutor(2, initializer=init_worker, initargs=(busy,))
    futures = [executor.submit(slow_task, x) for x in range(20)]
    try:
        for _ in range(2):
            if not busy.acquire(timeout=10):
                raise RuntimeError("a worker did not start")
        press_ctrl_c()
        for future in futures:
            future.result(timeout=20)
        print("no KeyboardInterrupt")
    except KeyboardInterrupt:
        print("parent: KeyboardInterrupt")
    finally:
        executor.shutdown(wait=True, cancel_futures=True)  # (2)!
    finished = [f.result() for f in futures if not f.cancelled()]  # (3)!
    cancelled = sum(f.cancelled() for f in futures)
    print("the two running tasks finished:", finished[:2])
    print("queued tasks cancelled:", cancelled > 0)  # (4)!
    print("finished + cancelled:", len(finished) + cancelled, "of", len(futures))


if __name__ == "__main__":
    main()
