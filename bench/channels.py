"""Measure how fast Python's message channels move data, in one run.

    python bench/channels.py            # full run (a few minutes), writes
                                        # bench/results/channels.json
    python bench/channels.py --quick    # seconds: tiny counts, checks only

One producer sends distinct bytes payloads of 8 B, 1 KiB, 64 KiB and 1 MiB to
one consumer, through each channel in turn; the consumer (this process,
except where a row says otherwise) takes the time from the moment it tells
the producer to start until the last message has arrived.  Every cell is run
once with checks (the count of messages and the sum of their CRC-32s must
match what was sent), once more to calibrate, and then ``--runs`` times with
a message count chosen so that one run takes about ``--target`` seconds.  The
report keeps the median and the range of those runs.

Latency is measured by ping-pong: the parent sends an 8-byte message, the
other side sends it back, and one-way latency is half the round trip.

Only the standard library is needed; bench/report.py draws the plots.
"""

from __future__ import annotations

import argparse
import contextlib
import faulthandler
import io
import itertools
import json
import multiprocessing as mp
import os
import platform
import queue
import statistics
import sys
import threading
import time
import zlib
from datetime import datetime, timezone
from multiprocessing import shared_memory
from multiprocessing.connection import Connection
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_OUT = ROOT / "bench" / "results" / "channels.json"

SIZES = (8, 1024, 64 * 1024, 1024 * 1024)
SMALL = 8  # the payload of the latency measurements
POOL_BYTES = 64 * 1024 * 1024  # how much distinct payload data each side holds
BATCH_ITEMS = 256  # batched sends: at most this many items per put() ...
BATCH_BYTES = 64 * 1024  # ... and at most this many payload bytes
POOL_CHUNKSIZE = 64  # the "larger" chunksize of Pool.imap_unordered
SHM_SLOTS = 4
ECHO_DISTINCT = 4096  # slots in the shared-memory block
BIG_PIPE = 1024 * 1024  # F_SETPIPE_SZ for the "large pipe buffer" row
SCHEMA = 1


# ---------------------------------------------------------------- payloads


