"""The benchmark's quick mode delivers every message intact, on every channel.

No timing is checked: bench/channels.py --quick runs each channel with tiny
counts, once per start method (all payload sizes under the platform's
default method, the smallest and largest under the others), and its JSON
says how many messages arrived and the sum of their CRC-32s.
"""

from __future__ import annotations

import json
import multiprocessing
import subprocess
import sys
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
