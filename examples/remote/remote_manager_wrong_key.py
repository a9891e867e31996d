"""A client with the wrong authkey is refused before anything is unpickled."""

import multiprocessing as mp
import queue
import secrets
from multiprocessing.managers import BaseManager

jobs = queue.Queue()


def get_jobs():
    return jobs


class QueueManager(BaseManager):
    pass


QueueManager.register("get_jobs", callable=get_jobs)


def try_client(address, authkey, reply):
    manager = QueueManager(address=address, authkey=authkey)
    try:
        manager.connect()
    except mp.AuthenticationError as e:  # (1)!
        reply.put(type(e).__name__)
        return
    q = manager.get_jobs()
    q.put("hello")
    reply.put(f"connected, round trip: {q.get(timeout=10)}")


def main():
    authkey = secrets.token_bytes(32)
    reply = mp.Queue()
    with QueueManager(address=("127.0.0.1", 0), authkey=authkey) as manager:
        for label, key in [
            ("wrong key", b"guess"),
            ("right key", authkey),  # (2)!
        ]:
            client = mp.Process(target=try_client, args=(manager.address, key, reply))
            client.start()
            print(f"{label}: {reply.get(timeout=10)}")
            join_or_stop(client)


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
