"""A Manager holds a dict and a list in its own process; children share them."""

import multiprocessing as mp


def record(shared_dict, shared_list, name, value):
    shared_dict[name] = value  # (1)!
    shared_list.append(name)


def main():
    with mp.Manager() as manager:  # (2)!
        scores = manager.dict()
        arrivals = manager.list()
        print("proxy types:", type(scores).__name__, type(arrivals).__name__)
        workers = [
            mp.Process(target=record, args=(scores, arrivals, f"w{i}", i * i))
            for i in range(4)
        ]
        for w in workers:
            w.start()
        for w in workers:
            join_or_stop(w)
        print("dict:", dict(sorted(scores.items())))  # (3)!
        print("list, sorted:", sorted(arrivals[:]))  # (4)!
        print("exit codes:", [w.exitcode for w in workers])


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
