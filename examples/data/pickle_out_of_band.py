"""Pickle protocol 5 with out-of-band buffers: the array's bytes are kept out
of the pickle, sent as they are, and received into a buffer of our own."""

import multiprocessing as mp
import pickle

import numpy as np


def send_array(conn, array):
    buffers = []
    header = pickle.dumps(array, protocol=5, buffer_callback=buffers.append)  # (1)!
    conn.send((len(header), [b.raw().nbytes for b in buffers]))
    conn.send_bytes(header)
    for b in buffers:
        conn.send_bytes(b.raw())  # (2)!


def receive_array(conn):
    header_size, sizes = conn.recv()
    header = conn.recv_bytes()
    assert len(header) == header_size
    buffers = []
    for size in sizes:
        buf = bytearray(size)  # (3)!
        conn.recv_bytes_into(buf)
        buffers.append(buf)
    return pickle.loads(header, buffers=buffers), header_size, sizes


def producer(conn):
    with conn:
        send_array(conn, np.linspace(0.0, 1.0, 500_000))


def size(n):
    return "under 1 kB" if n < 1000 else f"{n / 1000:,.0f} kB"


def main():
    array = np.linspace(0.0, 1.0, 500_000)
    print("in-band pickle:", size(len(pickle.dumps(array, protocol=5))))
    buffers = []
    header = pickle.dumps(array, protocol=5, buffer_callback=buffers.append)
    copy = pickle.loads(header, buffers=buffers)
    raw = [size(b.raw().nbytes) for b in buffers]
    print("out-of-band: pickle", size(len(header)), "+ buffers", raw)
    print("shares memory with the original:", np.shares_memory(copy, array))  # (4)!

    receiver, sender = mp.Pipe(duplex=False)
    child = mp.Process(target=producer, args=(sender,))
    child.start()
    sender.close()
    with receiver:
        received, header_size, sizes = receive_array(receiver)
    child.join(timeout=30)
    print("received: pickle", size(header_size), "+ buffers", [size(n) for n in sizes])
    print("equal:", bool((received == array).all()))
    print("writeable:", received.flags.writeable)  # (5)!
    print("child exit code:", child.exitcode)


if __name__ == "__main__":
    main()
