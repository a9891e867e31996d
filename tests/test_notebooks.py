"""The notebook pages (docs/<lang>/*.ipynb), written by tools/notebooks.py.

- the committed notebooks are exactly what tools/notebooks.py writes (so
  nobody edits one language's code by hand), valid nbformat, with no outputs;
- both languages have the same code cells, the same cells in the same order,
  and the same heading anchors; every heading has an explicit ASCII anchor;
- every notebook runs in a fresh kernel with fork, spawn and forkserver as the
  kernel's default start method: no cell raises, writes to stderr or runs
  past the time limit per cell; every code cell prints something, the same
  under every start method and in both languages; no process is left behind;
- a worker defined in the notebook instead makes the spawn and forkserver
  runs fail fast, with a message that says what to do (under fork it works:
  the bug hides there);
- a cell that sleeps past the time limit fails fast, naming the cell;
- the built-site check (tools/notebooks.py check_site) catches a notebook
  page that was emitted as raw JSON.
"""

from __future__ import annotations

import functools
import json
import os
import time
import uuid
from pathlib import Path

import psutil
import pytest

try:
    import ipykernel  # noqa: F401  (the kernel the notebooks run in)
    import nbclient  # noqa: F401
    import nbformat
except ImportError as exc:  # an old environment: CI must have them
    if os.environ.get("CI"):
        raise
    pytest.skip(
        f"{exc.name} is not installed: install the tests group (nox -s tests)",
        allow_module_level=True,
    )

import example_runner as er
import notebooks as nbs
import site_checks as sc

PAGES = sorted(nbs.PAGES)
RUNS = [
    (page, lang, method)
    for page in PAGES
    for lang in nbs.LANGS
    for method in er.METHODS
]
TOKEN_VAR = "NOTEBOOK_TEST_TOKEN"
PROBE = "import multiprocessing as mp\nprint(mp.get_start_method())"
VARIANT_TIMEOUT = 10.0  # seconds per cell for the notebook that must hang
# Kernel start-up (a few seconds, more on a loaded machine) plus the cell's limit.
FAIL_FAST = VARIANT_TIMEOUT + 40.0


def committed(page: str, lang: str) -> dict:
    return json.loads(nbs.path(page, lang).read_text(encoding="utf-8"))


def source(cell: dict) -> str:
    s = cell["source"]
    return "".join(s) if isinstance(s, list) else s


def code_cell(id: str, text: str) -> dict:
    return nbformat.v4.new_code_cell(text, id=id)


def notebook(*cells: dict) -> dict:
    return nbformat.v4.new_notebook(cells=list(cells), metadata=nbs.METADATA)


def leftovers(token: str) -> list[psutil.Process]:
    """Live processes whose environment carries `token` (the kernel's tree)."""
    found = []
    for proc in psutil.process_iter():
        try:
            if proc.environ().get(TOKEN_VAR) == token and proc.status() != "zombie":
                found.append(proc)
        except (psutil.Error, OSError):
            continue
    return found


def assert_nothing_left(token: str, what: str) -> None:
    procs = leftovers(token)
    if procs:
        _, alive = psutil.wait_procs(procs, timeout=er.LEFTOVER_GRACE)
        for proc in alive:
            proc.kill()
        assert not alive, f"{what} left processes behind: {[p.pid for p in alive]}"


# ------------------------------------------------------------ the sources


def test_notebooks_are_generated() -> None:
    problems = nbs.stale()
    assert not problems, (
        "\n".join(problems) + "\nThe notebooks are written from tools/notebooks.py "
        "(code cells) and docs/<lang>/<page>.cells.md (Markdown cells): edit "
        "those, then run: python tools/notebooks.py"
    )


@pytest.mark.parametrize("page", PAGES)
@pytest.mark.parametrize("lang", nbs.LANGS)
def test_notebook_is_valid_and_has_no_outputs(page: str, lang: str) -> None:
    nb = nbformat.reads(nbs.path(page, lang).read_text(encoding="utf-8"), 4)
    nbformat.validate(nb)
    with_outputs = [
        c.id
        for c in nb.cells
        if c.cell_type == "code" and (c.outputs or c.execution_count)
    ]
    assert not with_outputs, (
        f"docs/{lang}/{page}: cells {with_outputs} hold outputs; the build executes "
        f"the notebooks, so commit them without outputs (python tools/notebooks.py)"
    )


