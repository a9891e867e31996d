"""Consuming a multiprocessing.Queue from an event loop without blocking it."""

import asyncio
import multiprocessing as mp

SENTINEL = None


def produce(q, go):
    if go.wait(timeout=10):
        for word in ["alpha", "beta", "gamma"]:
            q.put(word)
    q.put(SENTINEL)


async def consume(q):
    received = []
    while (item := await asyncio.to_thread(q.get, timeout=10)) is not SENTINEL:  # (1)!
        received.append(item)
    return received


async def start_producer(go):
    go.set()  # (2)!
    return "producer started"


async def main_async(q, go):
    print(await asyncio.gather(consume(q), start_producer(go)))


def main():
    q, go = mp.Queue(), mp.Event()
    producer = mp.Process(target=produce, args=(q, go))
    producer.start()
    asyncio.run(main_async(q, go))
    join_or_stop(producer)
    print("producer exit code:", producer.exitcode)


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
