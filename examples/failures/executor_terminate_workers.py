"""terminate_workers() (3.14+): stop the running tasks, cancel the queued ones."""

# requires: python >= 3.14

import multiprocessing as mp
import time
from collections import Counter
from concurrent.futures import ProcessPoolExecutor

busy = None  # set in each worker by init_worker


def init_worker(semaphore):
    global busy
    busy = semaphore


def slow_task(n):
    busy.release()
    time.sleep(20)
    return n


def outcome(future):
    if future.cancelled():
        return "cancelled"
    return type(future.exception(timeout=10)).__name__  # (1)!


def main():
    started = mp.Semaphore(0)
    with ProcessPoolExecutor(2, initializer=init_worker, initargs=(started,)) as ex:
        futures = [ex.submit(slow_task, n) for n in range(10)]
        for _ in range(2):
            if not started.acquire(timeout=10):
                raise RuntimeError("a worker did not start")
        ex.terminate_workers()  # (2)!
        outcomes = [outcome(f) for f in futures]
    print("the two running tasks:", outcomes[:2])
    print("queued tasks cancelled:", "cancelled" in outcomes[2:])
    print("all 10 futures done:", sum(Counter(outcomes).values()) == 10)


if __name__ == "__main__":
    main()
