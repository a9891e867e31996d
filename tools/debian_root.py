"""Python versions this machine lacks, from a minimal Debian-unstable root.

    python tools/debian_root.py ensure [--fresh]     create (or remake) the root
    python tools/debian_root.py test 3.14 [-- ARGS]  run the test suite in it
    python tools/debian_root.py run 3.15 -- CMD ...  run CMD with that Python
    python tools/debian_root.py mounts --release     unmount what a killed run left

Debian 12 packages no CPython 3.14 or 3.15; Debian unstable packages both.
The root is made with ``debootstrap --variant=minbase`` from the Debian mirror
that this machine's apt sources already name, so nothing here names a host.
It lives outside the repository (``$PYQUEUES_DEBIAN_ROOT``, by default
``~/.cache/pyqueues-guide/debian-unstable``) and is reused while the package
list below is unchanged.  Inside it:

* ``python3.X`` and ``python3.X-venv`` for each version in ``VERSIONS``,
  ``redis-server`` for the broker examples and ``git`` for the translation
  checks;
* one virtual environment per version, ``/opt/pyqueues/venv-3.X``, holding
  the ``tests`` dependency group of pyproject.toml (reinstalled when the pins
  change);
* the host's CA bundle, so downloads from the package index verify against
  the certificates this machine trusts.

A run mounts ``/proc``, ``/dev``, a fresh ``/dev/shm`` (POSIX semaphores and
shared memory need it) and the checkout itself at the same path, runs the
command as root inside, then unmounts what it mounted.  Needs root, Linux and
the ``debootstrap`` package; every failure says what failed and the command
that retries.
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import json
import os
import re
import shutil
import ssl
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import tomllib

REPO = Path(__file__).resolve().parent.parent
VERSIONS = ("3.14", "3.15")
PACKAGES = (
    "ca-certificates",
    "git",  # tools/translations.py reads the English pages' history
    "redis-server",
    *(f"python{v}" for v in VERSIONS),
    *(f"python{v}-venv" for v in VERSIONS),
)
SUITE = "unstable"
READY = "pyqueues-ready.json"  # written last: a root without it is broken
HOST_CA = "/etc/ssl/certs/pyqueues-host-ca.crt"  # path inside the root
RETRY = "python3 tools/debian_root.py ensure --fresh"


def _log(message: str) -> None:
    """Progress goes to stderr: stdout belongs to the command run inside."""
    print(message, file=sys.stderr, flush=True)


class RootError(Exception):
    """Something the root needs is missing or failed; the message says what."""


def root_dir() -> Path:
    default = Path.home() / ".cache" / "pyqueues-guide" / "debian-unstable"
    return Path(os.environ.get("PYQUEUES_DEBIAN_ROOT", default)).resolve()


def mirror() -> str:
    """The Debian mirror named by this machine's apt sources."""
    found: list[str] = []
    sources = Path("/etc/apt/sources.list.d")
    for path in sorted(sources.glob("*.sources")) if sources.is_dir() else []:
        # deb822: stanzas of "Field: value" lines separated by blank lines.
        for stanza in path.read_text().split("\n\n"):
            fields = dict(
                line.split(":", 1)
                for line in stanza.splitlines()
                if ":" in line and not line.startswith(("#", " "))
            )
            if "deb" in fields.get("Types", "").split():
                found += fields.get("URIs", "").split()
    for path in [Path("/etc/apt/sources.list"), *sources.glob("*.list")]:
        if path.is_file():
            for line in path.read_text().splitlines():
                m = re.match(r"\s*deb\s+(?:\[[^]]*\]\s+)?(\S+)\s+\S+", line)
                if m:
                    found.append(m[1])
    for uri in found:
        # The archive itself, not debian-security or a third-party repository.
        if re.search(r"/debian/?$", uri):
            return uri.rstrip("/")
    raise RootError(
        "no Debian mirror found in /etc/apt/sources.list or "
        "/etc/apt/sources.list.d/*.sources (a line or URIs field ending in "
        "/debian); add one, then retry: " + RETRY
    )


def host_ca_bundle() -> Path:
    """The CA bundle this machine's Python and pip verify against."""
    candidates = [
        os.environ.get("SSL_CERT_FILE"),
        os.environ.get("PIP_CERT"),
        ssl.get_default_verify_paths().cafile,
        "/etc/ssl/certs/ca-certificates.crt",
    ]
    for name in candidates:
        if name and Path(name).is_file():
            return Path(name)
    raise RootError("no CA bundle found on this machine (set SSL_CERT_FILE)")


def test_pins(group: str = "tests") -> list[str]:
    """The requirements of a dependency group, its include-groups expanded."""
    with open(REPO / "pyproject.toml", "rb") as f:
        groups = tomllib.load(f)["dependency-groups"]

    def expand(name: str) -> list[str]:
        found: list[str] = []
        for item in groups[name]:
            found += expand(item["include-group"]) if isinstance(item, dict) else [item]
        return found

    return expand(group)


