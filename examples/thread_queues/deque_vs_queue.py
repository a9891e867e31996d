"""collections.deque between threads: safe appends and pops, but no waiting."""

import collections
import queue
import threading
import time


def poll(items, got, timeout=10):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            item = items.popleft()  # (1)!
        except IndexError:
            time.sleep(0.01)  # (2)!
            continue
        if item is None:
            return
        got.append(item)


def main():
    items, got = collections.deque(), []
    consumer = threading.Thread(target=poll, args=(items, got))
    consumer.start()
    for i in range(5):
        items.append(i)  # (3)!
    items.append(None)
    consumer.join(timeout=10)
    print("polling consumer got:", got)

    window = collections.deque(maxlen=2)
    for i in range(4):
        window.append(i)  # (4)!
    print("deque(maxlen=2) after appending 0-3:", list(window))

    bounded = queue.Queue(maxsize=2)
    for i in range(3):
        try:
            bounded.put(i, timeout=0.1)  # (5)!
        except queue.Full:
            print(f"Queue(maxsize=2): put({i}) waited, then raised Full")
    print("Queue(maxsize=2) holds:", [bounded.get_nowait() for _ in range(2)])


if __name__ == "__main__":
    main()
