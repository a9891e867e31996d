"""One section of the benchmark, measured by the Python that runs this file.

    python bench/worker.py --worker core [--quick]

prints one JSON object on stdout (progress goes to stderr).  bench/run.py
starts it once per section and per Python, so that every interpreter is
measured by itself, in the same run.  Sections:

core      the core channels at 8 B and 64 KiB, each relative to this Python's
          os.pipe floor (reuses bench/channels.py)
startup   start-and-join of one Process, and Pool(2) + its first result, per
          start method, with a small and a large ``__main__`` (bench/startup.py)
cow       fork and copy-on-write: how much memory a child that only iterates
          over a list inherited from its parent makes private
interp    Python 3.14+: concurrent.interpreters queues and
          InterpreterPoolExecutor against threads and processes
bigdata   NumPy arrays of 1 MiB and 100 MiB through Queue, send_bytes, pickle
          protocol 5 buffers and shared memory; memcpy bandwidth (needs numpy)
readonly  read-only data for pool workers: with every task, once through the
          initializer, or as a memory-mapped file
payoff    serial loop vs Pool vs ProcessPoolExecutor vs threads, for tasks of
          1 µs to 100 ms (CPU-bound, and sleeping)
broker    Redis lists and streams on loopback vs multiprocessing.Queue
          (needs redis-py and redis-server; see tests/redis_server.py)

Only the standard library is needed, except numpy for ``bigdata`` and
redis-py for ``broker``.  Every section checks what it moved (counts and
CRC-32 sums, or results) before it reports a time.
"""

from __future__ import annotations

import argparse
import concurrent.futures as cf
import contextlib
import gc
import json
import mmap
import multiprocessing as mp
import os
import pickle
import platform
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import zlib
from multiprocessing import shared_memory
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
import channels  # noqa: E402

METHODS = [
    m for m in ("fork", "forkserver", "spawn") if m in mp.get_all_start_methods()
]
QUICK = False


def methods() -> list[str]:
    """Every start method; quick mode: the default one and spawn."""
    if not QUICK:
        return METHODS
    return list(dict.fromkeys([mp.get_start_method(), "spawn"]))


TIMEOUT = 60  # seconds: the bound on every wait


def log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def stats(values: list[float]) -> dict:
    return {
        "median": statistics.median(values),
        "min": min(values),
        "max": max(values),
    }


def join_or_kill(proc, what: str) -> None:
    proc.join(timeout=TIMEOUT)
    if proc.is_alive():
        proc.kill()
        proc.join(timeout=5)
        raise RuntimeError(f"{what}: the child did not exit; killed")
    if proc.exitcode != 0:
        raise RuntimeError(f"{what}: the child exited with {proc.exitcode}")


# ------------------------------------------------------------------ core

CORE = [
    "os_pipe",
    "pipe_bytes",
    "queue",
    "simple_queue",
    "batched_queue",
    "shared_memory",
    "pool_chunk64",
]
CORE_SIZES = (8, 65536)


def section_core() -> dict:
    ns = argparse.Namespace(
        quick=QUICK, runs=3 if QUICK else 5, target=0.1, scale=0.3 if QUICK else 1
    )
    opts = channels.Options(ns)
    ctx = mp.get_context()
    rows = []
    for key in CORE:
        if not channels.available(key):
            continue
        for size in CORE_SIZES:
            row = channels.measure_throughput(key, ctx, size, opts)
            rows.append(row)
            log(f"core {key:14} {size:>6} B {row['msgs_per_s']['median']:>11,.0f}")
    return {"start_method": ctx.get_start_method(), "runs": opts.runs, "rows": rows}


# --------------------------------------------------------------- startup


