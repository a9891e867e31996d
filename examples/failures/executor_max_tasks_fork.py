"""max_tasks_per_child (3.11+) refuses the fork start method."""

# requires: python >= 3.11
# requires: posix

import multiprocessing as mp
import os
from concurrent.futures import ProcessPoolExecutor


def worker_pid(_):
    return os.getpid()


def main():
    try:
        ProcessPoolExecutor(1, mp_context=mp.get_context("fork"), max_tasks_per_child=2)
    except ValueError as e:
        print("fork + max_tasks_per_child:", type(e).__name__)  # (1)!
    spawn = mp.get_context("spawn")
    with ProcessPoolExecutor(1, mp_context=spawn, max_tasks_per_child=2) as executor:
        pids = [executor.submit(worker_pid, n).result(timeout=30) for n in range(6)]
    print("6 tasks, 2 per worker: ran in", len(set(pids)), "workers")  # (2)!


if __name__ == "__main__":
    main()
