"""A child that uses a module-level queue instead of one passed to it.

Under fork the child inherits the parent's queue object and the message
arrives. Under spawn and forkserver the child imports this module afresh and
gets a queue of its own: the parent waits in vain.
"""

import multiprocessing as mp
import queue

_inbox = None


def inbox():
    """The program's shared queue, created on first use (the bug)."""
    global _inbox
    if _inbox is None:
        _inbox = mp.Queue()  # (1)!
    return _inbox


def work():
    inbox().put("hello from the child")  # (2)!


def main():
    q = inbox()
    child = mp.Process(target=work)
    child.start()
    try:
        print("parent got:", q.get(timeout=2))
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
