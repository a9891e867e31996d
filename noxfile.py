"""Tasks: nox -s tests | docs | serve | lint | update | browser | validate |
lighthouse | bench (or: python3 noxw.py -s ...).

Every Python dependency is pinned once, in pyproject.toml's [dependency-groups];
each session installs its group from there. The site checkers that come from
npm (axe-core, the Nu Html Checker, Lighthouse) are pinned once, in
tools/web/package.json and its package-lock.json; sessions that use them run
`npm ci` there.
"""

from __future__ import annotations

import hashlib
import os
import time
from pathlib import Path

import nox

nox.needs_version = ">=2025.2.9"
nox.options.default_venv_backend = "uv|virtualenv"
nox.options.reuse_venv = "yes"
# What `python3 noxw.py` (README's test command, and CI) runs.
nox.options.sessions = ["lint", "tests", "docs", "validate", "browser"]

PYPROJECT = nox.project.load_toml("pyproject.toml")
PYTHONS = ["3.10", "3.11", "3.12", "3.13"]
# Never let uv download an interpreter: use the ones installed (pyenv's here).
os.environ.setdefault("UV_PYTHON_DOWNLOADS", "never")
os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")


def install(session: nox.Session, *groups: str) -> None:
    session.install(*nox.project.dependency_groups(PYPROJECT, *groups))


WEB = Path("tools/web")  # package.json + package-lock.json of the npm checkers


def install_web(session: nox.Session) -> None:
    """`npm ci` in tools/web (Node >= 18; skipped while the lock file is
    unchanged). Install scripts stay off: vnu-jar's would download a Java
    runtime, and the project uses the system's (default-jre-headless)."""
    lock = (WEB / "package-lock.json").read_bytes()
    stamp = WEB / "node_modules" / ".installed-lock-sha256"
    digest = hashlib.sha256(lock).hexdigest()
    if stamp.is_file() and stamp.read_text() == digest:
        return
    session.run(
        "npm",
        "ci",
        "--ignore-scripts",
        "--no-audit",
        "--no-fund",
        "--prefix",
        str(WEB),
        external=True,
    )
    stamp.write_text(digest)


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
    install_web(session)  # axe-core
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


@nox.session(python=None)
def validate(session: nox.Session) -> None:
    """Build both languages, then check every page with the Nu Html Checker
    (vnu.jar; needs Java: apt-get install default-jre-headless). Fails on any
    error not listed in tools/validate_html.py as the theme's or a plugin's;
    writes reports/html-validation.md."""
    install(session, "docs")
    install_web(session)
    build_site(session)
    session.run("python", "tools/validate_html.py", "site", *session.posargs)


@nox.session(python=None)
def lighthouse(session: nox.Session) -> None:
    """Build both languages, then measure key pages with Lighthouse (mobile) in
    /usr/bin/chromium, served like GitHub Pages (gzip); writes
    reports/lighthouse.md and .json. Minutes; a measurement, not a test:
    `nox -s lighthouse -- --runs 1` is quicker."""
    install(session, "docs")
    install_web(session)
    build_site(session)
    session.run("python", "tools/lighthouse.py", "site", *session.posargs)


@nox.session(python=PYTHONS[-1])
def bench(session: nox.Session) -> None:
    """Measure every channel (minutes: use a quiet machine), then redraw the
    performance page's plots and tables. `nox -s bench -- --quick` only checks;
    `nox -s bench -- --report-only` redraws from bench/results/channels.json."""
    install(session, "bench")
    start = time.monotonic()
    if "--report-only" in session.posargs:  # redraw from the committed results
        session.run("python", "bench/report.py")
        return
    session.run("python", "bench/channels.py", *session.posargs)
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
