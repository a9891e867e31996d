"""send_bytes() and recv_bytes(): raw bytes, no pickling."""

import multiprocessing as mp


def send_chunks(conn):
    data = b"0123456789"
    conn.send_bytes(data)  # (1)!
    conn.send_bytes(data, 2, 3)  # (2)!
    conn.send_bytes(bytearray(b"x" * 100))
    conn.close()


def main():
    conn, child_conn = mp.Pipe(duplex=False)
    child = mp.Process(target=send_chunks, args=(child_conn,))
    child.start()
    child_conn.close()
    for _ in range(2):
        if conn.poll(10):
            print("recv_bytes():", conn.recv_bytes())
    if conn.poll(10):
        try:
            conn.recv_bytes(maxlength=10)  # (3)!
        except OSError as exc:
            print("recv_bytes(maxlength=10) of 100 bytes raised", type(exc).__name__)
    join_or_stop(child)
    conn.close()  # (4)!


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
