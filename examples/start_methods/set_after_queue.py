"""Creating a Queue fixes the default start method; set it before, or use a context."""

import multiprocessing as mp


def report(q):
    q.put("hello from the child")


def main():
    early = mp.Queue()  # (1)!
    print("start method fixed:", mp.get_start_method(allow_none=True) is not None)
    try:
        mp.set_start_method("spawn")
    except RuntimeError as exc:
        print("set_start_method() raised RuntimeError:", exc)  # (2)!
    early.close()
    early.join_thread()

    ctx = mp.get_context("spawn")  # (3)!
    q = ctx.Queue()
    child = ctx.Process(target=report, args=(q,))
    child.start()
    print(q.get(timeout=10))
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
