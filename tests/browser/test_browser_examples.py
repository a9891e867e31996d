"""Copy and run: every example on every page, copied with its copy button, runs
and prints what the page shows under it.

For each code block holding an example (its copied text has the ``__main__``
guard) this clicks the block's copy button, reads the clipboard, runs the text
with this Python (``sys.executable``) from the example's folder (so it can
import sibling helper modules), and compares its stdout with the output block
after it: the block titled "Output" / "输出", or, for per-start-method tabs, the
tab of this platform's default start method. ``# output: unordered`` examples
compare as sorted lines. Copied code must carry no annotation markers.
"""

from __future__ import annotations

import contextlib
import difflib
import importlib.util
import multiprocessing
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tests"))
import example_runner as er  # noqa: E402  (what an example is, and its directives)
import redis_server as rs  # noqa: E402

EXAMPLES = er.EXAMPLES
MARKER = re.compile(r"#\s*\(\d+\)!")  # a code annotation marker: # (1)!
SNIPPET_MARK = re.compile(r"^\s*#\s*-{1,}8<-{1,}\s*\[(?:start|end):[^\]]*\]\s*$")
DEFAULT_METHOD = multiprocessing.get_all_start_methods()[0]  # the platform's

# Finds, in document order, every code block and tab set of the article and
# describes each example block with the output shown after it.
FIND_EXAMPLES = r"""
() => {
  const art = document.querySelector('article') || document.body;
  const pres = [...art.querySelectorAll('pre')];
  const nodes = [...art.querySelectorAll('div.highlight, .tabbed-set')];
  const guard = /^if __name__ == ["']__main__["']:/m;
  const text = el => (el.querySelector('code') || el).textContent;
  const title = el => {
    const t = el.querySelector(':scope > .filename');
    return t ? t.textContent.trim() : '';
  };
  const isExample = el => el.matches('div.highlight')
      && el.querySelector('pre') && guard.test(text(el.querySelector('pre')));
  const found = [];
  nodes.forEach((node, i) => {
    if (!isExample(node)) return;
    const item = {pre: pres.indexOf(node.querySelector('pre')), title: title(node),
                  output: null, tabs: null, context: ''};
    const h = [...art.querySelectorAll('h1[id], h2[id], h3[id], h4[id]')]
      .filter(x => x.compareDocumentPosition(node) & Node.DOCUMENT_POSITION_FOLLOWING)
      .pop();
    item.context = h ? '#' + h.id : '';
    for (const next of nodes.slice(i + 1)) {
      if (next.matches('.tabbed-set')) {
        const labels = [...next.querySelectorAll(':scope > .tabbed-labels > label')]
          .map(l => l.textContent.trim());
        const blocks = [...next.querySelectorAll(
          ':scope > .tabbed-content > .tabbed-block')];
        const methods = ['fork', 'spawn', 'forkserver'];
        if (labels.length && labels.every(l => methods.includes(l))) {
          item.tabs = {};
          labels.forEach((l, k) => {
            const pre = blocks[k] && blocks[k].querySelector('pre');
            item.tabs[l] = pre ? text(pre) : null;
          });
          break;
        }
        continue;
      }
      if (isExample(next)) break;  // the next example: this one shows no output
      if (['Output', '输出'].includes(title(next))) {
        item.output = text(next.querySelector('pre'));
        break;
      }
    }
    found.push(item);
  });
  return found;
}
"""


def copy_block(tab, index: int) -> str:
    """Click the copy button of the article's ``index``-th ``pre``; the clipboard."""
    page = tab.page
    page.evaluate("() => navigator.clipboard.writeText('')")
    tab.click("article pre", index, ".md-code__button[data-md-type=copy]")
    page.wait_for_function(
        "async () => (await navigator.clipboard.readText()) !== ''",
        timeout=5000,
        polling=20,
    )
    return page.evaluate("() => navigator.clipboard.readText()")


def normalize(code: str) -> str:
    """Code as shown: no snippet section markers, no annotation markers, no
    trailing spaces (the copy button leaves some where a marker was)."""
    lines = [
        MARKER.sub("", line).rstrip()
        for line in code.splitlines()
        if not SNIPPET_MARK.match(line)
    ]
    return "\n".join(lines).strip("\n")


