"""terminate() kills a process at once, even while it holds a lock.

A Queue uses locks inside, so a process terminated in the middle of get()
or put() can leave the queue unusable for every other process. This
example makes the hazard visible with a plain Lock: the child is killed
while holding it, and nobody can acquire it again. The safe way to stop a
worker is to ask it (a sentinel or an Event) and join it.
"""

import multiprocessing as mp


def hold_lock(lock, holding, release):
    with lock:
        holding.set()
        release.wait(timeout=30)  # (1)!


def consume(q, reports):
    count = 0
    while q.get(timeout=10) is not None:
        count += 1
    reports.put(count)


def main():
    lock, holding, release = mp.Lock(), mp.Event(), mp.Event()
    child = mp.Process(target=hold_lock, args=(lock, holding, release))
    child.start()
    holding.wait(timeout=10)
    child.terminate()  # (2)!
    join_or_stop(child)
    print("terminated child's exit code:", child.exitcode)
    print("lock acquired afterwards:", lock.acquire(timeout=1))

    q, reports = mp.Queue(), mp.Queue()
    worker = mp.Process(target=consume, args=(q, reports))
    worker.start()
    for item in range(3):
        q.put(item)
    q.put(None)  # (3)!
    print("worker processed:", reports.get(timeout=10))
    join_or_stop(worker)
    print("stopped worker's exit code:", worker.exitcode)


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
