"""Shared test configuration.

``--update-examples`` (pytest-examples' flag) makes tests/test_examples.py
collect every example's real stdout; at the end of the session this file
writes the expected-output files from those runs (tests/example_runner.py
decides between one shared file and one per start method).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tools"))

import example_runner as er
import redis_server

OUTPUTS = pytest.StashKey[dict]()


@pytest.fixture
def example_outputs(request: pytest.FixtureRequest) -> dict:
    """Where --update-examples collects stdout: {example: {method: stdout}}."""
    return request.config.stash[OUTPUTS]


@pytest.fixture(scope="session")
def redis_url():
    """Address of a redis-server started for this test session."""
    try:
        with redis_server.redis_server() as url:
            yield url
    except redis_server.RedisUnavailable as exc:
        if os.environ.get("CI"):
            pytest.fail(f"{exc} (CI must run the Redis examples)", pytrace=False)
        pytest.skip(str(exc))


@pytest.fixture
def redis_env(request: pytest.FixtureRequest) -> Callable[[er.Example], dict]:
    """Environment for an example: REDIS_URL of a fresh, empty database."""

    def env(example: er.Example) -> dict:
        if not example.needs_redis:
            return {}
        url = request.getfixturevalue("redis_url")
        port = int(url.rsplit(":", 1)[1].split("/")[0])
        redis_server.command(port, "FLUSHALL")
        return {"REDIS_URL": url}

    return env


def pytest_configure(config: pytest.Config) -> None:
    config.stash[OUTPUTS] = {}
    if config.getoption("update_examples", False) and config.getoption(
        "numprocesses", None
    ):
        raise pytest.UsageError("run --update-examples without -n (pytest-xdist)")


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    config = session.config
    if not config.getoption("update_examples", False):
        return
    reporter = config.pluginmanager.get_plugin("terminalreporter")
    for example, outputs in config.stash[OUTPUTS].items():
        # Only examples that ran cleanly under every start method are written.
        if set(outputs) != set(er.METHODS):
            continue
        for path in er.write_outputs(example, outputs):
            action = "wrote" if path.exists() else "removed"
            if reporter:
                reporter.write_line(f"{action} {er.show(path)}")
