"""set_executable() picks the interpreter that spawn and forkserver children run."""

# requires: posix

import multiprocessing as mp
import os
import sys
import tempfile


def report(conn):
    conn.send(sys.executable)
    conn.close()


def main():
    with tempfile.TemporaryDirectory() as folder:
        interpreter = os.path.join(folder, "python-for-workers")
        os.symlink(sys.executable, interpreter)  # (1)!
        mp.set_executable(interpreter)  # (2)!
        parent_end, child_end = mp.Pipe(duplex=False)
        child = mp.Process(target=report, args=(child_end,))
        child.start()
        child_end.close()
        child_executable = parent_end.recv() if parent_end.poll(10) else None
        parent_end.close()
        join_or_stop(child)
        print("start method:", mp.get_start_method())
        print("child runs the interpreter set:", child_executable == interpreter)
        print("child runs the parent's:", child_executable == sys.executable)  # (3)!


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
