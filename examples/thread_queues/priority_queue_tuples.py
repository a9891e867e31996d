"""PriorityQueue with (priority, seq, item) tuples: lowest priority first, ties FIFO."""

import itertools
import queue


def main():
    q = queue.PriorityQueue()
    seq = itertools.count()  # (1)!
    jobs = [
        (2, {"job": "resize images"}),
        (1, {"job": "send alert"}),
        (3, {"job": "rebuild index"}),
        (1, {"job": "page on-call"}),
        (2, {"job": "email report"}),
    ]
    for priority, job in jobs:
        q.put((priority, next(seq), job))  # (2)!
    while not q.empty():  # (3)!
        priority, _, job = q.get_nowait()
        print(priority, job["job"])

    bare = queue.PriorityQueue()
    bare.put((1, {"job": "a"}))
    try:
        bare.put((1, {"job": "b"}))  # (4)!
    except TypeError as e:
        print("without a sequence number:", type(e).__name__)


if __name__ == "__main__":
    main()
