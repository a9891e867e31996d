"""The same crash with a multiprocessing.Queue: the message in flight is lost.

consumer-1 takes n=4 off the queue and is killed before it finishes it. A
Queue has no acknowledgement: once get() returns, the item is gone from it.
"""

import multiprocessing as mp
import os
import signal

SENTINEL = None


def produce(jobs):
    for n in range(1, 11):
        jobs.put(n)
    jobs.put(SENTINEL)


def consume(name, jobs, done, crash_on):
    while (n := jobs.get(timeout=10)) is not SENTINEL:
        if n == crash_on:
            os.kill(os.getpid(), signal.SIGKILL)  # (1)!
        done.put((name, n))  # (2)!


def run(name, jobs, done, crash_on=None):
    consumer = mp.Process(target=consume, args=(name, jobs, done, crash_on))
    consumer.start()
    consumer.join(timeout=20)
    print(f"{name} exit code: {consumer.exitcode}")


def main():
    jobs = mp.Queue()
    done = mp.SimpleQueue()
    producer = mp.Process(target=produce, args=(jobs,))  # (3)!
    producer.start()
    print("put 10 messages, n = 1..10, sum 55")

    run("consumer-1", jobs, done, crash_on=4)
    run("consumer-2", jobs, done)
    producer.join(timeout=10)

    finished = []
    while not done.empty():  # (4)!
        finished.append(done.get())
    tally = {}
    for name, _n in finished:
        tally[name] = tally.get(name, 0) + 1
    print("finished:", dict(sorted(tally.items())))
    numbers = {n for _, n in finished}
    print("lost:", sorted(set(range(1, 11)) - numbers))
    print(f"messages finished: {len(finished)} of 10")
    print(f"sum of n: {sum(numbers)} of 55")
    jobs.close()
    done.close()


if __name__ == "__main__":
    main()
