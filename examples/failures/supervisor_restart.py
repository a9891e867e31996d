"""A supervisor that restarts a crashed consumer and re-queues the item it held."""

import multiprocessing as mp
import os
from collections import deque
from multiprocessing.connection import wait


def consume(conn):
    while conn.poll(10):
        job = conn.recv()
        if job is None:
            break
        item, attempt = job
        if item == 3 and attempt == 1:
            os._exit(1)  # (1)!
        conn.send((item, item * 10))


def start_consumer():
    conn, child_conn = mp.Pipe()
    process = mp.Process(target=consume, args=(child_conn,))
    process.start()
    child_conn.close()
    return process, conn


def main():
    pending = deque((item, 1) for item in range(8))
    consumers = [start_consumer() for _ in range(2)]
    holding = {}  # (2)!
    results = {}

    def hand_out(slot):
        if pending:
            job = pending.popleft()
            consumers[slot][1].send(job)
            holding[slot] = job

    for slot in range(len(consumers)):
        hand_out(slot)
    while holding:
        conns = [conn for _, conn in consumers]
        if not wait(conns, timeout=10):  # (3)!
            raise RuntimeError("no consumer made progress for 10 seconds")
        for slot, (process, conn) in enumerate(consumers):
            if slot not in holding or not conn.poll():
                continue
            try:
                item, value = conn.recv()
            except EOFError:  # (4)!
                process.join(timeout=10)
                item, attempt = holding.pop(slot)
                print(
                    f"a consumer died (exitcode {process.exitcode}) holding item {item}"
                )
                pending.appendleft((item, attempt + 1))  # (5)!
                consumers[slot] = start_consumer()
                hand_out(slot)
                continue
            results[item] = value
            del holding[slot]
            hand_out(slot)
    for process, conn in consumers:
        conn.send(None)
        process.join(timeout=10)
        if process.is_alive():
            process.kill()
            process.join()
        conn.close()
    print("results:", [results[item] for item in sorted(results)])


if __name__ == "__main__":
    main()
