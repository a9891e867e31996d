"""recv_bytes_into() fills a buffer you own; BufferTooShort when it cannot."""

import multiprocessing as mp


def send_messages(conn):
    conn.send_bytes(b"hello")
    conn.send_bytes(b"a message too long for the buffer")
    conn.close()


def main():
    conn, child_conn = mp.Pipe(duplex=False)
    child = mp.Process(target=send_messages, args=(child_conn,))
    child.start()
    child_conn.close()
    buffer = bytearray(8)
    if conn.poll(10):
        size = conn.recv_bytes_into(buffer)  # (1)!
        print("received", size, "bytes:", buffer[:size], "buffer:", buffer)
    if conn.poll(10):
        try:
            conn.recv_bytes_into(buffer, 3)  # (2)!
        except mp.BufferTooShort as exc:
            message = exc.args[0]  # (3)!
            print("BufferTooShort carries the whole message:", message)
    join_or_stop(child)
    conn.close()


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
