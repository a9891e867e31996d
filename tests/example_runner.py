"""Run one example file as a real script under a chosen start method.

This module is the heart of the test suite, and it is also a command for
contributors:

    python tests/example_runner.py examples/queues/queue_put_get.py
    python tests/example_runner.py --update examples/queues/queue_put_get.py

The first form runs the example under every start method the platform has
and prints what passed and what did not; ``--update`` rewrites its expected
output files from those real runs.

How an example is run
---------------------
A fresh interpreter executes ``python -X dev -c BOOTSTRAP <method> <path>``.
The bootstrap makes ``<method>`` this interpreter's *default* start method
(the way a platform default is: the example may still call
``set_start_method`` or ``get_context`` itself), restores Python's SIGINT
handler (as a terminal has it), then runs the file as ``python path`` would:
in a new ``__main__`` module that is also multiprocessing's ``__mp_main__``,
with the file's folder first on ``sys.path``.  Children under spawn and
forkserver re-import the file as ``__mp_main__`` and find its functions.

The interpreter runs in a session (process group) of its own, with stdout and
stderr going to files (a leftover child holding a pipe open cannot block us).
On timeout the whole group is killed.  After the main process exits, any
process still alive in its group is a leftover: it is reported, then killed.

Directives
----------
An example file may declare, in comment lines of its own:

``# output: unordered``
    Compare stdout as a multiset of lines (for output whose order is the
    lesson).  The line is part of the code a page shows, so readers see it.
``# stderr: <text>`` or ``# stderr(spawn, forkserver): <text>``
    stderr is allowed and must contain ``<text>`` (for all methods, or only
    the ones named).  Without it, stderr must be empty.  A version in the
    parentheses, ``# stderr(fork, python >= 3.12): <text>``, limits it to
    those Pythons; on older ones stderr must be empty.
``# requires: python >= 3.13``
    Skip on older interpreters.
``# requires: posix``
    Skip where the example cannot run (Windows: no POSIX signals).
``# requires: linux``
    Skip except on Linux (the example reads ``/proc`` or uses Linux-only
    calls such as ``os.sched_setaffinity``).
``# requires: redis-server``
    The example talks to a Redis server at ``$REDIS_URL``; the tests start
    one (tests/redis_server.py) and pass its address.
``# timeout: <seconds>``
    Per-run timeout (default 30 s).

Expected output
---------------
``<stem>.out`` holds the exact stdout for every start method, or, where the
lesson is that methods differ, ``<stem>.<method>.out`` holds one per method.
Both are the output of the example's *base* version: the oldest verified
Python (tools/versions.py) it runs on.  Where a newer version prints
something else, ``<stem>.py3XX.out`` (or ``<stem>.py3XX.<method>.out``) holds
what 3.XX and later print, until a newer such file.  All are written only by
``--update`` (here or ``pytest --update-examples``), from real runs: on the
base version, ``<stem>.out`` when all methods print the same, otherwise one
per method; on a newer version, a file of its own only where it differs from
what the older files say (run the update oldest version first).
"""

from __future__ import annotations

import argparse
import contextlib
import difflib
import multiprocessing
import os
import re
import signal
import subprocess
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))
import versions  # noqa: E402  (tools/ is not a package)

RUNNING = f"{sys.version_info[0]}.{sys.version_info[1]}"
EXAMPLES = ROOT / "examples"
ALL_METHODS = ("fork", "spawn", "forkserver")
METHODS = tuple(m for m in ALL_METHODS if m in multiprocessing.get_all_start_methods())
DEFAULT_TIMEOUT = 30.0
LEFTOVER_GRACE = 5.0
if os.environ.get("PYQUEUES_DEBIAN_ROOT_VERSION"):  # tools/debian_root.py
    REGENERATE = (
        f"python3 tools/debian_root.py run {RUNNING} -- python "
        "tests/example_runner.py --update {path}  (every example: nox -s update "
        "update_debian, oldest Python first)"
    )
else:
    REGENERATE = (
        f"python{RUNNING} tests/example_runner.py --update {{path}}  (every "
        "example: nox -s update update_debian, oldest Python first)"
    )

