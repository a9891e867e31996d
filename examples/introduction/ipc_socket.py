"""A socket connects two processes, on one machine or across a network."""

import multiprocessing as mp
import socket


def send_greeting(address):
    with socket.create_connection(address, timeout=10) as sock:
        sock.sendall(b"hello through a socket")  # (1)!


def main():
    with socket.create_server(("127.0.0.1", 0)) as server:  # (2)!
        server.settimeout(10)
        child = mp.Process(target=send_greeting, args=(server.getsockname(),))
        child.start()
        conn, _ = server.accept()
        with conn:
            conn.settimeout(10)
            chunks = []
            while chunk := conn.recv(1024):  # (3)!
                chunks.append(chunk)
        join_or_stop(child)
    print(b"".join(chunks))


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
