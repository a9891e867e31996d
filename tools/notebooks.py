"""The notebook pages: generated from this file, executed with a time limit.

    python tools/notebooks.py              # (re)write docs/<lang>/<page>.ipynb
    python tools/notebooks.py --check      # exit 1 if a committed notebook differs
    python tools/notebooks.py --run [--method spawn] [--lang zh]
                                           # execute, print each cell's output

Single source: each notebook page is a list of cells below. Code cells are
shared by every language (the worker functions themselves live in
examples/notebooks/, which the cells import); Markdown cells hold one text per
language. The .ipynb files under docs/ are written from this file, without
outputs; never edit them by hand (tests/test_notebooks.py fails if they differ
from what this file generates).

Execution: the docs build (tools/mkdocs_hooks.py) and the tests execute each
notebook with nbclient, in a kernel of the running interpreter whose working
directory is examples/notebooks/ (so `import nb_workers` works as it does for a
reader who keeps both files in one folder), with a time limit per cell
(NOTEBOOK_CELL_TIMEOUT seconds, default 60). A cell that raises or runs out of
time stops the build with a message naming the notebook and the cell; the
kernel and everything it started are killed. mkdocs-jupyter itself has no
time limit, which is why it is configured with `execute: false`.

Reading and writing notebooks needs only the standard library; executing them
needs nbclient and ipykernel (the docs and tests dependency groups).
"""

# ruff: noqa: E501  (a Chinese paragraph is one line: a break would show as a space)
from __future__ import annotations

import argparse
import contextlib
import json
import os
import re
import signal
import sys
import tempfile
import textwrap
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
WORKERS = ROOT / "examples" / "notebooks"  # the kernel's working directory
LANGS = ("en", "zh")
CELL_TIMEOUT = float(os.environ.get("NOTEBOOK_CELL_TIMEOUT", "60"))
STARTUP_TIMEOUT = 60.0

# Injected (by the tests only) as a first cell: make `method` the kernel's
# default start method, as a platform default is (the same trick as
# tests/example_runner.py's BOOTSTRAP).
BOOTSTRAP = (
    "import multiprocessing.context as _c\n"
    "_c._default_context._default_context = _c._concrete_contexts[{method!r}]"
)
BOOTSTRAP_ID = "test-bootstrap"


@dataclass(frozen=True)
class Cell:
    id: str  # the nbformat cell id, the same in every language
    code: str | None = None  # a code cell: shared by every language
    text: dict[str, str] | None = None  # a Markdown cell: {lang: markdown}
    listing: Path | None = None  # a Markdown cell showing this file's source


def md(id: str, en: str, zh: str) -> Cell:
    return Cell(id, text={"en": textwrap.dedent(en).strip(), "zh": zh.strip()})


def code(id: str, source: str) -> Cell:
    return Cell(id, code=textwrap.dedent(source).strip())


def listing(id: str, file: Path) -> Cell:
    """A Markdown cell with `file` in a code block, in every language.

    Copied when the notebooks are written, so the stale check fails when the
    file changes and the notebooks are not written again.
    """
    return Cell(id, listing=file)


# --------------------------------------------------------------------------
# docs/<lang>/jupyter.ipynb
#
# Chinese Markdown: one paragraph per line (a line break inside a Chinese
# sentence shows as a stray space); English may wrap. Headings carry an
# explicit ASCII anchor `{ #id }`, the same in both languages; the build turns
# it into the heading's id (tools/mkdocs_hooks.py). Links to other pages are
# written as in the Markdown pages (`start-methods.md#defaults`).
# --------------------------------------------------------------------------

