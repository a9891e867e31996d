"""What exitcode says about how a child ended."""

# stderr: ZeroDivisionError

import multiprocessing as mp
import signal
import sys
import time


def finish():
    pass


def exit_with_three():
    sys.exit(3)  # (1)!


def divide_by_zero():
    return 1 / 0  # (2)!


def run_for_a_minute():
    time.sleep(60)  # (3)!


def main():
    for target in (finish, exit_with_three, divide_by_zero):
        child = mp.Process(target=target)
        child.start()
        join_or_stop(child)
        print(f"{target.__name__:<16} exitcode {child.exitcode}")
    for stop in ("terminate", "kill"):
        child = mp.Process(target=run_for_a_minute)
        child.start()
        getattr(child, stop)()  # (4)!
        join_or_stop(child)
        name = signal.Signals(-child.exitcode).name
        print(f"{stop + '()':<16} exitcode {child.exitcode} ({name})")


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
