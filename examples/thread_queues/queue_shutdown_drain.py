"""Queue.shutdown() stops consumers without sentinels: gets drain, then raise."""

# requires: python >= 3.13

import queue
import threading


def consume(q, name, done):
    handled = []
    while True:
        try:
            item = q.get(timeout=10)
        except queue.ShutDown:  # (1)!
            break
        handled.append(item)
    done.put((name, handled))


def main():
    q = queue.Queue()
    done = queue.Queue()
    consumers = [
        threading.Thread(target=consume, args=(q, name, done)) for name in ["c1", "c2"]
    ]
    for t in consumers:
        t.start()
    for n in range(10):
        q.put(n)
    q.shutdown()  # (2)!
    try:
        q.put(99)
    except queue.ShutDown:
        print("put after shutdown: ShutDown")  # (3)!
    for t in consumers:
        t.join(timeout=10)
        if t.is_alive():  # a thread cannot be stopped from outside: report it
            print(f"{t.name} still running after 10 s")
    handled = [n for _ in consumers for n in done.get(timeout=10)[1]]
    print("items handled:", sorted(handled))  # (4)!
    try:
        q.get(timeout=10)
    except queue.ShutDown:
        print("get on the drained queue: ShutDown")


if __name__ == "__main__":
    main()
