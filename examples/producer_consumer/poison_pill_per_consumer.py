"""Several consumers share one queue: send one sentinel per consumer."""

import multiprocessing as mp


def consume(name, tasks, results):
    count = total = 0
    while (item := tasks.get(timeout=10)) is not None:
        count += 1
        total += item
    results.put((name, count, total))  # (1)!


def main():
    tasks, results = mp.Queue(), mp.Queue()
    names = ["c1", "c2", "c3"]
    consumers = [
        mp.Process(target=consume, args=(name, tasks, results)) for name in names
    ]
    for c in consumers:
        c.start()
    for n in range(1, 31):
        tasks.put(n)
    for _ in consumers:
        tasks.put(None)  # (2)!
    reports = [results.get(timeout=10) for _ in consumers]
    for c in consumers:
        join_or_stop(c)
    print("stopped:", ", ".join(sorted(name for name, _, _ in reports)))  # (3)!
    print("items handled:", sum(count for _, count, _ in reports))
    print("sum of items:", sum(total for _, _, total in reports))
    print("exit codes:", [c.exitcode for c in consumers])


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
