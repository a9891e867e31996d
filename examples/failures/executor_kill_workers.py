"""kill_workers() (3.14+) sends SIGKILL: it stops workers that ignore SIGTERM."""

# requires: python >= 3.14
# requires: posix

import multiprocessing as mp
import signal
import time
from concurrent.futures import ProcessPoolExecutor

busy = None  # set in each worker by init_worker


def init_worker(semaphore):
    signal.signal(signal.SIGTERM, signal.SIG_IGN)  # (1)!
    global busy
    busy = semaphore


def slow_task(n):
    busy.release()
    time.sleep(20)
    return n


def main():
    started = mp.Semaphore(0)
    with ProcessPoolExecutor(2, initializer=init_worker, initargs=(started,)) as ex:
        futures = [ex.submit(slow_task, n) for n in range(10)]
        for _ in range(2):
            if not started.acquire(timeout=10):
                raise RuntimeError("a worker did not start")
        ex.kill_workers()  # (2)!
        running = [type(f.exception(timeout=10)).__name__ for f in futures[:2]]
    print("the two running tasks:", running)
    print("queued tasks cancelled:", any(f.cancelled() for f in futures[2:]))


if __name__ == "__main__":
    main()
