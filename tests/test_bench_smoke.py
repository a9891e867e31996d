"""The benchmark's quick mode delivers every message intact, on every channel.

No timing is checked: bench/channels.py --quick runs each channel with tiny
counts, once per start method (all payload sizes under the platform's
default method, the smallest and largest under the others), and its JSON
says how many messages arrived and the sum of their CRC-32s.
"""

from __future__ import annotations

import json
import multiprocessing
import os
import shlex
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT / "bench" / "channels.py"
DEFAULT_METHOD = multiprocessing.get_start_method()
METHODS = [
    m
    for m in ("fork", "spawn", "forkserver")
    if m in multiprocessing.get_all_start_methods()
]
SIZES = {"all": [8, 1024, 65536, 1048576], "ends": [8, 1048576]}


def run_quick(method: str, sizes: list[int], out: Path) -> dict:
    command = [sys.executable, str(BENCH), "--quick", "--start-method", method]
    command += ["--sizes", *map(str, sizes), "--out", str(out), "--watchdog", "50"]
    proc = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, (
        f"{' '.join(command)} failed ({proc.returncode}):\n{proc.stderr}"
    )
    # stderr holds one progress line per measurement and nothing else (no
    # resource-tracker warning about leaked shared memory, no traceback).
    strange = [
        line
        for line in proc.stderr.splitlines()
        if not (" msg/s " in line or " latency " in line or line.startswith("wrote"))
    ]
    assert not strange, "unexpected stderr:\n" + "\n".join(strange)
    return json.loads(out.read_text(encoding="utf-8"))


@pytest.mark.parametrize("method", METHODS)
def test_every_channel_delivers_every_message(method: str, tmp_path: Path) -> None:
    sizes = SIZES["all"] if method == DEFAULT_METHOD else SIZES["ends"]
    result = run_quick(method, sizes, tmp_path / "quick.json")
    sys.path.insert(0, str(BENCH.parent))
    try:
        import channels
    finally:
        sys.path.remove(str(BENCH.parent))

    assert result["machine"]["start_method"] == method
    expected_keys = [k for k in channels.THROUGHPUT if channels.available(k)]
    cells = {(row["channel"], row["size"]): row for row in result["throughput"]}
    missing = [
        f"{key} at {size} B"
        for key in expected_keys
        for size in sizes
        if (key, size) not in cells
    ]
    assert not missing, f"cells not measured: {missing}"
    bad = [
        f"{key} at {size} B: {row['check']}"
        for (key, size), row in cells.items()
        if not (
            row["check"]["ok"]
            and row["check"]["received"] == row["check"]["messages"] > 0
            and row["check"]["checksum"] == row["check"]["expected_checksum"]
        )
    ]
    assert not bad, "messages lost or damaged:\n" + "\n".join(bad)
    latency = {row["channel"] for row in result["latency"]}
    assert latency == set(channels.LATENCY), f"latency rows: {sorted(latency)}"


# ------------------------------------------------- bench/run.py --quick
# The rest of the suite (bench/worker.py's sections), under this Python and
# under any Python 3.14+ that BENCH_PYTHONS names (for the interpreters
# section).  Quick mode: tiny counts, every section checks what it moved.

RUN = ROOT / "bench" / "run.py"
QUICK_BUDGET = 60  # seconds: quick mode must stay this fast


def extra_pythons() -> list[str]:
    sys.path.insert(0, str(RUN.parent))
    try:
        import run
    finally:
        sys.path.remove(str(RUN.parent))
    specs = [
        s
        for s in os.environ.get("BENCH_PYTHONS", "").split(";")
        if s.strip() and tuple(map(int, s.split("=")[0].split("."))) >= (3, 14)
    ]
    if not specs:
        return []
    return [
        f"{p['version']}={shlex.join(p['command'])}"
        for p in run.interpreters(specs, env={}, search_path=False)
        if "skipped" not in p
    ][:1]


@pytest.fixture(scope="module")
def quick_suite(tmp_path_factory) -> dict:
    out = tmp_path_factory.mktemp("suite")
    me = f"{sys.version_info.major}.{sys.version_info.minor}={sys.executable}"
    command = [sys.executable, str(RUN), "--quick", "--only-listed"]
    command += ["--out-dir", str(out)]
    for spec in [me, *extra_pythons()]:
        command += ["--python", spec]
    start = time.monotonic()
    proc = subprocess.run(
        command, cwd=ROOT, capture_output=True, text=True, timeout=4 * QUICK_BUDGET
    )
    elapsed = time.monotonic() - start
    assert proc.returncode == 0, f"{' '.join(command)}:\n{proc.stderr}"
    assert "Traceback" not in proc.stderr, proc.stderr
    suite = json.loads((out / "suite.json").read_text(encoding="utf-8"))
    suite["elapsed"] = elapsed
    return suite


