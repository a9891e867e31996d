"""Pool workers that ignore SIGINT: the parent alone decides what Ctrl-C does."""

# requires: posix

import multiprocessing as mp
import os
import signal
import time

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
    pool = mp.Pool(2, initializer=init_worker, initargs=(busy,))
    result = pool.map_async(slow_task, range(6), chunksize=1)
    try:
        for _ in range(2):
            if not busy.acquire(timeout=10):
                raise RuntimeError("a worker did not start")
        press_ctrl_c()
        result.get(timeout=20)  # (2)!
        print("no KeyboardInterrupt")
    except KeyboardInterrupt:
        print("parent: KeyboardInterrupt")
    pool.close()  # (3)!
    pool.join()
    print("results after Ctrl-C:", result.get(timeout=1))  # (4)!


if __name__ == "__main__":
    main()
