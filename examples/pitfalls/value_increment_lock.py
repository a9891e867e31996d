"""`counter.value += 1` on a shared Value is a read, then a write.

Two processes can both read 5 and both write 6, losing an increment. The
lock that every Value carries makes the read and the write one step. (The
unlocked version is not run here: how many updates it loses varies from
run to run and can be zero.)
"""

import multiprocessing as mp

WORKERS, INCREMENTS = 4, 1_000


def add(counter):
    for _ in range(INCREMENTS):
        with counter.get_lock():  # (1)!
            counter.value += 1


def main():
    counter = mp.Value("i", 0)
    workers = [mp.Process(target=add, args=(counter,)) for _ in range(WORKERS)]
    for w in workers:
        w.start()
    for w in workers:
        w.join(timeout=30)
    print(f"expected {WORKERS * INCREMENTS}, got {counter.value}")


if __name__ == "__main__":
    main()
