"""Tasks: nox -s tests | docs | serve | lint | update (or: python3 noxw.py -s ...).

Every dependency is pinned once, in pyproject.toml's [dependency-groups];
each session installs its group from there.
"""

from __future__ import annotations

import os
import time

import nox

nox.needs_version = ">=2025.2.9"
nox.options.default_venv_backend = "uv|virtualenv"
nox.options.reuse_venv = "yes"
# What `python3 noxw.py` (README's test command, and CI) runs.
nox.options.sessions = ["lint", "tests", "docs", "browser"]

PYPROJECT = nox.project.load_toml("pyproject.toml")
PYTHONS = ["3.10", "3.11", "3.12", "3.13"]
# Never let uv download an interpreter: use the ones installed (pyenv's here).
os.environ.setdefault("UV_PYTHON_DOWNLOADS", "never")
os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")


def install(session: nox.Session, *groups: str) -> None:
    session.install(*nox.project.dependency_groups(PYPROJECT, *groups))


@nox.session(python=PYTHONS)
def tests(session: nox.Session) -> None:
    """Run every example under fork, spawn and forkserver; lint; check pages."""
    install(session, "tests")
    start = time.monotonic()
    # Examples mostly wait (on queues, joins, timeouts), so run several at
    # once; each runs in its own process group with its own timeout.
    workers = os.environ.get("EXAMPLE_WORKERS", "4")
    session.run("pytest", "-n", workers, "--ignore=tests/browser", *session.posargs)
    session.log(f"tests on Python {session.python}: {time.monotonic() - start:.1f} s")


@nox.session(python=PYTHONS[-1])
def update(session: nox.Session) -> None:
    """Regenerate every expected-output file from real runs (review the diff)."""
    install(session, "tests")
    session.run(
        "pytest", "tests/test_examples.py", "--update-examples", "-q", *session.posargs
    )


@nox.session(python=None)
def docs(session: nox.Session) -> None:
    """Build both languages strictly into site/ (English) and site/zh/."""
    install(session, "docs")
    build_site(session)


def build_site(session: nox.Session) -> None:
    start = time.monotonic()
    # English first: its build empties site/, then Chinese goes into site/zh/.
    session.run("mkdocs", "build", "--strict", "-q", "-f", "mkdocs.yml")
    session.run("mkdocs", "build", "--strict", "-q", "-f", "mkdocs.zh.yml")
    session.run("python", "tools/check_site.py", "site")
    session.log(f"site built in {time.monotonic() - start:.1f} s")


@nox.session(python=PYTHONS[-1])  # 3.13 runs every example (some need 3.12+)
def browser(session: nox.Session) -> None:
    """Build both languages, then test them in Debian's Chromium (tests/browser).

    Needs /usr/bin/chromium (apt-get install -y chromium; never `playwright
    install`). Screenshots and the budget figures go to artifacts/.
    """
    install(session, "docs", "browser")
    build_site(session)
    start = time.monotonic()
    session.run(
        "pytest",
        "tests/browser",
        "--confcutdir=tests/browser",
        "-n",
        "2",
        "--dist",
        "loadgroup",
        *session.posargs,
        env={"SITE_DIR": "site"},
    )
    session.log(f"browser tests: {time.monotonic() - start:.1f} s")


@nox.session(python=PYTHONS[-1])
def bench(session: nox.Session) -> None:
    """Wait for a quiet machine, measure everything (about 12 minutes on 2
    cores), then redraw the performance pages' plots, tables and figures.

    `nox -s bench -- --quick` only checks that every channel delivers (about
    a minute). Interpreters: python3.10 ... python3.15 on PATH, or
    BENCH_PYTHONS="3.14=COMMAND;3.15=COMMAND" (see bench/run.py)."""
    install(session, "bench")
    start = time.monotonic()
    session.run("python", "bench/run.py", *session.posargs)
    if "--quick" not in session.posargs:
        session.run("python", "bench/report.py")
    session.log(f"bench: {time.monotonic() - start:.1f} s")


@nox.session(python=None)
def serve(session: nox.Session) -> None:
    """Build both languages and preview them, rebuilding when files change."""
    install(session, "docs")
    session.run("python", "tools/preview.py", *session.posargs)


@nox.session(python=None)
def lint(session: nox.Session) -> None:
    """ruff check and ruff format --check; `nox -s lint -- --fix` fixes."""
    install(session, "lint")
    if "--fix" in session.posargs:
        session.run("ruff", "check", "--fix", ".")
        session.run("ruff", "format", ".")
    else:
        session.run("ruff", "check", ".")
        session.run("ruff", "format", "--check", ".")
