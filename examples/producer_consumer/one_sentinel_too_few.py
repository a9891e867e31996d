"""One sentinel for three consumers: one stops, the other two wait forever."""

import multiprocessing as mp
import queue


def consume(tasks, results):
    count = 0
    while tasks.get(timeout=10) is not None:  # (1)!
        count += 1
    results.put(count)


def main():
    tasks, results = mp.Queue(), mp.Queue()
    consumers = [mp.Process(target=consume, args=(tasks, results)) for _ in range(3)]
    for c in consumers:
        c.start()
    for n in range(6):
        tasks.put(n)
    tasks.put(None)  # (2)!
    handled = [results.get(timeout=10)]
    try:
        handled.append(results.get(timeout=0.5))
    except queue.Empty:
        print(f"{len(handled)} of 3 consumers stopped; 2 are still blocked in get()")
    for _ in range(2):
        tasks.put(None)  # (3)!
    handled += [results.get(timeout=10) for _ in range(2)]
    for c in consumers:
        join_or_stop(c)
    print(f"after two more sentinels: {len(handled)} of 3 stopped")
    print("items handled:", sum(handled))


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
