"""Pipe() returns two connected ends; by default both can send and receive."""

import multiprocessing as mp


def answer(conn):
    if not conn.poll(10):
        return
    request = conn.recv()  # (1)!
    conn.send({"sum": sum(request["numbers"]), "from": "child"})
    conn.close()


def main():
    parent_end, child_end = mp.Pipe()  # (2)!
    child = mp.Process(target=answer, args=(child_end,))
    child.start()
    child_end.close()  # (3)!
    parent_end.send({"numbers": [1, 2, 3, 4]})  # (4)!
    if parent_end.poll(10):
        print("reply:", parent_end.recv())
    join_or_stop(child)
    parent_end.close()


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
