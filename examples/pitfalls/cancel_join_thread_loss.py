"""cancel_join_thread() lets a process exit before its items are sent.

The child puts 1,000 items of 300 bytes (300 KB in all; a Linux pipe holds
64 KB). Normally it would wait at exit until its feeder thread had written
them all. After cancel_join_thread() it exits at once, and whatever was
still in its buffer is gone. How many items survive varies; that some are
lost does not.
"""

import multiprocessing as mp
import queue

ITEMS, SIZE = 1_000, 300  # each item under PIPE_BUF: sent whole or not at all


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
        join_or_stop(producer)  # (3)!
    count = 0
    try:
        while count < ITEMS:
            q.get(timeout=1)
            count += 1
    except queue.Empty:
        pass
    join_or_stop(producer)
    return count, producer.exitcode


def main():
    count, code = received(cancel=True)
    print(f"with cancel_join_thread(): all {ITEMS} arrived? {count == ITEMS};", end=" ")
    print(f"exit code {code}")
    count, code = received(cancel=False)
    print(f"without it, draining first: {count} of {ITEMS} arrived; exit code {code}")


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
