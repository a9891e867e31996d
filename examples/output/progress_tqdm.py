"""A progress bar over results as they arrive, with tqdm.

In a terminal you would write `tqdm(..., total=n)` and nothing more. To keep
a stable record here, the bar is written into a string, and the example
prints each refresh on its own line.
"""

import io
import multiprocessing as mp

from tqdm import tqdm


def checksum(n):
    return n, sum(i * i for i in range(n * 10_000)) % 97


def main():
    jobs = list(range(1, 9))
    record = io.StringIO()
    tqdm.monitor_interval = 0  # (1)!
    results = {}
    with mp.Pool(2) as pool:
        bar = tqdm(
            pool.imap_unordered(checksum, jobs),  # (2)!
            total=len(jobs),  # (3)!
            file=record,  # (4)!
            ascii=True,
            mininterval=0,  # (5)!
            miniters=1,
            bar_format="{desc}: {bar:16} {n_fmt}/{total_fmt}",  # (6)!
            desc="checksums",
        )
        with bar:
            for n, value in bar:
                results[n] = value
        pool.close()
        pool.join()
    for line in record.getvalue().replace("\r", "\n").splitlines():
        if line.strip():
            print(line)
    print("results:", [results[n] for n in jobs])


if __name__ == "__main__":
    main()
