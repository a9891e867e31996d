"""A Pool worker killed mid-task: Pool.map waits forever; executors notice.

Task 2 kills its own worker process with SIGKILL, as the kernel's
out-of-memory killer would. multiprocessing.Pool starts a replacement
worker but never reports the lost task, so map() would block forever; here
get() has a timeout. ProcessPoolExecutor marks itself broken instead and
raises BrokenProcessPool.
"""

# requires: posix

import multiprocessing as mp
import os
import signal
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool


def square(n):
    if n == 2:
        os.kill(os.getpid(), signal.SIGKILL)  # (1)!
    return n * n


def main():
    ctx = mp.get_context("spawn")  # (2)!
    with ctx.Pool(2) as pool:
        pending = pool.map_async(square, [1, 2, 3])
        try:
            print("Pool:", pending.get(timeout=1))  # (3)!
        except mp.TimeoutError:
            print("Pool: no result after 1 s; map() would have waited forever")
    # leaving the with block terminated the pool

    with ProcessPoolExecutor(2, mp_context=ctx) as executor:
        try:
            print("executor:", list(executor.map(square, [1, 2, 3], timeout=30)))
        except BrokenProcessPool as e:
            print("executor: raised", type(e).__name__)  # (4)!


if __name__ == "__main__":
    main()
