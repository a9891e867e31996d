"""Leaving `with Pool() as pool:` terminates the pool, pending work and all.

Pool.__exit__ calls terminate(), not close() and join(). Work submitted
with map_async() and not yet finished is killed with the workers. The tasks
here wait on an Event that stands for "still working", so they are
deterministically unfinished when the first with block ends.
"""

import multiprocessing as mp

finished = None


def init(event):
    global finished
    finished = event


def square(n):
    finished.wait(timeout=10)  # (1)!
    return n * n


def main():
    work_done = mp.Event()
    with mp.Pool(2, initializer=init, initargs=(work_done,)) as pool:
        result = pool.map_async(square, range(4))  # (2)!
    print("ready after the with block:", result.ready())
    try:
        result.get(timeout=1)
    except mp.TimeoutError:
        print("get(timeout=1): TimeoutError; the workers were terminated")

    work_done = mp.Event()
    with mp.Pool(2, initializer=init, initargs=(work_done,)) as pool:
        result = pool.map_async(square, range(4))
        work_done.set()
        pool.close()  # (3)!
        pool.join()
    print("closed and joined first:", result.get(timeout=10))


if __name__ == "__main__":
    main()
