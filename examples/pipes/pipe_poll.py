"""poll(timeout) tells whether recv() would return without blocking."""

import multiprocessing as mp


def send_when_told(conn, go):
    go.wait(timeout=10)
    conn.send("now there is data")
    conn.close()


def main():
    conn, child_conn = mp.Pipe()
    go = mp.Event()
    child = mp.Process(target=send_when_told, args=(child_conn, go))
    child.start()
    child_conn.close()
    print("poll() before anything was sent:", conn.poll())  # (1)!
    print("poll(0.1) before anything was sent:", conn.poll(0.1))  # (2)!
    go.set()
    print("poll(10) after the child was told to send:", conn.poll(10))  # (3)!
    print("recv():", conn.recv())
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