MAIN_GUARD = re.compile(r"^if __name__ == [\"']__main__[\"']:", re.M)
DIRECTIVE = re.compile(
    r"^# (?P<key>output|stderr|requires|timeout)(?:\((?P<methods>[\w, .>=]+)\))?:"
    r" (?P<value>.+?)\s*$",
    re.M,
)

BOOTSTRAP = """\
import importlib.machinery, multiprocessing.context as ctx, os, signal, sys, types
method, path = sys.argv[1], os.path.abspath(sys.argv[2])
# Make `method` the default start method, as a platform default is: nothing
# is "set", so the example may still call set_start_method() itself.
ctx._default_context._default_context = ctx._concrete_contexts[method]
# Ctrl-C as a terminal delivers it, even where the tests run with SIGINT ignored.
signal.signal(signal.SIGINT, signal.default_int_handler)
if os.environ.get("PYQUEUES_SLOW_CALLBACK"):
    # asyncio debug mode (-X dev) reports a loop step slower than this.
    import asyncio.base_events as be
    def _init(self, *args, _init=be.BaseEventLoop.__init__, **kwargs):
        _init(self, *args, **kwargs)
        self.slow_callback_duration = float(os.environ["PYQUEUES_SLOW_CALLBACK"])
    be.BaseEventLoop.__init__ = _init
# Run the file as `python path` does: in a new __main__ module, which is also
# multiprocessing's __mp_main__ (so what children pickle unpickles here).
sys.argv = [path]
sys.path[0] = os.path.dirname(path)
main = types.ModuleType("__main__")
main.__file__, main.__cached__, main.__spec__ = path, None, None
main.__loader__ = importlib.machinery.SourceFileLoader("__main__", path)
sys.modules["__main__"] = sys.modules["__mp_main__"] = main
with open(path, "rb") as f:
    code = compile(f.read(), path, "exec")
exec(code, main.__dict__)
"""
# asyncio's debug mode reports any step of the event loop that takes over
# 0.1 s. On a loaded two-core test machine, a step that only starts a thread
# (to_thread's first call, the default executor's shutdown) was seen taking
# 0.11-0.18 s, against 7-20 ms on a quiet one: reported as if the example
# blocked its loop. Examples that import asyncio run with this limit instead;
# an example that really blocks its loop (asyncio_blocking_get.py, for 1 s)
# is still reported.
SLOW_CALLBACK = "0.5"


def show(path: Path) -> str:
    """`path` relative to the repository when it lies inside it."""
    try:
        return path.resolve().relative_to(ROOT).as_posix()
    except ValueError:
        return path.as_posix()


class ExampleError(Exception):
    """An example file is malformed (a bad directive, say)."""