def recipe() -> dict:
    """What the root is made of; a change means the root is made again."""
    return {"suite": SUITE, "packages": sorted(PACKAGES), "format": 1}


def _run(
    cmd: list[str], what: str, timeout: float = 900, **kwargs
) -> subprocess.CompletedProcess:
    """Run `cmd`; any failure, or no end within `timeout`, is a RootError."""
    try:
        done = subprocess.run(
            cmd, capture_output=True, text=True, timeout=timeout, **kwargs
        )
    except FileNotFoundError as exc:
        raise RootError(f"{what}: {exc}") from exc
    except subprocess.TimeoutExpired as exc:
        raise RootError(
            f"{what} did not finish within {timeout:.0f} s (a mirror that does not "
            f"answer?). Retry: {RETRY}"
        ) from exc
    if done.returncode != 0:
        tail = "\n".join((done.stdout + done.stderr).strip().splitlines()[-15:])
        raise RootError(
            f"{what} failed (exit {done.returncode}):\n{tail}\nRetry: {RETRY}"
        )
    return done


def check_host() -> None:
    if sys.platform != "linux":
        raise RootError("the Debian root needs Linux (chroot, mounts)")
    if os.geteuid() != 0:
        raise RootError(
            "the Debian root needs root (debootstrap, chroot, mount); run as root, "
            "or put python3.14 and python3.15 on PATH instead"
        )
    if not shutil.which("debootstrap"):
        raise RootError(
            "debootstrap is not installed: apt-get install -y debootstrap, "
            "then retry: " + RETRY
        )


def is_ready(root: Path) -> bool:
    marker = root / READY
    try:
        if json.loads(marker.read_text())["recipe"] != recipe():
            return False
    except (OSError, ValueError, KeyError):
        return False
    programs = [f"python{v}" for v in VERSIONS] + ["redis-server", "git"]
    return all((root / "usr/bin" / name).is_file() for name in programs)


def mounted_under(root: Path) -> list[Path]:
    points = []
    for line in Path("/proc/self/mounts").read_text().splitlines():
        point = Path(line.split()[1].replace("\\040", " "))
        if point == root or root in point.parents:
            points.append(point)
    return points


def release_mounts(root: Path) -> None:
    for point in sorted(mounted_under(root), key=lambda p: len(p.parts), reverse=True):
        subprocess.run(["umount", "-l", str(point)], check=False)
    if left := mounted_under(root):
        raise RootError(f"could not unmount {', '.join(map(str, left))}")


def remove_root(root: Path) -> None:
    """Delete a broken root; refuses while anything is mounted inside it."""
    release_mounts(root)
    # --one-file-system: never follow into a mount that appeared meanwhile.
    subprocess.run(["rm", "-rf", "--one-file-system", str(root)], check=True)


def ensure(log=_log, fresh: bool = False) -> Path:
    """Create the root if it is missing or broken (or `fresh`); return its path."""
    check_host()
    root = root_dir()
    if is_ready(root) and not fresh:
        return root
    if root.exists():
        log(f"debian-root: {root} is incomplete or outdated; making it again")
        remove_root(root)
    root.parent.mkdir(parents=True, exist_ok=True)
    source = mirror()
    start = time.monotonic()
    log(f"debian-root: debootstrap {SUITE} from {source} into {root} (about a minute)")
    _run(
        [
            "debootstrap",
            "--variant=minbase",
            "--include=ca-certificates",
            SUITE,
            str(root),
            source,
        ],
        "debootstrap",
    )
    # A mirror that is a dated snapshot serves a Release file whose Valid-Until
    # has passed; apt still checks every signature, it only accepts the date.
    (root / "etc/apt/apt.conf.d/99pyqueues").write_text(
        'Acquire::Check-Valid-Until "false";\n'
    )
    with mounted(root):
        chroot(root, ["apt-get", "update", "-qq"], "apt-get update in the root")
        chroot(
            root,
            ["apt-get", "install", "-y", "-qq", "--no-install-recommends", *PACKAGES],
            f"apt-get install {' '.join(PACKAGES)} in the root",
        )
    (root / READY).write_text(json.dumps({"recipe": recipe()}, indent=1) + "\n")
    log(f"debian-root: ready in {time.monotonic() - start:.0f} s")
    return root


def _mount(args: list[str], point: Path, done: list[Path]) -> None:
    if point in mounted_under(point):
        return  # already there (another run, or by hand): leave it alone
    point.mkdir(parents=True, exist_ok=True)
    _run(["mount", *args, str(point)], f"mount {' '.join(args)} {point}")
    done.append(point)


