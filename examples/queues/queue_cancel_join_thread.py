"""cancel_join_thread() lets a process exit at once, and loses what was unsent."""

import multiprocessing as mp
import queue

ITEMS = 1000
ITEM = bytes(400)  # 1000 items of 400 bytes: far more than a pipe holds


def produce(q, cancel):
    for _ in range(ITEMS):
        q.put(ITEM)
    if cancel:
        q.cancel_join_thread()  # (1)!


def count_arrivals(q):
    count = 0
    while count < ITEMS:
        try:
            q.get(timeout=2)
        except queue.Empty:
            break
        count += 1
    return count


def run(cancel):
    q = mp.Queue()
    producer = mp.Process(target=produce, args=(q, cancel))
    producer.start()
    producer.join(timeout=10 if cancel else 1)  # (2)!
    exited = not producer.is_alive()
    arrived = count_arrivals(q)
    join_or_stop(producer)
    return exited, arrived


def main():
    exited, arrived = run(cancel=True)
    print("with cancel_join_thread(): exited before anyone read:", exited)
    print("  all", ITEMS, "items arrived:", arrived == ITEMS)
    exited, arrived = run(cancel=False)
    print("without it: exited before anyone read:", exited)
    print("  all", ITEMS, "items arrived:", arrived == ITEMS)


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
