"""A thread blocked in get() keeps the program alive, unless it is a daemon."""

import atexit
import queue
import threading
import time


def wait_for_job(jobs, timeout):
    try:
        job = jobs.get(timeout=timeout)  # (1)!
    except queue.Empty:
        print(f"{threading.current_thread().name}: no job in {timeout} s, returning")
        return
    print("got", job)


def report_exit(started):
    waited = time.monotonic() - started
    print("interpreter exits; waited for worker (1 s):", waited >= 1)  # (2)!
    print("waited for daemon-worker (20 s):", waited >= 20)


def main():
    jobs = queue.Queue()
    atexit.register(report_exit, time.monotonic())
    print("main() starts two threads and returns")
    threading.Thread(target=wait_for_job, args=(jobs, 1), name="worker").start()
    threading.Thread(
        target=wait_for_job, args=(jobs, 20), name="daemon-worker", daemon=True
    ).start()  # (3)!


if __name__ == "__main__":
    main()
