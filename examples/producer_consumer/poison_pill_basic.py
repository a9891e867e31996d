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
    consumer.join(timeout=10)
    print(f"consumer handled {count} items, sum {total}")
    print("consumer exit code:", consumer.exitcode)


if __name__ == "__main__":
    main()
