"""The fix with pipes: one Pipe per consumer, so each end has one reader."""

import multiprocessing as mp
from multiprocessing.connection import wait


def consume(conn):
    while conn.poll(10):
        item = conn.recv()
        if item is None:  # (1)!
            break
        conn.send(item * item)  # (2)!
    conn.close()


def main():
    conns, consumers = [], []
    for _ in range(3):
        conn, child_conn = mp.Pipe()  # (3)!
        consumer = mp.Process(target=consume, args=(child_conn,))
        consumer.start()
        child_conn.close()
        conns.append(conn)
        consumers.append(consumer)
    for n in range(6):
        conns[n % len(conns)].send(n)  # (4)!
    for conn in conns:
        conn.send(None)
    squares = []
    while conns:
        ready = wait(conns, timeout=10)
        if not ready:
            print("timed out waiting for the consumers")
            break
        for conn in ready:
            try:
                squares.append(conn.recv())
            except EOFError:  # (5)!
                conns.remove(conn)
                conn.close()
    for consumer in consumers:
        join_or_stop(consumer)
    print("consumers that stopped:", sum(c.exitcode == 0 for c in consumers))
    print("squares:", sorted(squares))


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
