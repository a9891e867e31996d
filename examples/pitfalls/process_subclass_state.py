"""A Process subclass that stores an unpicklable object in __init__.

Under spawn and forkserver the Process object itself is pickled to reach
the child, so every attribute set in __init__ must pickle; a threading.Lock
does not, and start() raises TypeError. Under fork nothing is pickled and
the bug hides. The fix: create such objects in run(), which executes in the
child.
"""

import multiprocessing as mp
import threading


class EagerWorker(mp.Process):
    def __init__(self, results):
        super().__init__()
        self.results = results
        self.guard = threading.Lock()  # (1)!

    def run(self):
        with self.guard:
            self.results.put("eager worker ran")


class LazyWorker(mp.Process):
    def __init__(self, results):
        super().__init__()
        self.results = results

    def run(self):
        self.guard = threading.Lock()  # (2)!
        with self.guard:
            self.results.put("lazy worker ran")


def main():
    for worker_class in (EagerWorker, LazyWorker):
        results = mp.Queue()
        worker = worker_class(results)
        try:
            worker.start()
        except TypeError as e:
            print(f"{worker_class.__name__}: start() raised {type(e).__name__}")
            continue
        print(f"{worker_class.__name__}: {results.get(timeout=10)}")
        join_or_stop(worker)


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
