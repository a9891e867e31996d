"""Changing a plain list stored in a dict proxy changes only a local copy."""

import multiprocessing as mp


def add_items(shared):
    shared["plain"].append("x")  # (1)!

    items = shared["reassigned"]  # (2)!
    items.append("x")
    shared["reassigned"] = items

    shared["nested"].append("x")  # (3)!


def main():
    with mp.Manager() as manager:
        shared = manager.dict()
        shared["plain"] = []
        shared["reassigned"] = []
        shared["nested"] = manager.list()  # (4)!
        child = mp.Process(target=add_items, args=(shared,))
        child.start()
        join_or_stop(child)
        print("plain:", shared["plain"])
        print("reassigned:", shared["reassigned"])
        print("nested:", shared["nested"][:])


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
