"""`counter.value += 1` on a shared Value is a read, then a write.

Two processes can both read 5 and both write 6, losing an increment. The
first part makes that interleaving certain: each process reads, waits at a
Barrier until the other has read too, then writes. The lock that every
Value carries makes the read and the write one step.
"""

import multiprocessing as mp

WORKERS, INCREMENTS = 4, 1_000


def add_one_unlocked(counter, both_read):
    current = counter.value  # (1)!
    both_read.wait(timeout=10)  # (2)!
    counter.value = current + 1


def add(counter):
    for _ in range(INCREMENTS):
        with counter.get_lock():  # (3)!
            counter.value += 1


def main():
    counter, both_read = mp.Value("i", 0), mp.Barrier(2)
    racers = [
        mp.Process(target=add_one_unlocked, args=(counter, both_read)) for _ in range(2)
    ]
    for r in racers:
        r.start()
    for r in racers:
        join_or_stop(r)
    print(f"unlocked, 2 processes add 1: expected 2, got {counter.value}")

    counter = mp.Value("i", 0)
    workers = [mp.Process(target=add, args=(counter,)) for _ in range(WORKERS)]
    for w in workers:
        w.start()
    for w in workers:
        join_or_stop(w, timeout=30)
    print(f"locked: expected {WORKERS * INCREMENTS}, got {counter.value}")


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
