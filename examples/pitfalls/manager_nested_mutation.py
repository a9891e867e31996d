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
        child.join(timeout=30)
        for key in ("plain", "reassigned", "nested"):
            print(f"{key:<10} {list(shared[key])}")


if __name__ == "__main__":
    main()
