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
    join_or_stop(child)
    print("child exit code:", child.exitcode)


def join_or_stop(process, timeout=10):
    """Join; if it still runs after timeout, terminate (then kill) it and say so."""
    process.join(timeout)
    if process.is_alive():
        print(f"{process.name} still running after {timeout} s: terminating it")
        process.terminate()
        process.join(timeout=5)
        if process.is_alive():
            process.kill()
            process.join(timeout=5)


if __name__ == "__main__":
    main()
