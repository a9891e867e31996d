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
    child.join(timeout=10)
    print("child exit code:", child.exitcode)


if __name__ == "__main__":
    main()
