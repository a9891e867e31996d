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
        join_or_stop(worker)
    print("workers finished (EOF seen):", finished)
    for result in sorted(results):  # (5)!
        print("result:", result)


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
