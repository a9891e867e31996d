"""The fix: create the queue in main() and pass it to the child."""

import multiprocessing as mp
import queue


def work(q):  # (1)!
    q.put("hello from the child")


def main():
    q = mp.Queue()
    child = mp.Process(target=work, args=(q,))
    child.start()
    try:
        print("parent got:", q.get(timeout=10))
    except queue.Empty:
        print("parent got nothing: get() timed out (queue.Empty)")
    child.join(timeout=10)
    print("child exit code:", child.exitcode)


if __name__ == "__main__":
    main()
