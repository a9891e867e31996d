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
    consumer.join(timeout=10)
    print("consumer exit code:", consumer.exitcode)


if __name__ == "__main__":
    main()
