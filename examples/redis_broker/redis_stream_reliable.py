"""A Redis Stream with a consumer group: a consumer dies mid-message, none is lost.

consumer-1 reads message n=4 and is killed before it acknowledges it. The
message stays in the group's pending list; consumer-2 claims it with
XAUTOCLAIM and finishes it.
"""

# requires: redis-server

import json
import multiprocessing as mp
import os
import signal
import time

import redis

REDIS_URL = os.environ.get("REDIS_URL", "redis://localhost:6379/0")
STREAM = "example:stream:jobs"
GROUP = "workers"
DONE = "example:stream:done"  # message id -> who finished it, and how
TOTAL = "example:stream:total"  # sum of n over every finished message
MIN_IDLE_MS = 100

# Record the result and add n to the total only if this message id has no
# result yet; acknowledge in any case. Redis runs a script atomically.
FINISH = """
local applied = 0
if redis.call('HSETNX', KEYS[1], ARGV[1], ARGV[2]) == 1 then
    redis.call('INCRBY', KEYS[2], ARGV[3])
    applied = 1
end
redis.call('XACK', KEYS[3], ARGV[4], ARGV[1])
return applied
"""


def connect():
    return redis.Redis.from_url(REDIS_URL, decode_responses=True, socket_timeout=10)


def finish(r, name, msg_id, fields, how):
    n = int(fields["n"])
    record = {"n": n, "by": name, "how": how}
    if how == "claimed":
        [entry] = r.xpending_range(STREAM, GROUP, min=msg_id, max=msg_id, count=1)
        record["deliveries"] = entry["times_delivered"]
    keys, args = (DONE, TOTAL, STREAM), (msg_id, json.dumps(record), n, GROUP)
    return r.eval(FINISH, len(keys), *keys, *args) == 1  # (1)!


def claim_stale(r, name):
    """Take over messages another consumer read but never acknowledged."""
    deadline = time.monotonic() + 10
    while r.xpending(STREAM, GROUP)["pending"]:
        claimed = r.xautoclaim(  # (2)!
            STREAM, GROUP, name, min_idle_time=MIN_IDLE_MS, start_id="0-0"
        )[1]
        for msg_id, fields in claimed:
            finish(r, name, msg_id, fields, "claimed")
        if not claimed:
            if time.monotonic() > deadline:
                raise TimeoutError("pending messages never became claimable")
            time.sleep(MIN_IDLE_MS / 2000)  # (3)!


def consume(name, crash_on):
    r = connect()
    while True:
        batch = r.xreadgroup(GROUP, name, {STREAM: ">"}, count=1, block=200)  # (4)!
        if not batch:
            break  # nothing new for 200 ms: the stream is drained
        [(_stream, [(msg_id, fields)])] = batch
        if int(fields["n"]) == crash_on:
            os.kill(os.getpid(), signal.SIGKILL)  # (5)!
        finish(r, name, msg_id, fields, "read")
    claim_stale(r, name)


def run(name, crash_on=None):
    consumer = mp.Process(target=consume, args=(name, crash_on))
    consumer.start()
    join_or_stop(consumer, timeout=20)
    print(f"{name} exit code: {consumer.exitcode}")


def main():
    r = connect()
    r.delete(STREAM, DONE, TOTAL)
    r.xgroup_create(STREAM, GROUP, id="0", mkstream=True)
    for n in range(1, 11):
        r.xadd(STREAM, {"n": n})
    print("added 10 messages, n = 1..10, sum 55")

    run("consumer-1", crash_on=4)
    pending = r.xpending(STREAM, GROUP)
    owners = {c["name"]: c["pending"] for c in pending["consumers"]}
    print("pending after the crash:", pending["pending"], owners)  # (6)!

    run("consumer-2")
    records = [json.loads(v) for v in r.hgetall(DONE).values()]
    tally = {}
    for rec in records:
        key = f"{rec['by']} {rec['how']}"
        tally[key] = tally.get(key, 0) + 1
    print("finished:", dict(sorted(tally.items())))
    for rec in records:
        if rec["how"] == "claimed":
            print(f"n={rec['n']} was delivered {rec['deliveries']} times")
    late_id = next(i for i, v in r.hgetall(DONE).items() if json.loads(v)["n"] == 4)
    applied = finish(r, "consumer-1", late_id, {"n": 4}, "read")  # (7)!
    print("a late second finish of n=4 changed anything:", applied)
    print(f"messages finished: {r.hlen(DONE)} of 10")  # (8)!
    print(f"sum of n: {r.get(TOTAL)} of 55")
    print("pending now:", r.xpending(STREAM, GROUP)["pending"])
    r.delete(STREAM, DONE, TOTAL)
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
