"""SIGTERM as a service manager sends it: stop taking work, drain, then exit."""

# requires: posix

import multiprocessing as mp
import os
import signal

stopping = False


def on_sigterm(signum, frame):  # (1)!
    global stopping
    stopping = True


def consume(tasks, results):
    signal.signal(signal.SIGTERM, signal.SIG_IGN)  # (2)!
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    for item in iter(lambda: tasks.get(timeout=10), None):
        results.put(item * 10)


def main():
    tasks, results = mp.Queue(maxsize=4), mp.Queue()
    consumers = [mp.Process(target=consume, args=(tasks, results)) for _ in range(2)]
    for c in consumers:
        c.start()
    signal.signal(signal.SIGTERM, on_sigterm)
    produced = 0
    while not stopping:  # (3)!
        tasks.put(produced, timeout=10)
        produced += 1
        if produced == 10:
            os.kill(os.getpid(), signal.SIGTERM)  # (4)!
    print("SIGTERM received: stopped taking new work after", produced, "items")
    for _ in consumers:
        tasks.put(None, timeout=10)  # (5)!
    done = sorted(results.get(timeout=10) for _ in range(produced))
    for c in consumers:
        c.join(timeout=10)
        if c.is_alive():
            print("a consumer did not stop; killing it")
            c.kill()
            c.join()
    print(
        "drained:",
        len(done),
        "results;",
        "consumer exit codes:",
        [c.exitcode for c in consumers],
    )
    print("every item processed once:", done == [n * 10 for n in range(produced)])


if __name__ == "__main__":
    main()