@dataclass(frozen=True)
class Example:
    path: Path
    unordered: bool = False
    stderr_expect: tuple[tuple[frozenset[str], str], ...] = ()
    min_python: tuple[int, ...] | None = None
    needs_redis: bool = False
    posix_only: bool = False
    linux_only: bool = False
    timeout: float = DEFAULT_TIMEOUT

    @property
    def rel(self) -> str:
        return show(self.path)

    def __str__(self) -> str:
        return self.rel

    def out_file(self, method: str | None = None, version: str | None = None) -> Path:
        """``<stem>[.py3XX][.<method>].out``: ``py314`` means "from 3.14 on"."""
        parts = [self.path.stem]
        if version:
            parts.append("py" + version.replace(".", ""))
        if method:
            parts.append(method)
        return self.path.with_name(".".join(parts) + ".out")

    def base_version(self) -> str:
        """The oldest version it runs on: its output is the base ``.out``."""
        oldest = versions.pythons()[0]
        if self.min_python and self.min_python > versions.as_tuple(oldest):
            return ".".join(map(str, self.min_python))
        return oldest

    def newer_versions(self, upto: str = RUNNING) -> list[str]:
        """Verified versions after the base one, up to `upto`, newest first."""
        base, top = versions.as_tuple(self.base_version()), versions.as_tuple(upto)
        found = {v for v in versions.pythons() if base < versions.as_tuple(v) <= top}
        if versions.as_tuple(upto) > base:
            found.add(upto)
        return sorted(found, key=versions.as_tuple, reverse=True)

    def expected_file(self, method: str, version: str = RUNNING) -> Path:
        """The file holding the expected stdout for `method` on `version`: the
        newest version-specific file up to `version`, else the base one."""
        for v in [*self.newer_versions(version), None]:
            for m in (method, None):
                if (path := self.out_file(m, v)).exists():
                    return path
        return self.out_file()

    def output_files(self) -> list[Path]:
        """Every expected-output file that exists for this example."""
        files = [
            self.out_file(m, v)
            for v in [None, *versions.pythons()]
            for m in [None, *ALL_METHODS]
        ]
        return [f for f in files if f.exists()]

    def skip_reason(self) -> str | None:
        if self.posix_only and os.name != "posix":
            return f"{self.rel} needs a POSIX system"
        if self.linux_only and not sys.platform.startswith("linux"):
            return f"{self.rel} needs Linux"
        if (
            self.min_python
            and sys.version_info[: len(self.min_python)] < self.min_python
        ):
            wanted = ".".join(map(str, self.min_python))
            return f"{self.rel} requires Python >= {wanted}"
        return None

    @classmethod
    def load(cls, path: Path) -> Example:
        source = path.read_text(encoding="utf-8")
        kwargs: dict = {}
        stderr: list[tuple[frozenset[str], str]] = []
        for m in DIRECTIVE.finditer(source):
            key, value = m["key"], m["value"]
            scope = [s.strip() for s in (m["methods"] or "").split(",") if s.strip()]
            versions = [_min_version(path, s) for s in scope if s.startswith("python")]
            names = [s for s in scope if not s.startswith("python")]
            methods = frozenset(names or ALL_METHODS)
            if not methods <= set(ALL_METHODS):
                raise ExampleError(f"{path}: unknown start method in {m[0]!r}")
            if versions and key != "stderr":
                raise ExampleError(f"{path}: only '# stderr(...)' takes a version")
            if any(sys.version_info[: len(v)] < v for v in versions):
                continue  # declared for newer Pythons only
            if key == "output":
                if value != "unordered":
                    raise ExampleError(
                        f"{path}: '# output:' takes 'unordered', got {value!r}"
                    )
                kwargs["unordered"] = True
            elif key == "stderr":
                stderr.append((methods, value))
            elif key == "requires" and value == "redis-server":
                kwargs["needs_redis"] = True
            elif key == "requires" and value == "posix":
                kwargs["posix_only"] = True
            elif key == "requires" and value == "linux":
                kwargs["linux_only"] = True
            elif key == "requires":
                kwargs["min_python"] = _min_version(path, value)
            elif key == "timeout":
                kwargs["timeout"] = float(value)
        return cls(path=path, stderr_expect=tuple(stderr), **kwargs)


def _min_version(path: Path, text: str) -> tuple[int, ...]:
    """``python >= 3.12`` -> (3, 12)."""
    req = re.fullmatch(r"python >= (\d+(?:\.\d+)*)", text)
    if not req:
        raise ExampleError(
            f"{path}: write '# requires: python >= 3.13', '# requires: posix', "
            f"'# requires: linux', '# requires: redis-server' or "
            f"'# stderr(fork, python >= 3.12): ...'"
        )
    return tuple(int(p) for p in req[1].split("."))


def is_example(path: Path) -> bool:
    """An example is a .py file with a __main__ guard; others are helpers."""
    return path.suffix == ".py" and bool(MAIN_GUARD.search(path.read_text("utf-8")))


def discover(root: Path = EXAMPLES) -> list[Example]:
    return [Example.load(p) for p in sorted(root.rglob("*.py")) if is_example(p)]


@dataclass
class RunResult:
    example: Example
    method: str
    returncode: int | None
    stdout: str
    stderr: str
    seconds: float
    pgid: int
    timed_out: bool = False
    leftovers: list[str] = field(default_factory=list)

    @property
    def where(self) -> str:
        v = sys.version_info
        return f"{self.example.rel} [start method {self.method}, Python {v[0]}.{v[1]}]"


