"""A Process object before start(), while it runs, and after join()."""

import multiprocessing as mp


def wait_for(release):
    release.wait(timeout=10)


def describe(stage, process):
    print(
        f"{stage:<14} alive={process.is_alive()!s:<5} exitcode={process.exitcode}"
        f" pid is int: {isinstance(process.pid, int)}"  # (1)!
    )


def main():
    release = mp.Event()
    worker = mp.Process(target=wait_for, args=(release,), name="waiter")  # (2)!
    print("name:", worker.name)
    describe("before start", worker)
    worker.start()
    describe("running", worker)  # (3)!
    release.set()
    join_or_stop(worker)
    describe("after join", worker)


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
