"""Create unpicklable attributes in run(), not in __init__()."""

import multiprocessing as mp
import threading


class LockInInit(mp.Process):
    def __init__(self, results):
        super().__init__()
        self.results = results
        self.lock = threading.Lock()  # (1)!

    def run(self):
        with self.lock:
            self.results.put("LockInInit ran")


class LockInRun(mp.Process):
    def __init__(self, results):
        super().__init__()
        self.results = results

    def run(self):
        self.lock = threading.Lock()  # (2)!
        with self.lock:
            self.results.put("LockInRun ran")


def main():
    print("start method:", mp.get_start_method())
    results = mp.Queue()
    for cls in (LockInInit, LockInRun):
        worker = cls(results)
        try:
            worker.start()
        except TypeError as exc:  # (3)!
            print(f"{cls.__name__}.start() raised {type(exc).__name__}")
            continue
        print(results.get(timeout=10))
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
