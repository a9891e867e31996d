"""Python 3.12+ warns when fork() is called in a process that runs threads."""

# requires: python >= 3.12
import multiprocessing as mp
import threading
import warnings


def child(q):
    q.put("child ran")


def main():
    stop = threading.Event()
    helper = threading.Thread(target=stop.wait, args=(10,))
    helper.start()  # (1)!
    q = mp.Queue()
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", DeprecationWarning)  # (2)!
        proc = mp.Process(target=child, args=(q,))
        proc.start()
    print(q.get(timeout=10))
    join_or_stop(proc)
    stop.set()
    helper.join(timeout=10)
    if helper.is_alive():  # a thread cannot be terminated: report it
        print("the helper thread did not stop")
    about_fork = [
        w
        for w in caught
        if issubclass(w.category, DeprecationWarning) and "fork()" in str(w.message)
    ]
    print("start method:", mp.get_start_method())
    print("DeprecationWarning about fork():", bool(about_fork))  # (3)!


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
