"""Wait for a result OR a dead worker: connection.wait() on a pipe and a sentinel."""

import multiprocessing as mp
import os
from multiprocessing.connection import wait


def work(items, conn):
    for item in items:
        if item == 3:
            os._exit(3)  # (1)!
        conn.send(item * 10)
    conn.close()


def main():
    reader, writer = mp.Pipe(duplex=False)
    worker = mp.Process(target=work, args=([1, 2, 3, 4], writer))
    worker.start()
    writer.close()  # (2)!
    results = []
    while True:
        ready = wait([reader, worker.sentinel], timeout=10)  # (3)!
        if not ready:
            print("no result and no exit for 10 seconds: killing the worker")
            worker.kill()
            break
        if reader in ready:
            try:
                results.append(reader.recv())
                continue
            except EOFError:  # (4)!
                pass
        break  # the worker has ended
    worker.join(timeout=10)
    print("worker ended with exitcode", worker.exitcode)
    print("results before it ended:", results)


if __name__ == "__main__":
    main()
