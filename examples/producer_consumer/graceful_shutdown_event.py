"""Graceful shutdown: an Event asks consumers to stop after their current item."""

import multiprocessing as mp
import queue

ITEMS = 20


def work(item, slow_work_done):
    slow_work_done.wait(timeout=10)  # (1)!
    return item


def consume(name, tasks, results, stop, slow_work_done):
    handled = 0
    while not stop.is_set():  # (2)!
        try:
            item = tasks.get(timeout=0.05)  # (3)!
        except queue.Empty:
            continue
        results.put(("busy", name))
        results.put(("done", work(item, slow_work_done)))  # (4)!
        handled += 1
    results.put(("stopped", name, handled))


def main():
    tasks, results = mp.Queue(), mp.Queue()
    stop, slow_work_done = mp.Event(), mp.Event()
    consumers = [
        mp.Process(target=consume, args=(name, tasks, results, stop, slow_work_done))
        for name in ["c1", "c2"]
    ]
    for c in consumers:
        c.start()
    for n in range(ITEMS):
        tasks.put(n)
    busy, done, stopped = 0, [], {}
    while len(stopped) < len(consumers):
        message = results.get(timeout=10)
        if message[0] == "busy":
            busy += 1
            if busy == len(consumers):
                print("both consumers are busy: shutdown requested")
                stop.set()  # (5)!
                slow_work_done.set()
        elif message[0] == "done":
            done.append(message[1])
        else:
            stopped[message[1]] = message[2]
    for c in consumers:
        join_or_stop(c)
    left = [tasks.get(timeout=10) for _ in range(ITEMS - len(done))]  # (6)!
    for name, handled in sorted(stopped.items()):
        print(f"{name} stopped after finishing {handled} item")
    print("left in the queue:", len(left))
    print("handled + left:", len(done) + len(left), "of", ITEMS)
    print("nothing lost or doubled:", sorted(done + left) == list(range(ITEMS)))


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
