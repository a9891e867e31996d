"""Ctrl-C reaches every process in the group: a Process, a Pool, an executor."""

# requires: posix
# stderr: KeyboardInterrupt
# timeout: 60

import multiprocessing as mp
import os
import signal
import time
from concurrent.futures import ProcessPoolExecutor

busy = None  # set in each pool worker by init_worker


def init_worker(semaphore):
    global busy
    busy = semaphore


def slow_work():
    for _ in range(100):  # (1)!
        time.sleep(0.1)


def slow_task(x):
    busy.release()
    slow_work()
    return x


def slow_process(busy):
    busy.release()
    slow_work()


def wait_until_busy(busy, n):
    for _ in range(n):
        if not busy.acquire(timeout=10):
            raise RuntimeError("a worker did not start")


def press_ctrl_c():
    """Do what Ctrl-C in a terminal does: SIGINT to the whole process group."""
    try:
        os.killpg(os.getpgid(0), signal.SIGINT)  # (2)!
        slow_work()
    except KeyboardInterrupt:
        return
    raise RuntimeError("SIGINT did not arrive")


def main():
    # Raise KeyboardInterrupt on SIGINT even if this program started with it ignored.
    signal.signal(signal.SIGINT, signal.default_int_handler)
    busy = mp.Semaphore(0)
    child = mp.Process(target=slow_process, args=(busy,))
    child.start()
    wait_until_busy(busy, 1)
    press_ctrl_c()
    child.join(timeout=10)
    if child.is_alive():
        child.kill()
        child.join()
    print("Process: exitcode", child.exitcode)  # (3)!

    pool = mp.Pool(2, initializer=init_worker, initargs=(busy,))
    result = pool.map_async(slow_task, [1, 2])
    wait_until_busy(busy, 2)
    press_ctrl_c()
    try:
        result.get(timeout=2)
    except mp.TimeoutError:
        print("Pool: map_async().get(timeout=2) raised TimeoutError")  # (4)!
    pool.terminate()
    pool.join()

    with ProcessPoolExecutor(2, initializer=init_worker, initargs=(busy,)) as ex:
        futures = [ex.submit(slow_task, x) for x in [1, 2]]
        wait_until_busy(busy, 2)
        press_ctrl_c()
        for future in futures:
            error = future.exception(timeout=10)
            print("ProcessPoolExecutor: task raised", type(error).__name__)  # (5)!
        print("ProcessPoolExecutor: still works:", ex.submit(abs, -3).result(10))


if __name__ == "__main__":
    main()
