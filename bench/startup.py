"""Start-up cost of a process and of a pool, with a small ``__main__``.

    python bench/startup.py METHOD REPEAT

Prints JSON: the seconds to start and join one Process that does nothing,
and to create Pool(2) and get its first result, REPEAT times each.  The
first of each is reported apart: under forkserver the first start also
starts the fork server.  bench/startup_large.py runs the same code with a
``__main__`` that imports much more, which spawn and forkserver children
import again.  Standard library only.
"""

from __future__ import annotations

import json
import multiprocessing as mp
import statistics
import sys
import time

IMPORT_SECONDS = 0.0  # startup_large.py sets its own import time here


def noop() -> None:
    pass


def square(x: int) -> int:
    return x * x


def summary(values: list[float]) -> dict:
    return {
        "first": values[0],
        "later": {
            "median": statistics.median(values[1:]),
            "min": min(values[1:]),
            "max": max(values[1:]),
        },
    }


def measure(method: str, repeat: int) -> dict:
    ctx = mp.get_context(method)
    process = []
    for _ in range(repeat):
        start = time.perf_counter()
        proc = ctx.Process(target=noop)
        proc.start()
        proc.join(timeout=60)
        process.append(time.perf_counter() - start)
        if proc.exitcode != 0:
            proc.kill()
            raise SystemExit(f"{method}: the process exited with {proc.exitcode}")
    pool = []
    for _ in range(repeat):
        start = time.perf_counter()
        workers = ctx.Pool(2)
        result = workers.apply_async(square, (7,)).get(timeout=60)
        pool.append(time.perf_counter() - start)
        workers.close()
        workers.join()
        if result != 49:
            raise SystemExit(f"{method}: the pool returned {result}")
    return {"process": summary(process), "pool": summary(pool)}


def main(import_seconds: float = 0.0) -> None:
    method, repeat = sys.argv[1], int(sys.argv[2])
    result = measure(method, max(2, repeat))
    result["main_import_seconds"] = import_seconds
    print(json.dumps(result))


if __name__ == "__main__":
    main()
