"""A sentinel made with object() does not survive the trip through a queue."""

import multiprocessing as mp

SENTINEL = object()
STOP = "STOP"


def check(tasks, results):
    item = tasks.get(timeout=10)
    results.put(("object()", "is SENTINEL", item is SENTINEL))  # (1)!
    results.put(("object()", "== SENTINEL", item == SENTINEL))
    item = tasks.get(timeout=10)
    results.put(("None", "is None", item is None))  # (2)!
    item = tasks.get(timeout=10)
    results.put(("'STOP'", "== STOP", item == STOP))  # (3)!


def main():
    tasks, results = mp.Queue(), mp.Queue()
    child = mp.Process(target=check, args=(tasks, results))
    child.start()
    for sentinel in [SENTINEL, None, STOP]:
        tasks.put(sentinel)
    for _ in range(4):
        sent, test, outcome = results.get(timeout=10)
        print(f"sent {sent:<8} child tests {test:<12} -> {outcome}")
    join_or_stop(child)


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
