"""A multiprocessing.Queue cannot be a Pool task argument; a Manager queue can."""

import multiprocessing as mp


def send(queue, item):
    queue.put(item)
    return item


def main():
    plain = mp.Queue()
    with mp.Manager() as manager, mp.Pool(2) as pool:  # (1)!
        try:
            pool.apply(send, (plain, "hello"))  # (2)!
        except RuntimeError as e:
            print("mp.Queue as an argument:", type(e).__name__)

        queue = manager.Queue()  # (3)!
        pool.starmap(send, [(queue, f"item-{i}") for i in range(4)])
        got = [queue.get(timeout=10) for _ in range(4)]
        print("Manager().Queue() as an argument:", sorted(got))  # (4)!
    plain.close()
    plain.join_thread()


if __name__ == "__main__":
    main()
