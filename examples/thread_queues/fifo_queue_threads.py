"""A producer thread puts items on a queue.Queue; the main thread gets them in order."""

import queue
import threading


def produce(q):
    for word in ["alpha", "beta", "gamma", "delta"]:
        q.put(word)
    q.put(None)  # (1)!


def main():
    q = queue.Queue()  # (2)!
    producer = threading.Thread(target=produce, args=(q,))
    producer.start()
    while (item := q.get(timeout=10)) is not None:  # (3)!
        print("got", item)
    producer.join(timeout=10)
    print("producer alive:", producer.is_alive())


if __name__ == "__main__":
    main()
