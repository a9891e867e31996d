"""The whole benchmark in one command: what ``nox -s bench`` runs.

    python bench/run.py                 # full run (about 12 minutes on 2 cores)
    python bench/run.py --quick         # about a minute: checks, no timings
    python bench/run.py --python 3.14="python3.14" --python 3.15="python3.15"

1. Waits (at most ``--max-wait`` seconds) until the 1-minute load average is
   below ``--threshold``, and records the load before, during and after the
   run (bench/load.py); a run that was not quiet is marked so.
2. Runs bench/channels.py (every channel, this Python).
3. Runs bench/worker.py once per section: the per-Python sections (core,
   startup, cow, interp) under every interpreter that ``interpreters()``
   finds and verifies, the others under this Python.
4. Writes bench/results/channels.json and bench/results/suite.json (quick:
   into ``--out-dir``, or a temporary directory); bench/report.py turns
   them into the plots, tables and figures of the performance pages.

Interpreters: ``python3.10`` ... ``python3.15`` on PATH, then the
BENCH_PYTHONS environment variable (``3.14=COMMAND;3.15=COMMAND``) and the
``--python VERSION=COMMAND`` options, each replacing PATH's interpreter of
that version (``--only-listed``: no PATH search).  COMMAND is split like a
shell command line, so it may be a prefix such as ``chroot-run python3.14``;
it must run the checkout at the same path.  See ``interpreters()``.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shlex
import shutil
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timezone
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(ROOT / "tools"))
from load import MAX_WAIT, THRESHOLD, LoadMonitor  # noqa: E402

import versions  # noqa: E402  (the verified Pythons: pyproject's classifiers)

RESULTS = HERE / "results"
VERSIONS = list(versions.pythons())
PER_PYTHON = ["core", "startup", "cow", "interp"]
MAIN_ONLY = ["bigdata", "readonly", "payoff", "broker"]
SCHEMA = 1
PROBE = (
    "import json, sys; "
    "print(json.dumps([list(sys.version_info[:3]), sys.implementation.name]))"
)


def log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def interpreters(
    specs: list[str] | None = None, env=os.environ, search_path: bool = True
) -> list[dict]:
    """The Pythons to measure: [{"version", "command", "full_version"}].

    The one place where interpreters are found: ``python3.10`` ...
    ``python3.15`` on PATH (unless ``search_path`` is false), then the
    VERSION=COMMAND entries of BENCH_PYTHONS and of ``specs`` (the --python
    options), each replacing what was found for its version.  Each candidate
    is run once to check that it is the CPython version it claims to be;
    candidates that fail the check are returned with a "skipped" reason.
    """
    candidates: dict[str, list[str]] = {}
    if search_path:
        for v in VERSIONS:
            if found := shutil.which(f"python{v}"):
                candidates[v] = [found]
    listed = [s for s in env.get("BENCH_PYTHONS", "").split(";") if s.strip()]
    for spec in [*listed, *(specs or [])]:
        version, sep, command = spec.partition("=")
        if not sep:
            raise SystemExit(f"--python wants VERSION=COMMAND, not {spec!r}")
        candidates[version.strip()] = shlex.split(command)
    found = []
    for version, command in sorted(candidates.items(), key=lambda c: vkey(c[0])):
        entry = {"version": version, "command": command}
        try:
            out = subprocess.run(
                [*command, "-c", PROBE],
                capture_output=True,
                text=True,
                timeout=60,
                cwd=ROOT,
                check=True,
            )
            info, impl = json.loads(out.stdout)
        except (OSError, subprocess.SubprocessError, ValueError) as exc:
            entry["skipped"] = f"does not run: {type(exc).__name__}"
        else:
            entry["full_version"] = ".".join(map(str, info))
            if impl != "cpython" or entry["full_version"].rsplit(".", 1)[0] != version:
                entry["skipped"] = f"is {impl} {entry['full_version']}, not {version}"
        found.append(entry)
    return found


def vkey(version: str) -> tuple[int, ...]:
    return tuple(int(p) for p in version.split("."))


def this_python() -> dict:
    v = sys.version_info
    return {
        "version": f"{v.major}.{v.minor}",
        "command": [sys.executable],
        "full_version": platform.python_version(),
    }


def run_worker(command: list[str], section: str, quick: bool) -> dict:
    argv = [*command, str(HERE / "worker.py"), "--worker", section]
    if quick:
        argv.append("--quick")
    out = subprocess.run(
        argv, cwd=ROOT, stdout=subprocess.PIPE, text=True, timeout=900, check=False
    )
    if out.returncode != 0:
        raise RuntimeError(f"worker {section} exited with {out.returncode}")
    return json.loads(out.stdout)


def parse_args(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="tiny counts: checks")
    parser.add_argument(
        "--python",
        action="append",
        metavar="VERSION=COMMAND",
        help="an interpreter to measure (repeat); default: BENCH_PYTHONS, PATH",
    )
    parser.add_argument(
        "--sections",
        nargs="+",
        choices=["channels", *PER_PYTHON, *MAIN_ONLY],
        help="run only these sections",
    )
    parser.add_argument(
        "--only-listed",
        action="store_true",
        help="measure only the --python / BENCH_PYTHONS interpreters, not PATH's",
    )
    parser.add_argument("--out-dir", type=Path, help="where the JSON goes")
    parser.add_argument("--threshold", type=float, default=THRESHOLD)
    parser.add_argument(
        "--max-wait",
        type=float,
        help=f"seconds to wait for a quiet machine ({MAX_WAIT:.0f}; quick 0)",
    )
    return parser.parse_args(argv)


def main(argv=None) -> int:
    args = parse_args(argv)
    quick = args.quick
    sections = args.sections or ["channels", *PER_PYTHON, *MAIN_ONLY]
    out_dir = args.out_dir or (
        Path(tempfile.mkdtemp(prefix="bench-")) if quick else RESULTS
    )
    out_dir.mkdir(parents=True, exist_ok=True)
    max_wait = (
        args.max_wait if args.max_wait is not None else (0 if quick else MAX_WAIT)
    )
    monitor = LoadMonitor(args.threshold, max_wait)
    started = time.monotonic()
    monitor.wait_quiet(log)

    pythons = interpreters(args.python, search_path=not args.only_listed)
    main_python = this_python()
    usable = [p for p in pythons if "skipped" not in p]
    if main_python["version"] not in {p["version"] for p in usable}:
        usable.append(main_python)
    usable.sort(key=lambda p: vkey(p["version"]))
    for p in pythons:
        if "skipped" in p:
            log(f"python {p['version']}: skipped, {p['skipped']}")
    result = {
        "schema": SCHEMA,
        "date": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "quick": quick,
        "main_python": main_python["full_version"],
        # Versions only: the commands are machine paths.
        "pythons": [
            {k: p[k] for k in ("version", "full_version", "skipped") if k in p}
            for p in pythons
        ],
        "measured_pythons": [p["full_version"] for p in usable],
        "sections": {},
        "errors": [],
    }
    if "channels" in sections:
        argv_ch = [sys.executable, str(HERE / "channels.py")]
        argv_ch += ["--out", str(out_dir / "channels.json")]
        if quick:
            argv_ch += ["--quick", "--sizes", "8", "1048576"]
        if subprocess.run(argv_ch, cwd=ROOT, check=False, timeout=900).returncode:
            result["errors"].append("channels.py failed")
        monitor.checkpoint("channels")
    for section in sections:
        if section == "channels":
            continue
        runners = usable if section in PER_PYTHON else [main_python]
        per = result["sections"].setdefault(section, {})
        for p in runners:
            log(f"--- {section} on Python {p['full_version']}")
            try:
                per[p["version"]] = run_worker(p["command"], section, quick)
            except (RuntimeError, ValueError, subprocess.SubprocessError) as exc:
                result["errors"].append(f"{section} on {p['version']}: {exc}")
                log(f"!!! {section} on Python {p['version']}: {exc}")
            monitor.checkpoint(f"{section} {p['version']}")
    result["load"] = monitor.record()
    result["wall_seconds"] = round(time.monotonic() - started, 1)
    path = out_dir / "suite.json"
    path.write_text(json.dumps(result, indent=1) + "\n", encoding="utf-8")
    load = result["load"]
    log(
        f"wrote {path}; {result['wall_seconds']} s; quiet: {load['quiet']} "
        f"(load before {load['before']}, others used at most "
        f"{load['max_others_cpus']} CPUs)"
    )
    if result["errors"]:
        log("errors:\n" + "\n".join(result["errors"]))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
