"""LifoQueue hands back the newest item first, like a stack."""

import queue


def main():
    fifo = queue.Queue()
    lifo = queue.LifoQueue()
    for n in [1, 2, 3, 4]:
        fifo.put(n)
        lifo.put(n)
    print("Queue:    ", [fifo.get(timeout=1) for _ in range(4)])
    print("LifoQueue:", [lifo.get(timeout=1) for _ in range(4)])  # (1)!


if __name__ == "__main__":
    main()
