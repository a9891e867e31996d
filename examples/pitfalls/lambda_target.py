"""Lambdas and nested functions cannot be pickled by reference.

A Pool pickles every task, so a lambda fails there under every start
method. A Process target is pickled only under spawn and forkserver, so a
lambda target works under fork and fails elsewhere. The exception type has
changed between Python versions (PicklingError, AttributeError), so the
example describes the failure instead of printing it.
"""

import multiprocessing as mp
import pickle

PICKLING_ERRORS = (pickle.PicklingError, AttributeError, TypeError)


def send_ok(q):
    q.put("ran")


def start_child(label, target):
    q = mp.Queue()
    child = mp.Process(target=target, args=(q,))
    try:
        child.start()
    except PICKLING_ERRORS:
        print(f"Process(target={label}): start() failed, target not picklable")
        return
    print(f"Process(target={label}): child {q.get(timeout=10)}")
    join_or_stop(child)


def main():
    def nested(q):
        q.put("ran")

    start_child("lambda", lambda q: q.put("ran"))  # (1)!
    start_child("nested function", nested)
    start_child("module-level function", send_ok)  # (2)!

    with mp.Pool(1) as pool:
        try:
            pool.map_async(lambda n: n * n, [1, 2]).get(timeout=10)  # (3)!
        except PICKLING_ERRORS:
            print("Pool.map(lambda): failed, task not picklable")
        print("Pool.map(abs):", pool.map_async(abs, [-1, -2]).get(timeout=10))
        pool.close()
        pool.join()


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
