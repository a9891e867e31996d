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
        consumer.join(timeout=10)
    print("consumers that stopped:", sum(c.exitcode == 0 for c in consumers))
    print("items received:", sorted(n for got in received for n in got))


if __name__ == "__main__":
    main()
