"""Objects that belong to one process cannot be pickled, and neither can an
object that holds one: a lock, an open file, a database connection, a pool."""

import multiprocessing as mp
import pickle
import socket
import sqlite3
import tempfile
import threading


class Service:
    def __init__(self, member):
        self.member = member  # (1)!

    def handle(self, item):
        return item


def main():
    with tempfile.TemporaryFile("w+") as file, socket.socket() as sock:
        db = sqlite3.connect(":memory:")
        pool = mp.Pool(1)
        members = {
            "threading.Lock()": threading.Lock(),
            "an open file": file,
            "a socket": sock,
            "a sqlite3 connection": db,
            "multiprocessing.Lock()": mp.Lock(),  # (2)!
            "multiprocessing.Pool()": pool,  # (3)!
        }
        for name, member in members.items():
            try:
                pickle.dumps(Service(member).handle)  # (4)!
            except Exception as e:
                print(f"{name:24} {type(e).__name__}")
            else:
                print(f"{name:24} pickled")
        pool.close()
        pool.join()
        db.close()


if __name__ == "__main__":
    main()
