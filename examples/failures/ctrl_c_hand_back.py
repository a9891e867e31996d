"""Consumers that catch KeyboardInterrupt and hand back the item they held."""

# requires: posix

import multiprocessing as mp
import os
import queue
import signal
import time


def slow_work():
    for _ in range(100):
        time.sleep(0.1)


def consume(tasks, results, busy):
    item = None
    try:
        for item in iter(lambda: tasks.get(timeout=10), None):
            busy.release()
            slow_work()
            results.put(("done", item))
            item = None
    except KeyboardInterrupt:  # (1)!
        if item is not None:
            results.put(("handed back", item))


def press_ctrl_c():
    """Do what Ctrl-C in a terminal does: SIGINT to the whole process group."""
    try:
        os.killpg(os.getpgid(0), signal.SIGINT)
        slow_work()
    except KeyboardInterrupt:
        return
    raise RuntimeError("SIGINT did not arrive")


def main():
    # Raise KeyboardInterrupt on SIGINT even if this program started with it ignored.
    signal.signal(signal.SIGINT, signal.default_int_handler)
    tasks, results, busy = mp.Queue(), mp.Queue(), mp.Semaphore(0)
    consumers = [
        mp.Process(target=consume, args=(tasks, results, busy)) for _ in range(2)
    ]
    for c in consumers:
        c.start()
    for item in range(6):
        tasks.put(item)
    for _ in consumers:
        if not busy.acquire(timeout=10):
            raise RuntimeError("a consumer did not start")
    press_ctrl_c()
    for c in consumers:
        c.join(timeout=10)  # (2)!
        if c.is_alive():
            c.kill()
            c.join()
    messages = []
    while True:
        try:
            messages.append(results.get(timeout=1))  # (3)!
        except queue.Empty:
            break
    left = []
    while True:
        try:
            left.append(tasks.get(timeout=1))
        except queue.Empty:
            break
    print("consumer exit codes:", [c.exitcode for c in consumers])
    print("handed back:", sorted(item for kind, item in messages if kind != "done"))
    print("finished:", sorted(item for kind, item in messages if kind == "done"))
    print("still queued:", left)  # (4)!


if __name__ == "__main__":
    main()
