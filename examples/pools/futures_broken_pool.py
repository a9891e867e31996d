"""ProcessPoolExecutor notices a dead worker and raises BrokenProcessPool."""

# requires: posix

import os
import signal
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool


def work(x):
    if x == 2:
        os.kill(os.getpid(), signal.SIGKILL)
    return x * 10


def main():
    with ProcessPoolExecutor(max_workers=2) as executor:
        print("healthy task:", executor.submit(work, 1).result(timeout=10))
        doomed = executor.submit(work, 2)
        try:
            doomed.result(timeout=10)  # (1)!
        except BrokenProcessPool as e:
            print("result() raised:", type(e).__name__)
        try:
            executor.submit(work, 3)  # (2)!
        except BrokenProcessPool as e:
            print("submit() afterwards raised:", type(e).__name__)


if __name__ == "__main__":
    main()
