"""The same message through multiprocessing.Queue, an interpreter queue and queue.Queue.

Each consumer adds an item to the order it received. Does the producer see it?
"""

# requires: python >= 3.14

import multiprocessing as mp
import queue
import threading
from concurrent import interpreters


def add_item(inbox, outbox):
    """Take an order, add an item to the copy it got, report the item count."""
    order = inbox.get(timeout=10)
    order["items"].append("ink")
    outbox.put(len(order["items"]))


def new_order():
    return {"id": "A7", "items": ["pen"]}


def report(channel, seen, order):
    print(f"{channel:22} consumer saw {seen} items, producer has {order['items']}")


def main():
    order = new_order()
    inbox, outbox = mp.Queue(), mp.Queue()  # (1)!
    child = mp.Process(target=add_item, args=(inbox, outbox))
    child.start()
    inbox.put(order)
    seen = outbox.get(timeout=10)
    child.join(timeout=10)
    if child.is_alive():
        child.kill()
        print("the child process did not exit")
    report("multiprocessing.Queue", seen, order)

    order = new_order()
    inbox, outbox = interpreters.create_queue(), interpreters.create_queue()
    inbox.put(order)
    interp = interpreters.create()
    try:
        interp.call(add_item, inbox, outbox)  # (2)!
        seen = outbox.get(timeout=10)  # (3)!
    finally:
        interp.close()
    report("interpreter queue", seen, order)

    order = new_order()
    inbox, outbox = queue.Queue(), queue.Queue()
    inbox.put(order)
    consumer = threading.Thread(target=add_item, args=(inbox, outbox))
    consumer.start()
    seen = outbox.get(timeout=10)
    consumer.join(timeout=10)
    if consumer.is_alive():
        print("the consumer thread did not finish")
    report("queue.Queue", seen, order)  # (4)!


if __name__ == "__main__":
    main()
