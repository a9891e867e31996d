"""multiprocessing's own log shows what a producer's feeder thread does."""

import logging
import multiprocessing as mp
import sys

VARIES = (  # (1)!
    "done self._thread.start()",
    "feeder thread got sentinel",
    "process exiting with exitcode",
)


def steady_order(record):
    return not any(text in record.getMessage() for text in VARIES)


def log_to_stdout():
    handler = logging.StreamHandler(sys.stdout)  # (2)!
    handler.setFormatter(logging.Formatter("%(threadName)-17s %(message)s"))
    handler.addFilter(steady_order)
    logger = mp.get_logger()  # (3)!
    logger.addHandler(handler)
    logger.setLevel(logging.DEBUG)


def produce(tasks, received):
    log_to_stdout()
    for i in range(3):
        tasks.put(i)
    received.wait(timeout=10)  # (4)!


def main():
    tasks, received = mp.Queue(), mp.Event()
    producer = mp.Process(target=produce, args=(tasks, received))
    producer.start()
    items = [tasks.get(timeout=10) for _ in range(3)]
    received.set()
    join_or_stop(producer)
    print("parent got", items, "exitcode", producer.exitcode)  # (5)!


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
