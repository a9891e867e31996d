"""join(timeout) returns when the time is up, even if the child still runs."""

import multiprocessing as mp


def wait_for(release):
    release.wait(timeout=10)


def main():
    release = mp.Event()
    worker = mp.Process(target=wait_for, args=(release,))
    worker.start()
    worker.join(timeout=0.1)  # (1)!
    print("after join(0.1): alive =", worker.is_alive(), "exitcode =", worker.exitcode)
    release.set()
    join_or_stop(worker)  # (2)!
    print("after release:   alive =", worker.is_alive(), "exitcode =", worker.exitcode)


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