@pytest.mark.parametrize("page", PAGES)
def test_languages_have_the_same_code_cells(page: str) -> None:
    en, zh = committed(page, "en"), committed(page, "zh")
    layout = {
        lang: [(c["cell_type"], c["id"]) for c in nb["cells"]]
        for lang, nb in (("en", en), ("zh", zh))
    }
    assert layout["en"] == layout["zh"], (
        f"docs/zh/{page} must have the same cells, in the same order, as "
        f"docs/en/{page}:\n  en: {layout['en']}\n  zh: {layout['zh']}"
    )
    code = {
        lang: [source(c) for c in nb["cells"] if c["cell_type"] == "code"]
        for lang, nb in (("en", en), ("zh", zh))
    }
    assert code["en"] == code["zh"], f"the code cells of {page} differ by language"


@pytest.mark.parametrize("page", PAGES)
def test_headings_have_the_same_ascii_anchors(page: str) -> None:
    anchors = {}
    for lang in nbs.LANGS:
        heads = [
            h
            for c in committed(page, lang)["cells"]
            if c["cell_type"] == "markdown"
            for h in sc.headings(source(c))
        ]
        bad = [
            h.text for h in heads if not h.anchor or not sc.ASCII_ID.fullmatch(h.anchor)
        ]
        assert not bad, (
            f"docs/{lang}/{page}: headings {bad} need an explicit ASCII anchor "
            f"'{{ #some-id }}', the same in both languages"
        )
        anchors[lang] = [h.anchor for h in heads]
    assert anchors["en"] == anchors["zh"], (
        f"{page}: heading anchors differ:\n  en: {anchors['en']}\n  zh: {anchors['zh']}"
    )


# ---------------------------------------------------------- running them


@functools.cache
def run(page: str, lang: str, method: str):
    """Execute a committed notebook; (outputs per code cell, leftovers, error)."""
    token = uuid.uuid4().hex
    nb = committed(page, lang)
    nb["cells"].append(code_cell("test-probe", PROBE))
    try:
        executed = nbs.execute(
            nb, f"docs/{lang}/{page} [{method}]", method=method, env={TOKEN_VAR: token}
        )
    except nbs.NotebookFailed as exc:
        return None, leftovers(token), str(exc)
    cells = [c for c in executed.cells if c.cell_type == "code"]
    probe = cells.pop()
    assert nbs.outputs(probe) == [("stdout", method + "\n")], (
        f"the kernel's default start method was not {method}: {nbs.outputs(probe)}"
    )
    return [(c.id, nbs.outputs(c)) for c in cells], leftovers(token), None


@pytest.mark.parametrize(
    ("page", "lang", "method"), RUNS, ids=[f"{p}-{lg}-{m}" for p, lg, m in RUNS]
)
def test_notebook_runs(page: str, lang: str, method: str) -> None:
    outputs, left, error = run(page, lang, method)
    if left:
        _, alive = psutil.wait_procs(left, timeout=er.LEFTOVER_GRACE)
        for proc in alive:
            proc.kill()
        assert not alive, f"docs/{lang}/{page} [{method}] left processes behind"
    assert error is None, error
    silent = [id for id, outs in outputs if not outs]
    assert not silent, f"docs/{lang}/{page} [{method}]: cells {silent} printed nothing"
    stderr = [
        (id, text) for id, outs in outputs for kind, text in outs if kind == "stderr"
    ]
    assert not stderr, f"docs/{lang}/{page} [{method}] wrote to stderr: {stderr}"


@pytest.mark.parametrize("page", PAGES)
def test_same_output_under_every_method_and_language(page: str) -> None:
    results = {(lang, m): run(page, lang, m) for lang in nbs.LANGS for m in er.METHODS}
    failed = [key for key, (outputs, _, error) in results.items() if error]
    if failed:
        pytest.skip(f"{page} did not run under {failed} (see test_notebook_runs)")
    (first_key, (first, _, _)), *others = results.items()
    for key, (outputs, _, _) in others:
        assert outputs == first, (
            f"{page}: the output under {key} differs from the output under "
            f"{first_key}:\n  {first_key}: {first}\n  {key}: {outputs}"
        )


# ------------------------------------------------- what must fail, fast

IN_NOTEBOOK_WORKER = """\
import multiprocessing as mp


def cube(n):
    return n**3


with mp.Pool(processes=2) as pool:
    print(pool.map(cube, range(4)))
"""