JUPYTER = [
    md(
        "intro",
        """
        # Multiprocessing in Jupyter notebooks { #jupyter }

        Many people try `multiprocessing` for the first time in a Jupyter
        notebook, and many of them meet a `Pool.map` that never returns. This
        page is itself a notebook. It was executed when this site was built:
        the output under each code cell is what that cell printed then.

        To run it yourself, download [jupyter.ipynb](jupyter.ipynb) and
        [nb_workers.py](nb_workers.py), put both files in one folder, and open
        the notebook from that folder.
        """,
        """
# 在 Jupyter 笔记本中使用 multiprocessing { #jupyter }

很多人第一次尝试 `multiprocessing` 是在 Jupyter 笔记本（notebook）里，其中不少人遇到过一个永远不返回的 `Pool.map`。本页本身就是一个笔记本，它在构建本站时被执行过：每个代码单元格下面的输出，就是该单元格当时打印的内容。

想自己运行它，请下载 [jupyter.ipynb](jupyter.ipynb) 和 [nb_workers.py](nb_workers.py)，把两个文件放在同一个文件夹里，再从这个文件夹打开笔记本。
""",
    ),
    md(
        "why-md",
        """
        ## Why a worker defined in a notebook fails { #why-it-fails }

        Under the `spawn` start method (the default on macOS and Windows) and
        under `forkserver` (the default on Linux from Python 3.14; see
        [the default start method](start-methods.md#defaults)), a child process
        is not a copy of the kernel. It is a new interpreter, and it receives
        its target function *by reference*: `pickle` records the function's
        module and name, and the child imports that module and looks the name
        up ([what must be picklable](start-methods.md#picklable)).

        A function defined in a cell belongs to the module `__main__`, and in a
        kernel `__main__` is the notebook's interactive namespace: there is no
        file the child could import it from. The `multiprocessing` docs warn
        about this in
        [Using a pool of workers](https://docs.python.org/3/library/multiprocessing.html#using-a-pool-of-workers):
        "Functionality within this package requires that the `__main__` module
        be importable by the children", so some examples "will not work in the
        interactive interpreter". IPython tracks the symptom in
        [ipython/ipython#10894](https://github.com/ipython/ipython/issues/10894).

        The cell below defines `cube` in the notebook, then asks a new
        interpreter to unpickle it, as a spawn child would; `nb_workers` has
        the helper that does this, and a `square` function to compare with.
        """,
        """
## 为什么在笔记本中定义的工作函数会失败 { #why-it-fails }

在 `spawn` 启动方法（macOS 和 Windows 上的默认值）和 `forkserver` 启动方法（Python 3.14 起 Linux 上的默认值，见[默认启动方法](start-methods.md#defaults)）下，子进程并不是内核的副本。它是一个新的解释器，而它收到的目标函数是一个“引用”：`pickle` 只记录函数所在的模块和函数名，子进程导入那个模块，再按名字查找函数（见[哪些对象必须能够序列化](start-methods.md#picklable)）。

在单元格中定义的函数属于 `__main__` 模块，而在内核里，`__main__` 是笔记本的交互式命名空间：没有任何文件可以让子进程从中导入这个函数。`multiprocessing` 文档在 [Using a pool of workers](https://docs.python.org/3/library/multiprocessing.html#using-a-pool-of-workers)（使用工作进程池）一节中提醒过这一点：“这个包中的功能要求子进程能够导入 `__main__` 模块”，因此有些示例“在交互式解释器中无法运行”。IPython 在 [ipython/ipython#10894](https://github.com/ipython/ipython/issues/10894) 中记录了这个问题。

下面的单元格在笔记本中定义了 `cube`，然后像 spawn 子进程那样，让一个新的解释器去反序列化它。完成这件事的辅助函数在 `nb_workers` 中，那里还有一个用来对比的 `square` 函数。
""",
    ),
    code(
        "why-code",
        """
        import nb_workers


        def cube(n):
            return n**3


        print(cube.__module__)
        print(nb_workers.unpickle_in_new_python(cube))
        print(nb_workers.unpickle_in_new_python(nb_workers.square))
        """,
    ),
    md(
        "why-notice",
        """
        `cube` belongs to `__main__`, and the new interpreter's `__main__` has
        no `cube`: unpickling fails with `AttributeError`. `nb_workers.square`
        is found, because the new interpreter imports `nb_workers` from the
        folder like any other module.

        Under `fork` (the default on Linux up to Python 3.13) the child is a
        copy of the kernel, `cube` included, so the same notebook works there:
        until it runs on a Mac, on Windows, or on Python 3.14.
        """,
        """
`cube` 属于 `__main__`，而新解释器的 `__main__` 中没有 `cube`：反序列化以 `AttributeError` 失败。`nb_workers.square` 则能找到，因为新解释器会像导入其他模块一样，从这个文件夹导入 `nb_workers`。

在 `fork` 启动方法（Python 3.13 及以前 Linux 上的默认值）下，子进程是内核的副本，`cube` 也在其中，所以同一个笔记本在那里能正常运行：直到它在 Mac、Windows 或 Python 3.14 上运行为止。
""",
    ),
    md(
        "symptoms",
        """
        ## What you see in Jupyter { #symptoms }

        With a `Pool` the failure is worse than an error. Each worker that
        receives a task dies while unpickling it, the pool starts a replacement,
        and `pool.map(cube, ...)` waits for results that never come: the cell
        shows `[*]` and never finishes. The `AttributeError` tracebacks, one per
        lost task, appear in the terminal that runs Jupyter (recent versions of
        ipykernel also copy them under the cell). Interrupt the kernel to get it
        back.

        This site's tests run exactly that cell under `spawn` and `forkserver`
        and check that it is stopped by a time limit instead of hanging. The build runs every
        notebook with a time limit per cell for the same reason.
        """,
        """
## 在 Jupyter 中看到的现象 { #symptoms }

换成 `Pool`，失败比报错更糟。每个收到任务的工作进程都在反序列化任务时死掉，进程池又启动新的工作进程来替换它，而 `pool.map(cube, ...)` 一直在等待永远不会到来的结果：单元格显示 `[*]`，永远不会结束。那些 `AttributeError` 回溯信息（每个丢失的任务一条）出现在运行 Jupyter 的终端里（较新版本的 ipykernel 也会把它们显示在单元格下方）。要让内核恢复，只能中断它。

本站的测试会在 `spawn` 和 `forkserver` 下运行这样一个单元格，检查它被时间限制终止，而不是一直挂起。出于同样的原因，构建本站时执行每个笔记本，每个单元格都有时间限制。
""",
    ),
    md(
        "fix-md",
        """
        ## The fix: put the workers in a module { #fix }

        Define the functions that run in child processes in a `.py` file next
        to the notebook, and import them. A child under any start method finds
        them by the module's name. This is the module the cells on this page
        import, [nb_workers.py](nb_workers.py):
        """,
        """
## 解决办法：把工作函数放进模块 { #fix }

把在子进程中运行的函数定义在笔记本旁边的一个 `.py` 文件里，再导入它们。无论使用哪种启动方法，子进程都能按模块名找到它们。下面就是本页各个单元格导入的模块 [nb_workers.py](nb_workers.py)：
""",
    ),
    listing("fix-listing", WORKERS / "nb_workers.py"),
    md(
        "fix-notice",
        """
        A module is imported once per kernel. After you edit `nb_workers.py`,
        restart the kernel: otherwise the notebook keeps the old functions while
        children started by spawn or forkserver import the new file.
        """,
        """
每个内核只导入一次模块。修改 `nb_workers.py` 之后，请重启内核：否则笔记本里仍是旧的函数，而由 spawn 或 forkserver 启动的子进程导入的却是新文件。
""",
    ),
    md(
        "queue-md",
        """
        ## A queue filled by a worker process { #queue }

        A child process puts words on a `multiprocessing.Queue`, then the
        sentinel `None`; the notebook takes them off. Every `get()` has a
        timeout, so a worker that dies or never starts ends in `queue.Empty`
        instead of a cell that never finishes.
        """,
        """
## 由工作进程填充的队列 { #queue }

一个子进程把几个单词放进 `multiprocessing.Queue`，最后放入哨兵值 `None`；笔记本把它们取出来。每次 `get()` 都设置了超时，这样即使工作进程死掉或根本没有启动，结果也只是 `queue.Empty`，而不是一个永远不结束的单元格。
""",
    ),
    code(
        "queue-code",
        """
        import multiprocessing as mp
        import queue

        from nb_workers import SENTINEL, produce_words

        words = ["ham", "eggs", "spam"]
        q = mp.Queue()
        worker = mp.Process(target=produce_words, args=(q, words))
        worker.start()
        received = []
        try:
            while (item := q.get(timeout=20)) is not SENTINEL:
                received.append(item)
        except queue.Empty:
            print("get() timed out: the worker sent nothing more")
        worker.join(timeout=20)
        print(received)
        print("exit code:", worker.exitcode)
        """,
    ),
    md(
        "queue-notice",
        """
        The notebook drains the queue before it joins the worker: joining
        first can deadlock when the items are large
        ([join the producer after draining its queue](queues.md#join-before-drain)).
        """,
        """
笔记本先取空队列，再等待工作进程结束：如果先 `join()`，数据较大时可能死锁（见[先取空队列，再等待生产者结束](queues.md#join-before-drain)）。
""",
    ),
    md(
        "pool-md",
        """
        ## Pool.map { #pool }

        `map` sends the inputs to the pool's workers and returns the results in
        input order. `Pool.map` itself waits without a time limit; in a notebook,
        `map_async(...).get(timeout=...)` turns the hang described above into a
        `multiprocessing.TimeoutError`. Leaving the `with` block terminates the
        pool.
        """,
        """
## Pool.map { #pool }

`map` 把输入分发给进程池的工作进程，并按输入的顺序返回结果。`Pool.map` 本身的等待没有时间限制；在笔记本中，改用 `map_async(...).get(timeout=...)`，上文描述的挂起就会变成一个 `multiprocessing.TimeoutError`。离开 `with` 代码块时，进程池会被终止。
""",
    ),
    code(
        "pool-code",
        """
        from nb_workers import square

        with mp.Pool(processes=2) as pool:
            result = pool.map_async(square, range(1, 7))
            squares = result.get(timeout=30)
        print(squares)
        """,
    ),
    md(
        "executor-md",
        """
        ## ProcessPoolExecutor { #executor }

        `concurrent.futures.ProcessPoolExecutor` runs the same way. `submit`
        returns a future per call; `as_completed` yields the futures as they
        finish, in an order that changes from run to run, so the cell keeps the
        outcomes in a dictionary and prints them in input order. An exception
        raised in a worker is raised again by `future.result()` in the notebook
        (see also [ProcessPoolExecutor](pools.md#process-pool-executor)).
        """,
        """
## ProcessPoolExecutor { #executor }

`concurrent.futures.ProcessPoolExecutor` 的用法也一样。每次调用 `submit` 都返回一个 future；`as_completed` 按完成的先后依次给出这些 future，而这个顺序每次运行都可能不同，所以单元格先把结果存进字典，再按输入的顺序打印。工作进程中抛出的异常，会在笔记本里由 `future.result()` 重新抛出（另见 [ProcessPoolExecutor](pools.md#process-pool-executor)）。
""",
    ),
    code(
        "executor-code",
        """
        from concurrent.futures import ProcessPoolExecutor, as_completed

        from nb_workers import to_int

        texts = ["3", "14", "ten", "15"]
        outcomes = {}
        with ProcessPoolExecutor(max_workers=2) as executor:
            futures = {executor.submit(to_int, t): t for t in texts}
            for future in as_completed(futures, timeout=30):
                try:
                    outcomes[futures[future]] = future.result()
                except ValueError as exc:
                    outcomes[futures[future]] = type(exc).__name__
        for text in texts:
            print(f"{text!r:>6} -> {outcomes[text]}")
        """,
    ),
    md(
        "spawn-md",
        """
        ## The same pool under spawn { #spawn }

        If the kernel's default start method is `fork` (Linux up to Python
        3.13), the cells above would work even with functions defined in the
        notebook, and hide the problem. Ask for `spawn`, the start method of
        macOS and Windows, to check that they do not depend on fork:
        """,
        """
## 在 spawn 下运行同一个进程池 { #spawn }

如果内核的默认启动方法是 `fork`（Python 3.13 及以前的 Linux），即使工作函数定义在笔记本里，上面的单元格也能运行，问题就被掩盖了。明确要求使用 `spawn`（macOS 和 Windows 的启动方法），检查它们不依赖 fork：
""",
    ),
    code(
        "spawn-code",
        """
        spawn = mp.get_context("spawn")
        with spawn.Pool(processes=2) as pool:
            result = pool.map_async(square, range(1, 7))
            print(result.get(timeout=60))
        """,
    ),
    md(
        "spawn-notice",
        """
        The same result. This site's tests also run the whole notebook with
        `fork`, `spawn` and `forkserver` as the kernel's default start method,
        and check that every cell prints the same under all three.
        """,
        """
结果相同。本站的测试还会分别以 `fork`、`spawn` 和 `forkserver` 作为内核的默认启动方法运行整个笔记本，并检查每个单元格在三种启动方法下打印的内容都相同。
""",
    ),
    md(
        "checklist",
        """
        ## Checklist { #checklist }

        - Define the functions (and classes) that run in child processes in a
          module next to the notebook, and import them.
        - Lambdas and functions nested in other functions cannot be sent at
          all: `pickle` finds functions by module and name
          ([what can be pickled](https://docs.python.org/3/library/pickle.html#what-can-be-pickled-and-unpickled)).
        - Give every call that waits a timeout: `q.get(timeout=...)`,
          `join(timeout=...)`, `map_async(...).get(timeout=...)`,
          `as_completed(..., timeout=...)`.
        - Restart the kernel after editing the module.
        - Check the notebook under `spawn` before sharing it.
        """,
        """
## 检查清单 { #checklist }

- 把在子进程中运行的函数（和类）定义在笔记本旁边的模块里，再导入它们。
- lambda 和嵌套在其他函数里的函数根本无法发送：`pickle` 按模块和名字查找函数（见 [What can be pickled and unpickled](https://docs.python.org/3/library/pickle.html#what-can-be-pickled-and-unpickled)）。
- 每个会等待的调用都要设置超时：`q.get(timeout=...)`、`join(timeout=...)`、`map_async(...).get(timeout=...)`、`as_completed(..., timeout=...)`。
- 修改模块之后重启内核。
- 分享笔记本之前，先在 `spawn` 下检查一遍。
""",
    ),
]

