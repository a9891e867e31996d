"""cancel_join_thread() lets a process exit before its items are sent.

The child puts 100 items of 3,000 bytes (300 KB in all; a Linux pipe holds
64 KB). Normally it would wait at exit until its feeder thread had written
them all. After cancel_join_thread() it exits at once, and whatever was
still in its buffer is gone. How many items survive varies; that some are
lost does not.
"""

import multiprocessing as mp
import queue

ITEMS, SIZE = 100, 3_000


def produce(q, cancel):
    if cancel:
        q.cancel_join_thread()  # (1)!
    for _ in range(ITEMS):
        q.put(b"x" * SIZE)  # (2)!


def received(cancel):
    q = mp.Queue()
    producer = mp.Process(target=produce, args=(q, cancel))
    producer.start()
    if cancel:
        producer.join(timeout=10)  # (3)!
    count = 0
    try:
        while count < ITEMS:
            q.get(timeout=1)
            count += 1
    except queue.Empty:
        pass
    producer.join(timeout=10)
    return count, producer.exitcode


def main():
    count, code = received(cancel=True)
    print(f"with cancel_join_thread(): all {ITEMS} arrived? {count == ITEMS};", end=" ")
    print(f"exit code {code}")
    count, code = received(cancel=False)
    print(f"without it, draining first: {count} of {ITEMS} arrived; exit code {code}")


if __name__ == "__main__":
    main()
