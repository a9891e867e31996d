"""initializer runs once in each worker; initargs can hand it a Queue."""

import multiprocessing as mp

progress = None  # set in each worker by init_worker
prefix = None


def init_worker(queue, label):  # (1)!
    global progress, prefix
    progress = queue
    prefix = label
    progress.put("init")


def work(x):
    progress.put(f"{prefix}-{x}")  # (2)!
    return x + 100


def main():
    queue = mp.Queue()
    with mp.Pool(2, initializer=init_worker, initargs=(queue, "task")) as pool:  # (3)!
        print("results:", pool.map(work, range(4)))
        pool.close()
        pool.join()  # (4)!
    messages = [queue.get(timeout=10) for _ in range(2 + 4)]  # (5)!
    print("initializer ran:", messages.count("init"), "times")
    print("task messages:", sorted(m for m in messages if m != "init"))


if __name__ == "__main__":
    main()
