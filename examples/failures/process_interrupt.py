"""Process.interrupt() (3.14+) sends SIGINT: the child can clean up and report."""

# requires: python >= 3.14
# requires: posix

import multiprocessing as mp
import signal
import time


def worker(item, busy, results):
    try:
        busy.release()
        for _ in range(100):
            time.sleep(0.1)
        results.put(("done", item))
    except KeyboardInterrupt:  # (1)!
        results.put(("handed back", item))


def run(stop, item):
    busy, results = mp.Semaphore(0), mp.SimpleQueue()
    child = mp.Process(target=worker, args=(item, busy, results))
    child.start()
    if not busy.acquire(timeout=10):
        raise RuntimeError("the child did not start")
    getattr(child, stop)()  # (2)!
    child.join(timeout=10)
    if child.is_alive():
        child.kill()
        child.join()
    report = results.get() if not results.empty() else "nothing"  # (3)!
    print(f"{stop}(): exitcode {child.exitcode}, child reported {report}")


def main():
    # Raise KeyboardInterrupt on SIGINT even if this program started with it ignored.
    signal.signal(signal.SIGINT, signal.default_int_handler)
    run("interrupt", 7)
    run("terminate", 8)


if __name__ == "__main__":
    main()
