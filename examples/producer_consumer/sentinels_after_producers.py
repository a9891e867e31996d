"""Many producers and consumers: send the sentinels once every producer is joined."""

import multiprocessing as mp
from collections import Counter


def produce(name, tasks, count):
    for i in range(count):
        tasks.put((name, i))  # (1)!


def consume(tasks, results):
    seen = []
    while (item := tasks.get(timeout=10)) is not None:
        seen.append(item)
    results.put(seen)


def main():
    tasks, results = mp.Queue(), mp.Queue()
    producers = [
        mp.Process(target=produce, args=(name, tasks, 4)) for name in ["p1", "p2", "p3"]
    ]
    consumers = [mp.Process(target=consume, args=(tasks, results)) for _ in range(2)]
    for p in producers + consumers:
        p.start()
    for p in producers:
        join_or_stop(p)  # (2)!
    print("producers finished:", sum(p.exitcode == 0 for p in producers))
    for _ in consumers:
        tasks.put(None)  # (3)!
    seen = [item for _ in consumers for item in results.get(timeout=10)]
    for c in consumers:
        join_or_stop(c)
    per_producer = Counter(name for name, _ in seen)
    print("items consumed:", len(seen))
    print("per producer:", dict(sorted(per_producer.items())))  # (4)!


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