@pytest.mark.parametrize(
    "method", [m for m in ("spawn", "forkserver") if m in er.METHODS]
)
def test_worker_defined_in_notebook_fails_fast(method: str) -> None:
    token = uuid.uuid4().hex
    nb = notebook(code_cell("in-notebook-worker", IN_NOTEBOOK_WORKER))
    start = time.monotonic()
    with pytest.raises(nbs.NotebookFailed) as failure:
        nbs.execute(
            nb,
            "in-notebook-worker.ipynb",
            method=method,
            timeout=VARIANT_TIMEOUT,
            env={TOKEN_VAR: token},
        )
    elapsed = time.monotonic() - start
    message = str(failure.value)
    assert elapsed < FAIL_FAST, f"took {elapsed:.0f} s to fail"
    assert "in-notebook-worker.ipynb: code cell 1" in message, message
    assert f"did not finish within {VARIANT_TIMEOUT:g} s" in message, message
    assert "cannot find the worker 'cube'" in message, message
    assert (
        "worker defined in the notebook cannot be found by spawn children" in message
    ), message
    assert "move it to a module" in message, message
    assert_nothing_left(token, f"the {method} run")


@pytest.mark.skipif("fork" not in er.METHODS, reason="no fork on this platform")
def test_worker_defined_in_notebook_works_under_fork() -> None:
    """The same cell under fork: it works, which is how the bug hides."""
    nb = notebook(code_cell("in-notebook-worker", IN_NOTEBOOK_WORKER))
    executed = nbs.execute(nb, "in-notebook-worker.ipynb", method="fork")
    assert nbs.outputs(executed.cells[0]) == [("stdout", "[0, 1, 8, 27]\n")]


def test_cell_past_the_time_limit_fails_fast() -> None:
    token = uuid.uuid4().hex
    nb = notebook(
        code_cell("quick", "print('quick')"),
        code_cell("sleepy", "import time\n\ntime.sleep(600)"),
    )
    start = time.monotonic()
    with pytest.raises(nbs.NotebookFailed) as failure:
        nbs.execute(nb, "sleepy.ipynb", timeout=3, env={TOKEN_VAR: token})
    elapsed = time.monotonic() - start
    message = str(failure.value)
    assert elapsed < 3 + 40, f"took {elapsed:.0f} s to fail"
    assert message.startswith(
        "sleepy.ipynb: code cell 2 (id 'sleepy', starting 'import time') did not "
        "finish within 3 s"
    ), message
    assert_nothing_left(token, "the sleeping notebook")


def test_cell_that_raises_names_the_cell() -> None:
    nb = notebook(code_cell("fine", "x = 1"), code_cell("broken", "1 / 0"))
    with pytest.raises(nbs.NotebookFailed) as failure:
        nbs.execute(nb, "broken.ipynb")
    assert str(failure.value).startswith(
        "broken.ipynb: code cell 2 (id 'broken', starting '1 / 0') raised "
        "ZeroDivisionError: division by zero"
    ), str(failure.value)


# ---------------------------------------------------- the built-site check


def test_site_check_catches_a_notebook_emitted_as_raw_text(tmp_path: Path) -> None:
    """What mkdocs-static-i18n did to notebooks: the JSON, as a Markdown page."""
    page = PAGES[0]
    raw = nbs.dumps(nbs.build(page, "en"))
    folder = tmp_path / Path(page).with_suffix("").as_posix()
    folder.mkdir(parents=True)
    (folder / "index.html").write_text(
        f'<html lang="en"><body><article><p>{raw}</p></article></body></html>',
        encoding="utf-8",
    )
    problems = nbs.check_site(tmp_path)
    assert any("emitted as raw text" in p for p in problems), problems
    assert any("no rendered notebook cells" in p for p in problems), problems


def test_cells_file_must_hold_the_markdown_cells(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The Markdown cells' text is content (docs/<lang>/<page>.cells.md); a file
    whose `<!-- cell: id -->` markers do not match the page fails, naming it."""
    page = PAGES[0]
    for lang in nbs.LANGS:
        src = nbs.cells_file(page, lang)
        dst = tmp_path / lang / src.name
        dst.parent.mkdir(parents=True)
        dst.write_text(src.read_text(encoding="utf-8"), encoding="utf-8")
    monkeypatch.setattr(nbs, "DOCS", tmp_path)
    assert nbs.build(page, "zh")["cells"]  # an unchanged copy builds
    file = nbs.cells_file(page, "zh")
    first = next(c.id for c in nbs.PAGES[page] if c.markdown)
    text = file.read_text(encoding="utf-8")
    file.write_text(text.replace(f"<!-- cell: {first} -->", "<!-- cell: typo -->"))
    with pytest.raises(nbs.NotebookFailed) as exc:
        nbs.build(page, "zh")
    message = str(exc.value)
    assert file.name in message and first in message and "typo" in message
