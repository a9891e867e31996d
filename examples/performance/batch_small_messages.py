"""Batching: many small messages travel as one list per put()."""

import multiprocessing as mp
import zlib

COUNT = 10_000
BATCH = 256


def produce(q):
    batch = []
    for i in range(COUNT):
        batch.append(i.to_bytes(8, "little"))  # (1)!
        if len(batch) == BATCH:
            q.put(batch)  # (2)!
            batch = []  # (3)!
    if batch:
        q.put(batch)  # (4)!
    q.put(None)


def main():
    q = mp.Queue()
    producer = mp.Process(target=produce, args=(q,))
    producer.start()
    messages = batches = checksum = 0
    while (batch := q.get(timeout=10)) is not None:
        batches += 1
        for message in batch:  # (5)!
            messages += 1
            checksum = zlib.crc32(message, checksum)
    join_or_stop(producer)
    expected = 0
    for i in range(COUNT):
        expected = zlib.crc32(i.to_bytes(8, "little"), expected)
    print(f"{messages} messages arrived in {batches} put() calls")
    print("in order and intact:", checksum == expected)
    print("producer exit code:", producer.exitcode)


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
