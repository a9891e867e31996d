"""Workers send (task_id, result) back; the parent collects and sorts them."""

import multiprocessing as mp

WORDS = ["queue", "pipe", "process", "thread", "lock", "manager", "pool"]


def worker(tasks, results):
    while (task := tasks.get(timeout=10)) is not None:
        task_id, word = task
        results.put((task_id, word, len(word)))  # (1)!


def main():
    tasks, results = mp.Queue(), mp.Queue()
    workers = [mp.Process(target=worker, args=(tasks, results)) for _ in range(3)]
    for w in workers:
        w.start()
    for task in enumerate(WORDS):
        tasks.put(task)
    for _ in workers:
        tasks.put(None)
    collected = [results.get(timeout=10) for _ in WORDS]  # (2)!
    for w in workers:
        join_or_stop(w)  # (3)!
    for task_id, word, length in sorted(collected):  # (4)!
        print(task_id, word, length)


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
