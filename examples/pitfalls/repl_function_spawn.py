"""A function defined interactively cannot be a spawn child's target.

In a REPL, `python -c` or a notebook, `__main__` has no file. A spawn child
starts a fresh interpreter and must find the target by importing its
module; there is nothing to import, so unpickling the target fails in the
child with AttributeError. The example runs such code in a fresh
interpreter with `python -c` and looks at what it printed. The fix imports
the worker from a module file.
"""

import os
import re
import subprocess
import sys

IN_MAIN = """
import multiprocessing as mp
def greet(q):
    q.put("hello from a function in __main__")
ctx = mp.get_context("spawn")
q = ctx.Queue()
child = ctx.Process(target=greet, args=(q,))
child.start()
child.join(timeout=20)
print("child exit code:", child.exitcode)
"""

FROM_MODULE = """
import multiprocessing as mp
from repl_workers import greet
ctx = mp.get_context("spawn")
q = ctx.Queue()
child = ctx.Process(target=greet, args=(q,))
child.start()
print(q.get(timeout=20))
child.join(timeout=20)
print("child exit code:", child.exitcode)
"""


def run_snippet(code):
    env = dict(os.environ, PYTHONPATH=os.path.dirname(os.path.abspath(__file__)))
    run = subprocess.run(
        [sys.executable, "-c", code],  # (1)!
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
    )
    for line in run.stdout.splitlines():
        print("   ", line)
    raised = re.findall(r"^(\w+Error):", run.stderr, re.M)
    print("    error in the child:", ", ".join(raised) or "none")


def main():
    print("target defined in __main__:")
    run_snippet(IN_MAIN)
    print("target imported from repl_workers.py:")
    run_snippet(FROM_MODULE)


if __name__ == "__main__":
    main()