# Page path under docs/<lang>/ -> its cells.
PAGES: dict[str, list[Cell]] = {"jupyter.ipynb": JUPYTER}

METADATA = {
    "kernelspec": {
        "display_name": "Python 3 (ipykernel)",
        "language": "python",
        "name": "python3",
    },
    "language_info": {"name": "python"},
}


# ---------------------------------------------------------------- generating


def build(page: str, lang: str) -> dict:
    """The notebook `page` in `lang`, as nbformat 4.5 JSON data, no outputs."""
    cells = []
    for cell in PAGES[page]:
        if cell.listing is not None:
            text = cell.listing.read_text(encoding="utf-8")
            cells.append(
                {
                    "cell_type": "markdown",
                    "id": cell.id,
                    "metadata": {},
                    "source": _lines(f"```python\n{text}```"),
                }
            )
        elif cell.code is not None:
            cells.append(
                {
                    "cell_type": "code",
                    "execution_count": None,
                    "id": cell.id,
                    "metadata": {},
                    "outputs": [],
                    "source": _lines(cell.code),
                }
            )
        else:
            assert cell.text is not None
            cells.append(
                {
                    "cell_type": "markdown",
                    "id": cell.id,
                    "metadata": {},
                    "source": _lines(cell.text[lang]),
                }
            )
    return {"cells": cells, "metadata": METADATA, "nbformat": 4, "nbformat_minor": 5}


