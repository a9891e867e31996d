"""An exception in a child process reaches the parent only as exit code 1.

The child prints its traceback on its own stderr and exits with code 1; the
parent learns nothing else. The fix: the child catches the exception and
sends a (status, payload) pair back, so the parent can tell a result from
an error and act on it.
"""
# stderr: ValueError: invalid literal for int()

import multiprocessing as mp


def parse(text):
    return int(text)


def work(text):
    parse(text)  # (1)!


def work_and_report(text, results):
    try:
        results.put(("ok", parse(text)))
    except Exception as e:
        results.put(("error", f"{type(e).__name__}: {e}"))  # (2)!


def main():
    child = mp.Process(target=work, args=("forty-two",))
    child.start()
    join_or_stop(child)
    print("unreported: exit code", child.exitcode)

    results = mp.Queue()
    for text in ("42", "forty-two"):
        child = mp.Process(target=work_and_report, args=(text, results))
        child.start()
        status, payload = results.get(timeout=10)
        join_or_stop(child)
        print(f"reported: {status}, {payload!r}; exit code {child.exitcode}")


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