@contextlib.contextmanager
def mounted(root: Path, checkout: Path | None = None) -> Iterator[None]:
    done: list[Path] = []
    try:
        _mount(["-t", "proc", "proc"], root / "proc", done)
        _mount(["--bind", "/dev"], root / "dev", done)
        _mount(["-t", "tmpfs", "-o", "mode=1777", "shm"], root / "dev/shm", done)
        resolv = Path("/etc/resolv.conf")
        if resolv.is_file():
            shutil.copyfile(resolv, root / "etc/resolv.conf")
        shutil.copyfile(host_ca_bundle(), root / HOST_CA.lstrip("/"))
        if checkout:
            # Same path inside as outside: messages and paths mean the same.
            _mount(["--bind", str(checkout)], root / checkout.relative_to("/"), done)
        yield
    finally:
        for point in reversed(done):
            subprocess.run(["umount", "-l", str(point)], check=False)


def chroot_env(version: str | None = None) -> dict[str, str]:
    path = "/usr/local/bin:/usr/bin:/bin:/usr/sbin:/sbin"
    env = {}
    if version:
        path = f"{venv_dir(version)}/bin:{path}"
        env["PYQUEUES_DEBIAN_ROOT_VERSION"] = version  # the runner's hints use it
    env |= {
        "PATH": path,
        "HOME": "/root",
        "LANG": "C.UTF-8",
        "SSL_CERT_FILE": HOST_CA,
        "PIP_CERT": HOST_CA,
        "PIP_DISABLE_PIP_VERSION_CHECK": "1",
        "DEBIAN_FRONTEND": "noninteractive",
        # The checkout may belong to another user than root: let git read it.
        "GIT_CONFIG_COUNT": "1",
        "GIT_CONFIG_KEY_0": "safe.directory",
        "GIT_CONFIG_VALUE_0": "*",
    }
    # What the tests and package downloads read from the caller's environment.
    for name in ("CI", "EXAMPLE_WORKERS", "PIP_INDEX_URL", "PIP_DEFAULT_TIMEOUT"):
        if name in os.environ:
            env[name] = os.environ[name]
    return env


def chroot(
    root: Path,
    cmd: list[str],
    what: str,
    version: str | None = None,
    cwd: Path | None = None,
    capture: bool = True,
) -> int:
    inner = ["chroot", str(root), "/usr/bin/env", "-i"]
    inner += [f"{k}={v}" for k, v in chroot_env(version).items()]
    if cwd:
        inner += ["sh", "-c", 'cd "$0" && exec "$@"', str(cwd)]
    inner += cmd
    if capture:
        _run(inner, what)
        return 0
    return subprocess.run(inner).returncode


def venv_dir(version: str) -> str:
    return f"/opt/pyqueues/venv-{version}"


def ensure_venv(root: Path, version: str, log=_log) -> None:
    """The tests group installed for `version` inside the root (mounted)."""
    if version not in VERSIONS:
        raise RootError(f"the root has Python {', '.join(VERSIONS)}, not {version}")
    pins = test_pins()
    stamp = root / venv_dir(version).lstrip("/") / "pyqueues-pins.txt"
    wanted = hashlib.sha256("\n".join(pins).encode()).hexdigest()
    if stamp.is_file() and stamp.read_text() == wanted:
        return
    log(f"debian-root: installing the tests group for Python {version}")
    chroot(
        root,
        [f"python{version}", "-m", "venv", "--clear", venv_dir(version)],
        f"python{version} -m venv in the root",
    )
    chroot(
        root,
        [f"{venv_dir(version)}/bin/python", "-m", "pip", "install", "-q", *pins],
        f"pip install of the tests group for Python {version} in the root",
    )
    stamp.write_text(wanted)


def run(version: str, cmd: list[str], log=_log) -> int:
    """Run `cmd` in the checkout, inside the root, with Python `version` first
    on PATH (as `python`)."""
    root = ensure(log)
    with mounted(root, REPO):
        ensure_venv(root, version, log)
        return chroot(
            root, cmd, " ".join(cmd), version=version, cwd=REPO, capture=False
        )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    e = sub.add_parser("ensure", help="create the root, or make it again")
    e.add_argument("--fresh", action="store_true", help="remove it and start over")
    for name in ("test", "run"):
        p = sub.add_parser(name)
        p.add_argument("version", choices=VERSIONS)
        p.add_argument("args", nargs=argparse.REMAINDER)
    m = sub.add_parser("mounts")
    m.add_argument("--release", action="store_true")
    args = parser.parse_args(argv)
    rest = list(getattr(args, "args", []))
    if rest[:1] == ["--"]:
        rest = rest[1:]
    try:
        if args.command == "ensure":
            print(ensure(fresh=args.fresh))
            return 0
        if args.command == "mounts":
            root = root_dir()
            if args.release:
                release_mounts(root)
            for point in mounted_under(root):
                print(point)
            return 0
        if args.command == "test":
            cmd = [
                "python",
                "-m",
                "pytest",
                "--ignore=tests/browser",
                "-p",
                "no:cacheprovider",
                *rest,
            ]
            return run(args.version, cmd)
        if not rest:
            parser.error("run needs a command after --")
        return run(args.version, rest)
    except RootError as exc:
        print(f"debian-root: {exc}", file=sys.stderr)
        return 3


if __name__ == "__main__":
    sys.exit(main())
