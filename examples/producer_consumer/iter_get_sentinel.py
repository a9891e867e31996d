"""`for item in iter(get, SENTINEL)`: a consumer loop without a while/break."""

import multiprocessing as mp
from functools import partial

STOP = "STOP"  # (1)!


def consume(tasks, results):
    get = partial(tasks.get, timeout=10)  # (2)!
    for word in iter(get, STOP):  # (3)!
        results.put(word.upper())
    results.put(STOP)


def main():
    tasks, results = mp.Queue(), mp.Queue()
    consumer = mp.Process(target=consume, args=(tasks, results))
    consumer.start()
    for word in ["red", "green", "blue"]:
        tasks.put(word)
    tasks.put(STOP)
    print(list(iter(partial(results.get, timeout=10), STOP)))  # (4)!
    join_or_stop(consumer)
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
