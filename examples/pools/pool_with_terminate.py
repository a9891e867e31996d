"""Leaving a `with Pool()` block calls terminate(): unfinished work is lost."""

import multiprocessing as mp

gate = None


def init_worker(event):
    global gate
    gate = event


def slow_double(x):
    gate.wait(timeout=10)  # (1)!
    return x * 2


def main():
    closed_gate = mp.Event()
    with mp.Pool(2, initializer=init_worker, initargs=(closed_gate,)) as pool:
        lost = pool.map_async(slow_double, range(4))  # (2)!
    print("after the with block, ready:", lost.ready())  # (3)!
    try:
        lost.get(timeout=1)
    except mp.TimeoutError as e:
        print("get(timeout=1) raised:", type(e).__name__)

    open_gate = mp.Event()  # (4)!
    open_gate.set()
    with mp.Pool(2, initializer=init_worker, initargs=(open_gate,)) as pool:
        kept = pool.map_async(slow_double, range(4))
        pool.close()  # (5)!
        pool.join()
    print("after close() and join(), ready:", kept.ready())
    print("results:", kept.get(timeout=1))


if __name__ == "__main__":
    main()
