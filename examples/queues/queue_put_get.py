"""A producer process puts messages on a Queue; the parent gets them."""

import multiprocessing as mp

SENTINEL = None


def produce(q):
    for word in ["alpha", "beta", "gamma"]:
        q.put(word)  # (1)!
    q.put(SENTINEL)  # (2)!


def main():
    q = mp.Queue()
    producer = mp.Process(target=produce, args=(q,))  # (3)!
    producer.start()
    while (item := q.get(timeout=10)) is not SENTINEL:  # (4)!
        print("got", item)
    join_or_stop(producer)
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
