"""The runner tested on deliberately broken examples (tests/fixtures/runner/).

Each must make the runner report a failure that names the example and the
start method; a correct run must report none. The fixtures' .out files state
what a page would claim; they are inputs to these tests, not examples.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import example_runner as er

FIXTURES = Path(__file__).parent / "fixtures" / "runner"
pytestmark = pytest.mark.skipif("fork" not in er.METHODS, reason="needs fork")


def load(name: str) -> er.Example:
    return er.Example.load(FIXTURES / f"{name}.py")


def report(name: str, method: str = "fork") -> tuple[er.RunResult, str]:
    result = er.run(load(name), method)
    return result, "\n".join(er.problems(result))


def test_wrong_output_fails_with_a_diff_and_the_fix() -> None:
    _, text = report("wrong_output")
    assert "wrong_output.py [start method fork" in text
    assert "-what the page claims" in text and "+the real output" in text
    assert "nox -s update" in text


def test_hang_is_killed_at_the_timeout_and_named() -> None:
    result, text = report("hangs", "spawn")
    assert result.timed_out and result.seconds < 15
    assert "hangs.py [start method spawn" in text and "timed out after 3 s" in text
    # the whole group is gone: nothing of the example survives the kill
    assert not er.group_members(result.pgid)


def test_example_that_only_works_under_fork_fails_under_spawn() -> None:
    assert report("only_works_under_fork", "fork")[1] == ""
    for method in ("spawn", "forkserver"):
        _, text = report("only_works_under_fork", method)
        assert f"only_works_under_fork.py [start method {method}" in text
        assert "stdout differs" in text and "wrote to stderr" in text


def test_leftover_child_is_reported_and_killed() -> None:
    result, text = report("leaves_child")
    assert result.leftovers, "the lingering child was not detected"
    assert "left processes running after it exited" in text
    assert not er.group_members(result.pgid)


def test_undeclared_stderr_fails() -> None:
    _, text = report("writes_stderr")
    assert "wrote to stderr" in text and "warning: something" in text


def test_declared_unordered_output_compares_lines_as_a_multiset() -> None:
    example = load("unordered_lines")
    assert example.unordered
    assert report("unordered_lines")[1] == ""


def test_helper_modules_are_not_examples() -> None:
    found = {e.path.name for e in er.discover(FIXTURES)}
    assert "helper_module.py" not in found and "wrong_output.py" in found


def test_bad_directive_is_an_error_naming_the_file(tmp_path: Path) -> None:
    bad = tmp_path / "bad_directive.py"
    bad.write_text('# output: sorted\nif __name__ == "__main__":\n    pass\n')
    with pytest.raises(er.ExampleError, match=r"bad_directive\.py"):
        er.Example.load(bad)


def test_update_writes_one_file_or_one_per_method(tmp_path: Path) -> None:
    path = tmp_path / "demo.py"
    path.write_text("")
    example = er.Example(path=path)
    base = example.base_version()
    same = dict.fromkeys(er.METHODS, "x\n")
    er.write_outputs(example, same, base)
    assert sorted(p.name for p in tmp_path.glob("*.out")) == ["demo.out"]
    differ = {m: f"{m}\n" for m in er.METHODS}
    er.write_outputs(example, differ, base)
    assert sorted(p.name for p in tmp_path.glob("*.out")) == sorted(
        f"demo.{m}.out" for m in er.METHODS
    )
    assert (tmp_path / "demo.spawn.out").read_text() == "spawn\n"


def test_newer_python_gets_a_file_only_where_its_output_differs(
    tmp_path: Path,
) -> None:
    path = tmp_path / "demo.py"
    path.write_text("")
    example = er.Example(path=path)
    oldest, *newer = er.versions.pythons()
    assert len(newer) >= 2, "the version tests need three verified Pythons"
    mid, last = newer[0], newer[-1]
    er.write_outputs(example, dict.fromkeys(er.METHODS, "old\n"), oldest)
    # Same output on a newer Python: no file of its own.
    assert er.write_outputs(example, dict.fromkeys(er.METHODS, "old\n"), mid) == []
    # Different output from `mid` on: a file that holds for `mid` and later ...
    er.write_outputs(example, dict.fromkeys(er.METHODS, "new\n"), mid)
    tag = "py" + mid.replace(".", "")
    assert sorted(p.name for p in tmp_path.glob("*.out")) == [
        "demo.out",
        f"demo.{tag}.out",
    ]
    method = er.METHODS[0]
    assert example.expected_file(method, oldest).name == "demo.out"
    assert example.expected_file(method, mid).name == f"demo.{tag}.out"
    assert example.expected_file(method, last).name == f"demo.{tag}.out"
    assert f"demo.{tag}.out" in {p.name for p in example.output_files()}
    # ... and is removed when that Python prints the base output again.
    er.write_outputs(example, dict.fromkeys(er.METHODS, "old\n"), mid)
    assert sorted(p.name for p in tmp_path.glob("*.out")) == ["demo.out"]


def test_example_requiring_a_newer_python_has_that_as_its_base() -> None:
    newest = er.versions.pythons()[-1]
    example = er.Example(
        path=FIXTURES / "demo.py", min_python=er.versions.as_tuple(newest)
    )
    assert example.base_version() == newest
    assert example.newer_versions(newest) == []


def test_stderr_declared_for_newer_pythons_only(tmp_path: Path) -> None:
    path = tmp_path / "versioned_stderr.py"
    path.write_text(
        "# stderr(fork, python >= 3.0): on this Python\n"
        "# stderr(python >= 99): not yet\n"
        'if __name__ == "__main__":\n    pass\n'
    )
    expected = ((frozenset({"fork"}), "on this Python"),)
    assert er.Example.load(path).stderr_expect == expected


def test_platform_requirements_skip_elsewhere(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    linux = tmp_path / "linux_only.py"
    linux.write_text('# requires: linux\nif __name__ == "__main__":\n    pass\n')
    example = er.Example.load(linux)
    assert example.linux_only and not example.posix_only
    monkeypatch.setattr(er.sys, "platform", "linux")
    assert example.skip_reason() is None
    monkeypatch.setattr(er.sys, "platform", "darwin")
    assert "needs Linux" in example.skip_reason()
