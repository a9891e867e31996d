"""Count messages yourself instead of asking qsize().

qsize() is approximate everywhere and raises NotImplementedError on macOS.
Exact, portable counts come from the messages: the producer says how many
it sent in its final message, and the consumer counts what it received.
"""

import multiprocessing as mp

DONE = "done"


def produce(q, n):
    for i in range(n):
        q.put(("item", i))
    q.put((DONE, n))  # (1)!


def main():
    q = mp.Queue()
    producer = mp.Process(target=produce, args=(q, 5))
    producer.start()
    received = 0
    while True:
        kind, value = q.get(timeout=10)
        if kind == DONE:
            sent = value
            break
        received += 1  # (2)!
    join_or_stop(producer)
    print(f"producer sent {sent}, consumer received {received}")
    print("nothing lost:", sent == received)


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
