"""Three consumers share one Pipe end behind a Lock; there is one sentinel.

An old tutorial protects `recv()` with a Lock so that several consumers can
read one end of a Pipe, and ends the stream with a single sentinel. The
consumer that takes the sentinel stops; the others wait for a message that
never comes. Here each wait is a poll() with a timeout, so the consumers that
would block forever give up and report it.
"""

import multiprocessing as mp

CONSUMERS = 3


def consume(conn, lock, reports):
    count = 0
    while True:
        with lock:
            if not conn.poll(0.5):  # (1)!
                reports.put(("left waiting", count))
                return
            item = conn.recv()
        if item is None:
            reports.put(("saw the sentinel", count))
            return
        count += 1


def main():
    reader, writer = mp.Pipe(duplex=False)
    for item in range(10):
        writer.send(item)
    writer.send(None)  # (2)!
    lock, reports = mp.Lock(), mp.Queue()
    consumers = [
        mp.Process(target=consume, args=(reader, lock, reports))
        for _ in range(CONSUMERS)
    ]
    for c in consumers:
        c.start()
    results = [reports.get(timeout=30) for _ in consumers]
    for c in consumers:
        join_or_stop(c)
    outcomes = sorted(outcome for outcome, _ in results)
    for outcome in sorted(set(outcomes)):
        print(f"consumers that {outcome}: {outcomes.count(outcome)}")
    print("items received in total:", sum(count for _, count in results))


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
