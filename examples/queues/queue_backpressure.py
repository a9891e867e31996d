"""maxsize as backpressure: a fast producer waits for a slow consumer."""

import multiprocessing as mp
import queue


def produce(q, progress):
    for n in range(1, 6):
        q.put(n)  # blocks while the queue holds maxsize items
        progress.put(n)


def main():
    q = mp.Queue(maxsize=2)
    progress = mp.Queue()
    producer = mp.Process(target=produce, args=(q, progress))
    producer.start()

    done = [progress.get(timeout=10) for _ in range(2)]
    print("producer put", done, "before anyone read")
    try:
        progress.get(timeout=0.5)
        print("producer ran ahead: maxsize did not hold it back")
    except queue.Empty:
        print("producer is blocked in put(): the queue is full")

    for _ in range(5):
        item = q.get(timeout=10)  # each get makes room for one more put
        print("consumer took", item, "-> producer then put", end=" ")
        print(progress.get(timeout=10) if item <= 3 else "nothing (all sent)")
    join_or_stop(producer)


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