def payload(i: int, size: int) -> bytes:
    """The i-th distinct payload of `size` bytes (its content names it)."""
    head = (i + 1).to_bytes(8, "little")
    return (head * (size // 8 + 1))[:size]


def distinct_count(size: int, limit: int) -> int:
    """How many distinct payloads to cycle through.

    Enough that no batch or Pool chunk holds the same object twice (pickle
    would send it once and refer back to it), within about POOL_BYTES; never
    more than `limit`, the largest number of messages a run will send.
    """
    per_pickle = max(POOL_CHUNKSIZE, min(BATCH_ITEMS, -(-BATCH_BYTES // size)))
    return min(limit, max(per_pickle, min(4096, POOL_BYTES // size)))


def make_payloads(size: int, count: int) -> list[bytes]:
    return [payload(i, size) for i in range(count)]


def expected_checksum(payloads: list[bytes], n: int) -> int:
    crcs = [zlib.crc32(p) for p in payloads]
    full, rest = divmod(n, len(crcs))
    return (full * sum(crcs) + sum(crcs[:rest])) & 0xFFFFFFFF


def stream(payloads: list[bytes], n: int):
    """n payloads, cycling through the distinct ones."""
    return itertools.islice(itertools.cycle(payloads), n)


class Tally:
    """Counts messages and sums their CRC-32s (only in checked runs)."""

    def __init__(self) -> None:
        self.count = 0
        self.crc = 0

    def add(self, data) -> None:
        self.count += 1
        self.crc = (self.crc + zlib.crc32(data)) & 0xFFFFFFFF


# ------------------------------------------------- the producers (children)
# Each producer runs in a child process (a thread for queue.Queue).  It builds
# its payloads, says "ready" on its control pipe, then for every number n it
# receives sends n messages, until it receives None.


def producer_main(kind: str, size: int, distinct: int, ctl, chan) -> None:
    payloads = make_payloads(size, distinct)
    state = PRODUCER_SETUP.get(kind, lambda chan, size: chan)(chan, size)
    send = PRODUCERS[kind]
    ctl.send("ready")
    try:
        while (n := ctl.recv()) is not None:
            send(state, payloads, n)
            ctl.send("sent")
    finally:
        PRODUCER_CLEANUP.get(kind, lambda state: None)(state)


def send_raw(conn, payloads, n) -> None:
    fd, write = conn.fileno(), os.write
    for p in stream(payloads, n):
        view = memoryview(p)
        while view:
            view = view[write(fd, view) :]


def send_bytes(conn, payloads, n) -> None:
    send = conn.send_bytes
    for p in stream(payloads, n):
        send(p)


def send_pickled(conn, payloads, n) -> None:
    send = conn.send
    for p in stream(payloads, n):
        send(p)


def put_each(q, payloads, n) -> None:
    put = q.put
    for p in stream(payloads, n):
        put(p)


def put_batched(q, payloads, n) -> None:
    """The batching recipe: one put() carries a list of messages."""
    put = q.put
    batch, nbytes = [], 0
    for p in stream(payloads, n):
        batch.append(p)
        nbytes += len(p)
        if len(batch) == BATCH_ITEMS or nbytes >= BATCH_BYTES:
            put(batch)
            batch, nbytes = [], 0
    if batch:
        put(batch)


def shm_attach(chan, size):
    conn, name = chan
    if sys.version_info >= (3, 13):
        # Only the creator (the parent) tracks and unlinks the block.
        shm = shared_memory.SharedMemory(name, track=False)
    else:
        # Before 3.13 attaching registers the name with the resource tracker
        # too (gh-82300); all our processes share the parent's tracker, whose
        # set of names absorbs the duplicate, and only the parent unlinks.
        shm = shared_memory.SharedMemory(name)
    return conn, shm, size


def shm_detach(state) -> None:
    state[1].close()


def send_shm(state, payloads, n) -> None:
    """The shared-memory recipe: copy into a free slot, send its number."""
    conn, shm, size = state
    buf = shm.buf
    free = list(range(SHM_SLOTS))
    in_use = 0
    try:
        for p in stream(payloads, n):
            if not free:
                free.append(conn.recv())  # wait until the consumer frees a slot
                in_use -= 1
            slot = free.pop()
            buf[slot * size : slot * size + size] = p
            conn.send(slot)
            in_use += 1
        while in_use:  # collect the last returns before the next run
            free.append(conn.recv())
            in_use -= 1
    finally:
        del buf


def set_pipe_size(chan, size):
    import fcntl

    fcntl.fcntl(chan.fileno(), fcntl.F_SETPIPE_SZ, BIG_PIPE)
    return chan


PRODUCERS = {
    "os_pipe": send_raw,
    "pipe_bytes": send_bytes,
    "pipe_bytes_into": send_bytes,
    "pipe_big_buffer": send_bytes,
    "pipe_pickle": send_pickled,
    "queue": put_each,
    "simple_queue": put_each,
    "joinable_queue": put_each,
    "manager_queue": put_each,
    "thread_queue": put_each,
    "batched_queue": put_batched,
    "shared_memory": send_shm,
    "shared_memory_copy": send_shm,
}
PRODUCER_SETUP = {
    "shared_memory": shm_attach,
    "shared_memory_copy": shm_attach,
    "pipe_big_buffer": set_pipe_size,
}
PRODUCER_CLEANUP = {"shared_memory": shm_detach, "shared_memory_copy": shm_detach}


# ----------------------------------------------------- the consumers (here)
# receive(chan, n, size, tally) takes n messages; with a Tally it also checks
# them (the checked run is not timed).


def recv_raw(fd, n, size, tally):
    if size <= 4096:  # writes up to PIPE_BUF arrive whole
        read = os.read
        for _ in range(n):
            data = read(fd, size)
            while len(data) < size:
                data += read(fd, size - len(data))
            if tally:
                tally.add(data)
        return
    buf = bytearray(size)
    view = memoryview(buf)
    readinto = io.FileIO(fd, closefd=False).readinto
    for _ in range(n):
        got = 0
        while got < size:
            got += readinto(view[got:])
        if tally:
            tally.add(buf)


def recv_calls(get, n, tally):
    if tally:
        for _ in range(n):
            tally.add(get())
    else:
        for _ in range(n):
            get()


def recv_bytes(conn, n, size, tally):
    recv_calls(conn.recv_bytes, n, tally)


def recv_bytes_into(conn, n, size, tally):
    buf = bytearray(size)
    into = conn.recv_bytes_into
    for _ in range(n):
        got = into(buf)
        if tally:
            tally.add(memoryview(buf)[:got])


def recv_pickled(conn, n, size, tally):
    recv_calls(conn.recv, n, tally)


def get_each(q, n, size, tally):
    recv_calls(q.get, n, tally)


def get_task_done(q, n, size, tally):
    get, done = q.get, q.task_done
    for _ in range(n):
        item = get()
        done()
        if tally:
            tally.add(item)


def get_batched(q, n, size, tally):
    get = q.get
    received = 0
    while received < n:
        batch = get()
        received += len(batch)
        for item in batch:
            if tally:
                tally.add(item)


def recv_shm(state, n, size, tally):
    """The recipe's consumer: it works on the slot in place, then frees it."""
    conn, shm = state
    buf = shm.buf
    recv, send = conn.recv, conn.send
    try:
        for _ in range(n):
            slot = recv()
            with buf[slot * size : slot * size + size] as data:
                if tally:
                    tally.add(data)
            send(slot)  # the slot is free again
    finally:
        del buf


def recv_shm_copy(state, n, size, tally):
    """Like recv_shm, but the consumer first copies the payload out."""
    conn, shm = state
    buf = shm.buf
    recv, send = conn.recv, conn.send
    try:
        for _ in range(n):
            slot = recv()
            data = bytes(buf[slot * size : slot * size + size])  # our own copy
            send(slot)
            if tally:
                tally.add(data)
    finally:
        del buf


CONSUMERS = {
    "os_pipe": recv_raw,
    "pipe_bytes": recv_bytes,
    "pipe_bytes_into": recv_bytes_into,
    "pipe_big_buffer": recv_bytes,
    "pipe_pickle": recv_pickled,
    "queue": get_each,
    "simple_queue": get_each,
    "joinable_queue": get_task_done,
    "manager_queue": get_each,
    "thread_queue": get_each,
    "batched_queue": get_batched,
    "shared_memory": recv_shm,
    "shared_memory_copy": recv_shm_copy,
}


# ------------------------------------------------------------ channel cells


def close_queue(q) -> None:
    q.close()
    if hasattr(q, "join_thread"):
        q.join_thread()  # its feeder thread, if this process started one


class Cell:
    """One channel at one payload size: a producer, and run(n)."""

    def __init__(self, kind: str, ctx, size: int, distinct: int) -> None:
        self.kind, self.ctx, self.size = kind, ctx, size
        self.cleanups = []
        prod_chan, self.chan = self.make_channel()
        self.ctl, child_ctl = ctx.Pipe()
        if kind == "thread_queue":
            self.worker = threading.Thread(
                target=producer_main, args=(kind, size, distinct, child_ctl, prod_chan)
            )
        else:
            self.worker = ctx.Process(
                target=producer_main,
                args=(kind, size, distinct, child_ctl, prod_chan),
                daemon=True,
            )
        self.worker.start()
        if kind != "thread_queue":
            child_ctl.close()
            for end in self.child_only:
                end.close()
        if self.ctl.recv() != "ready":
            raise RuntimeError(f"{kind}: the producer did not start")

    def make_channel(self):
        kind, ctx = self.kind, self.ctx
        self.child_only = []
        if kind == "os_pipe":
            r, w = os.pipe()
            # A Connection only to hand the fd to the child (under spawn too).
            w = Connection(w, readable=False)
            self.child_only = [w]
            self.cleanups.append(lambda: os.close(r))
            return w, r
        if kind.startswith("pipe_"):
            r, w = ctx.Pipe(duplex=False)
            self.child_only = [w]
            self.cleanups.append(r.close)
            return w, r
        if kind.startswith("shared_memory"):
            shm = shared_memory.SharedMemory(create=True, size=SHM_SLOTS * self.size)
            mine, theirs = ctx.Pipe()
            self.child_only = [theirs]

            def cleanup():
                mine.close()
                shm.close()
                shm.unlink()
                try:  # prove it is gone: attaching must fail now
                    shared_memory.SharedMemory(shm.name).close()
                except FileNotFoundError:
                    return
                raise RuntimeError(f"shared memory {shm.name} was not unlinked")

            self.cleanups.append(cleanup)
            return (theirs, shm.name), (mine, shm)
        if kind == "manager_queue":
            manager = ctx.Manager()
            self.cleanups.append(manager.shutdown)
            q = manager.Queue()
            return q, q
        if kind == "thread_queue":
            q = queue.Queue()
            return q, q
        q = {
            "queue": ctx.Queue,
            "simple_queue": ctx.SimpleQueue,
            "joinable_queue": ctx.JoinableQueue,
            "batched_queue": ctx.Queue,
        }[kind]()
        self.cleanups.append(lambda: close_queue(q))
        return q, q

    def run(self, n: int, tally: Tally | None = None) -> float:
        receive = CONSUMERS[self.kind]
        start = time.perf_counter()
        self.ctl.send(n)
        receive(self.chan, n, self.size, tally)
        elapsed = time.perf_counter() - start
        if self.ctl.recv() != "sent":
            raise RuntimeError(f"{self.kind}: the producer failed")
        return elapsed

    def close(self) -> None:
        self.ctl.send(None)
        self.worker.join(timeout=30)
        if self.worker.is_alive():
            raise RuntimeError(f"{self.kind}: the producer did not exit")
        self.ctl.close()
        for cleanup in reversed(self.cleanups):
            cleanup()


def pool_init(size: int, distinct: int) -> None:
    global POOL_PAYLOADS
    POOL_PAYLOADS = make_payloads(size, distinct)


def pool_payload(i: int) -> bytes:
    return POOL_PAYLOADS[i % len(POOL_PAYLOADS)]


def pool_echo(data: bytes) -> bytes:
    return data


class PoolCell:
    """Pool(1).imap_unordered: the worker produces, the parent consumes."""

    def __init__(self, kind: str, ctx, size: int, distinct: int) -> None:
        self.size = size
        self.chunksize = 1 if kind == "pool_chunk1" else POOL_CHUNKSIZE
        self.pool = ctx.Pool(1, initializer=pool_init, initargs=(size, distinct))

    def run(self, n: int, tally: Tally | None = None) -> float:
        start = time.perf_counter()
        results = self.pool.imap_unordered(pool_payload, range(n), self.chunksize)
        if tally:
            for data in results:
                tally.add(data)
        else:
            for _ in results:
                pass
        return time.perf_counter() - start

    def close(self) -> None:
        self.pool.close()
        self.pool.join()


# ---------------------------------------------------------------- latency


def echo_main(kind: str, ctl, chan, cpu) -> None:
    if cpu is not None:
        os.sched_setaffinity(0, {cpu})
    receive, send = ECHO_ENDS[kind](chan)
    ctl.send("ready")
    try:
        while (n := ctl.recv()) is not None:
            for _ in range(n):
                send(receive())
            ctl.send("done")
    finally:
        if kind == "joinable_queue":
            chan[1].close()


def _raw_ends(chan):
    r, w = (end if isinstance(end, int) else end.fileno() for end in chan)

    def receive():
        return os.read(r, SMALL)

    return receive, lambda data: os.write(w, data)


def _conn_ends(chan, pickled):
    r, w = chan
    return (r.recv, w.send) if pickled else (r.recv_bytes, w.send_bytes)


def _joinable_ends(chan):
    inbox, outbox = chan

    def receive():
        item = inbox.get()
        inbox.task_done()
        return item

    return receive, outbox.put


ECHO_ENDS = {
    "os_pipe": _raw_ends,
    "pipe_bytes": lambda chan: _conn_ends(chan, False),
    "pipe_pickle": lambda chan: _conn_ends(chan, True),
    "queue": lambda chan: (chan[0].get, chan[1].put),
    "simple_queue": lambda chan: (chan[0].get, chan[1].put),
    "joinable_queue": _joinable_ends,
    "manager_queue": lambda chan: (chan[0].get, chan[1].put),
    "thread_queue": lambda chan: (chan[0].get, chan[1].put),
}


class EchoCell:
    """A ping-pong partner; run(n) returns the time of n round trips."""

    def __init__(self, kind: str, ctx, cpus=(None, None)) -> None:
        self.kind, self.cleanups = kind, []
        self.own_affinity = None
        there, here, child_only = self.make_channels(kind, ctx)
        self.receive, self.send = ECHO_ENDS[kind](here)
        self.ctl, child_ctl = ctx.Pipe()
        args = (kind, child_ctl, there, cpus[1])
        if kind == "thread_queue":
            self.worker = threading.Thread(target=echo_main, args=args)
        else:
            self.worker = ctx.Process(target=echo_main, args=args, daemon=True)
        self.worker.start()
        if kind != "thread_queue":
            child_ctl.close()
            for end in child_only:
                end.close()
        if cpus[0] is not None:
            self.own_affinity = os.sched_getaffinity(0)
            os.sched_setaffinity(0, {cpus[0]})
        if self.ctl.recv() != "ready":
            raise RuntimeError(f"{kind}: the echo side did not start")
        self.payloads = make_payloads(SMALL, ECHO_DISTINCT)

    def make_channels(self, kind, ctx):
        if kind == "os_pipe":
            r1, w1 = os.pipe()
            r2, w2 = os.pipe()
            self.cleanups += [lambda: os.close(w1), lambda: os.close(r2)]
            r1, w2 = Connection(r1, writable=False), Connection(w2, readable=False)
            return (r1, w2), (r2, w1), [r1, w2]
        if kind.startswith("pipe_"):
            r1, w1 = ctx.Pipe(duplex=False)
            r2, w2 = ctx.Pipe(duplex=False)
            self.cleanups += [w1.close, r2.close]
            return (r1, w2), (r2, w1), [r1, w2]
        if kind == "manager_queue":
            manager = ctx.Manager()
            self.cleanups.append(manager.shutdown)
            a, b = manager.Queue(), manager.Queue()
        elif kind == "thread_queue":
            a, b = queue.Queue(), queue.Queue()
        else:
            make = {
                "queue": ctx.Queue,
                "simple_queue": ctx.SimpleQueue,
                "joinable_queue": ctx.JoinableQueue,
            }[kind]
            a, b = make(), make()
            self.cleanups += [lambda: close_queue(a), lambda: close_queue(b)]
        return (a, b), (b, a), []

    def run(self, n: int) -> float:
        receive, send = self.receive, self.send
        self.ctl.send(n)
        start = time.perf_counter()
        for p in stream(self.payloads, n):
            send(p)
            if receive() != p:
                raise RuntimeError(f"{self.kind}: the echo came back changed")
        elapsed = time.perf_counter() - start
        if self.ctl.recv() != "done":
            raise RuntimeError(f"{self.kind}: the echo side failed")
        return elapsed

    def close(self) -> None:
        if self.own_affinity is not None:
            os.sched_setaffinity(0, self.own_affinity)
        self.ctl.send(None)
        self.worker.join(timeout=30)
        if self.worker.is_alive():
            raise RuntimeError(f"{self.kind}: the echo side did not exit")
        self.ctl.close()
        for cleanup in reversed(self.cleanups):
            cleanup()


class PoolEchoCell:
    """Pool(1).apply(): one task out and its result back is a round trip."""

    def __init__(self, kind: str, ctx) -> None:
        self.pool = ctx.Pool(1)
        self.payloads = make_payloads(SMALL, ECHO_DISTINCT)

    def run(self, n: int) -> float:
        apply = self.pool.apply
        start = time.perf_counter()
        for p in stream(self.payloads, n):
            if apply(pool_echo, (p,)) != p:
                raise RuntimeError("pool: the echo came back changed")
        return time.perf_counter() - start

    def close(self) -> None:
        self.pool.close()
        self.pool.join()


# ------------------------------------------------------------- the rows

# What each key measures (English, for the console; report.py has the labels
# in both languages).
LABELS = {
    "os_pipe": "os.pipe, os.write/os.read (the floor)",
    "pipe_bytes": "Pipe(duplex=False), send_bytes/recv_bytes",
    "pipe_bytes_into": "Pipe(duplex=False), send_bytes/recv_bytes_into",
    "pipe_big_buffer": "Pipe(duplex=False), send_bytes, 1 MiB pipe buffer",
    "pipe_pickle": "Pipe(duplex=False), send/recv (pickled)",
    "queue": "multiprocessing.Queue",
    "simple_queue": "multiprocessing.SimpleQueue",
    "joinable_queue": "JoinableQueue + task_done()",
    "manager_queue": "Manager().Queue()",
    "thread_queue": "queue.Queue between two threads",
    "batched_queue": f"multiprocessing.Queue, lists of up to {BATCH_ITEMS}",
    "shared_memory": "shared memory slots, used in place; Pipe for slot numbers",
    "shared_memory_copy": "shared memory slots, copied out; Pipe for slot numbers",
    "pool_chunk1": "Pool(1).imap_unordered, chunksize=1",
    "pool_chunk64": f"Pool(1).imap_unordered, chunksize={POOL_CHUNKSIZE}",
    "pool_apply": "Pool(1).apply() round trip",
}
THROUGHPUT = [k for k in LABELS if k != "pool_apply"]
LATENCY = [
    "os_pipe",
    "pipe_bytes",
    "pipe_pickle",
    "queue",
    "simple_queue",
    "joinable_queue",
    "manager_queue",
    "thread_queue",
    "pool_apply",
]


def available(key: str) -> bool:
    if key == "pipe_big_buffer":
        return sys.platform.startswith("linux")
    if key == "os_pipe":
        return os.name == "posix"
    return True


def make_cell(key: str, ctx, size: int, distinct: int):
    if key.startswith("pool_"):
        return PoolCell(key, ctx, size, distinct)
    return Cell(key, ctx, size, distinct)


def make_echo(key: str, ctx):
    if key == "pool_apply":
        return PoolEchoCell(key, ctx)
    return EchoCell(key, ctx)


# ------------------------------------------------------------- measuring


def summarize(values: list[float]) -> dict:
    return {
        "median": statistics.median(values),
        "min": min(values),
        "max": max(values),
    }


def count_for(rate: float, target: float, minimum: int, maximum: int) -> int:
    return int(min(maximum, max(minimum, rate * target)))


def measure_throughput(key: str, ctx, size: int, opts) -> dict:
    limit = opts.check_count(size) if opts.quick else opts.max_count(size)
    distinct = distinct_count(size, limit)
    cell = make_cell(key, ctx, size, distinct)
    try:
        payloads = make_payloads(size, distinct)
        # 1. A checked run (also the warm-up): every message, intact.
        n = opts.check_count(size)
        tally = Tally()
        elapsed = cell.run(n, tally)
        expected = expected_checksum(payloads, n)
        check = {
            "messages": n,
            "received": tally.count,
            "checksum": tally.crc,
            "expected_checksum": expected,
            "ok": tally.count == n and tally.crc == expected,
        }
        if not check["ok"]:
            raise RuntimeError(f"{key} at {size} B: messages lost or damaged")
        if opts.quick:
            n = opts.check_count(size)
        else:
            # 2. Calibrate: aim for about --target seconds per run.
            cap = opts.max_count(size)
            n = count_for(n / elapsed, opts.target / 2, 10, cap)
            n = count_for(n / cell.run(n), opts.target, 10, cap)
        # 3. The timed runs.
        seconds = [cell.run(n) for _ in range(opts.runs)]
    finally:
        cell.close()
    rates = [n / s for s in seconds]
    return {
        "channel": key,
        "size": size,
        "messages": n,
        "seconds": seconds,
        "msgs_per_s": summarize(rates),
        "mb_per_s": {k: v * size / 1e6 for k, v in summarize(rates).items()},
        "check": check,
    }


def measure_latency(key: str, ctx, opts, cpus=None) -> dict:
    cell = EchoCell(key, ctx, cpus) if cpus else make_echo(key, ctx)
    try:
        n = 20 if opts.quick else 200
        elapsed = cell.run(n)  # warm-up, and checks every echo
        if not opts.quick:
            n = count_for(n / elapsed, opts.target, 100, 200_000)
        seconds = [cell.run(n) for _ in range(opts.runs)]
    finally:
        cell.close()
    one_way_us = [s / n / 2 * 1e6 for s in seconds]
    return {
        "channel": key,
        "size": SMALL,
        "round_trips": n,
        "one_way_us": summarize(one_way_us),
        "runs_us": one_way_us,
    }


# --------------------------------------------------------------- machine


def machine(ctx) -> dict:
    info = {
        "cpu_model": platform.processor() or platform.machine(),
        "cpu_count": os.cpu_count(),
        "virtual_machine": None,
        "os": platform.platform(),
        "system": f"{platform.system()} {platform.release()}",
        "os_release": None,
        "python": platform.python_version(),
        "implementation": platform.python_implementation(),
        "start_method": ctx.get_start_method(),
    }
    with contextlib.suppress(OSError, KeyError):
        info["os_release"] = platform.freedesktop_os_release()["PRETTY_NAME"]
    if hasattr(os, "sched_getaffinity"):
        info["usable_cpus"] = len(os.sched_getaffinity(0))
    cpuinfo = Path("/proc/cpuinfo")
    if cpuinfo.is_file():
        text = cpuinfo.read_text(errors="replace")
        for line in text.splitlines():
            if line.startswith("model name"):
                info["cpu_model"] = line.split(":", 1)[1].strip()
                break
        flags = [ln for ln in text.splitlines() if ln.startswith("flags")]
        info["virtual_machine"] = bool(flags) and " hypervisor" in flags[0]
    try:
        r, w = os.pipe()
        import fcntl

        info["pipe_buffer"] = fcntl.fcntl(r, fcntl.F_GETPIPE_SZ)
        os.close(r)
        os.close(w)
    except (ImportError, AttributeError, OSError):
        pass
    wmem = Path("/proc/sys/net/core/wmem_default")
    if wmem.is_file():
        info["socket_buffer"] = int(wmem.read_text())
    if hasattr(os, "getloadavg"):
        info["load_average_before"] = os.getloadavg()
    return info


# ------------------------------------------------------------------ main


class Options:
    def __init__(self, args) -> None:
        self.quick = args.quick
        self.runs = args.runs or (3 if args.quick else 7)
        self.target = args.target
        self.scale = args.scale

    def check_count(self, size: int) -> int:
        """Messages in the checked run: small, but several pool rounds."""
        if self.quick:
            return max(3, int(min(300, 256 * 1024 // size) * self.scale))
        return max(20, min(5000, 32 * 1024 * 1024 // size))

    def max_count(self, size: int) -> int:
        return max(50, min(5_000_000, 4 * 1024**3 // size))


def parse_args(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--quick", action="store_true", help="tiny counts: check every channel"
    )
    parser.add_argument("--runs", type=int, help="timed runs per cell (7; quick 3)")
    parser.add_argument(
        "--target", type=float, default=0.3, help="seconds per timed run (0.3)"
    )
    parser.add_argument(
        "--scale", type=float, default=1.0, help="multiply quick counts by this"
    )
    parser.add_argument("--start-method", choices=mp.get_all_start_methods())
    parser.add_argument(
        "--only", nargs="+", metavar="KEY", help="measure only these channels"
    )
    parser.add_argument(
        "--sizes", nargs="+", type=int, default=list(SIZES), metavar="BYTES"
    )
    parser.add_argument(
        "--out",
        type=Path,
        help=f"results JSON (default {DEFAULT_OUT.relative_to(ROOT)}; quick: none)",
    )
    parser.add_argument(
        "--watchdog",
        type=float,
        default=300,
        help="abort if one cell takes longer than this many seconds (300)",
    )
    return parser.parse_args(argv)


def log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def pin_pairs() -> list[tuple[str, tuple[int, int]]]:
    """Same CPU and two different CPUs, where the OS lets us choose."""
    if not hasattr(os, "sched_setaffinity"):
        return []
    cpus = sorted(os.sched_getaffinity(0))
    if len(cpus) < 2:
        return []
    return [("same_cpu", (cpus[0], cpus[0])), ("two_cpus", (cpus[0], cpus[1]))]


def run(argv=None) -> dict:
    args = parse_args(argv)
    opts = Options(args)
    ctx = mp.get_context(args.start_method)
    keys = [k for k in LABELS if available(k)]
    if args.only:
        unknown = set(args.only) - set(LABELS)
        if unknown:
            raise SystemExit(f"unknown channel(s): {sorted(unknown)}; see LABELS")
        keys = [k for k in keys if k in args.only]
    started = time.monotonic()
    result = {
        "schema": SCHEMA,
        "date": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "machine": machine(ctx),
        "settings": {
            "quick": opts.quick,
            "runs": opts.runs,
            "target_seconds": opts.target,
            "sizes": args.sizes,
            "batch_items": BATCH_ITEMS,
            "batch_bytes": BATCH_BYTES,
            "pool_chunksize": POOL_CHUNKSIZE,
            "shm_slots": SHM_SLOTS,
            "big_pipe_buffer": BIG_PIPE,
        },
        "labels": {k: LABELS[k] for k in keys},
        "throughput": [],
        "latency": [],
        "placement": [],
    }
    for key in (k for k in THROUGHPUT if k in keys):
        for size in args.sizes:
            faulthandler.dump_traceback_later(args.watchdog, exit=True)
            row = measure_throughput(key, ctx, size, opts)
            faulthandler.cancel_dump_traceback_later()
            result["throughput"].append(row)
            r = row["msgs_per_s"]
            log(
                f"{key:16} {size:>8} B {r['median']:>12,.0f} msg/s "
                f"({r['min']:,.0f}-{r['max']:,.0f}) "
                f"{row['mb_per_s']['median']:>9,.1f} MB/s"
            )
    for key in (k for k in LATENCY if k in keys):
        faulthandler.dump_traceback_later(args.watchdog, exit=True)
        row = measure_latency(key, ctx, opts)
        faulthandler.cancel_dump_traceback_later()
        result["latency"].append(row)
        r = row["one_way_us"]
        log(f"{key:16} latency {r['median']:8.1f} us ({r['min']:.1f}-{r['max']:.1f})")
    if not args.only or "os_pipe" in args.only:
        for name, cpus in pin_pairs():
            faulthandler.dump_traceback_later(args.watchdog, exit=True)
            row = measure_latency("os_pipe", ctx, opts, cpus)
            faulthandler.cancel_dump_traceback_later()
            row["placement"] = name
            result["placement"].append(row)
            r = row["one_way_us"]
            log(f"os_pipe {name:8} latency {r['median']:8.1f} us")
    if hasattr(os, "getloadavg"):
        result["machine"]["load_average_after"] = os.getloadavg()
    result["wall_seconds"] = round(time.monotonic() - started, 1)
    out = args.out or (None if opts.quick else DEFAULT_OUT)
    if out:
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(json.dumps(result, indent=1) + "\n", encoding="utf-8")
        log(f"wrote {out}")
    return result


def main(argv=None) -> None:
    result = run(argv)
    print(summary(result))


def summary(result: dict) -> str:
    m = result["machine"]
    lines = [
        f"{m['cpu_model']}, {m['cpu_count']} CPUs, Python {m['python']}, "
        f"start method {m['start_method']}, {result['date']}",
        f"checked: {len(result['throughput'])} cells, every message intact; "
        f"wall time {result['wall_seconds']} s",
    ]
    if result["settings"]["quick"]:
        lines.append("quick mode: the counts are tiny, so the timings mean nothing")
    return "\n".join(lines)


if __name__ == "__main__":
    main()
