"""A Redis list as a work queue: LPUSH to add, BRPOP (with a timeout) to take."""

# requires: redis-server

import json
import multiprocessing as mp
import os

import redis

REDIS_URL = os.environ.get("REDIS_URL", "redis://localhost:6379/0")
JOBS = "example:list-queue:jobs"  # (1)!
RESULTS = "example:list-queue:results"
STOP = "STOP"
N_CONSUMERS = 2


def connect():
    return redis.Redis.from_url(REDIS_URL, decode_responses=True, socket_timeout=10)


def produce(numbers):
    r = connect()  # (2)!
    for n in numbers:
        r.lpush(JOBS, json.dumps({"n": n}))  # (3)!
    for _ in range(N_CONSUMERS):
        r.lpush(JOBS, STOP)


def consume():
    r = connect()
    while True:
        popped = r.brpop([JOBS], timeout=5)  # (4)!
        if popped is None:
            raise TimeoutError("no job for 5 s; is the producer running?")
        _key, message = popped
        if message == STOP:
            return
        n = json.loads(message)["n"]
        r.rpush(RESULTS, json.dumps({"n": n, "square": n * n}))


def main():
    r = connect()
    r.delete(JOBS, RESULTS)
    consumers = [mp.Process(target=consume) for _ in range(N_CONSUMERS)]
    for c in consumers:
        c.start()
    producer = mp.Process(target=produce, args=(range(1, 9),))
    producer.start()
    for p in [producer, *consumers]:
        join_or_stop(p, timeout=20)
    print("exit codes:", [p.exitcode for p in [producer, *consumers]])
    results = [json.loads(m) for m in r.lrange(RESULTS, 0, -1)]
    results.sort(key=lambda d: d["n"])  # (5)!
    print("squares:", [d["square"] for d in results])
    print("jobs left in Redis:", r.llen(JOBS))
    r.delete(JOBS, RESULTS)
    r.close()


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
