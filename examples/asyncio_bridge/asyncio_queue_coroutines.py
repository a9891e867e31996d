"""asyncio.Queue passes items between coroutines in one thread, one event loop."""

import asyncio

WORDS = ["alpha", "beta", "gamma", "delta", "epsilon"]


async def produce(queue):
    for word in WORDS:
        await queue.put(word)  # (1)!
    print("producer: all words queued")


async def work(queue, lengths):
    while True:
        word = await queue.get()  # (2)!
        lengths[word] = len(word)
        queue.task_done()


async def main_async():
    queue = asyncio.Queue(maxsize=2)
    lengths = {}
    workers = [asyncio.create_task(work(queue, lengths)) for _ in range(2)]
    await produce(queue)
    await queue.join()  # (3)!
    for w in workers:
        w.cancel()  # (4)!
    await asyncio.gather(*workers, return_exceptions=True)
    print("lengths:", [lengths[word] for word in WORDS])


def main():
    asyncio.run(main_async())


if __name__ == "__main__":
    main()
