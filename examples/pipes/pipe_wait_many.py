"""One pipe per worker; connection.wait() hands over whichever is ready."""

import multiprocessing as mp
from multiprocessing.connection import wait


def work(send_end, worker_id):
    for n in range(3):
        send_end.send((worker_id, n, worker_id * 10 + n))
    send_end.close()  # (1)!


def main():
    readers, workers = [], []
    for worker_id in range(3):
        recv_end, send_end = mp.Pipe(duplex=False)
        worker = mp.Process(target=work, args=(send_end, worker_id))
        worker.start()
        send_end.close()  # (2)!
        readers.append(recv_end)
        workers.append(worker)
    print("fileno() gives ints:", all(isinstance(r.fileno(), int) for r in readers))
    results, finished = [], 0
    while readers:
        ready = wait(readers, timeout=10)  # (3)!
        if not ready:
            print("timed out waiting for the workers")
            break
        for conn in ready:
            try:
                results.append(conn.recv())
            except EOFError:  # (4)!
                readers.remove(conn)
                conn.close()
                finished += 1
    for worker in workers:
        worker.join(timeout=10)
    print("workers finished (EOF seen):", finished)
    for result in sorted(results):  # (5)!
        print("result:", result)


if __name__ == "__main__":
    main()
