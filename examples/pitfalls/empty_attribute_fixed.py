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
    producer.join(timeout=10)
    print("odd:", odd)
    print("even:", even)
    print("producer exit code:", producer.exitcode)


if __name__ == "__main__":
    main()
