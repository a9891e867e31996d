"""set_start_method() may be called once; a second call raises RuntimeError."""

import multiprocessing as mp


def report(q):
    q.put(mp.get_start_method())


def main():
    mp.set_start_method("spawn")  # (1)!
    try:
        mp.set_start_method("fork")  # (2)!
    except RuntimeError as exc:
        print("second call raised RuntimeError:", exc)
    q = mp.Queue()
    child = mp.Process(target=report, args=(q,))
    child.start()
    print("parent's start method:", mp.get_start_method())
    print("child's start method: ", q.get(timeout=10))  # (3)!
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