def section_startup() -> dict:
    rows = []
    for main in ("small", "large"):
        script = HERE / ("startup.py" if main == "small" else "startup_large.py")
        for method in methods() if main == "small" or not QUICK else ["spawn"]:
            repeat = "2" if QUICK else "5"
            out = subprocess.run(
                [sys.executable, str(script), method, repeat],
                capture_output=True,
                text=True,
                timeout=300,
                check=False,
            )
            if out.returncode != 0:
                raise RuntimeError(f"{script.name} {method}: {out.stderr}")
            row = json.loads(out.stdout)
            row.update(main=main, method=method)
            rows.append(row)
            log(
                f"startup {main:5} {method:10} process "
                f"{row['process']['later']['median'] * 1e3:7.1f} ms, pool "
                f"{row['pool']['later']['median'] * 1e3:7.1f} ms"
            )
    return {"rows": rows}


# ------------------------------------------------------------------- cow

COW_DATA: list = []


def private_dirty_kib() -> int:
    """Private_Dirty of this process, from /proc/self/smaps_rollup (Linux)."""
    for line in Path("/proc/self/smaps_rollup").read_text().splitlines():
        if line.startswith("Private_Dirty:"):
            return int(line.split()[1])
    raise RuntimeError("no Private_Dirty in smaps_rollup")


def cow_child(mode: str, conn) -> None:
    before = private_dirty_kib()
    if mode == "iterate":
        total = 0
        for item in COW_DATA:  # only reads: but every item's refcount changes
            total += len(item)
    elif mode == "gc_collect":
        gc.collect()
    after = private_dirty_kib()
    conn.send((before, after))
    conn.close()


def section_cow() -> dict:
    if "fork" not in METHODS or not Path("/proc/self/smaps_rollup").exists():
        return {"skipped": "needs fork and /proc/self/smaps_rollup (Linux)"}
    global COW_DATA
    n = 50_000 if QUICK else 1_000_000
    ctx = mp.get_context("fork")
    before = private_dirty_kib()
    COW_DATA = [(i, f"item {i}") for i in range(n)]
    data_kib = private_dirty_kib() - before
    rows = []
    for freeze in (False, True):
        if freeze:
            gc.freeze()  # move everything to the permanent generation
        for mode in ("idle", "iterate", "gc_collect"):
            here, there = ctx.Pipe(duplex=False)
            proc = ctx.Process(target=cow_child, args=(mode, there))
            proc.start()
            there.close()
            if not here.poll(TIMEOUT):
                raise RuntimeError("cow: no report from the child")
            start_kib, end_kib = here.recv()
            here.close()
            join_or_kill(proc, "cow")
            rows.append(
                {
                    "mode": mode,
                    "gc_freeze": freeze,
                    "private_dirty_growth_kib": end_kib - start_kib,
                }
            )
            log(f"cow {mode:10} freeze={freeze!s:5} +{end_kib - start_kib:>8} KiB")
        if freeze:
            gc.unfreeze()
    COW_DATA = []
    return {"objects": n, "data_kib": data_kib, "rows": rows}


# ---------------------------------------------------------------- interp

INTERP_SIZES = (8, 1024, 65536)
INTERP_PRODUCER = """
payloads = [
    ((i + 1).to_bytes(8, "little") * (size // 8 + 1))[:size]
    for i in range(distinct)
]
"""
INTERP_SEND = """
for i in range(n):
    q.put(payloads[i % distinct])
"""


def interp_queue(size: int, n_check: int, runs: int) -> dict:
    from concurrent import interpreters

    distinct = channels.distinct_count(size, 4096)
    payloads = channels.make_payloads(size, distinct)
    q = interpreters.create_queue()
    interp = interpreters.create()
    try:
        interp.prepare_main(q=q, size=size, distinct=distinct)
        interp.exec(INTERP_PRODUCER)

        def one(n: int, tally=None) -> float:
            interp.prepare_main(n=n)
            thread = threading.Thread(target=interp.exec, args=(INTERP_SEND,))
            start = time.perf_counter()
            thread.start()
            for _ in range(n):
                item = q.get(timeout=TIMEOUT)
                if tally:
                    tally.add(item)
            elapsed = time.perf_counter() - start
            thread.join(timeout=TIMEOUT)
            if thread.is_alive():
                raise RuntimeError("interpreter producer did not finish")
            return elapsed

        tally = channels.Tally()
        one(n_check, tally)
        expected = channels.expected_checksum(payloads, n_check)
        check = {
            "messages": n_check,
            "received": tally.count,
            "checksum": tally.crc,
            "expected_checksum": expected,
            "ok": tally.count == n_check and tally.crc == expected,
        }
        if not check["ok"]:
            raise RuntimeError("interpreter queue: messages lost or damaged")
        n = n_check
        if not QUICK:
            n = max(50, int(n_check / one(n_check) * 0.1))
        seconds = [one(n) for _ in range(runs)]
    finally:
        interp.close()
    rates = [n / s for s in seconds]
    return {
        "channel": "interp_queue",
        "size": size,
        "messages": n,
        "msgs_per_s": stats(rates),
        "mb_per_s": {k: v * size / 1e6 for k, v in stats(rates).items()},
        "check": check,
    }


