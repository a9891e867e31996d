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
    join_or_stop(worker)

    try:
        tasks.put(lambda: "not picklable")  # (2)!
    except (AttributeError, pickle.PicklingError):
        print("put() of a lambda failed at once: a lambda cannot be pickled")
    print("empty():", tasks.empty())
    tasks.close()  # (3)!
    results.close()


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
