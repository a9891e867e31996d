"""A multiprocessing.Queue cannot be sent to a Pool worker as an argument.

Task arguments are pickled onto the pool's task queue, and a Queue refuses
to be pickled except while a process is being started: the task fails with
RuntimeError. Two fixes: pass a Manager queue (a proxy, which pickles), or
hand the Queue to the workers when they start, through the initializer.
"""

import multiprocessing as mp

results = None


def report(q, n):
    q.put(n * n)


def init(q):
    global results
    results = q  # (1)!


def report_to_inherited(n):
    results.put(n * n)


def main():
    q = mp.Queue()
    with (
        mp.Manager() as manager,  # (2)!
        mp.Pool(2, initializer=init, initargs=(q,)) as pool,  # (3)!
    ):
        try:
            pool.apply_async(report, (q, 3)).get(timeout=10)  # (4)!
        except RuntimeError as e:
            print("Queue as a task argument:", type(e).__name__)

        mq = manager.Queue()
        pool.apply_async(report, (mq, 3)).get(timeout=10)
        print("Manager().Queue() as a task argument: got", mq.get(timeout=10))

        pool.apply_async(report_to_inherited, (3,)).get(timeout=10)
        print("Queue given through the initializer: got", q.get(timeout=10))
        pool.close()
        pool.join()


if __name__ == "__main__":
    main()
