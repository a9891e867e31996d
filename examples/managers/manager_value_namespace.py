"""Value and Namespace proxies: one shared value, and shared attributes."""

import multiprocessing as mp


def report(status, ns):
    ns.result = ns.base * 2  # (1)!
    status.value = 2  # (2)!


def main():
    with mp.Manager() as manager:
        status = manager.Value("i", 0)
        ns = manager.Namespace()
        ns.base = 21
        child = mp.Process(target=report, args=(status, ns))
        child.start()
        join_or_stop(child)
        print("status.value:", status.value)
        print("ns.base:", ns.base, "ns.result:", ns.result)
        print("proxy types:", type(status).__name__, type(ns).__name__)
        status.value = "done"  # (3)!
        print("manager.Value('i') took a str:", repr(status.value))
        try:
            mp.Value("i", 0, lock=False).value = "done"  # (4)!
        except TypeError as exc:
            print("multiprocessing.Value('i') refused it:", type(exc).__name__)


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
