"""One thread moves items from a multiprocessing.Queue into an asyncio.Queue."""

import asyncio
import multiprocessing as mp

SENTINEL = None


def produce(q):
    for word in ["alpha", "beta", "gamma", "delta"]:
        q.put(word)
    q.put(SENTINEL)


def forward(q, aq, loop):
    """Runs in a worker thread, not in the event loop's thread."""
    while True:
        item = q.get(timeout=10)
        put = asyncio.run_coroutine_threadsafe(aq.put(item), loop)  # (1)!
        put.result(timeout=10)  # (2)!
        if item is SENTINEL:
            return


async def consume(aq):
    words = []
    while (word := await aq.get()) is not SENTINEL:
        words.append(word.upper())
    return words


async def main_async(q):
    loop = asyncio.get_running_loop()
    aq = asyncio.Queue(maxsize=2)
    _, words = await asyncio.wait_for(
        asyncio.gather(asyncio.to_thread(forward, q, aq, loop), consume(aq)),  # (3)!
        timeout=30,
    )
    print("consumed:", words)


def main():
    q = mp.Queue()
    producer = mp.Process(target=produce, args=(q,))
    producer.start()
    asyncio.run(main_async(q))
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
