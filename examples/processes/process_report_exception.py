"""Send the outcome back to the parent instead of letting run() raise."""

import multiprocessing as mp


def divide(results, a, b):
    try:
        results.put(("ok", a / b))
    except Exception as exc:  # (1)!
        results.put(("error", type(exc).__name__))


def main():
    results = mp.Queue()
    for a, b in [(6, 3), (1, 0)]:
        child = mp.Process(target=divide, args=(results, a, b))
        child.start()
        status, payload = results.get(timeout=10)  # (2)!
        join_or_stop(child)
        print(f"{a}/{b}: {status} {payload!r}, exitcode {child.exitcode}")


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
