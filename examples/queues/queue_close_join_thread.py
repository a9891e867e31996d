"""close() and join_thread(): a producer finishes sending before it exits."""

import multiprocessing as mp


def produce(q, count):
    for n in range(count):
        q.put(n)
    q.close()  # (1)!
    try:
        q.put("late")
    except ValueError:
        print("put() after close() raises ValueError", flush=True)
    q.join_thread()  # (2)!


def main():
    q = mp.Queue()
    producer = mp.Process(target=produce, args=(q, 1000))
    producer.start()
    received = [q.get(timeout=10) for _ in range(1000)]  # (3)!
    join_or_stop(producer)
    print("received", len(received), "items, in order:", received == list(range(1000)))
    print("producer exit code:", producer.exitcode)


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