def _lines(text: str) -> list[str]:
    return text.splitlines(keepends=True)


def dumps(nb: dict) -> str:
    """Serialize as Jupyter saves notebooks (nbformat.write): saving is a no-op."""
    return json.dumps(nb, indent=1, sort_keys=True, ensure_ascii=False) + "\n"


def path(page: str, lang: str) -> Path:
    return DOCS / lang / page


def stale() -> list[str]:
    """Notebooks under docs/ that differ from what this file generates."""
    problems = []
    for page in PAGES:
        for lang in LANGS:
            p = path(page, lang)
            if not p.is_file():
                problems.append(f"{show(p)} is missing")
            elif p.read_text(encoding="utf-8") != dumps(build(page, lang)):
                problems.append(f"{show(p)} differs from tools/notebooks.py")
    extra = {
        show(p)
        for lang in LANGS
        for p in (DOCS / lang).rglob("*.ipynb")
        if p.relative_to(DOCS / lang).as_posix() not in PAGES
    }
    problems += [f"{p} is not generated by tools/notebooks.py" for p in sorted(extra)]
    return problems


def write() -> list[Path]:
    written = []
    for page in PAGES:
        for lang in LANGS:
            p = path(page, lang)
            text = dumps(build(page, lang))
            if not p.is_file() or p.read_text(encoding="utf-8") != text:
                p.parent.mkdir(parents=True, exist_ok=True)
                p.write_text(text, encoding="utf-8")
                written.append(p)
    return written


def show(p: Path) -> str:
    try:
        return p.resolve().relative_to(ROOT).as_posix()
    except ValueError:
        return p.as_posix()


# ----------------------------------------------------------------- executing


class NotebookFailed(Exception):
    """A notebook raised, ran out of time, or lost its kernel."""


NOT_FOUND_IN_CHILD = re.compile(
    r"Can't get attribute '(?P<name>[^']+)' on <module '__main__'"
)


