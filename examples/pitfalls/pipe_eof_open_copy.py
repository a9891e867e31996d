"""recv() raises EOFError only when every copy of the sending end is closed.

The child sends three messages, closes its end of the pipe and exits. But
the parent still holds its own copy of that end (it created the pipe), so
the pipe never reaches end-of-file, and a reader that waits for EOFError
would block forever. Here the wait is a poll() with a timeout. The fix: the
parent closes its copy right after starting the child.
"""

import multiprocessing as mp


def produce(conn):
    for word in ["alpha", "beta", "gamma"]:
        conn.send(word)
    conn.close()


def read_until_eof(close_parent_copy):
    reader, writer = mp.Pipe(duplex=False)
    child = mp.Process(target=produce, args=(writer,))
    child.start()
    if close_parent_copy:
        writer.close()  # (1)!
    received = []
    while len(received) < 3 and reader.poll(10):
        received.append(reader.recv())
    join_or_stop(child)  # (2)!
    try:
        if reader.poll(1):  # (3)!
            reader.recv()
        outcome = "poll() timed out: no EOF while a copy is open"
    except EOFError:
        outcome = "recv() raised EOFError: the stream is over"
    reader.close()
    writer.close()
    print(f"parent closed its copy: {close_parent_copy}")
    print(f"    received {received}, then {outcome}")


def main():
    read_until_eof(close_parent_copy=False)
    read_until_eof(close_parent_copy=True)


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
