"""Queue.shutdown(immediate=True) discards what is left and wakes every waiter."""

# requires: python >= 3.13

import queue
import threading


def wait_for_item(q, outcome):
    try:
        outcome.put(("got", q.get(timeout=10)))
    except queue.ShutDown:
        outcome.put(("raised", "ShutDown"))


def main():
    q = queue.Queue()
    for n in range(5):
        q.put(n)
    q.shutdown(immediate=True)  # (1)!
    print("items left:", q.qsize())
    try:
        q.get_nowait()
    except queue.ShutDown:
        print("get_nowait: ShutDown")  # (2)!
    q.join()  # (3)!
    print("join() returned")

    empty = queue.Queue()
    outcome = queue.Queue()
    waiter = threading.Thread(target=wait_for_item, args=(empty, outcome))
    waiter.start()
    empty.shutdown(immediate=True)  # (4)!
    waiter.join(timeout=10)
    if waiter.is_alive():  # a thread cannot be stopped from outside: report it
        print(f"{waiter.name} still running after 10 s")
    print("blocked getter:", *outcome.get(timeout=10))


if __name__ == "__main__":
    main()
