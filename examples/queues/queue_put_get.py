"""A producer process puts messages on a Queue; the parent gets them."""

import multiprocessing as mp


def produce(q):
    for word in ["alpha", "beta", "gamma"]:
        q.put(word)  # (1)!
    q.put(None)


def main():
    q = mp.Queue()
    producer = mp.Process(target=produce, args=(q,))
    producer.start()
    while (item := q.get(timeout=10)) is not None:
        print("got", item)
    producer.join()
    print("producer exit code:", producer.exitcode)


if __name__ == "__main__":
    main()
