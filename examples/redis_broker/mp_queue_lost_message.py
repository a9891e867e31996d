"""The same crash with a multiprocessing.Queue: the message in flight is lost.

consumer-1 takes n=4 off the queue and is killed before it finishes it. A
Queue has no acknowledgement: once get() returns, the item is gone from it.
"""

# requires: posix

import multiprocessing as mp
import os
import signal

SENTINEL = None


def consume(name, jobs, done, crash_on, my_turn):
    if not my_turn.wait(timeout=20):
        return
    while (n := jobs.get(timeout=10)) is not SENTINEL:
        if n == crash_on:
            os.kill(os.getpid(), signal.SIGKILL)  # (1)!
        done.put((name, n))  # (2)!


def main():
    jobs = mp.Queue()
    done = mp.SimpleQueue()
    turns = {"consumer-1": mp.Event(), "consumer-2": mp.Event()}
    crash_on = {"consumer-1": 4, "consumer-2": None}
    consumers = {
        name: mp.Process(target=consume, args=(name, jobs, done, crash_on[name], turn))
        for name, turn in turns.items()
    }
    for consumer in consumers.values():
        consumer.start()  # before the first put(): no feeder thread to fork with
    for n in range(1, 11):
        jobs.put(n)
    jobs.put(SENTINEL)
    print("put 10 messages, n = 1..10, sum 55")

    for name, consumer in consumers.items():
        turns[name].set()  # one consumer at a time
        join_or_stop(consumer, timeout=20)
        print(f"{name} exit code: {consumer.exitcode}")

    finished = []
    while not done.empty():  # (3)!
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
