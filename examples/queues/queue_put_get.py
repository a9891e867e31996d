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
    producer.join(timeout=10)
    print("producer exit code:", producer.exitcode)


if __name__ == "__main__":
    main()
