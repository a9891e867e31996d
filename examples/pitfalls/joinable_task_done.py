"""JoinableQueue: one task_done() per get(), no more and no fewer.

Each get() must be matched by exactly one task_done(), the sentinel's too.
The consumer here calls task_done() 0, 1 or 2 times for the sentinel. One
call too many raises ValueError in the consumer. One too few leaves
JoinableQueue.join() waiting forever; join() takes no timeout, so the
example waits for it in a helper thread that it can give up on.
"""

import multiprocessing as mp
import threading


def consume(q, sentinel_calls, reports):
    while q.get(timeout=10) is not None:
        q.task_done()
    try:
        for _ in range(sentinel_calls):
            q.task_done()  # (1)!
    except ValueError as e:
        reports.put(type(e).__name__)
        return
    reports.put("no error")


def joined_within(q, seconds):
    waiter = threading.Thread(target=q.join, daemon=True)  # (2)!
    waiter.start()
    waiter.join(timeout=seconds)
    return not waiter.is_alive()


def main():
    runs = []
    for sentinel_calls in (0, 1, 2):
        q, reports = mp.JoinableQueue(), mp.Queue()
        consumer = mp.Process(target=consume, args=(q, sentinel_calls, reports))
        consumer.start()  # (3)!
        runs.append((sentinel_calls, q, reports, consumer))
    for sentinel_calls, q, reports, consumer in runs:
        for item in ["a", "b", None]:
            q.put(item)
        error = reports.get(timeout=10)
        consumer.join(timeout=10)
        print(f"task_done() x{sentinel_calls} for the sentinel: {error:<10}", end=" ")
        print("q.join() returned within 1 s:", joined_within(q, seconds=1))


if __name__ == "__main__":
    main()
