"""set_start_method() after a queue (or lock, or process) already exists.

Creating a multiprocessing object fixes the start method the program uses;
a later set_start_method() raises RuntimeError. That often happens when a
module creates a Queue at import time. get_context() has no such order:
it returns a context object whose Queue and Process use the method asked
for, whatever the default is.
"""

import multiprocessing as mp


def send_ok(q):
    q.put("ok")


def main():
    early = mp.Queue()  # (1)!
    try:
        mp.set_start_method("spawn")
    except RuntimeError as e:
        print("set_start_method() after mp.Queue():", type(e).__name__)
    early.close()

    ctx = mp.get_context("spawn")  # (2)!
    q = ctx.Queue()
    child = ctx.Process(target=send_ok, args=(q,))
    child.start()
    print(f"get_context({ctx.get_start_method()!r}): child sent {q.get(timeout=10)!r}")
    join_or_stop(child)


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
