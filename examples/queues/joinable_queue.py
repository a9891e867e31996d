"""JoinableQueue: join() waits until every item put has been marked done."""

import multiprocessing as mp


def worker(tasks, results):
    while True:
        item = tasks.get(timeout=10)
        try:
            if item is None:
                return
            results.put((item, item.upper()))
        finally:
            tasks.task_done()  # (1)!


def main():
    tasks = mp.JoinableQueue()
    results = mp.Queue()
    workers = [mp.Process(target=worker, args=(tasks, results)) for _ in range(2)]
    for w in workers:
        w.start()
    words = ["ant", "bee", "cat", "dog", "eel"]
    for word in words:
        tasks.put(word)
    tasks.join()  # (2)!
    print("all", len(words), "tasks done")
    done = sorted(results.get(timeout=10) for _ in words)  # (3)!
    print(done)
    for _ in workers:
        tasks.put(None)
    tasks.join()
    for w in workers:
        join_or_stop(w)
    print("workers exited:", [w.exitcode for w in workers])


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
