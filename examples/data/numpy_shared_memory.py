"""A NumPy array in shared memory: the parent creates the block, workers
attach to it by name and change their half in place; only names cross."""

import multiprocessing as mp
import sys
from multiprocessing import shared_memory

import numpy as np

SHAPE, DTYPE = (1_000_000,), np.float64


def attach(name):
    if sys.version_info >= (3, 13):
        return shared_memory.SharedMemory(name=name, track=False)  # (1)!
    return shared_memory.SharedMemory(name=name)  # (2)!


def double_part(name, start, stop, results):
    shm = attach(name)
    try:
        data = np.ndarray(SHAPE, dtype=DTYPE, buffer=shm.buf)  # (3)!
        part = data[start:stop]
        part *= 2  # in place: the parent sees it
        results.put((start, float(part.sum())))
        del data, part  # (4)!
    finally:
        shm.close()  # (5)!


def main():
    nbytes = int(np.prod(SHAPE)) * np.dtype(DTYPE).itemsize
    shm = shared_memory.SharedMemory(create=True, size=nbytes)  # (6)!
    try:
        data = np.ndarray(SHAPE, dtype=DTYPE, buffer=shm.buf)
        data[:] = np.arange(SHAPE[0])
        print(f"array: {data.nbytes / 1e6:.0f} MB in block of {shm.size / 1e6:.0f} MB")
        results = mp.Queue()
        half = SHAPE[0] // 2
        workers = [
            mp.Process(target=double_part, args=(shm.name, a, b, results))
            for a, b in ((0, half), (half, SHAPE[0]))
        ]
        for w in workers:
            w.start()
        sums = sorted(results.get(timeout=30) for _ in workers)
        for w in workers:
            w.join(timeout=30)
        print("exit codes:", [w.exitcode for w in workers])
        print("partial sums:", [s for _, s in sums])
        print("the parent sees:", data[:3].tolist(), "...", data[-1])
        print("sum:", float(data.sum()) == sum(s for _, s in sums))
        del data  # (7)!
    finally:
        shm.close()
        shm.unlink()  # (8)!


if __name__ == "__main__":
    main()
