"""A manager serves a task queue and a result queue over TCP to worker processes.

Without arguments, everything runs on this machine, on 127.0.0.1. With
arguments, one role runs, for use on several machines (see the page):

    python remote_manager_queue.py serve HOST PORT
    python remote_manager_queue.py work HOST PORT
    python remote_manager_queue.py submit HOST PORT

Every role reads the shared secret from the environment variable QUEUE_AUTHKEY.
"""

import multiprocessing as mp
import os
import queue
import secrets
import sys
from multiprocessing.managers import BaseManager

SENTINEL = None
N_WORKERS = 2

tasks = queue.Queue()  # (1)!
results = queue.Queue()


def get_tasks():  # (2)!
    return tasks


def get_results():
    return results


class QueueManager(BaseManager):
    pass


QueueManager.register("get_tasks", callable=get_tasks)
QueueManager.register("get_results", callable=get_results)


def connect(address, authkey):
    manager = QueueManager(address=address, authkey=authkey)
    manager.connect()  # (3)!
    return manager


def work(address, authkey):
    manager = connect(address, authkey)
    tasks, results = manager.get_tasks(), manager.get_results()
    while (n := tasks.get(timeout=30)) is not SENTINEL:
        results.put((n, n * n))


def submit(address, authkey, numbers):
    manager = connect(address, authkey)
    tasks, results = manager.get_tasks(), manager.get_results()
    for n in numbers:
        tasks.put(n)
    answers = dict(results.get(timeout=30) for _ in numbers)  # (4)!
    for _ in range(N_WORKERS):
        tasks.put(SENTINEL)
    return [answers[n] for n in numbers]


def serve(address, authkey):
    server = QueueManager(address=address, authkey=authkey).get_server()
    print("serving on", server.address)
    server.serve_forever()  # (5)!


def demo():
    authkey = secrets.token_bytes(32)  # (6)!
    with QueueManager(address=("127.0.0.1", 0), authkey=authkey) as manager:  # (7)!
        host, _ = manager.address
        print("manager listening on", host)
        workers = [
            mp.Process(target=work, args=(manager.address, authkey))
            for _ in range(N_WORKERS)
        ]
        for w in workers:
            w.start()
        print("squares:", submit(manager.address, authkey, [1, 2, 3, 4, 5, 6]))
        for w in workers:
            join_or_stop(w, timeout=30)
        print("worker exit codes:", [w.exitcode for w in workers])


def main():
    if len(sys.argv) != 4:
        demo()
        return
    role, host, port = sys.argv[1:]
    address = (host, int(port))
    authkey = os.environ["QUEUE_AUTHKEY"].encode()
    if role == "serve":
        serve(address, authkey)
    elif role == "work":
        work(address, authkey)
    elif role == "submit":
        print("squares:", submit(address, authkey, range(1, 11)))


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
