"""Hand a new Connection to a worker that is already running."""

import multiprocessing as mp


def serve(control):
    while control.poll(10):
        conn = control.recv()  # (1)!
        if conn is None:
            break
        with conn:  # (2)!
            if conn.poll(10):
                name = conn.recv()
                conn.send(f"hello, {name}")
    control.close()


def main():
    control, worker_control = mp.Pipe()
    worker = mp.Process(target=serve, args=(worker_control,))
    worker.start()
    worker_control.close()
    for name in ["alpha", "beta"]:
        mine, theirs = mp.Pipe()  # (3)!
        control.send(theirs)  # (4)!
        print(f"{name}: parent's copy open after send():", not theirs.closed)
        theirs.close()  # (5)!
        mine.send(name)
        if mine.poll(10):
            print(f"{name}: worker answered:", mine.recv())
        try:
            if mine.poll(10):
                mine.recv()
        except EOFError:
            print(f"{name}: worker closed its end: EOFError")  # (6)!
        mine.close()
    control.send(None)
    join_or_stop(worker)
    control.close()
    print("worker exit code:", worker.exitcode)


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
