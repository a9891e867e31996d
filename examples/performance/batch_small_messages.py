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
    producer.join(timeout=10)
    expected = 0
    for i in range(COUNT):
        expected = zlib.crc32(i.to_bytes(8, "little"), expected)
    print(f"{messages} messages arrived in {batches} put() calls")
    print("in order and intact:", checksum == expected)
    print("producer exit code:", producer.exitcode)


if __name__ == "__main__":
    main()
