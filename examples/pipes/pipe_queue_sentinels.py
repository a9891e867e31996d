"""The fix with a Queue: several consumers, one sentinel for each of them."""

import multiprocessing as mp


def consume(jobs, reports):
    received = []
    while (item := jobs.get(timeout=10)) is not None:  # (1)!
        received.append(item)
    reports.put(received)


def main():
    jobs, reports = mp.Queue(), mp.Queue()
    consumers = [mp.Process(target=consume, args=(jobs, reports)) for _ in range(3)]
    for consumer in consumers:
        consumer.start()
    for n in range(6):
        jobs.put(n)
    for _ in consumers:
        jobs.put(None)  # (2)!
    received = [reports.get(timeout=10) for _ in consumers]
    for consumer in consumers:
        join_or_stop(consumer)
    print("consumers that stopped:", sum(c.exitcode == 0 for c in consumers))
    print("items received:", sorted(n for got in received for n in got))


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
