"""Worker functions for the notebook page jupyter.ipynb.

A function defined in a notebook cell belongs to the kernel's
``__main__``, which children started by spawn or forkserver cannot
import: they cannot find the function. Functions defined here are found
by their module's name, ``nb_workers``, under every start method. Keep
this file next to the notebook and import it.

No ``__main__`` guard: this module is imported, not run.
"""

from __future__ import annotations

import pickle
import subprocess
import sys

SENTINEL = None  # put last on a queue: "no more items"


def square(n: int) -> int:
    return n * n


def to_int(text: str) -> int:
    return int(text)  # raises ValueError for text that is not a number


def produce_words(q, words: list[str]) -> None:
    """Put each word, upper-cased, on `q`, then the sentinel."""
    for word in words:
        q.put(word.upper())
    q.put(SENTINEL)


LOAD_IN_CHILD = """\
import pickle, sys
try:
    f = pickle.load(sys.stdin.buffer)
except Exception as exc:
    print(f"{type(exc).__name__}: {exc}")
else:
    print(f"found {f.__module__}.{f.__qualname__}")
"""


def unpickle_in_new_python(func) -> str:
    """Unpickle `func` in a new interpreter, as a spawn child would.

    `func` is pickled by reference (its module and name), then loaded by
    a new Python started in the current folder. Returns what that
    interpreter reports: the function it found, or the error.
    """
    child = subprocess.run(
        [sys.executable, "-c", LOAD_IN_CHILD],
        input=pickle.dumps(func),
        capture_output=True,
        timeout=30,
        check=True,
    )
    return child.stdout.decode().strip()
