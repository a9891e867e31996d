"""A signal tells another process that something happened; it carries no data.

POSIX only: SIGUSR1 and signal.sigwait() do not exist on Windows.
"""

# requires: posix

import multiprocessing as mp
import os
import signal


def wait_for_signal(ready, results):
    signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGUSR1})  # (1)!
    ready.set()
    signum = signal.sigwait({signal.SIGUSR1})  # (2)!
    results.put(signal.Signals(signum).name)


def main():
    ready = mp.Event()
    results = mp.Queue()
    child = mp.Process(target=wait_for_signal, args=(ready, results))
    child.start()
    ready.wait(timeout=10)
    os.kill(child.pid, signal.SIGUSR1)  # (3)!
    print("child received:", results.get(timeout=10))
    join_or_stop(child)
    print("child exit code:", child.exitcode)


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