def execute(
    nb: dict,
    name: str,
    *,
    timeout: float = CELL_TIMEOUT,
    method: str | None = None,
    cwd: Path = WORKERS,
    env: dict[str, str] | None = None,
):
    """Execute notebook data `nb` and return the executed notebook.

    Each cell may run `timeout` seconds. `method`, if given, becomes the
    kernel's default start method. Raises NotebookFailed, whose message names
    `name` and the cell, when a cell raises or times out or the kernel dies;
    the kernel's process group is killed in every case.
    """
    import nbformat
    from jupyter_client.kernelspec import KernelSpecManager
    from jupyter_client.manager import AsyncKernelManager
    from nbclient import NotebookClient
    from nbclient.exceptions import (
        CellExecutionError,
        CellTimeoutError,
        DeadKernelError,
    )
    from traitlets import default

    class ThisPythonKernel(AsyncKernelManager):
        """The ipykernel of this interpreter, whatever kernelspecs are installed."""

        @default("kernel_spec_manager")
        def _kernel_spec_manager_default(self):
            return KernelSpecManager(kernel_dirs=[], ensure_native_kernel=True)

    nb = nbformat.reads(dumps(nb), as_version=4)  # source lines joined
    if method:
        nb.cells.insert(
            0,
            nbformat.v4.new_code_cell(BOOTSTRAP.format(method=method), id=BOOTSTRAP_ID),
        )
    client = NotebookClient(
        nb,
        timeout=timeout,
        startup_timeout=STARTUP_TIMEOUT,
        kernel_name="python3",
        kernel_manager_class=ThisPythonKernel,
        allow_errors=False,
        record_timing=False,
        coalesce_streams=True,  # one stdout block per cell, however it was flushed
        shutdown_kernel="immediate",  # kill the kernel's process group
        resources={"metadata": {"path": str(cwd)}},
    )
    kernel_env = {**os.environ, **(env or {})}
    kernel_env.pop("PYTHONSAFEPATH", None)  # the kernel must import from its cwd
    state: dict = {"pgid": None, "cell": None}

    def started(**_) -> None:  # the kernel runs: remember its process group
        with contextlib.suppress(Exception):
            state["pgid"] = client.km.provisioner.pgid

    def cell_started(cell, **_) -> None:
        state["cell"] = cell

    client.on_notebook_start = started
    client.on_cell_start = cell_started
    with tempfile.TemporaryFile() as log:
        try:
            client.execute(stdout=log, stderr=log, env=kernel_env)
        except CellTimeoutError:
            raise NotebookFailed(
                _timeout_message(name, nb, state["cell"], timeout, log)
            ) from None
        except CellExecutionError as exc:
            raise NotebookFailed(
                f"{name}: {_where(nb, state['cell'])} raised "
                f"{exc.ename}: {exc.evalue}\n{_strip_ansi(str(exc))}"
            ) from None
        except DeadKernelError:
            raise NotebookFailed(
                f"{name}: the kernel died while running "
                f"{_where(nb, state['cell'])}.\n{_tail(log)}"
            ) from None
        except Exception as exc:
            raise NotebookFailed(
                f"{name}: could not execute: {type(exc).__name__}: {exc}\n{_tail(log)}"
            ) from None
        finally:
            pgid = state["pgid"]
            if pgid and pgid != os.getpgid(0):  # whatever the kernel left behind
                with contextlib.suppress(OSError):
                    os.killpg(pgid, signal.SIGKILL)
    if method:
        nb.cells = [c for c in nb.cells if c.get("id") != BOOTSTRAP_ID]
    return nb


def _where(nb, cell) -> str:
    if cell is None:
        return "a cell"
    if cell.get("id") == BOOTSTRAP_ID:
        return "the start-method bootstrap cell"
    code_cells = [c for c in nb.cells if c.cell_type == "code" and c.id != BOOTSTRAP_ID]
    n = next(i for i, c in enumerate(code_cells, 1) if c is cell)
    first = cell.source.strip().splitlines()[0] if cell.source.strip() else ""
    return f"code cell {n} (id {cell.id!r}, starting {first!r})"


def _timeout_message(name, nb, cell, timeout, log) -> str:
    seen = _tail(log, 20000) + "".join(
        o.get("text", "") for o in (cell.get("outputs", []) if cell else [])
    )
    msg = f"{name}: {_where(nb, cell)} did not finish within {timeout:g} s"
    m = NOT_FOUND_IN_CHILD.search(seen)
    if m:
        msg += (
            f": its children cannot find the worker {m['name']!r} (\"Can't get "
            f"attribute {m['name']!r} on <module '__main__' ...>\"). A worker "
            f"defined in the notebook cannot be found by spawn children (nor by "
            f"forkserver children): move it to a module next to the notebook, "
            f"like examples/notebooks/nb_workers.py, and import it."
        )
    else:
        msg += (
            " (the time limit per cell, NOTEBOOK_CELL_TIMEOUT). Give every call "
            "in the cell that waits a timeout shorter than that."
        )
    return msg


def _tail(log, limit: int = 4000) -> str:
    log.flush()
    log.seek(0)
    data = log.read().decode("utf-8", "replace")
    return data[-limit:]


ANSI = re.compile(r"\x1b\[[0-9;]*m")


def _strip_ansi(text: str) -> str:
    return ANSI.sub("", text)


