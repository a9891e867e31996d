"""PriorityQueue items as an ordered dataclass whose payload is not compared."""

import itertools
import queue
from dataclasses import dataclass, field

_seq = itertools.count()


@dataclass(order=True)  # (1)!
class Job:
    priority: int
    seq: int = field(default_factory=lambda: next(_seq))  # (2)!
    payload: dict = field(default_factory=dict, compare=False)  # (3)!


def main():
    q = queue.PriorityQueue()
    q.put(Job(2, payload={"task": "resize images"}))
    q.put(Job(1, payload={"task": "send alert"}))
    q.put(Job(3, payload={"task": "rebuild index"}))
    q.put(Job(1, payload={"task": "page on-call"}))
    while not q.empty():
        job = q.get_nowait()
        print(job.priority, job.seq, job.payload["task"])


if __name__ == "__main__":
    main()
