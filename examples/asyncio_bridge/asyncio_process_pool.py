"""CPU-bound work from a coroutine: loop.run_in_executor with a ProcessPoolExecutor."""

import asyncio
from concurrent.futures import ProcessPoolExecutor


def count_primes(limit):  # (1)!
    sieve = bytearray([1]) * limit
    sieve[:2] = b"\0\0"
    for i in range(2, int(limit**0.5) + 1):
        if sieve[i]:
            sieve[i * i :: i] = bytes(len(range(i * i, limit, i)))
    return sum(sieve)


async def main_async(pool):
    loop = asyncio.get_running_loop()
    limits = [10, 100, 1_000, 10_000, 100_000]
    futures = [loop.run_in_executor(pool, count_primes, n) for n in limits]  # (2)!
    counts = await asyncio.wait_for(asyncio.gather(*futures), timeout=30)  # (3)!
    for n, count in zip(limits, counts, strict=True):
        print(f"primes below {n}: {count}")


def main():
    with ProcessPoolExecutor(max_workers=2) as pool:  # (4)!
        warm_up = [pool.submit(count_primes, 2) for _ in range(2)]  # (5)!
        for future in warm_up:
            future.result(timeout=30)
        asyncio.run(main_async(pool))


if __name__ == "__main__":
    main()
