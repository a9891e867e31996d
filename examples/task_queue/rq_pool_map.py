"""Pool.map(square, items), and the same work as RQ jobs run by a worker process."""

# requires: redis-server
# timeout: 90

import multiprocessing as mp
import os
import subprocess
import sys
from pathlib import Path

from redis import Redis
from rq import Queue
from tasks import square  # (1)!

REDIS_URL = os.environ.get("REDIS_URL", "redis://localhost:6379/0")
QUEUE = "example-squares"
HERE = Path(__file__).resolve().parent


def run_worker():
    command = [sys.executable, "-m", "rq.cli", "worker", "--burst"]  # (2)!
    command += ["--url", REDIS_URL, "--path", str(HERE), QUEUE]
    worker = subprocess.run(
        command,
        cwd=HERE,
        capture_output=True,  # (3)!
        text=True,
        timeout=60,
        check=False,
    )
    return worker.returncode


def statuses(jobs):
    return sorted({job.get_status(refresh=True).value for job in jobs})


def main():
    items = [1, 2, 3, 4, 5, 6]
    with mp.Pool(2) as pool:
        print("Pool.map:", pool.map(square, items))

    conn = Redis.from_url(REDIS_URL, socket_timeout=10)
    queue = Queue(QUEUE, connection=conn)
    queue.empty()
    jobs = [queue.enqueue(square, n) for n in items]  # (4)!
    print("queued:", queue.count, "jobs, statuses", statuses(jobs))
    print("worker exit code:", run_worker())  # (5)!
    print("statuses:", statuses(jobs))
    print("RQ results:", [job.return_value() for job in jobs])  # (6)!
    for job in jobs:
        job.delete()
    queue.delete(delete_jobs=True)
    conn.close()


if __name__ == "__main__":
    main()
