"""A counter whose increment() runs inside the manager: one request, no client lock."""

import multiprocessing as mp
import threading
from multiprocessing.managers import BaseManager


class Counter:
    """The referent: it lives in the manager process."""

    def __init__(self):
        self._value = 0
        self._lock = threading.Lock()  # (1)!
        self._served_by = set()

    def increment(self):
        with self._lock:
            self._value += 1
            self._served_by.add(threading.current_thread().name)  # (2)!
            return self._value

    def value(self):
        with self._lock:
            return self._value

    def threads(self):
        with self._lock:
            return len(self._served_by)


class CounterManager(BaseManager):
    pass


CounterManager.register("Counter", Counter)  # (3)!


def work(counter, times):
    for _ in range(times):
        counter.increment()  # (4)!


def main():
    with CounterManager() as manager:
        counter = manager.Counter()
        workers = [mp.Process(target=work, args=(counter, 1000)) for _ in range(4)]
        for w in workers:
            w.start()
        for w in workers:
            join_or_stop(w)
        print("4 processes x 1000 increments:", counter.value())
        print("manager threads that ran increment():", counter.threads())


def join_or_stop(process, timeout=20):
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
