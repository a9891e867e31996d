"""maxsize bounds a queue: put_nowait raises Full, get_nowait raises Empty."""

import queue


def main():
    q = queue.Queue(maxsize=2)  # (1)!
    q.put("a")
    q.put("b")
    print("full():", q.full())
    try:
        q.put_nowait("c")  # (2)!
    except queue.Full:
        print("put_nowait: queue.Full")
    try:
        q.put("c", timeout=0.1)  # (3)!
    except queue.Full:
        print("put(timeout=0.1): queue.Full")
    print("got", q.get_nowait(), q.get_nowait())
    try:
        q.get_nowait()
    except queue.Empty:
        print("get_nowait: queue.Empty")
    try:
        q.get(block=False)  # (4)!
    except queue.Empty:
        print("get(block=False): queue.Empty")


if __name__ == "__main__":
    main()
