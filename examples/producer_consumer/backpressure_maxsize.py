"""Backpressure: a bounded queue makes a fast producer wait for a slow consumer."""

import multiprocessing as mp
import queue


def produce(q, events, count):
    for n in range(count):
        try:
            q.put_nowait(n)  # (1)!
        except queue.Full:
            events.put(("full", n))
            q.put(n, timeout=10)  # (2)!
        events.put(("put", n))
    events.put(("done", None))


def main():
    q = mp.Queue(maxsize=2)
    events = mp.Queue()
    producer = mp.Process(target=produce, args=(q, events, 6))
    producer.start()
    while (event := events.get(timeout=10))[0] != "done":
        kind, n = event
        if kind == "put":
            print(f"producer: put {n}")
        else:
            print(f"producer: queue full, waiting to put {n}")
            print(f"consumer: got {q.get(timeout=10)}")  # (3)!
    for _ in range(2):
        print(f"consumer: got {q.get(timeout=10)}")
    join_or_stop(producer)


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
