"""A multiprocessing.Queue cannot be a Pool task argument; a Manager queue can."""

import multiprocessing as mp


def send(queue, item):
    queue.put(item)
    return item


def main():
    plain = mp.Queue()
    with mp.Pool(2) as pool:
        try:
            pool.apply(send, (plain, "hello"))  # (1)!
        except RuntimeError as e:
            print("mp.Queue as an argument:", type(e).__name__)

        with mp.Manager() as manager:
            queue = manager.Queue()  # (2)!
            pool.starmap(send, [(queue, f"item-{i}") for i in range(4)])
            got = [queue.get(timeout=10) for _ in range(4)]
            print("Manager().Queue() as an argument:", sorted(got))  # (3)!
    plain.close()
    plain.join_thread()


if __name__ == "__main__":
    main()
