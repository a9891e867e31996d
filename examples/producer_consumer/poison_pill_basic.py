"""A consumer process stops when it gets the sentinel ("poison pill") None."""

import multiprocessing as mp


def consume(tasks, results):
    count = total = 0
    while True:
        item = tasks.get(timeout=10)
        if item is None:  # (1)!
            break
        count += 1
        total += item
    results.put((count, total))  # (2)!


def main():
    tasks, results = mp.Queue(), mp.Queue()
    consumer = mp.Process(target=consume, args=(tasks, results))
    consumer.start()
    for n in range(1, 11):
        tasks.put(n)
    tasks.put(None)  # (3)!
    count, total = results.get(timeout=10)
    join_or_stop(consumer)
    print(f"consumer handled {count} items, sum {total}")
    print("consumer exit code:", consumer.exitcode)


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
