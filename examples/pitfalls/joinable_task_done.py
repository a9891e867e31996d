"""JoinableQueue: one task_done() per get(), no more and no fewer.

Each get() must be matched by exactly one task_done(), the sentinel's too.
The consumer here calls task_done() 0, 1 or 2 times for the sentinel. One
call too many raises ValueError in the consumer. One too few leaves
JoinableQueue.join() waiting forever; join() takes no timeout, so the
example waits for it in a helper process that it can stop.
"""

import multiprocessing as mp


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


def join_when_ready(q, ready):
    if ready.wait(timeout=10):
        q.join()


def main():
    rounds = []
    for sentinel_calls in (0, 1, 2):
        q, reports, ready = mp.JoinableQueue(), mp.Queue(), mp.Event()
        consumer = mp.Process(target=consume, args=(q, sentinel_calls, reports))
        waiter = mp.Process(target=join_when_ready, args=(q, ready))  # (2)!
        rounds.append((sentinel_calls, q, reports, ready, consumer, waiter))
    for *_, consumer, waiter in rounds:
        consumer.start()  # (3)!
        waiter.start()
    for sentinel_calls, q, reports, ready, consumer, waiter in rounds:
        for item in ["a", "b", None]:
            q.put(item)
        ready.set()
        error = reports.get(timeout=10)
        join_or_stop(consumer)
        waiter.join(timeout=1)
        joined = not waiter.is_alive()
        if not joined:
            waiter.terminate()  # stuck in q.join(); the queue is not used again
        join_or_stop(waiter)
        print(f"task_done() x{sentinel_calls} for the sentinel: {error:<10}", end=" ")
        print("q.join() returned within 1 s:", joined)
        q.close()


def join_or_stop(process, timeout=10):
    """Join; if it still runs after timeout, terminate (then kill) it and say so."""
    process.join(timeout)
    if process.is_alive():
        print(f"{process.name} still running after {timeout} s: terminating it")
        process.terminate()
        process.join(timeout=5)
        if process.is_alive():
            process.kill()
            process.join(timeout=5)


if __name__ == "__main__":
    main()