def cpu_task(n: int) -> int:
    return sum(range(n))


def executors(ctx):
    yield "threads", lambda: cf.ThreadPoolExecutor(2)
    yield "interpreters", lambda: cf.InterpreterPoolExecutor(2)
    yield "processes", lambda: cf.ProcessPoolExecutor(2, mp_context=ctx)


def section_interp() -> dict:
    if sys.version_info < (3, 14):
        return {"skipped": "needs Python 3.14 or later"}
    ns = argparse.Namespace(
        quick=QUICK, runs=3 if QUICK else 5, target=0.1, scale=0.3 if QUICK else 1
    )
    opts = channels.Options(ns)
    ctx = mp.get_context()
    queues = []
    for size in INTERP_SIZES:
        queues.append(interp_queue(size, opts.check_count(size), opts.runs))
        for key in ("thread_queue", "queue"):
            queues.append(channels.measure_throughput(key, ctx, size, opts))
    for row in queues:
        log(
            f"interp {row['channel']:14} {row['size']:>6} B "
            f"{row['msgs_per_s']['median']:>11,.0f} msg/s"
        )
    # Executors: `sum` and `abs` are builtins, so every kind of worker can
    # import them by name.
    cpu_n = 20_000 if QUICK else 400_000
    jobs = {
        "cpu": (sum, [range(cpu_n)] * (4 if QUICK else 16)),
        "tiny": (abs, list(range(-200 if QUICK else -5000, 0))),
    }
    pools = []
    for job, (func, args) in jobs.items():
        expected = [func(a) for a in args]
        start = time.perf_counter()
        for a in args:
            func(a)
        serial = time.perf_counter() - start
        pools.append({"job": job, "executor": "serial", "cold": serial, "warm": serial})
        for name, make in executors(ctx):
            start = time.perf_counter()
            with make() as ex:
                got = list(ex.map(func, args, timeout=TIMEOUT))
                cold = time.perf_counter() - start
                start = time.perf_counter()
                again = list(ex.map(func, args, timeout=TIMEOUT))
                warm = time.perf_counter() - start
            if got != expected or again != expected:
                raise RuntimeError(f"{name}: wrong results for the {job} job")
            pools.append({"job": job, "executor": name, "cold": cold, "warm": warm})
            log(f"interp {job:4} {name:12} cold {cold:7.3f} s warm {warm:7.3f} s")
    return {
        "start_method": ctx.get_start_method(),
        "queues": queues,
        "executors": pools,
        "jobs": {
            "cpu": {"tasks": len(jobs["cpu"][1]), "n": cpu_n},
            "tiny": {"tasks": len(jobs["tiny"][1])},
        },
    }


# --------------------------------------------------------------- bigdata

BIG = 100 * 1024 * 1024
MEDIUM = 1024 * 1024


