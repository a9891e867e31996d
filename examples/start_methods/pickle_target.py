"""Under spawn and forkserver, Process pickles its target and its arguments."""

import multiprocessing as mp
import pickle
import threading


def square(n, q):
    q.put(n * n)


def use_lock(lock, q):
    with lock:
        q.put("used the lock")


def attempt(label, target, args, q):
    child = mp.Process(target=target, args=args)
    try:
        child.start()  # (1)!
    except (AttributeError, pickle.PicklingError):  # (2)!
        print(f"{label}: start() failed: the target cannot be pickled")
        return
    except TypeError as exc:
        print(f"{label}: start() raised {type(exc).__name__}")
        return
    result = q.get(timeout=10)
    join_or_stop(child)
    print(f"{label}: child sent {result!r}")


def main():
    print("start method:", mp.get_start_method())
    q = mp.Queue()
    attempt("module-level function", square, (4, q), q)
    attempt("lambda", lambda n, q: q.put(n + 1), (4, q), q)  # (3)!
    attempt("threading.Lock argument", use_lock, (threading.Lock(), q), q)  # (4)!


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