def group_members(pgid: int) -> list[str]:
    """Live (non-zombie) processes in process group `pgid`, described."""
    import psutil

    found = []
    for proc in psutil.process_iter(["pid", "status", "cmdline"]):
        try:
            if (
                os.getpgid(proc.pid) != pgid
                or proc.info["status"] == psutil.STATUS_ZOMBIE
            ):
                continue
        except (ProcessLookupError, PermissionError, psutil.Error):
            continue
        cmd = " ".join(proc.info["cmdline"] or [])
        found.append(f"pid {proc.pid}: {cmd[:160]}")
    return found


def run(
    example: Example,
    method: str,
    python: str = sys.executable,
    timeout: float | None = None,
    extra_env: dict[str, str] | None = None,
) -> RunResult:
    """Run `example` under `method` in a fresh interpreter; never hangs."""
    timeout = example.timeout if timeout is None else timeout
    env = dict(os.environ)
    env.update(PYTHONHASHSEED="0", PYTHONUNBUFFERED="1", PYTHONIOENCODING="utf-8")
    if "asyncio" in example.path.read_text(encoding="utf-8"):
        env["PYQUEUES_SLOW_CALLBACK"] = SLOW_CALLBACK
    env.update(extra_env or {})
    env.pop("PYTHONSTARTUP", None)
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        start = time.monotonic()
        proc = subprocess.Popen(
            [python, "-X", "dev", "-c", BOOTSTRAP, method, str(example.path)],
            cwd=ROOT,
            env=env,
            stdin=subprocess.DEVNULL,
            stdout=out,
            stderr=err,
            start_new_session=True,  # its own process group: pgid == proc.pid
        )
        timed_out = False
        try:
            proc.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            timed_out = True
            _kill_group(proc.pid)
            proc.wait()
        seconds = time.monotonic() - start
        leftovers: list[str] = []
        if not timed_out:
            # Helper processes (resource tracker, forkserver) exit on their own
            # once the main process is gone; give them a moment.
            deadline = time.monotonic() + LEFTOVER_GRACE
            while (members := group_members(proc.pid)) and time.monotonic() < deadline:
                time.sleep(0.05)
            if members:
                leftovers = members
        _kill_group(proc.pid)
        out.seek(0)
        err.seek(0)
        return RunResult(
            example=example,
            method=method,
            returncode=proc.returncode,
            stdout=out.read().decode("utf-8", "replace"),
            stderr=err.read().decode("utf-8", "replace"),
            seconds=seconds,
            pgid=proc.pid,
            timed_out=timed_out,
            leftovers=leftovers,
        )


def _kill_group(pgid: int, wait: float = LEFTOVER_GRACE) -> None:
    """SIGKILL every process in the group, and wait until they are gone."""
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(pgid, signal.SIGKILL)
    deadline = time.monotonic() + wait
    while group_members(pgid) and time.monotonic() < deadline:
        time.sleep(0.02)


def _same_output(example: Example, got: str, want: str) -> bool:
    if example.unordered:
        return Counter(got.splitlines()) == Counter(want.splitlines())
    return got == want


