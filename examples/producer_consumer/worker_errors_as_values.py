"""A worker catches its errors and sends them back as (status, payload) values."""

import multiprocessing as mp
from functools import partial


def handle(text):
    return 100 // int(text)


def worker(tasks, results):
    for task_id, text in iter(partial(tasks.get, timeout=10), None):
        try:
            results.put((task_id, "ok", handle(text)))
        except Exception as e:  # (1)!
            results.put((task_id, "error", type(e).__name__))  # (2)!


def main():
    tasks, results = mp.Queue(), mp.Queue()
    inputs = ["4", "x", "0", "25"]
    w = mp.Process(target=worker, args=(tasks, results))
    w.start()
    for task in enumerate(inputs):
        tasks.put(task)
    tasks.put(None)
    outcomes = sorted(results.get(timeout=10) for _ in inputs)
    join_or_stop(w)
    for task_id, status, payload in outcomes:
        print(f"task {task_id} ({inputs[task_id]!r}): {status:<5} {payload}")
    print("worker exit code:", w.exitcode)  # (3)!


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
