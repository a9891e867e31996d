"""Workers call task_done() for every item; Queue.join() waits for all of them."""

import queue
import threading


def worker(tasks, results):
    while True:
        n = tasks.get(timeout=10)  # (1)!
        try:
            if n is None:
                return
            results.put((n, n * n))
        finally:
            tasks.task_done()  # (2)!


def main():
    tasks = queue.Queue()
    results = queue.Queue()
    threads = [threading.Thread(target=worker, args=(tasks, results)) for _ in range(3)]
    for t in threads:
        t.start()
    for n in range(1, 9):
        tasks.put(n)
    tasks.join()  # (3)!
    print("all tasks done; results waiting:", results.qsize())
    for _ in threads:
        tasks.put(None)
    for t in threads:
        t.join(timeout=10)
        if t.is_alive():  # a thread cannot be stopped from outside: report it
            print(f"{t.name} still running after 10 s")
    pairs = sorted(results.get_nowait() for _ in range(8))  # (4)!
    print(pairs)


if __name__ == "__main__":
    main()
