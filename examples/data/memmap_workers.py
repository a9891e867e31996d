"""A memory-mapped file: the parent writes an array to disk once, and each
worker maps the file and reads only the part it needs; only a path crosses."""

import multiprocessing as mp
import tempfile
from pathlib import Path

import numpy as np

ROWS, COLS = 10_000, 100


def column_means(path, start, stop):
    data = np.memmap(path, dtype=np.float32, mode="r", shape=(ROWS, COLS))  # (1)!
    means = data[start:stop].mean(axis=0, dtype=np.float64)  # (2)!
    del data  # (3)!
    return start, means


def main():
    with tempfile.TemporaryDirectory() as folder:
        path = str(Path(folder, "samples.f32"))
        data = np.memmap(path, dtype=np.float32, mode="w+", shape=(ROWS, COLS))
        data[:] = np.arange(ROWS, dtype=np.float32)[:, None]  # row i holds i
        data.flush()  # (4)!
        del data
        print("file size:", Path(path).stat().st_size, "bytes")
        chunks = [(path, a, a + 2_500) for a in range(0, ROWS, 2_500)]
        with mp.Pool(2) as pool:
            results = pool.starmap(column_means, chunks)
            pool.close()
            pool.join()
        for start, means in results:
            same = bool((means == means[0]).all())
            print(f"rows from {start:>5}: mean {means[0]:.1f} in all columns: {same}")


if __name__ == "__main__":
    main()