def outputs(cell) -> list[tuple[str, str]]:
    """A code cell's outputs as (kind, text) pairs, comparable between runs."""
    found: list[tuple[str, str]] = []
    for o in cell.get("outputs", []):
        kind = o["output_type"]
        if kind == "stream":
            if found and found[-1][0] == o["name"]:  # split by flush timing
                found[-1] = (o["name"], found[-1][1] + o["text"])
            else:
                found.append((o["name"], o["text"]))
        elif kind in ("execute_result", "display_data"):
            found.append((kind, o["data"].get("text/plain", "")))
        elif kind == "error":
            found.append(("error", f"{o['ename']}: {o['evalue']}"))
    return found


# ------------------------------------------------------- the MkDocs build
#
# tools/mkdocs_hooks.py calls these. mkdocs-jupyter renders the notebooks;
# these functions execute them first (it has no time limit of its own), ship
# the files a reader needs to run them, and finish the rendered HTML.

PLUGIN = "mkdocs-jupyter"
# Files each notebook page imports, shipped next to it for download.
SHIPPED = {"jupyter.ipynb": [WORKERS / "nb_workers.py"]}
DOWNLOAD_TITLE = {"en": "Download this notebook", "zh": "下载这个笔记本"}
_executed: dict[str, Path] = {}  # src_uri -> executed copy, for this build
_tmp: tempfile.TemporaryDirectory | None = None


def check_config(config, lang: str) -> str | None:
    """Why this MkDocs config cannot build the notebook pages, or None."""
    notebooks = sorted((DOCS / lang).rglob("*.ipynb"))
    if not notebooks:
        return None
    plugin = config.plugins.get(PLUGIN)
    if plugin is None:
        if not _nav_notebooks(config.nav):
            return None  # not a page yet: copied as a plain file, not executed
        return (
            f"docs/{lang}/ has notebook pages but the {PLUGIN} plugin is not enabled "
            f"in {Path(config.config_file_path).name} (a config that INHERITs "
            f"mkdocs.yml and has its own `plugins:` replaces the whole list: "
            f"repeat the {PLUGIN} entry there)"
        )
    if plugin.config["execute"]:
        return (
            f"{PLUGIN} must have `execute: false`: it has no time limit, so "
            f"tools/mkdocs_hooks.py executes the notebooks instead"
        )
    if plugin.config["include"] != ["*.ipynb"]:
        return f'{PLUGIN} must have `include: ["*.ipynb"]` (else every .py is a page)'
    return None


def _nav_notebooks(nav) -> list[str]:
    """The notebook paths listed in a config's nav (any depth)."""
    if isinstance(nav, str):
        return [nav] if nav.endswith(".ipynb") else []
    if isinstance(nav, dict):
        return [p for v in nav.values() for p in _nav_notebooks(v)]
    if isinstance(nav, list):
        return [p for v in nav for p in _nav_notebooks(v)]
    return []


def prepare_files(files, config, lang: str) -> None:
    """Execute every notebook page; MkDocs then renders the executed copy.

    Runs after mkdocs-jupyter's on_files. Raises NotebookFailed, naming the
    notebook and the cell, when a notebook is stale, raises or times out.
    """
    global _tmp
    from mkdocs.structure.files import File

    pages = [f for f in files if f.src_uri.endswith(".ipynb")]
    if not pages or config.plugins.get(PLUGIN) is None:
        return
    if problems := stale():
        raise NotebookFailed(
            "; ".join(problems) + ": run `python tools/notebooks.py` and commit"
        )
    import nbformat

    if _tmp is None:
        _tmp = tempfile.TemporaryDirectory(prefix="notebooks-")
    _executed.clear()
    for f in pages:
        name = f"docs/{lang}/{f.src_uri}"
        with open(f.abs_src_path, encoding="utf-8") as fh:
            nb = json.load(fh)
        executed = execute(nb, name)
        out = Path(_tmp.name, lang, f.src_uri)  # same file name: the download's
        out.parent.mkdir(parents=True, exist_ok=True)
        nbformat.write(executed, str(out))
        # mkdocs-jupyter's NotebookFile wraps the File; it renders and copies
        # (include_source) the file at its own abs_src_path.
        f.abs_src_path = str(out)
        if hasattr(f, "file"):
            f.file.abs_src_path = str(out)
        _executed[f.src_uri] = out
        page_dir = Path(f.src_uri).with_suffix("").as_posix()
        for shipped in SHIPPED.get(f.src_uri, []):
            files.append(
                File.generated(
                    config, f"{page_dir}/{shipped.name}", abs_src_path=str(shipped)
                )
            )


HEADING = re.compile(
    r'<h(?P<level>[1-6]) id="[^"]*">(?P<text>(?:(?!</h[1-6]>).)*?)\s*\{\s*#(?P<id>[A-Za-z0-9_.-]+)\s*\}'
    r'<a class="anchor-link" href="#[^"]*">(?P<mark>[^<]*)</a></h(?P=level)>',
    re.S,
)
TOC_ANCHOR = re.compile(r"\s*\{\s*#(?P<id>[A-Za-z0-9_.-]+)\s*\}\s*$")
MATHJAX = re.compile(
    r"<!-- Load mathjax -->\s*<script src=\"[^\"]*\">\s*</script>\s*"
    r"<!-- MathJax configuration -->\s*<script type=\"text/x-mathjax-config\">.*?</script>",
    re.S,
)
MERMAID = re.compile(  # loads mermaid from a CDN when a cell has a diagram
    r'<script type="module">\s*document\.addEventListener\("DOMContentLoaded", '
    r'async \(\) => \{\s*const diagrams = document\.querySelectorAll\("\.jp-Mermaid.*?</script>',
    re.S,
)
MD_LINK = re.compile(r'href="(?P<path>[^":#?]+\.md)(?:#(?P<anchor>[^"]*))?"')


