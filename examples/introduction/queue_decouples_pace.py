"""A queue is a buffer: the producer finishes without waiting for the consumer."""

import multiprocessing as mp


def produce(jobs, all_put):
    for n in range(4):
        jobs.put(f"job-{n}")
    jobs.put(None)  # sentinel: no more jobs
    all_put.set()  # (1)!


def consume(jobs, go, done):
    go.wait(timeout=10)  # (2)!
    while (job := jobs.get(timeout=10)) is not None:
        done.put(f"handled {job}")
    done.put(None)


def main():
    jobs, done = mp.Queue(), mp.Queue()
    all_put, go = mp.Event(), mp.Event()
    producer = mp.Process(target=produce, args=(jobs, all_put))
    consumer = mp.Process(target=consume, args=(jobs, go, done))
    producer.start()
    consumer.start()
    if all_put.wait(timeout=10):
        print("producer: all jobs put; the consumer has not taken any yet")
    go.set()  # (3)!
    while (report := done.get(timeout=10)) is not None:
        print("consumer:", report)
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
