"""qsize(), empty() and full() are hints, and qsize() is missing on macOS."""

import multiprocessing as mp


def approximate_size(q):
    try:
        return q.qsize()
    except NotImplementedError:  # (1)!
        return "unknown on this platform"


def main():
    q = mp.Queue(maxsize=3)
    for n in range(3):
        q.put(n)
    print("after 3 puts: qsize() =", approximate_size(q), "full() =", q.full())
    q.get(timeout=5)
    print("after 1 get:  qsize() =", approximate_size(q), "full() =", q.full())
    for _ in range(2):
        q.get(timeout=5)
    print("after 3 gets: empty() =", q.empty())
    # In a real program another process may put or get between such a check
    # and your next call: decide with get(timeout=...), not empty() or qsize().


if __name__ == "__main__":
    main()
