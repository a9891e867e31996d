"""SimpleQueue: no maxsize, no timeouts, no feeder thread; put() writes now."""

import multiprocessing as mp
import pickle


def square_all(tasks, results):
    for n in iter(tasks.get, None):  # (1)!
        results.put(n * n)
    results.put(None)


def main():
    tasks, results = mp.SimpleQueue(), mp.SimpleQueue()
    worker = mp.Process(target=square_all, args=(tasks, results))
    worker.start()
    for n in range(5):
        tasks.put(n)
    tasks.put(None)
    print("squares:", list(iter(results.get, None)))
    worker.join(timeout=10)

    try:
        tasks.put(lambda: "not picklable")  # (2)!
    except (AttributeError, pickle.PicklingError):
        print("put() of a lambda failed at once: a lambda cannot be pickled")
    print("empty():", tasks.empty())
    tasks.close()  # (3)!
    results.close()


if __name__ == "__main__":
    main()