@cache
def example_files() -> dict[str, Path]:
    return {
        normalize(p.read_text(encoding="utf-8")): p
        for p in sorted(EXAMPLES.rglob("*.py"))
        if er.is_example(p)
    }


def example_file(title: str, code: str) -> tuple[Path | None, str]:
    """The example file a block shows: by its title (a path like
    examples/queues/queue_put_get.py, or a file name), else by content."""
    shown = normalize(code)
    if title:
        candidates = [ROOT / title] if "/" in title else []
        candidates += sorted(EXAMPLES.rglob(Path(title).name))
        for path in candidates:
            if path.is_file() and path.suffix == ".py":
                if shown in normalize(path.read_text(encoding="utf-8")):
                    return path, ""
                if "/" in title:
                    return path, (
                        f"the copied code differs from {path.relative_to(ROOT)} "
                        f"(is the site built from this checkout?)"
                    )
    path = example_files().get(shown)
    if path is None:
        return None, (
            f"the copied code (title {title!r}) matches no example in examples/ "
            f"(is the site built from this checkout?)"
        )
    return path, ""


def why_not_run(example: er.Example, code: str, folder: Path) -> str:
    """Why the copied code cannot run here ('' when it can)."""
    if reason := example.skip_reason():
        return reason
    if example.needs_redis:
        if importlib.util.find_spec("redis") is None:
            return "needs the redis package (not installed for this Python)"
        if shutil.which("redis-server") is None:
            return "needs redis-server (apt-get install -y redis-server)"
    if missing := missing_modules(code, folder):
        return f"needs {', '.join(missing)} (not installed for this Python)"
    return ""


def stderr_allowed(example: er.Example, method: str) -> bool:
    return any(method in methods for methods, _ in example.stderr_expect)


TOP_IMPORT = re.compile(r"^(?:import|from)\s+([A-Za-z_]\w*)", re.M)


def missing_modules(code: str, folder: Path | None) -> list[str]:
    """Top-level modules the code imports that this Python cannot find (not the
    standard library, not a helper module next to the example)."""
    missing = []
    for name in sorted(set(TOP_IMPORT.findall(code))):
        if name in sys.stdlib_module_names or name == "__future__":
            continue
        if folder and ((folder / f"{name}.py").exists() or (folder / name).is_dir()):
            continue
        if importlib.util.find_spec(name) is None:
            missing.append(name)
    return missing


@dataclass(frozen=True)
class Run:
    returncode: int | None  # None: timed out
    stdout: str
    stderr: str


_runs: dict[tuple[str, str], Run] = {}


def run_copied(
    code: str, folder: Path, name: str, timeout: float, redis: bool = False
) -> Run:
    """Run copied code as a script with this Python, in place of the example.

    The example's folder is copied to a temporary directory and the copied code
    written there as the example's file: it imports its sibling helpers and
    finds files next to it (``Path(__file__).with_name(...)``) as it would in
    examples/, which stays untouched. That copy is the working directory and
    is on PYTHONPATH. With ``redis``, a throwaway redis-server
    (tests/redis_server.py) runs meanwhile, its address in ``REDIS_URL``.
    """
    key = (code, str(folder))
    if key in _runs:
        return _runs[key]
    env = dict(os.environ)
    env.update(
        PYTHONDONTWRITEBYTECODE="1",
        PYTHONHASHSEED="0",
        PYTHONUNBUFFERED="1",
        PYTHONIOENCODING="utf-8",
    )
    env.pop("PYTHONSTARTUP", None)
    with contextlib.ExitStack() as stack:
        if redis:
            env["REDIS_URL"] = stack.enter_context(rs.redis_server())
        result = _run_script(code, folder, name, timeout, env)
    _runs[key] = result
    return result


def _run_script(code: str, folder: Path, name: str, timeout: float, env: dict) -> Run:
    with tempfile.TemporaryDirectory(prefix="copied-") as tmp:
        work = Path(tmp) / folder.name
        shutil.copytree(folder, work, ignore=shutil.ignore_patterns("__pycache__"))
        script = work / name
        script.write_text(code, encoding="utf-8")
        env["PYTHONPATH"] = os.pathsep.join(
            filter(None, [str(work), env.get("PYTHONPATH")])
        )
        proc = subprocess.Popen(
            [sys.executable, str(script)],
            cwd=work,
            env=env,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            encoding="utf-8",
            start_new_session=True,
        )
        try:
            out, err = proc.communicate(timeout=timeout)
            result = Run(proc.returncode, out, err)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            out, err = proc.communicate()
            result = Run(None, out, err)
        finally:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(proc.pid, signal.SIGKILL)  # any leftover child
    return result


