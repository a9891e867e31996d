"""One failing item: Pool.map raises and returns nothing; RQ fails one job only."""

# requires: redis-server
# timeout: 90

import multiprocessing as mp
import os
import subprocess
import sys
from pathlib import Path

from redis import Redis
from rq import Queue
from tasks import invert

REDIS_URL = os.environ.get("REDIS_URL", "redis://localhost:6379/0")
QUEUE = "example-invert"
HERE = Path(__file__).resolve().parent


def run_worker():
    command = [sys.executable, "-m", "rq.cli", "worker", "--burst"]
    command += ["--url", REDIS_URL, "--path", str(HERE), QUEUE]
    worker = subprocess.run(
        command, cwd=HERE, capture_output=True, text=True, timeout=60, check=False
    )
    return worker.returncode


def error_type(job):
    last_line = job.latest_result().exc_string.strip().splitlines()[-1]  # (1)!
    return last_line.split(":")[0]


def main():
    items = [1, 2, 0, 4]
    with mp.Pool(2) as pool:
        try:
            print("Pool.map:", pool.map(invert, items))
        except ZeroDivisionError as e:
            print("Pool.map raised", type(e).__name__, "and returned nothing")  # (2)!

    conn = Redis.from_url(REDIS_URL, socket_timeout=10)
    queue = Queue(QUEUE, connection=conn)
    queue.empty()
    jobs = [queue.enqueue(invert, x) for x in items]
    print("worker exit code:", run_worker())
    failed = queue.failed_job_registry  # (3)!
    for x, job in zip(items, jobs, strict=True):
        status = job.get_status(refresh=True).value
        if status == "finished":
            print(f"invert({x}): {status}, {job.return_value()}")
        else:
            print(f"invert({x}): {status}, {error_type(job)}")
    in_registry = [x for x, job in zip(items, jobs, strict=True) if job in failed]
    print("in the failed job registry:", in_registry)
    for job in jobs:
        job.delete()
    queue.delete(delete_jobs=True)
    conn.close()


if __name__ == "__main__":
    main()
