"""A daemon child is terminated when its parent process exits."""

import multiprocessing as mp


def wait_forever(conn, running):
    conn.send("daemon running")
    running.set()
    conn.poll(60)  # (1)!


def start_daemon_and_return(conn):
    running = mp.Event()
    daemon = mp.Process(target=wait_forever, args=(conn, running), daemon=True)
    daemon.start()
    conn.close()  # (2)!
    running.wait(timeout=10)
    # Returning ends this process; its daemon children are terminated first.


def do_nothing():
    pass


def main():
    conn, daemon_conn = mp.Pipe()
    parent = mp.Process(target=start_daemon_and_return, args=(daemon_conn,))
    parent.start()
    daemon_conn.close()  # (3)!
    if conn.poll(10):
        print("from the daemon:", conn.recv())
    join_or_stop(parent)
    print("the daemon's parent exited, exitcode", parent.exitcode)
    if conn.poll(10):
        try:
            conn.recv()
        except EOFError:  # (4)!
            print("EOFError: the daemon is gone, and its end of the pipe with it")
    conn.close()

    late = mp.Process(target=do_nothing)
    late.start()
    try:
        late.daemon = True  # (5)!
    except AssertionError:
        print("setting daemon after start():", "AssertionError")
    join_or_stop(late)


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
