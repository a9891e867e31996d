"""`while q.empty:` tests the method object, which is always true."""

import queue


def main():
    q = queue.Queue()
    q.put("work")
    print("q.empty   ->", bool(q.empty))  # (1)!
    print("q.empty() ->", q.empty())  # (2)!
    q.get_nowait()
    print("after get: q.empty   ->", bool(q.empty))
    print("after get: q.empty() ->", q.empty())


if __name__ == "__main__":
    main()
