"""An ended child stays a zombie until joined; active_children() joins it."""

# requires: linux
import multiprocessing as mp
import time
from multiprocessing.connection import wait


def finish_at_once():
    pass


def wait_for(release):
    release.wait(timeout=10)


def linux_state(pid):
    """The process state Linux shows in /proc/<pid>/status, e.g. 'Z (zombie)'."""
    try:
        with open(f"/proc/{pid}/status") as status:  # (1)!
            for line in status:
                if line.startswith("State:"):
                    return line.split(maxsplit=1)[1].strip()
    except FileNotFoundError:
        return "no such process"
    return "unknown"


def until_zombie(pid, timeout=10):
    """Wait until the kernel has finished ending pid (it then shows as a zombie)."""
    deadline = time.monotonic() + timeout
    while not linux_state(pid).startswith("Z") and time.monotonic() < deadline:
        time.sleep(0.01)


def main():
    ctx = mp.get_context("spawn")  # (2)!
    release = ctx.Event()
    short = ctx.Process(target=finish_at_once, name="short-job")
    long = ctx.Process(target=wait_for, args=(release,), name="long-job")
    long.start()
    short.start()  # (3)!
    wait([short.sentinel], timeout=10)  # (4)!
    until_zombie(short.pid)
    print("short-job ended, not joined:", linux_state(short.pid))
    print("active_children():", [p.name for p in mp.active_children()])  # (5)!
    print("short-job after that:       ", linux_state(short.pid))
    print("short-job exitcode:", short.exitcode)
    release.set()
    for process in (short, long):
        join_or_stop(process)  # (6)!
    print("active_children():", [p.name for p in mp.active_children()])


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
