"""Three consumers, one queue: each needs a sentinel of its own.

A consumer stops when it takes a sentinel off the queue, and a sentinel is
taken by exactly one consumer. With a single sentinel, two consumers would
wait forever; here their get() has a timeout so they can report it.
"""

import multiprocessing as mp
import queue

CONSUMERS = 3


def consume(q, reports, wait):
    count = 0
    try:
        while q.get(timeout=wait) is not None:  # (1)!
            count += 1
    except queue.Empty:
        reports.put(("timed out waiting", count))
        return
    reports.put(("stopped at a sentinel", count))


def produce(q, sentinels):
    for item in range(9):
        q.put(item)
    for _ in range(sentinels):
        q.put(None)  # (2)!


def run(sentinels, wait):
    q, reports = mp.Queue(), mp.Queue()
    consumers = [
        mp.Process(target=consume, args=(q, reports, wait)) for _ in range(CONSUMERS)
    ]
    producer = mp.Process(target=produce, args=(q, sentinels))
    for p in [*consumers, producer]:
        p.start()
    results = [reports.get(timeout=30) for _ in consumers]
    for p in [producer, *consumers]:
        join_or_stop(p)
    outcomes = [outcome for outcome, _ in results]
    print(f"{sentinels} sentinel(s):")
    for outcome in sorted(set(outcomes)):
        print(f"    {outcomes.count(outcome)} consumer(s) {outcome}")
    print("    items consumed:", sum(count for _, count in results))


def main():
    run(sentinels=1, wait=1)
    run(sentinels=CONSUMERS, wait=10)


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
