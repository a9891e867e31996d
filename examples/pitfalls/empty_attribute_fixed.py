"""The fix: block on get() and stop at a sentinel; never poll empty().

The producer says when it is done by putting a sentinel (None) after its
items. The consumer blocks in get() (with a timeout, in case the producer
dies) and stops when it sees the sentinel. Nobody puts items back.
"""

import multiprocessing as mp


def produce(q):
    for number in range(1, 7):
        q.put(number)
    q.put(None)  # (1)!


def main():
    q = mp.Queue()
    producer = mp.Process(target=produce, args=(q,))
    producer.start()
    odd, even = [], []
    while (number := q.get(timeout=10)) is not None:  # (2)!
        (odd if number % 2 else even).append(number)
    join_or_stop(producer)
    print("odd:", odd)
    print("even:", even)
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
