"""Several consumers on one pipe end, a Lock around recv(), one sentinel: stuck.

The consumers poll with a timeout so that this demonstration ends; without
it, every consumer but one would block in recv() forever.
"""

import multiprocessing as mp


def consume(recv_end, lock, reports):
    received = []
    while True:
        with lock:  # (1)!
            if not recv_end.poll(0.3):
                reports.put(("timed out", received))  # (2)!
                return
            item = recv_end.recv()
        if item is None:
            reports.put(("got the sentinel", received))
            return
        received.append(item)


def main():
    recv_end, send_end = mp.Pipe(duplex=False)
    for n in range(6):
        send_end.send(n)
    send_end.send(None)  # (3)!
    lock = mp.Lock()
    reports = mp.Queue()
    consumers = [
        mp.Process(target=consume, args=(recv_end, lock, reports)) for _ in range(3)
    ]
    for consumer in consumers:
        consumer.start()
    outcomes = [reports.get(timeout=10) for _ in consumers]
    for consumer in consumers:
        join_or_stop(consumer)
    send_end.close()  # (4)!
    recv_end.close()
    for outcome in ("got the sentinel", "timed out"):
        count = sum(1 for how, _ in outcomes if how == outcome)
        print(f"consumers that {outcome}: {count}")
    print("items received:", sorted(n for _, got in outcomes for n in got))


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
