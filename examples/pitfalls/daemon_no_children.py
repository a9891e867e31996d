"""Daemonic processes cannot start children; Pool workers are daemonic.

A daemon process that calls start() on a child gets AssertionError. Pool
workers are daemons too, so a task that starts a process (or opens a Pool
of its own) fails the same way. A non-daemonic process may start children.
"""

# stderr(spawn, forkserver, python >= 3.15): missing a __spec__.loader
import multiprocessing as mp


def noop():
    pass


def start_grandchild(reports):
    grandchild = mp.Process(target=noop)
    try:
        grandchild.start()  # (1)!
    except AssertionError as e:
        reports.put(f"{type(e).__name__}: {e}")
        return
    join_or_stop(grandchild)
    reports.put(f"started a child; its exit code was {grandchild.exitcode}")


def start_from_pool_worker():
    mp.Process(target=noop).start()


def main():
    for daemon in (True, False):
        reports = mp.Queue()
        child = mp.Process(target=start_grandchild, args=(reports,), daemon=daemon)
        child.start()
        print(f"daemon={daemon}:", reports.get(timeout=30))
        join_or_stop(child)

    with mp.Pool(1) as pool:
        try:
            pool.apply_async(start_from_pool_worker).get(timeout=30)  # (2)!
        except AssertionError as e:
            print(f"in a Pool worker: {type(e).__name__}: {e}")


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
