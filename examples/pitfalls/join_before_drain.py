"""Joining a producer before taking its item off the queue.

A process that has put items on a Queue does not exit until its feeder
thread has written them all into the pipe. A small item fits in the pipe's
buffer, so joining first works; a large one does not, so the producer waits
for a reader while the parent waits for the producer: a deadlock. Here the
join has a timeout; the parent then drains the queue and joins properly.
"""

import multiprocessing as mp

SMALL, LARGE = 1_000, 1_000_000


def produce(q, size):
    q.put(b"x" * size)


def start_producer(size):
    q = mp.Queue()
    producer = mp.Process(target=produce, args=(q, size))
    producer.start()
    return q, producer


def join_then_drain(size, wait):
    q, producer = start_producer(size)
    producer.join(timeout=wait)  # (1)!
    print(f"{size:>9,} bytes, join first: alive after join(timeout={wait})?", end=" ")
    print(producer.is_alive())
    item = q.get(timeout=10)  # (2)!
    join_or_stop(producer)
    print(f"{'':>9}  then drained {len(item):,} bytes; exit code {producer.exitcode}")


def drain_then_join(size):
    q, producer = start_producer(size)
    item = q.get(timeout=10)  # (3)!
    join_or_stop(producer)
    print(f"{size:>9,} bytes, drain first: got {len(item):,} bytes;", end=" ")
    print(f"exit code {producer.exitcode}")


def main():
    join_then_drain(SMALL, wait=10)
    join_then_drain(LARGE, wait=2)
    drain_then_join(LARGE)


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
