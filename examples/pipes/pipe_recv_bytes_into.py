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
    child.join(timeout=10)
    conn.close()


if __name__ == "__main__":
    main()
