"""Tasks: nox -s tests | tests_debian | docs | serve | lint | update | update_debian
| translations | browser | validate | lighthouse | bench
(or: python3 noxw.py -s ...).

Every Python dependency is pinned once, in pyproject.toml's [dependency-groups];
each session installs its group from there. The site checkers that come from
npm (axe-core, the Nu Html Checker, Lighthouse) are pinned once, in
tools/web/package.json and its package-lock.json; sessions that use them run
`npm ci` there. The verified Pythons are
pyproject.toml's classifiers (tools/versions.py). `tests` runs on those found
on PATH; `tests_debian` runs the others (3.14 and 3.15 on Debian 12) inside a
Debian-unstable root that tools/debian_root.py makes and reuses.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import sys
import time
from pathlib import Path

import nox

sys.path.insert(0, str(Path(__file__).resolve().parent / "tools"))
import debian_root
import versions

nox.needs_version = ">=2025.2.9"
nox.options.default_venv_backend = "uv|virtualenv"
nox.options.reuse_venv = "yes"
# What `python3 noxw.py` (README's test command, and CI) runs.
nox.options.sessions = ["lint", "tests", "tests_debian", "docs", "validate", "browser"]

PYPROJECT = nox.project.load_toml("pyproject.toml")
PYTHONS = list(versions.pythons())
# Versions nox can run directly; the others go through the Debian root.
ON_PATH = [v for v in PYTHONS if shutil.which(f"python{v}")]
ELSEWHERE = [v for v in PYTHONS if v not in ON_PATH]
# The newest Python on PATH builds the site and drives the browser.
HOST_PYTHON = ON_PATH[-1] if ON_PATH else None
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


# Examples mostly wait (on queues, joins, timeouts), so run several at once;
# each runs in its own process group with its own timeout.
WORKERS = os.environ.get("EXAMPLE_WORKERS", "4")


@nox.session(python=ON_PATH)
def tests(session: nox.Session) -> None:
    """Run every example under fork, spawn and forkserver, in dev mode; lint;
    check pages."""
    install(session, "tests")
    start = time.monotonic()
    session.run("pytest", "-n", WORKERS, "--ignore=tests/browser", *session.posargs)
    session.log(f"tests on Python {session.python}: {time.monotonic() - start:.1f} s")


def in_debian_root(session: nox.Session, version: str | None, *args: str) -> None:
    """Run tools/debian_root.py for Python `version`, which PATH lacks: an error
    with the way to get it when CI is set, a skip saying the same otherwise."""
    if version is None:
        session.skip(f"every verified Python ({', '.join(PYTHONS)}) is on PATH")
    problem = None
    if version not in debian_root.VERSIONS:
        problem = (
            f"python{version} is not on PATH (pyenv: pyenv install {version}, then "
            f"list it in PYENV_VERSION; see README)"
        )
    else:
        try:
            debian_root.ensure(session.log)
        except debian_root.RootError as exc:
            problem = (
                f"python{version} is not on PATH, and the Debian-unstable root that "
                f"provides it could not be made: {exc}"
            )
    if problem:
        if os.environ.get("CI"):
            session.error(problem)
        session.skip(problem)
    start = time.monotonic()
    session.run(sys.executable, "tools/debian_root.py", *args, external=True)
    session.log(
        f"Python {version} in the Debian root: {time.monotonic() - start:.1f} s"
    )


# nox ignores python= without a virtualenv: name the versions as a parameter.
@nox.session(venv_backend="none")
@nox.parametrize("version", ELSEWHERE or [None])
def tests_debian(session: nox.Session, version: str | None) -> None:
    """`tests` for the verified Pythons PATH lacks, inside the Debian root."""
    in_debian_root(
        session, version, "test", str(version), "--", "-n", WORKERS, *session.posargs
    )


UPDATE = ["tests/test_examples.py", "--update-examples", "-q"]


@nox.session(python=ON_PATH)
def update(session: nox.Session) -> None:
    """Regenerate every expected-output file from real runs (review the diff).

    Runs oldest Python first: the oldest writes the base .out files, each newer
    one a file of its own only where its output differs. Then: update_debian."""
    install(session, "tests")
    session.run("pytest", *UPDATE, *session.posargs)


@nox.session(venv_backend="none")
@nox.parametrize("version", ELSEWHERE or [None])
def update_debian(session: nox.Session, version: str | None) -> None:
    """`update` for the verified Pythons PATH lacks, inside the Debian root."""
    in_debian_root(
        session, version, "test", str(version), "--", *UPDATE, *session.posargs
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


@nox.session(python=HOST_PYTHON)
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


@nox.session(python=HOST_PYTHON)
def bench(session: nox.Session) -> None:
    """Wait for a quiet machine, measure everything (about 12 minutes on 2
    cores), then redraw the performance pages' plots, tables and figures.

    `nox -s bench -- --quick` only checks that every channel delivers (about
    a minute). Interpreters: python3.10 ... python3.15 on PATH, or
    BENCH_PYTHONS="3.14=COMMAND;3.15=COMMAND" (see bench/run.py).
    `nox -s bench -- --report-only` redraws from the committed results."""
    install(session, "bench")
    if "--report-only" in session.posargs:  # redraw from the committed results
        session.run("python", "bench/report.py")
        return
    # The verified Pythons PATH lacks run in the Debian root, as for the tests.
    listed = [os.environ["BENCH_PYTHONS"]] if os.environ.get("BENCH_PYTHONS") else []
    for version in [v for v in ELSEWHERE if v in debian_root.VERSIONS]:
        try:
            debian_root.ensure(session.log)
        except debian_root.RootError as exc:
            session.warn(f"Python {version} will not be measured: {exc}")
            continue
        root_tool = Path(__file__).resolve().parent / "tools" / "debian_root.py"
        listed.append(f"{version}={sys.executable} {root_tool} run {version} -- python")
    start = time.monotonic()
    session.run(
        "python",
        "bench/run.py",
        *session.posargs,
        env={"BENCH_PYTHONS": ";".join(listed)},
    )
    if "--quick" not in session.posargs:
        session.run("python", "bench/report.py")
    session.log(f"bench: {time.monotonic() - start:.1f} s")


@nox.session(python=False)
def translations(session: nox.Session) -> None:
    """List the Chinese pages whose English page changed since they were
    translated, each with the English diff (tools/translations.py)."""
    session.run(
        sys.executable,
        "tools/translations.py",
        "status",
        *session.posargs,
        external=True,
    )


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
