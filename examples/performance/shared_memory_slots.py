"""Large payloads: copy them into shared memory, send only the slot number."""

import multiprocessing as mp
import sys
import zlib
from multiprocessing import shared_memory

BLOCK = 1024 * 1024  # one payload: 1 MiB
SLOTS = 4
COUNT = 32


def payload(i):
    return i.to_bytes(8, "little") * (BLOCK // 8)


def receive(conn):
    if not conn.poll(10):
        raise TimeoutError("the other process stopped answering")
    return conn.recv()


def attach(name):
    if sys.version_info >= (3, 13):
        return shared_memory.SharedMemory(name, track=False)  # (1)!
    return shared_memory.SharedMemory(name)  # (2)!


def produce(name, conn):
    shm = attach(name)
    free = list(range(SLOTS))
    try:
        for i in range(COUNT):
            slot = free.pop() if free else receive(conn)  # (3)!
            shm.buf[slot * BLOCK : (slot + 1) * BLOCK] = payload(i)
            conn.send(slot)
        while len(free) < SLOTS:  # (4)!
            free.append(receive(conn))
        conn.send(None)
    finally:
        shm.close()


def main():
    shm = shared_memory.SharedMemory(create=True, size=SLOTS * BLOCK)  # (5)!
    try:
        conn, child_conn = mp.Pipe()
        producer = mp.Process(target=produce, args=(shm.name, child_conn))
        producer.start()
        count = checksum = 0
        while (slot := receive(conn)) is not None:
            with shm.buf[slot * BLOCK : (slot + 1) * BLOCK] as block:  # (6)!
                checksum = zlib.crc32(block, checksum)
            count += 1
            conn.send(slot)  # (7)!
        join_or_stop(producer)
    finally:
        shm.close()
        shm.unlink()  # (8)!
    expected = 0
    for i in range(COUNT):
        expected = zlib.crc32(payload(i), expected)
    print(f"{count} payloads of {BLOCK // 2**20} MiB through {SLOTS} slots")
    print("in order and intact:", checksum == expected)
    print("producer exit code:", producer.exitcode)
    try:
        shared_memory.SharedMemory(shm.name)
    except FileNotFoundError:
        print("the block is gone: attaching to it raises FileNotFoundError")


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
