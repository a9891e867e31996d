"""put_nowait() and get_nowait() never wait: they raise at once instead."""

import multiprocessing as mp
import queue


def main():
    q = mp.Queue(maxsize=2)
    for n in range(3):
        try:
            q.put_nowait(n)  # same as put(n, block=False)
            print("put_nowait", n)
        except queue.Full:
            print("put_nowait", n, "-> queue.Full")

    taken = []
    while len(taken) < 2:
        taken.append(q.get(timeout=5))  # (1)!
    print("took", taken)

    try:
        q.get_nowait()  # same as get(block=False)
    except queue.Empty:
        print("get_nowait -> queue.Empty")


if __name__ == "__main__":
    main()
