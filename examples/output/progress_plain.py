"""Progress without a dependency: count futures as they complete and print
a line for each, from the parent, flushed."""

import concurrent.futures as cf


def checksum(n):
    return n, sum(i * i for i in range(n * 10_000)) % 97


def main():
    jobs = list(range(1, 9))
    results = {}
    with cf.ProcessPoolExecutor(max_workers=2) as executor:
        futures = [executor.submit(checksum, n) for n in jobs]
        for done, future in enumerate(cf.as_completed(futures, timeout=60), 1):  # (1)!
            n, value = future.result()
            results[n] = value
            print(f"{done}/{len(jobs)} done ({100 * done // len(jobs)}%)", flush=True)
    print("results:", [results[n] for n in jobs])


if __name__ == "__main__":
    main()
