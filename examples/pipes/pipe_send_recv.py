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
    child.join(timeout=10)
    parent_end.close()


if __name__ == "__main__":
    main()
