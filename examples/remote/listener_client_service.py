"""A request/response service on multiprocessing.connection, with an authkey."""

import multiprocessing as mp
import secrets
from multiprocessing.connection import Client, Listener


def handle(op, arg):
    if op == "upper":
        return "ok", arg.upper()
    if op == "sum":
        return "ok", sum(arg)
    return "error", f"unknown operation {op!r}"


def serve(authkey, address_out):
    refused = 0
    with Listener(("127.0.0.1", 0), authkey=authkey) as listener:  # (1)!
        address_out.send(listener.address)
        while True:
            try:
                conn = listener.accept()  # (2)!
            except mp.AuthenticationError:
                refused += 1
                continue
            with conn:
                while True:
                    try:
                        op, arg = conn.recv()
                    except EOFError:  # (3)!
                        break
                    if op == "shutdown":
                        conn.send(("ok", f"bye; refused {refused} client(s)"))
                        return  # (4)!
                    conn.send(handle(op, arg))


def call(conn, op, arg=None):
    conn.send((op, arg))
    if not conn.poll(10):
        raise TimeoutError(f"no reply to {op!r}")
    return conn.recv()


def main():
    authkey = secrets.token_bytes(32)
    address_in, address_out = mp.Pipe(duplex=False)
    server = mp.Process(target=serve, args=(authkey, address_out))
    server.start()
    if not address_in.poll(10):
        raise TimeoutError("the server did not report its address")
    address = address_in.recv()

    with Client(address, authkey=authkey) as conn:  # (5)!
        print(call(conn, "upper", "hello"))
        print(call(conn, "sum", [1, 2, 3, 4]))
        print(call(conn, "divide", 7))

    try:
        Client(address, authkey=b"not the key")
    except mp.AuthenticationError as e:
        print("wrong key:", type(e).__name__)

    with Client(address, authkey=authkey) as conn:  # (6)!
        print(call(conn, "shutdown"))
    join_or_stop(server)
    print("server exit code:", server.exitcode)


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