def test_quick_mode_is_quick(quick_suite: dict) -> None:
    # Generous on a busy machine: the budget is for the quick run alone.
    factor = 1 if quick_suite["load"]["quiet"] else 3
    assert quick_suite["elapsed"] < QUICK_BUDGET * factor, quick_suite["elapsed"]


def test_load_is_recorded(quick_suite: dict) -> None:
    load = quick_suite["load"]
    assert load["threshold"] > 0 and "quiet" in load
    if hasattr(os, "getloadavg"):
        assert len(load["before"]) == 3 and len(load["after"]) == 3
        assert load["during"] and all(s["loadavg"] for s in load["during"])
    assert not quick_suite["errors"], quick_suite["errors"]


def checked(rows: list[dict]) -> list[str]:
    return [
        f"{r.get('channel') or r.get('method') or r.get('kind')} at "
        f"{r.get('size')}: {r['check']}"
        for r in rows
        if not r["check"]["ok"]
    ]


def test_core_channels_on_every_python(quick_suite: dict) -> None:
    core = quick_suite["sections"]["core"]
    assert core, "no Python measured"
    for version, result in core.items():
        keys = {(r["channel"], r["size"]) for r in result["rows"]}
        assert len(keys) >= 12, f"{version}: {sorted(keys)}"
        assert not checked(result["rows"]), checked(result["rows"])


def test_startup_and_cow(quick_suite: dict) -> None:
    for result in quick_suite["sections"]["startup"].values():
        mains = {r["main"] for r in result["rows"]}
        assert mains == {"small", "large"}
        for r in result["rows"]:
            assert r["process"]["first"] > 0 and r["pool"]["later"]["median"] > 0
    for result in quick_suite["sections"]["cow"].values():
        if "skipped" in result:
            continue
        growth = {
            (r["mode"], r["gc_freeze"]): r["private_dirty_growth_kib"]
            for r in result["rows"]
        }
        # Reading every item writes its reference count: pages become private.
        assert growth[("iterate", False)] > growth[("idle", False)]


def test_interpreters_section(quick_suite: dict) -> None:
    results = quick_suite["sections"]["interp"]
    new = {v: r for v, r in results.items() if "skipped" not in r}
    if not new:
        pytest.skip("no Python 3.14+ measured: set BENCH_PYTHONS='3.14=COMMAND'")
    for result in new.values():
        channels_seen = {r["channel"] for r in result["queues"]}
        assert channels_seen == {"interp_queue", "thread_queue", "queue"}
        assert not checked(result["queues"]), checked(result["queues"])
        executors = {(r["job"], r["executor"]) for r in result["executors"]}
        assert len(executors) == 8, executors


def test_main_python_sections(quick_suite: dict) -> None:
    sections = quick_suite["sections"]
    (big,) = sections["bigdata"].values()
    if "skipped" in big:
        pytest.skip(big["skipped"])
    methods = {r["method"] for r in big["rows"]}
    assert methods == {"queue", "pipe_bytes", "pickle5", "shared_memory"}
    assert not checked(big["rows"])
    assert all(m["gb_per_s"]["median"] > 0 for m in big["memcpy"])
    (ro,) = sections["readonly"].values()
    assert {r["way"] for r in ro["rows"]} == {"every_task", "initializer", "mmap"}
    (payoff,) = sections["payoff"].values()
    kinds = {r["kind"] for r in payoff["rows"]}
    assert kinds == {"serial", "threads", "pool", "process_pool_executor"}
    (broker,) = sections["broker"].values()
    if "skipped" not in broker:
        assert {r["kind"] for r in broker["rows"]} == {
            "mp_queue",
            "redis_list",
            "redis_list_pipelined",
            "redis_stream",
        }
        assert all(r["check"]["ok"] for r in broker["rows"])


def test_committed_text_matches_committed_results() -> None:
    """tables.md, tables.zh.md and figures.*.md are what the committed JSON gives.

    The pages state measured figures only through these files, so a new run
    cannot leave prose behind that disagrees with its results.
    """
    sys.path.insert(0, str(RUN.parent))
    try:
        import tables
    finally:
        sys.path.remove(str(RUN.parent))
    out = tables.outputs(tables.Results.load())
    # One file per language: tables.md is the English one.
    names = {path.name for path in out}
    assert {"tables.md", "tables.zh.md", "figures.en.md", "figures.zh.md"} <= names
    stale = [
        str(path.relative_to(ROOT))
        for path, text in out.items()
        if path.read_text(encoding="utf-8") != text
    ]
    assert not stale, f"stale (run python bench/tables.py): {stale}"
