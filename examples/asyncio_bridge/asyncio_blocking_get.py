"""Calling a multiprocessing.Queue's get() inside a coroutine blocks the event loop."""

# stderr: seconds

import asyncio
import multiprocessing as mp
import queue

SENTINEL = None


def produce(q, go):
    if go.wait(timeout=10):  # (1)!
        for word in ["alpha", "beta", "gamma"]:
            q.put(word)
    q.put(SENTINEL)


async def consume(q):
    try:
        return q.get(timeout=1)  # (2)!
    except queue.Empty:
        return "get() timed out"


async def start_producer(go):
    go.set()  # (3)!
    return "producer started"


async def main_async(q, go):
    print(await asyncio.gather(consume(q), start_producer(go)))


def main():
    q, go = mp.Queue(), mp.Event()
    producer = mp.Process(target=produce, args=(q, go))
    producer.start()
    asyncio.run(main_async(q, go))
    leftovers = list(iter(lambda: q.get(timeout=10), SENTINEL))  # (4)!
    print("still in the queue afterwards:", leftovers)
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
