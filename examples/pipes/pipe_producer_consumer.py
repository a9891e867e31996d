"""A producer and a consumer process joined by a pipe; a sentinel ends it."""

import multiprocessing as mp

SENTINEL = None


def produce(send_end, count):
    for n in range(1, count + 1):
        send_end.send(n)
    send_end.send(SENTINEL)  # (1)!
    send_end.close()


def consume(recv_end, report_end):
    received = []
    while recv_end.poll(10):  # (2)!
        item = recv_end.recv()
        if item is SENTINEL:
            break
        received.append(item)
    report_end.send(received)  # (3)!
    report_end.close()


def main():
    recv_end, send_end = mp.Pipe(duplex=False)
    report_recv, report_send = mp.Pipe(duplex=False)
    producer = mp.Process(target=produce, args=(send_end, 5))
    consumer = mp.Process(target=consume, args=(recv_end, report_send))
    producer.start()
    consumer.start()
    for end in (recv_end, send_end, report_send):
        end.close()  # (4)!
    if report_recv.poll(10):
        print("consumer received:", report_recv.recv())
    join_or_stop(producer)  # (5)!
    join_or_stop(consumer)
    report_recv.close()
    print("exit codes:", producer.exitcode, consumer.exitcode)


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
