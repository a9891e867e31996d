"""`gsize()` does not exist: the method is `qsize()`.

An old tutorial documents `Queue.gsize()`. Neither the thread queue nor the
process queue has it; calling it raises AttributeError.
"""

import multiprocessing as mp
import queue


def main():
    for q in (queue.Queue(), mp.Queue()):
        kind = f"{type(q).__module__}.{type(q).__name__}"
        try:
            q.gsize()
        except AttributeError as e:
            print(f"{kind}.gsize(): {type(e).__name__}, no attribute {e.name!r}")
        print(f"{kind} has qsize: {hasattr(q, 'qsize')}")


if __name__ == "__main__":
    main()
