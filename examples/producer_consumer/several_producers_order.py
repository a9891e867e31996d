"""Several producers, one queue: each producer's items keep their order."""

import multiprocessing as mp

PRODUCERS, ITEMS = 3, 2000


def produce(producer_id, tasks, go):
    go.wait(timeout=10)  # (1)!
    for seq in range(ITEMS):
        tasks.put((producer_id, seq))  # (2)!
    tasks.put((producer_id, None))  # (3)!


def main():
    tasks, go = mp.Queue(), mp.Event()
    producers = [
        mp.Process(target=produce, args=(i, tasks, go), name=f"producer-{i}")
        for i in range(PRODUCERS)
    ]
    for p in producers:
        p.start()
    go.set()
    received = {i: [] for i in range(PRODUCERS)}
    done = 0
    while done < PRODUCERS:
        producer_id, seq = tasks.get(timeout=10)
        if seq is None:
            done += 1
        else:
            received[producer_id].append(seq)
    for p in producers:
        join_or_stop(p)
    for producer_id, seqs in received.items():
        in_order = seqs == list(range(ITEMS))  # (4)!
        print(f"producer {producer_id}: {len(seqs)} items, in order: {in_order}")


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
