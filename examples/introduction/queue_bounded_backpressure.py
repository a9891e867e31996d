"""A bounded queue makes a fast producer wait when the consumer falls behind."""

import multiprocessing as mp
import queue


def produce(jobs, status):
    for n in range(4):
        job = f"job-{n}"
        try:
            jobs.put(job, timeout=0.2)  # (1)!
        except queue.Full:
            status.put(f"queue full at {job}: waiting for the consumer")
            jobs.put(job, timeout=10)  # (2)!
        status.put(f"put {job}")
    jobs.put(None, timeout=10)
    status.put(None)


def consume(jobs, go, done):
    go.wait(timeout=10)
    while (job := jobs.get(timeout=10)) is not None:
        done.put(f"handled {job}")
    done.put(None)


def main():
    jobs = mp.Queue(maxsize=2)  # (3)!
    status, done = mp.Queue(), mp.Queue()
    go = mp.Event()
    producer = mp.Process(target=produce, args=(jobs, status))
    consumer = mp.Process(target=consume, args=(jobs, go, done))
    producer.start()
    consumer.start()
    while "full" not in (message := status.get(timeout=10)):
        print("producer:", message)
    print("producer:", message)
    go.set()  # (4)!
    while (report := done.get(timeout=10)) is not None:
        print("consumer:", report)
    while (message := status.get(timeout=10)) is not None:
        print("producer:", message)
    join_or_stop(producer)
    join_or_stop(consumer)


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