def problems(result: RunResult, check_output: bool = True) -> list[str]:
    """Everything wrong with a run, each as a message that says what to do."""
    ex, method = result.example, result.method
    found: list[str] = []
    if result.timed_out:
        found.append(
            f"{result.where}: timed out after {ex.timeout:g} s; the whole process "
            f"group was killed. A blocking call without a timeout, or a deadlock? "
            f"(A slow example may declare '# timeout: <seconds>'.)"
        )
    elif result.returncode != 0:
        found.append(f"{result.where}: exit status {result.returncode}, expected 0")
    if result.leftovers:
        found.append(
            f"{result.where}: left processes running after it exited (killed now):\n  "
            + "\n  ".join(result.leftovers)
            + "\n  Join every process you start, and shut pools and managers down."
        )
    wanted = [text for methods, text in ex.stderr_expect if method in methods]
    if wanted:
        missing = [text for text in wanted if text not in result.stderr]
        if missing:
            found.append(
                f"{result.where}: stderr should contain {missing!r} (declared with "
                f"'# stderr:') but was:\n{_indent(result.stderr) or '  (empty)'}"
            )
    elif result.stderr:
        found.append(
            f"{result.where}: wrote to stderr (declare '# stderr: <text>' if that is "
            f"the lesson):\n{_indent(result.stderr)}"
        )
    if check_output and not result.timed_out:
        expected = ex.expected_file(method)
        if not expected.exists():
            found.append(
                f"{result.where}: no expected output file "
                f"({show(ex.out_file())}). Generate it from a real run: "
                + REGENERATE.format(path=ex.rel)
            )
        else:
            want = expected.read_text(encoding="utf-8")
            if not _same_output(ex, result.stdout, want):
                mode = " (compared as unordered lines)" if ex.unordered else ""
                diff = "".join(
                    difflib.unified_diff(
                        want.splitlines(keepends=True),
                        result.stdout.splitlines(keepends=True),
                        fromfile=f"{show(expected)} (expected)",
                        tofile=f"stdout under {method} (actual)",
                    )
                )
                found.append(
                    f"{result.where}: stdout differs from "
                    f"{show(expected)}{mode}:\n{diff}\n"
                    f"If the new output is right, regenerate: "
                    + REGENERATE.format(path=ex.rel)
                )
    return found


def _indent(text: str) -> str:
    return "\n".join("  " + line for line in text.rstrip().splitlines())


def write_outputs(
    example: Example, outputs: dict[str, str], version: str = RUNNING
) -> list[Path]:
    """Write expected-output files from real runs; return the files changed.

    On the example's base version (the oldest it runs on): all methods alike
    -> one ``<stem>.out``, otherwise one file per method. On a newer version,
    files of that version (``<stem>.py3XX[.<method>].out``) are written only
    where its output differs from what the older versions' files expect, and
    removed where it no longer does; run the update oldest version first.
    Only called with a complete set of runs (every method the platform has).
    """
    first = next(iter(outputs.values()))
    alike = all(_same_output(example, text, first) for text in outputs.values())
    own = None if version == example.base_version() else version
    if own is None:
        differs = True
    else:
        older = example.newer_versions(version)[1:]
        previous = older[0] if older else example.base_version()
        inherited = {m: example.expected_file(m, previous) for m in outputs}
        differs = any(
            not inherited[m].exists()
            or not _same_output(example, text, inherited[m].read_text("utf-8"))
            for m, text in outputs.items()
        )
    if not differs:
        wanted = {}
    elif alike:
        wanted = {example.out_file(None, own): first}
    else:
        wanted = {example.out_file(m, own): text for m, text in outputs.items()}
    changed = []
    for path in [example.out_file(m, own) for m in (None, *ALL_METHODS)]:
        if path in wanted:
            old = path.read_text(encoding="utf-8") if path.exists() else None
            if old is None or not _same_output(example, wanted[path], old):
                path.write_text(wanted[path], encoding="utf-8")
                changed.append(path)
        elif path.exists():  # superseded: shared <-> per-method, or same as older
            path.unlink()
            changed.append(path)
    return changed


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("paths", nargs="+", type=Path)
    parser.add_argument("--update", action="store_true", help="rewrite expected output")
    parser.add_argument("--method", action="append", choices=METHODS)
    args = parser.parse_args(argv)
    failed = 0
    for path in args.paths:
        example = Example.load(path.resolve())
        if reason := example.skip_reason():
            print(f"SKIP {reason}")
            continue
        outputs = {}
        for method in args.method or METHODS:
            result = run(example, method)
            found = problems(result, check_output=not args.update)
            status = "FAIL" if found else "ok  "
            print(f"{status} {result.where} {result.seconds:.2f} s")
            for message in found:
                print(_indent(message))
            failed += bool(found)
            outputs[method] = result.stdout
        if args.update and not failed and set(outputs) == set(METHODS):
            for changed in write_outputs(example, outputs):
                action = "wrote" if changed.exists() else "removed"
                print(f"{action} {show(changed)}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
