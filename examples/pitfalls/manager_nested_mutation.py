"""Changing a plain list stored inside a Manager dict changes nothing.

`shared["log"]` returns a copy of the list, fetched from the manager's
process; appending to that copy never reaches the manager. Either store the
changed value back, or store a nested proxy (manager.list()).
"""

import multiprocessing as mp


def record(shared):
    shared["plain"].append("from the child")  # (1)!

    log = shared["reassigned"]
    log.append("from the child")
    shared["reassigned"] = log  # (2)!

    shared["nested"].append("from the child")  # (3)!


def main():
    with mp.Manager() as manager:
        shared = manager.dict()
        shared["plain"] = []
        shared["reassigned"] = []
        shared["nested"] = manager.list()
        child = mp.Process(target=record, args=(shared,))
        child.start()
        join_or_stop(child, timeout=30)
        for key in ("plain", "reassigned", "nested"):
            print(f"{key:<10} {list(shared[key])}")


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