def _heading(m: re.Match) -> str:
    """A heading with its `{ #id }` as id and a permalink like other pages'."""
    level, id = m["level"], m["id"]
    return (
        f'<h{level} id="{id}">{m["text"]}<a class="headerlink" href="#{id}" '
        f'title="Permanent link">{m["mark"]}</a></h{level}>'
    )


def is_notebook_page(page) -> bool:
    return page.file.src_uri in _executed


def finish_page(html: str, page, files, lang: str) -> str:
    """Finish a rendered notebook page; raise NotebookFailed on a bad link.

    - headings get their explicit `{ #id }` anchor as id (in the TOC too),
      and a permalink styled (and left out of search) like other pages' ones;
    - links to pages (`start-methods.md#defaults`) become the page's URL and
      must point to an existing page and heading anchor;
    - no MathJax or mermaid loader from a CDN (these notebooks have neither
      math nor diagrams, and the site loads nothing from other hosts);
    - a download button for the executed notebook, where Material puts its
      page actions;
    - the plugin's CSS and scripts go, code cells and outputs become the
      site's own code and output blocks (``tidy``).
    """
    import posixpath

    import site_checks

    name = f"docs/{lang}/{page.file.src_uri}"
    html = MERMAID.sub("", MATHJAX.sub("", html))
    html = HEADING.sub(_heading, html)
    if "{ #" in html:
        raise NotebookFailed(f"{name}: a heading's '{{ #id }}' anchor was not applied")

    def fix(items) -> None:
        for item in items:
            if m := TOC_ANCHOR.search(item.title):
                item.id = m["id"]
                item.title = item.title[: m.start()]
            fix(item.children)

    fix(page.toc)

    def link(m: re.Match) -> str:
        target = posixpath.normpath(
            posixpath.join(posixpath.dirname(page.file.src_uri), m["path"])
        )
        file = files.get_file_from_path(target)
        if file is None:
            raise NotebookFailed(f"{name} links to {m['path']}, which does not exist")
        url = file.url_relative_to(page.file)
        if m["anchor"]:
            anchors = {h.anchor for h in site_checks.headings(file.content_string)}
            if m["anchor"] not in anchors:
                raise NotebookFailed(
                    f"{name} links to {m['path']}#{m['anchor']}, but that page has "
                    f"no heading with the anchor {{ #{m['anchor']} }}"
                )
            url += "#" + m["anchor"]
        return f'href="{url}"'

    html = MD_LINK.sub(link, html)
    icon = ""
    with contextlib.suppress(ImportError, OSError):
        import material

        svg = Path(material.__file__).parent / "templates/.icons/material/download.svg"
        icon = svg.read_text(encoding="utf-8")
    button = (
        f'<a href="{Path(page.file.src_uri).name}" download '
        f'title="{DOWNLOAD_TITLE[lang]}" class="md-content__button md-icon">'
        f"{icon or DOWNLOAD_TITLE[lang]}</a>"
    )
    return button + tidy(html, lang)


# mkdocs-jupyter 0.26.3 inlines about 590 KB of JupyterLab CSS (89% of the
# page; it also breaks the Nu checker, and one of its <style> elements holds a
# Python list repr, which browsers discard), a clipboard custom element, and
# Pygments colours of its own. tidy() removes all of that: code cells become
# the site's own code blocks (same colours, Material's copy button), outputs
# the site's "Output" blocks, and the cells' text takes the page's width
# (the little CSS the cells need is in overrides/main.html).
STYLE = re.compile(r"<style\b[^>]*>.*?</style>\s*", re.S)
CLIPBOARD_SCRIPT = re.compile(
    r"<script>(?:(?!</script>).)*?(?:ClipboardCopyElement|'clipboard-copy')"
    r".*?</script>\s*",
    re.S,
)
PLUGIN_COMMENT = re.compile(r"<!-- End of (?:mathjax|mermaid) configuration -->")
COPY_BUTTON = re.compile(
    r'<div class="zeroclipboard-container">.*?</clipboard-copy>\s*</div>\s*', re.S
)
COPY_TEXT = re.compile(r'<div class="clipboard-copy-txt"[^>]*>.*?</div>\s*', re.S)
# A code cell, or a listing in a Markdown cell (``<pre>`` without ``<code>``,
# which therefore would not scroll).
CODE_CELL = re.compile(
    r'<div class="(?:highlight-ipynb hl-(?P<lang>[a-z0-9]+)|highlight)">'
    r"<pre>(?:<span></span>)?(?P<code>(?:(?!<code>|</pre>).)*?)</pre></div>",
    re.S,
)
OUTPUT = re.compile(
    r'<div class="(?P<cls>jp-RenderedText jp-OutputArea-output)"'
    r"(?P<attrs>[^>]*)>\s*<pre>(?P<text>.*?)</pre>\s*</div>",
    re.S,
)
CELL_TABINDEX = re.compile(r'(<div class="jp-Cell-inputWrapper") tabindex="0"')
OUTPUT_TITLE = {"en": "Output", "zh": "输出"}


