"""Raw bytes: send_bytes() skips pickle; recv_bytes_into() reuses one buffer."""

import multiprocessing as mp
import zlib

COUNT = 1000
MAX_SIZE = 256


def message(i):
    return i.to_bytes(4, "little") * (1 + i % 64)  # 4 to 256 bytes


def produce(conn):
    for i in range(COUNT):
        conn.send_bytes(message(i))  # (1)!
    conn.send_bytes(b"")  # (2)!
    conn.close()


def main():
    receiver, sender = mp.Pipe(duplex=False)
    producer = mp.Process(target=produce, args=(sender,))
    producer.start()
    sender.close()
    buffer = bytearray(MAX_SIZE)  # (3)!
    view = memoryview(buffer)
    count = total = checksum = 0
    while receiver.poll(10):
        size = receiver.recv_bytes_into(buffer)  # (4)!
        if size == 0:
            break
        count += 1
        total += size
        checksum = zlib.crc32(view[:size], checksum)
    view.release()
    join_or_stop(producer)
    expected = 0
    for i in range(COUNT):
        expected = zlib.crc32(message(i), expected)
    print(f"{count} messages, {total} bytes, through one {MAX_SIZE}-byte buffer")
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
