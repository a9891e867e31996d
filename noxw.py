#!/usr/bin/env python3
"""Run nox without installing anything by hand.

    python3 noxw.py [nox arguments]      e.g.  python3 noxw.py -s serve

The first run creates .nox-bootstrap/ with the nox and uv pinned in
pyproject.toml's [dependency-groups] "nox"; later runs reuse it until the
pins change. Needs Python >= 3.11 (tomllib; the docs build needs it too).
"""

from __future__ import annotations

import subprocess
import sys
import venv
from pathlib import Path

if sys.version_info < (3, 11):
    sys.exit("noxw.py needs Python >= 3.11 (the site build needs it too)")

import tomllib

ROOT = Path(__file__).resolve().parent
ENV = ROOT / ".nox-bootstrap"


def main() -> int:
    with open(ROOT / "pyproject.toml", "rb") as f:
        pins = tomllib.load(f)["dependency-groups"]["nox"]
    bindir = ENV / ("Scripts" if sys.platform == "win32" else "bin")
    python = bindir / ("python.exe" if sys.platform == "win32" else "python")
    stamp = ENV / "pins.txt"
    wanted = "\n".join(pins) + "\n"
    if not stamp.exists() or stamp.read_text() != wanted:
        print(f"noxw: installing {' '.join(pins)} into {ENV.name}/", flush=True)
        venv.create(ENV, with_pip=True, clear=True)
        subprocess.run(
            [
                python,
                "-m",
                "pip",
                "install",
                "--quiet",
                "--disable-pip-version-check",
                *pins,
            ],
            check=True,
        )
        stamp.write_text(wanted)
    return subprocess.run([python, "-m", "nox", *sys.argv[1:]], cwd=ROOT).returncode


if __name__ == "__main__":
    sys.exit(main())
