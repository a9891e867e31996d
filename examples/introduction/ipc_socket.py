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
        child.join(timeout=10)
    print(b"".join(chunks))


if __name__ == "__main__":
    main()
