"""The Python versions the guide verifies: one source, pyproject.toml.

Its ``Programming Language :: Python :: 3.X`` classifiers list them. nox runs
the tests on each, the example runner knows which is the oldest (whose output
is the base expected output), the pages show the range through
``{{ python_range }}`` (tools/mkdocs_hooks.py), and tests/test_versions.py
fails when a page, README or the deploy workflow states another one.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

PYPROJECT = Path(__file__).resolve().parent.parent / "pyproject.toml"
RANGE_TOKEN = "{{ python_range }}"  # what pages write; the build replaces it
# A version range in prose: "3.10–3.13", "3.10 to 3.13", "3.10 到 3.13" ...
STATED_RANGE = re.compile(
    r"(?<!\d)(?<!\d\.)3\.\d+(?:\.\d+)?\s*(?:–|—|-|~|to|through|至|到)\s*3\.\d+(?!\.?\d)"
)
CLASSIFIER = re.compile(r"[\"']Programming Language :: Python :: (3\.\d+)[\"']")


@cache
def pythons() -> tuple[str, ...]:
    """The verified versions, oldest first: ("3.10", ..., "3.15")."""
    # A regular expression, not tomllib: the runner also runs on 3.10.
    found = CLASSIFIER.findall(PYPROJECT.read_text(encoding="utf-8"))
    if not found:
        raise ValueError(
            f"{PYPROJECT}: no 'Programming Language :: Python :: 3.X' classifier"
        )
    return tuple(sorted(found, key=as_tuple))


def as_tuple(version: str) -> tuple[int, ...]:
    return tuple(int(p) for p in version.split("."))


def python_range() -> str:
    """ "3.10–3.15", as every page and README write it."""
    return f"{pythons()[0]}–{pythons()[-1]}"
