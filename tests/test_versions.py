"""One source for the verified Python versions: pyproject.toml's classifiers.

Pages write ``{{ python_range }}`` (the build fills it in); README and
CONTRIBUTING, which are not built, must state exactly that range; the deploy
workflow's matrix must list exactly those versions. A version range typed
into a page goes stale the day a version is added, so a range that starts at
the oldest verified version fails here: write the token, or, for a fact about
some versions, name one bound ("before 3.14", "3.12 and later"). A range that
starts elsewhere ("3.8 to 3.13" in the table of platform defaults) is a fact
about CPython, not about this guide, and stays.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import versions

ROOT = Path(__file__).resolve().parent.parent
PAGES = sorted((ROOT / "docs").rglob("*.md"))
NOTEBOOK_TEXT = sorted((ROOT / "docs").rglob("*.ipynb"))


def stated_ranges(path: Path) -> list[tuple[int, str]]:
    """Ranges that start at the oldest verified version, with line numbers."""
    oldest = versions.pythons()[0]
    found = []
    for number, line in enumerate(path.read_text("utf-8").splitlines(), 1):
        found += [
            (number, m[0])
            for m in versions.STATED_RANGE.finditer(line)
            if m[0].startswith(oldest)
        ]
    return found


def test_the_range_comes_from_pyproject() -> None:
    pythons = versions.pythons()
    assert len(pythons) >= 2, pythons
    assert versions.python_range() == f"{pythons[0]}–{pythons[-1]}"


@pytest.mark.parametrize(
    "page", PAGES + NOTEBOOK_TEXT, ids=lambda p: p.relative_to(ROOT).as_posix()
)
def test_pages_state_no_version_range_of_their_own(page: Path) -> None:
    bad = [f"{page.relative_to(ROOT)}:{n}: {text!r}" for n, text in stated_ranges(page)]
    assert not bad, (
        "a page states a Python version range itself; write "
        f"{versions.RANGE_TOKEN} for the verified range (pyproject.toml's "
        "classifiers), or name one bound ('before 3.14', '3.12 and later'):\n  "
        + "\n  ".join(bad)
    )


@pytest.mark.parametrize("name", ["README.md", "CONTRIBUTING.md"])
def test_readme_and_contributing_state_the_verified_range(name: str) -> None:
    wanted = {versions.python_range(), versions.python_range().replace("–", "-")}
    bad = [
        f"{name}:{n}: {text!r}"
        for n, text in stated_ranges(ROOT / name)
        if re.sub(r"\s*(?:to|through)\s*", "–", text) not in wanted
    ]
    assert not bad, (
        f"these ranges differ from the verified {versions.python_range()} "
        "(pyproject.toml's classifiers):\n  " + "\n  ".join(bad)
    )


def test_deploy_workflow_tests_every_verified_python() -> None:
    workflow = (ROOT / ".github/workflows/site.yml").read_text("utf-8")
    m = re.search(r"^\s*python: \[(.*)\]\s*$", workflow, re.M)
    assert m, ".github/workflows/site.yml: no 'python: [...]' matrix line"
    listed = [v.strip().strip("\"'") for v in m[1].split(",")]
    assert listed == list(versions.pythons()), (
        f".github/workflows/site.yml tests {listed}; pyproject.toml's classifiers "
        f"say {list(versions.pythons())}"
    )