def big_array(i: int, size: int):
    import numpy as np

    return np.arange(size // 8, dtype=np.uint64) + np.uint64(i * 7919)


def io_bytes() -> tuple[int, int]:
    """(rchar, wchar): bytes this process has read and written by syscalls."""
    values = {}
    for line in Path("/proc/self/io").read_text().splitlines():
        key, _, value = line.partition(":")
        values[key] = int(value)
    return values["rchar"], values["wchar"]


def big_send_pickle5(conn, arr) -> None:
    buffers = []
    header = pickle.dumps(arr, protocol=5, buffer_callback=buffers.append)
    conn.send_bytes(len(buffers).to_bytes(4, "little") + header)
    for buf in buffers:
        conn.send_bytes(buf.raw())  # the array's memory, not a copy of it


def big_recv_pickle5(conn):
    head = conn.recv_bytes()
    count = int.from_bytes(head[:4], "little")
    buffers = [conn.recv_bytes() for _ in range(count)]
    return pickle.loads(head[4:], buffers=buffers)


def big_producer(kind: str, size: int, distinct: int, ctl, chan) -> None:
    import numpy as np

    arrays = [big_array(i, size) for i in range(distinct)]
    shm = None
    if kind == "shared_memory":
        conn, name = chan
        if sys.version_info >= (3, 13):
            shm = shared_memory.SharedMemory(name, track=False)
        else:  # see bench/channels.py: the parent's tracker absorbs this
            shm = shared_memory.SharedMemory(name)
        slots = [
            np.ndarray(size // 8, np.uint64, buffer=shm.buf, offset=s * size)
            for s in range(2)
        ]
    ctl.send("ready")
    try:
        while (n := ctl.recv()) is not None:
            if kind == "shared_memory":
                free, in_use = [0, 1], 0
                for i in range(n):
                    if not free:
                        free.append(conn.recv())
                        in_use -= 1
                    slot = free.pop()
                    np.copyto(slots[slot], arrays[i % distinct])  # the one copy
                    conn.send(slot)
                    in_use += 1
                while in_use:
                    free.append(conn.recv())
                    in_use -= 1
            else:
                for i in range(n):
                    arr = arrays[i % distinct]
                    if kind == "queue":
                        chan.put(arr)
                    elif kind == "pipe_bytes":
                        chan.send_bytes(arr)
                    else:
                        big_send_pickle5(chan, arr)
            ctl.send("sent")
    finally:
        if shm is not None:
            del slots
            shm.close()


def big_measure(kind: str, ctx, size: int, runs: int) -> dict:
    import numpy as np

    distinct = 2
    cleanups = []
    if kind == "shared_memory":
        shm = shared_memory.SharedMemory(create=True, size=2 * size)
        mine, theirs = ctx.Pipe()
        prod_chan, chan, child_only = (theirs, shm.name), mine, [theirs]

        def cleanup():
            mine.close()
            shm.close()
            shm.unlink()

        cleanups.append(cleanup)
    elif kind == "queue":
        q = ctx.Queue()
        prod_chan, chan, child_only = q, q, []
        cleanups.append(lambda: channels.close_queue(q))
    else:
        r, w = ctx.Pipe(duplex=False)
        prod_chan, chan, child_only = w, r, [w]
        cleanups.append(r.close)
    ctl, child_ctl = ctx.Pipe()
    proc = ctx.Process(
        target=big_producer, args=(kind, size, distinct, child_ctl, prod_chan)
    )
    proc.start()
    child_ctl.close()
    for end in child_only:
        end.close()
    if not ctl.poll(TIMEOUT) or ctl.recv() != "ready":
        raise RuntimeError(f"bigdata {kind}: the producer did not start")
    expected = [zlib.crc32(big_array(i, size)) for i in range(distinct)]

    def one(n: int, check: bool = False) -> float:
        crcs = []
        start = time.perf_counter()
        ctl.send(n)
        for _ in range(n):
            if kind == "shared_memory":
                slot = chan.recv()
                view = np.ndarray(
                    size // 8, np.uint64, buffer=shm.buf, offset=slot * size
                )
                if check:
                    crcs.append(zlib.crc32(view))
                del view  # release the slot's memory before handing it back
                chan.send(slot)
            else:
                if kind == "queue":
                    arr = chan.get(timeout=TIMEOUT)
                elif kind == "pipe_bytes":
                    arr = np.frombuffer(chan.recv_bytes(), np.uint64)
                else:
                    arr = big_recv_pickle5(chan)
                if check:
                    crcs.append(zlib.crc32(arr))
        elapsed = time.perf_counter() - start
        if not ctl.poll(TIMEOUT) or ctl.recv() != "sent":
            raise RuntimeError(f"bigdata {kind}: the producer failed")
        if check and crcs != [expected[i % distinct] for i in range(n)]:
            raise RuntimeError(f"bigdata {kind}: arrays lost or damaged")
        return elapsed

    try:
        n_check = 3
        one(n_check, check=True)
        n = n_check if QUICK or size >= BIG else 64
        read0 = io_bytes()[0]
        seconds = [one(n) for _ in range(runs)]
        read = (io_bytes()[0] - read0) / (n * runs)
    finally:
        ctl.send(None)
        join_or_kill(proc, f"bigdata {kind}")
        ctl.close()
        for cleanup in cleanups:
            cleanup()
    rates = [n * size / s for s in seconds]
    return {
        "method": kind,
        "size": size,
        "messages": n,
        "check": {"messages": n_check, "ok": True},
        "gb_per_s": stats([r / 1e9 for r in rates]),
        "pipe_bytes_read_per_message": round(read),
    }


def memcpy_bandwidth(size: int, runs: int) -> dict:
    import numpy as np

    src = big_array(1, size)
    dst = np.empty_like(src)
    np.copyto(dst, src)  # fault the pages in first
    seconds = []
    for _ in range(runs):
        start = time.perf_counter()
        np.copyto(dst, src)
        seconds.append(time.perf_counter() - start)
    if not np.array_equal(dst, src):
        raise RuntimeError("memcpy: the copy differs")
    return {"size": size, "gb_per_s": stats([size / s / 1e9 for s in seconds])}


def section_bigdata() -> dict:
    try:
        import numpy as np
    except ImportError:
        return {"skipped": "numpy is not installed for this Python"}
    big = 8 * 1024 * 1024 if QUICK else BIG
    runs = 3 if QUICK else 5
    ctx = mp.get_context()
    rows = []
    for size in (MEDIUM, big):
        for kind in ("queue", "pipe_bytes", "pickle5", "shared_memory"):
            row = big_measure(kind, ctx, size, runs)
            rows.append(row)
            log(
                f"bigdata {kind:14} {size >> 20:>4} MiB "
                f"{row['gb_per_s']['median']:6.2f} GB/s, "
                f"{row['pipe_bytes_read_per_message']:>11,} B through pipes"
            )
    memcpy = [memcpy_bandwidth(size, 9) for size in (MEDIUM, big)]
    for m in memcpy:
        log(
            f"bigdata memcpy {m['size'] >> 20:>4} MiB "
            f"{m['gb_per_s']['median']:6.2f} GB/s"
        )
    return {
        "numpy": np.__version__,
        "start_method": ctx.get_start_method(),
        "runs": runs,
        "rows": rows,
        "memcpy": memcpy,
    }


# -------------------------------------------------------------- readonly

RO_DATA: bytes | mmap.mmap = b""
RO_CHUNK = 4096


def ro_set(data) -> None:
    global RO_DATA
    RO_DATA = data


def ro_open(path: str) -> None:
    global RO_DATA
    with open(path, "rb") as f:
        RO_DATA = mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ)


def ro_task_global(i: int) -> int:
    start = (i * RO_CHUNK * 7) % (len(RO_DATA) - RO_CHUNK)
    return zlib.crc32(RO_DATA[start : start + RO_CHUNK])


def ro_task_with_data(args) -> int:
    data, i = args
    start = (i * RO_CHUNK * 7) % (len(data) - RO_CHUNK)
    return zlib.crc32(data[start : start + RO_CHUNK])


def section_readonly() -> dict:
    size = (1 if QUICK else 16) * 1024 * 1024
    tasks = 8 if QUICK else 64
    data = os.urandom(size)
    ro_set(data)
    expected = sum(ro_task_global(i) for i in range(tasks))
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "table.bin"
        path.write_bytes(data)
        for method in methods():
            ctx = mp.get_context(method)
            for way in ("every_task", "initializer", "mmap"):
                seconds = []
                for _ in range(1 if QUICK else 2):
                    start = time.perf_counter()
                    if way == "every_task":
                        pool = ctx.Pool(2)
                        res = pool.map(
                            ro_task_with_data, [(data, i) for i in range(tasks)], 1
                        )
                    elif way == "initializer":
                        pool = ctx.Pool(2, initializer=ro_set, initargs=(data,))
                        res = pool.map(ro_task_global, range(tasks), 1)
                    else:
                        pool = ctx.Pool(2, initializer=ro_open, initargs=(str(path),))
                        res = pool.map(ro_task_global, range(tasks), 1)
                    pool.close()
                    pool.join()
                    seconds.append(time.perf_counter() - start)
                    if sum(res) != expected:
                        raise RuntimeError(f"readonly {way}: wrong results")
                rows.append({"method": method, "way": way, "seconds": stats(seconds)})
                log(f"readonly {method:10} {way:12} {statistics.median(seconds):.3f} s")
    ro_set(b"")
    return {"data_bytes": size, "tasks": tasks, "rows": rows}


# ---------------------------------------------------------------- payoff

TASK_SECONDS = (1e-6, 1e-5, 1e-4, 1e-3, 1e-2, 1e-1)


def burn(n: int) -> int:
    x = 0
    for i in range(n):
        x ^= i
    return x


def nap(seconds: float) -> int:
    time.sleep(seconds)
    return 1


def loops_per_second() -> float:
    burn(10_000)
    n = 200_000
    best = min(timed(burn, n) for _ in range(5))
    return n / best


def timed(func, *args) -> float:
    start = time.perf_counter()
    func(*args)
    return time.perf_counter() - start


def run_kind(kind: str, method: str | None, func, args) -> tuple[float, list]:
    start = time.perf_counter()
    if kind == "serial":
        res = [func(a) for a in args]
    elif kind == "threads":
        with cf.ThreadPoolExecutor(2) as ex:
            res = list(ex.map(func, args, timeout=TIMEOUT))
    elif kind == "pool":
        pool = mp.get_context(method).Pool(2)
        res = pool.map(func, args)  # the default chunksize
        pool.close()
        pool.join()
    else:
        ctx = mp.get_context(method)
        with cf.ProcessPoolExecutor(2, mp_context=ctx) as ex:
            res = list(ex.map(func, args, timeout=TIMEOUT))
    return time.perf_counter() - start, res


def section_payoff() -> dict:
    rate = loops_per_second()
    total = 0.01 if QUICK else 0.2  # seconds of serial work per job
    sizes = (1e-4,) if QUICK else TASK_SECONDS
    repeat = 1 if QUICK else 2
    kinds = [("serial", None), ("threads", None)]
    kinds += [(k, m) for m in methods() for k in ("pool", "process_pool_executor")]
    rows = []
    for variant in ("cpu", "sleep"):
        func = burn if variant == "cpu" else nap
        for task in sizes:
            cap = 200 if QUICK else (2000 if variant == "cpu" else 1000)
            count = int(min(cap, max(4, total / task)))
            args = (
                [max(1, round(task * rate))] * count
                if variant == "cpu"
                else ([task] * count)
            )
            expected = None
            for kind, method in kinds:
                seconds = []
                for _ in range(repeat):
                    elapsed, res = run_kind(kind, method, func, args)
                    if expected is None:
                        expected = res
                    elif res != expected:
                        raise RuntimeError(f"payoff {kind}: wrong results")
                    seconds.append(elapsed)
                rows.append(
                    {
                        "variant": variant,
                        "task_seconds": task,
                        "tasks": count,
                        "kind": kind,
                        "method": method,
                        "seconds": stats(seconds),
                    }
                )
            serial = rows[-len(kinds)]["seconds"]["median"]
            log(
                f"payoff {variant:5} {task * 1e6:>8.0f} µs x {count:>5}: "
                + ", ".join(
                    f"{r['kind'][:4]}/{(r['method'] or '-')[:4]} "
                    f"{serial / r['seconds']['median']:.2f}x"
                    for r in rows[-len(kinds) :][1:]
                )
            )
    return {
        "loops_per_second": rate,
        "total_seconds": total,
        "workers": 2,
        "rows": rows,
    }


# ---------------------------------------------------------------- broker

BROKER_SIZE = 64


def broker_producer(kind: str, url: str, n: int, distinct: int, q) -> None:
    payloads = channels.make_payloads(BROKER_SIZE, distinct)
    if kind == "mp_queue":
        for p in channels.stream(payloads, n):
            q.put(p)
        return
    import redis

    r = redis.Redis.from_url(url)
    try:
        if kind == "redis_list":
            for p in channels.stream(payloads, n):
                r.lpush("bench:list", p)
        elif kind == "redis_list_pipelined":
            pipe = r.pipeline(transaction=False)
            for i, p in enumerate(channels.stream(payloads, n), 1):
                pipe.lpush("bench:list", p)
                if i % 100 == 0:
                    pipe.execute()
            pipe.execute()
        else:
            for p in channels.stream(payloads, n):
                r.xadd("bench:stream", {"d": p})
    finally:
        r.close()


def broker_consume(kind: str, r, q, n: int, tally) -> None:
    got = 0
    while got < n:
        if kind == "mp_queue":
            items = [q.get(timeout=TIMEOUT)]
        elif kind == "redis_list":
            items = [r.brpop("bench:list", timeout=TIMEOUT)[1]]
        elif kind == "redis_list_pipelined":
            items = [r.brpop("bench:list", timeout=TIMEOUT)[1]]
            items += r.rpop("bench:list", 99) or []
        else:
            reply = r.xreadgroup(
                "g", "c", {"bench:stream": ">"}, count=100, block=TIMEOUT * 1000
            )
            entries = reply[0][1]
            r.xack("bench:stream", "g", *[eid for eid, _ in entries])
            items = [fields[b"d"] for _, fields in entries]
        for item in items:
            tally.add(item)
        got += len(items)
    if got != n:
        raise RuntimeError(f"broker {kind}: {got} messages instead of {n}")


def broker_echo(kind: str, url: str, n: int, q_in, q_out) -> None:
    if kind == "mp_queue":
        for _ in range(n):
            q_out.put(q_in.get(timeout=TIMEOUT))
        return
    import redis

    r = redis.Redis.from_url(url)
    try:
        last = "0-0"  # the parent emptied the streams before starting us
        for _ in range(n):
            if kind == "redis_list":
                r.lpush("bench:pong", r.brpop("bench:ping", timeout=TIMEOUT)[1])
            else:
                reply = r.xread({"bench:ping": last}, count=1, block=TIMEOUT * 1000)
                last, fields = reply[0][1][0]
                r.xadd("bench:pong", fields)
    finally:
        r.close()


def broker_latency(kind: str, url: str, ctx, n: int) -> float:
    import redis

    r = redis.Redis.from_url(url)
    q_in = q_out = None
    if kind == "mp_queue":
        q_in, q_out = ctx.Queue(), ctx.Queue()
    r.delete("bench:ping", "bench:pong")
    proc = ctx.Process(target=broker_echo, args=(kind, url, n, q_in, q_out))
    proc.start()
    payloads = channels.make_payloads(8, 64)
    last = "0-0"
    try:
        start = time.perf_counter()
        for p in channels.stream(payloads, n):
            if kind == "mp_queue":
                q_in.put(p)
                back = q_out.get(timeout=TIMEOUT)
            elif kind == "redis_list":
                r.lpush("bench:ping", p)
                back = r.brpop("bench:pong", timeout=TIMEOUT)[1]
            else:
                r.xadd("bench:ping", {"d": p})
                reply = r.xread({"bench:pong": last}, count=1, block=TIMEOUT * 1000)
                last, fields = reply[0][1][0]
                back = fields[b"d"]
            if back != p:
                raise RuntimeError(f"broker {kind}: the echo came back changed")
        elapsed = time.perf_counter() - start
    finally:
        join_or_kill(proc, f"broker echo {kind}")
        for qq in (q_in, q_out):
            if qq is not None:
                channels.close_queue(qq)
        r.close()
    return elapsed / n / 2 * 1e6


def section_broker() -> dict:
    try:
        import redis
    except ImportError:
        return {"skipped": "redis-py is not installed for this Python"}
    sys.path.insert(0, str(ROOT / "tests"))
    from redis_server import RedisUnavailable, redis_server

    ctx = mp.get_context()
    n = 300 if QUICK else 10_000
    runs = 1 if QUICK else 3
    rounds = 20 if QUICK else 1000
    kinds = ["mp_queue", "redis_list", "redis_list_pipelined", "redis_stream"]
    rows, latency = [], []
    try:
        server = redis_server()
        url = server.__enter__()
    except RedisUnavailable as exc:
        return {"skipped": str(exc)}
    try:
        r = redis.Redis.from_url(url)
        info = r.info("server")
        for kind in kinds:
            distinct = 256
            payloads = channels.make_payloads(BROKER_SIZE, distinct)
            seconds = []
            for _ in range(runs):
                r.delete("bench:list", "bench:stream")
                if kind == "redis_stream":
                    r.xgroup_create("bench:stream", "g", id="0", mkstream=True)
                q = ctx.Queue() if kind == "mp_queue" else None
                proc = ctx.Process(
                    target=broker_producer, args=(kind, url, n, distinct, q)
                )
                tally = channels.Tally()
                start = time.perf_counter()
                proc.start()
                broker_consume(kind, r, q, n, tally)
                seconds.append(time.perf_counter() - start)
                join_or_kill(proc, f"broker {kind}")
                if q is not None:
                    channels.close_queue(q)
                if tally.crc != channels.expected_checksum(payloads, n):
                    raise RuntimeError(f"broker {kind}: messages damaged")
            rows.append(
                {
                    "kind": kind,
                    "messages": n,
                    "size": BROKER_SIZE,
                    "check": {"received": tally.count, "ok": True},
                    "msgs_per_s": stats([n / s for s in seconds]),
                }
            )
            log(f"broker {kind:22} {rows[-1]['msgs_per_s']['median']:>10,.0f} msg/s")
        for kind in ("mp_queue", "redis_list", "redis_stream"):
            values = [broker_latency(kind, url, ctx, rounds) for _ in range(runs)]
            latency.append(
                {"kind": kind, "round_trips": rounds, "one_way_us": stats(values)}
            )
            log(
                f"broker {kind:22} latency {latency[-1]['one_way_us']['median']:.1f} µs"
            )
        r.close()
    finally:
        server.__exit__(None, None, None)
    return {
        "redis_version": info.get("redis_version"),
        "redis_py": redis.__version__,
        "start_method": ctx.get_start_method(),
        "rows": rows,
        "latency": latency,
    }


# ------------------------------------------------------------------ main

SECTIONS = {
    "core": section_core,
    "startup": section_startup,
    "cow": section_cow,
    "interp": section_interp,
    "bigdata": section_bigdata,
    "readonly": section_readonly,
    "payoff": section_payoff,
    "broker": section_broker,
}


def main(argv=None) -> None:
    global QUICK
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--worker", required=True, choices=list(SECTIONS))
    parser.add_argument("--quick", action="store_true")
    args = parser.parse_args(argv)
    QUICK = args.quick
    start = time.monotonic()
    result = SECTIONS[args.worker]()
    result["python"] = platform.python_version()
    result["implementation"] = platform.python_implementation()
    result["seconds"] = round(time.monotonic() - start, 1)
    with contextlib.suppress(AttributeError):
        result["gil_enabled"] = sys._is_gil_enabled()
    json.dump(result, sys.stdout)
    print()


if __name__ == "__main__":
    main()