def compare(shown: str, stdout: str, unordered: bool) -> str:
    """'' when equal, else a diff (shown on the page -> printed by the run)."""
    want, got = shown.splitlines(), stdout.splitlines()
    while want and not want[-1].strip():
        want.pop()
    while got and not got[-1].strip():
        got.pop()
    if unordered:
        want, got = sorted(want), sorted(got)
    if want == got:
        return ""
    return "\n".join(
        difflib.unified_diff(
            want, got, "shown on the page", "printed by the run", lineterm=""
        )
    )


# Indexes (among the article's ``pre``) of the code blocks showing annotations.
ANNOTATED = r"""
() => [...document.querySelectorAll('article pre')]
  .map((pre, i) => (pre.querySelector('.md-annotation')
                    || /#\s*\(\d+\)!/.test(pre.textContent)) ? i : -1)
  .filter(i => i >= 0)
"""


def test_copy_buttons_copy_clean_code_that_prints_what_the_page_shows(
    site_page, tab, budgets
):
    """Each example and each annotated block, copied with its copy button, holds
    no annotation markers; each example, run, prints the output shown after it."""
    page = tab.page
    tab.open(site_page)
    blocks = page.evaluate(FIND_EXAMPLES)
    examples = {block["pre"]: block for block in blocks}
    annotated = page.evaluate(ANNOTATED)
    if not examples and not annotated:
        pytest.skip(f"{site_page.id}: no example and no annotated code on this page")
    problems, not_run = [], []
    for index in sorted(set(examples) | set(annotated)):
        block = examples.get(index)
        where = f"code block {index + 1}"
        if block:
            where += f" ({block['title'] or 'untitled'}, under {block['context']})"
        try:
            code = copy_block(tab, index)
        except Exception as e:
            problems.append(f"{where}: copying failed: {e}")
            continue
        if MARKER.search(code):
            problems.append(
                f"{where}: the copied code holds annotation markers "
                f"{MARKER.findall(code)}"
            )
        if block:
            problems += check_example(block, code, site_page, not_run)
    budgets.not_run.extend(not_run)
    assert not problems, f"{site_page.id}:\n" + "\n".join(f"- {p}" for p in problems)


def check_example(block: dict, code: str, site_page, not_run: list[str]) -> list[str]:
    """Run copied example code; problems found, naming the example."""
    path, why = example_file(block["title"], code)
    where = f"block {block['title'] or '(untitled)'} under {block['context']}"
    if path is None:
        return [f"{where}: {why}"]
    problems = [f"{where}: {why}"] if why else []
    rel = path.relative_to(ROOT).as_posix()
    where = f"{rel} (under {block['context']})"
    example = er.Example.load(path)
    if reason := why_not_run(example, code, path.parent):
        not_run.append(f"{rel} on {site_page.id}: not run: {reason}")
        return problems
    if block["tabs"] is not None:
        shown = block["tabs"].get(DEFAULT_METHOD)
        if shown is None:
            return [
                *problems,
                f"{where}: the output tabs {sorted(block['tabs'])} have none for "
                f"this platform's start method {DEFAULT_METHOD}",
            ]
        label = f"the {DEFAULT_METHOD!r} output tab"
    elif block["output"] is not None:
        shown, label = block["output"], "the output block"
    else:
        return [
            *problems,
            f"{where}: no output block (title Output / 输出, or start-method "
            f"tabs) follows it",
        ]
    run = run_copied(code, path.parent, path.name, example.timeout, example.needs_redis)
    if run.returncode is None:
        return [*problems, f"{where}: timed out after {example.timeout:g} s"]
    if run.returncode != 0:
        return [
            *problems,
            f"{where}: exit status {run.returncode}; stderr:\n{run.stderr[-2000:]}",
        ]
    if run.stderr and not stderr_allowed(example, DEFAULT_METHOD):
        problems.append(f"{where}: unexpected stderr:\n{run.stderr[-2000:]}")
    diff = compare(shown, run.stdout, example.unordered)
    if diff:
        problems.append(
            f"{where}: its output differs from {label} (start method "
            f"{DEFAULT_METHOD}):\n{diff}"
        )
    return problems
