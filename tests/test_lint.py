"""Lint every example with ruff (through pytest-examples) and check formatting."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from pytest_examples import CodeExample, EvalExample

import example_runner as er

PY_FILES = sorted(er.EXAMPLES.rglob("*.py"))
FORMATTED = ["examples", "tests", "tools", "noxfile.py", "noxw.py"]


@pytest.mark.parametrize("path", PY_FILES, ids=er.show)
def test_ruff_lint(path: Path, eval_example: EvalExample) -> None:
    eval_example.set_config(line_length=88, target_version="py310", ruff_line_length=88)
    eval_example.lint_ruff(CodeExample.create(path.read_text("utf-8"), path=path))


def test_ruff_format() -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "ruff", "format", "--check", "--diff", *FORMATTED],
        cwd=er.ROOT,
        capture_output=True,
        text=True,
    )
    assert proc.returncode == 0, (
        f"files need formatting (run: nox -s lint -- --fix, or ruff format):\n"
        f"{proc.stdout}{proc.stderr}"
    )