def tidy(html: str, lang: str) -> str:
    """The rendered notebook without mkdocs-jupyter's CSS and scripts; see above."""
    html = STYLE.sub("", html)
    html = CLIPBOARD_SCRIPT.sub("", html)
    html = PLUGIN_COMMENT.sub("", html)
    html = COPY_BUTTON.sub("", html)
    html = COPY_TEXT.sub("", html)
    html = CODE_CELL.sub(
        lambda m: (
            f'<div class="language-{m["lang"] or "python"} highlight"><pre><code>'
            f"{m['code']}</code></pre></div>"
        ),
        html,
    )
    title = OUTPUT_TITLE[lang]
    # Output scrolls sideways (no wrapping mid-word), and a keyboard reaches
    # it: a named region that takes focus.

    def output(m: re.Match) -> str:
        attrs = m["attrs"].replace(' tabindex="0"', "")
        return (
            f'<div class="highlight {m["cls"]}"{attrs}>'
            f'<span class="filename">{title}</span>'
            f'<pre tabindex="0" role="region" aria-label="{title}"><code>'
            f"{m['text']}</code></pre></div>"
        )

    html = OUTPUT.sub(output, html)
    return CELL_TABINDEX.sub(r"\1", html)


def cleanup() -> None:
    global _tmp
    _executed.clear()
    if _tmp is not None:
        _tmp.cleanup()
        _tmp = None


# --------------------------------------------------------- the built site

SITE_LANG_DIRS = {"en": "", "zh": "zh"}


def headings(page: str, lang: str) -> list:
    """The Markdown headings of a notebook page, as site_checks reads pages."""
    import site_checks

    found = []
    for cell in PAGES[page]:
        if cell.text is not None:
            found += site_checks.headings(cell.text[lang])
    return found


def check_site(site: Path) -> list[str]:
    """Problems with the notebook pages of a built site (one line each).

    Catches a notebook emitted as raw text (mkdocs-jupyter not active, the
    failure seen with mkdocs-static-i18n, which `--strict` does not report),
    a page built from the notebook without outputs, anchors not applied, and
    files missing from the download.
    """
    import html as htmllib

    problems = []
    for page in PAGES:
        stem = Path(page).with_suffix("").as_posix()
        for lang, sub in SITE_LANG_DIRS.items():
            folder = site / sub / stem
            index = folder / "index.html"
            shown = show(index)
            if not index.is_file():
                problems.append(f"{shown}: missing: docs/{lang}/{page} was not built")
                continue
            text = index.read_text(encoding="utf-8")
            visible = htmllib.unescape(re.sub(r"<[^>]+>", "", text))
            if '"cell_type":' in visible or '"nbformat":' in visible:
                problems.append(
                    f"{shown}: the notebook's JSON is on the page: it was emitted "
                    f"as raw text, not rendered (is mkdocs-jupyter enabled?)"
                )
            if 'class="jupyter-wrapper"' not in text or "jp-Cell" not in text:
                problems.append(
                    f"{shown}: no rendered notebook cells (jupyter-wrapper)"
                )
            if "{ #" in text:
                problems.append(
                    f"{shown}: a '{{ #id }}' heading anchor was not applied"
                )
            for h in headings(page, lang):
                if f'id="{h.anchor}"' not in text:
                    problems.append(f"{shown}: no element with id {h.anchor!r}")
            download = folder / Path(page).name
            if not download.is_file():
                problems.append(f"{show(download)}: missing (the download link)")
                continue
            executed = json.loads(download.read_text(encoding="utf-8"))
            for n, cell in enumerate(
                (c for c in executed["cells"] if c["cell_type"] == "code"), 1
            ):
                outs = cell.get("outputs", [])
                if not outs:
                    problems.append(
                        f"{show(download)}: code cell {n} has no output: the page was "
                        f"built from a notebook that was not executed"
                    )
                for o in outs:
                    if o["output_type"] == "error":
                        problems.append(f"{show(download)}: code cell {n} raised")
                    for line in "".join(o.get("text", "")).splitlines():
                        if line.strip() and line.strip() not in visible:
                            problems.append(
                                f"{shown}: code cell {n}'s output {line.strip()!r} "
                                f"is not on the page"
                            )
            for shipped in SHIPPED.get(page, []):
                copy = folder / shipped.name
                if not copy.is_file():
                    problems.append(f"{show(copy)}: missing (the page links to it)")
                elif shipped.is_file() and copy.read_bytes() != shipped.read_bytes():
                    problems.append(f"{show(copy)}: differs from {show(shipped)}")
    return problems


# ----------------------------------------------------------------------- cli


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="only report stale files")
    parser.add_argument("--run", action="store_true", help="execute and print outputs")
    parser.add_argument("--method", choices=["fork", "spawn", "forkserver"])
    parser.add_argument("--lang", choices=LANGS, default="en")
    parser.add_argument("--timeout", type=float, default=CELL_TIMEOUT)
    args = parser.parse_args(argv)
    if args.check:
        problems = stale()
        for line in problems:
            print(line)
        if problems:
            print("run: python tools/notebooks.py")
        return 1 if problems else 0
    if args.run:
        status = 0
        for page in PAGES:
            name = show(path(page, args.lang))
            try:
                nb = execute(
                    build(page, args.lang),
                    name,
                    timeout=args.timeout,
                    method=args.method,
                )
            except NotebookFailed as exc:
                print(exc, file=sys.stderr)
                status = 1
                continue
            for n, cell in enumerate((c for c in nb.cells if c.cell_type == "code"), 1):
                print(f"--- {name} code cell {n} ({cell.id})")
                for kind, text in outputs(cell):
                    print(f"[{kind}] {text}", end="" if text.endswith("\n") else "\n")
        return status
    for p in write():
        print(f"wrote {show(p)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
