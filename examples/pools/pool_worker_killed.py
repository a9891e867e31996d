"""A Pool worker killed mid-task: map would wait forever, so bound it with get()."""

# requires: posix

import multiprocessing as mp
import os
import signal


def work(x):
    if x == 2:
        os.kill(os.getpid(), signal.SIGKILL)  # (1)!
    return x * 10


def main():
    pool = mp.get_context("spawn").Pool(2)  # (2)!
    result = pool.map_async(work, range(4))
    try:
        result.get(timeout=2)  # (3)!
    except mp.TimeoutError as e:
        print("get(timeout=2) raised:", type(e).__name__)
    print("ready:", result.ready())
    pool.terminate()  # (4)!
    pool.join()
    print("pool terminated")


if __name__ == "__main__":
    main()
