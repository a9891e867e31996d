"""Logging from several processes through one queue.

Several processes writing to one log file can interleave and garble their
lines; the Logging Cookbook calls that unsupported. Instead, each worker
sends its records to a multiprocessing.Queue with a QueueHandler, and one
QueueListener in the parent writes them out. The workers run at the same
time, so records arrive interleaved; to print them in a fixed order, the
listener buffers them and the parent sorts them by process before printing.
"""

import logging
import logging.handlers
import multiprocessing as mp
import sys


def work(log_queue, steps):
    root = logging.getLogger()
    root.handlers[:] = [logging.handlers.QueueHandler(log_queue)]  # (1)!
    root.setLevel(logging.INFO)
    log = logging.getLogger("app.worker")
    for step in range(steps):
        log.info("step %d done", step)
    log.warning("finished after %d steps", steps)


def main():
    to_stdout = logging.StreamHandler(sys.stdout)
    to_stdout.setFormatter(
        logging.Formatter("%(processName)-8s %(levelname)-7s %(name)s: %(message)s")
    )
    memory = logging.handlers.MemoryHandler(  # (2)!
        capacity=1000, flushLevel=logging.CRITICAL, target=to_stdout
    )
    log_queue = mp.Queue()
    workers = [
        mp.Process(target=work, args=(log_queue, n), name=f"worker-{n}")
        for n in (1, 2, 3)
    ]
    for w in workers:
        w.start()
    listener = logging.handlers.QueueListener(log_queue, memory)  # (3)!
    listener.start()
    for w in workers:
        join_or_stop(w)
    listener.stop()  # (4)!
    memory.buffer.sort(key=lambda record: record.processName)  # (5)!
    memory.flush()


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
