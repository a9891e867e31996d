"""Run every example under every start method; compare with its expected output.

Discovery, running and the pass criteria live in tests/example_runner.py.
With --update-examples the runs write the expected-output files instead
(tests/conftest.py), after passing every other check.
"""

from __future__ import annotations

import pytest

import example_runner as er

EXAMPLES = er.discover()


def test_examples_exist() -> None:
    assert EXAMPLES, (
        f"no example (a .py file with a __main__ guard) under {er.EXAMPLES}"
    )


@pytest.mark.parametrize("method", er.METHODS)
@pytest.mark.parametrize("example", EXAMPLES, ids=str)
def test_example(
    example: er.Example,
    method: str,
    request: pytest.FixtureRequest,
    example_outputs: dict,
    redis_env,
) -> None:
    if reason := example.skip_reason():
        pytest.skip(reason)
    update = request.config.getoption("update_examples", False)
    result = er.run(example, method, extra_env=redis_env(example))
    found = er.problems(result, check_output=not update)
    if found:
        pytest.fail("\n\n".join(found), pytrace=False)
    if update:
        example_outputs.setdefault(example, {})[method] = result.stdout
