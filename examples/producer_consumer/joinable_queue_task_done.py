"""JoinableQueue: call task_done() for every get, the sentinel included."""

import multiprocessing as mp


def worker(tasks, results):
    while True:
        item = tasks.get(timeout=10)
        try:
            if item is None:
                break
            results.put((item, item * item))
        finally:
            tasks.task_done()  # (1)!


def main():
    tasks, results = mp.JoinableQueue(), mp.Queue()
    workers = [mp.Process(target=worker, args=(tasks, results)) for _ in range(2)]
    for w in workers:
        w.start()
    for n in range(1, 9):
        tasks.put(n)
    tasks.join()  # (2)!
    print("join() returned: all 8 items were marked done")
    pairs = sorted(results.get(timeout=10) for _ in range(8))
    print(pairs)
    for _ in workers:
        tasks.put(None)
    tasks.join()  # (3)!
    print("join() returned again: the sentinels were marked done too")
    for w in workers:
        join_or_stop(w)
    print("exit codes:", [w.exitcode for w in workers])


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
