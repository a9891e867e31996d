"""Why a child's print() shows up late, or never, when stdout is a pipe.

The example writes a small program that starts one worker process, and runs
it four ways with its stdout going into a pipe, as under a service manager,
`| tee`, or a CI log. It prints what came through the pipe, in order.
"""

import multiprocessing as mp
import os
import subprocess
import sys
import tempfile
from pathlib import Path

PROGRAM = """\
import multiprocessing as mp
import sys

def work(ready, go, flush):
    print("worker: step 1", flush=flush)
    ready.set()
    if go.wait(timeout=20):
        print("worker: step 2", flush=flush)

if __name__ == "__main__":
    method, flush, ending = sys.argv[1], sys.argv[2] == "flush", sys.argv[3]
    ctx = mp.get_context(method)
    ready, go = ctx.Event(), ctx.Event()
    worker = ctx.Process(target=work, args=(ready, go, flush))
    worker.start()
    ready.wait(timeout=20)
    print("parent: worker is ready", flush=True)
    if ending == "terminate":
        worker.terminate()
    else:
        go.set()
    worker.join(timeout=20)
    print("parent: worker exit code", worker.exitcode, flush=True)
"""

RUNS = {  # title: (interpreter options, environment, flush, how the worker ends)
    "print(), worker returns": ([], {}, "no-flush", "return"),
    "print(), worker terminated": ([], {}, "no-flush", "terminate"),
    "print(flush=True), worker terminated": ([], {}, "flush", "terminate"),
    "python -u, worker terminated": (["-u"], {}, "no-flush", "terminate"),
    "PYTHONUNBUFFERED=1, worker terminated": (
        [],
        {"PYTHONUNBUFFERED": "1"},
        "no-flush",
        "terminate",
    ),
}


def main():
    env = dict(os.environ)
    env.pop("PYTHONUNBUFFERED", None)  # (1)!
    method = mp.get_start_method()
    with tempfile.TemporaryDirectory() as folder:
        script = Path(folder, "program.py")
        script.write_text(PROGRAM)
        for title, (options, extra_env, flush, ending) in RUNS.items():
            run = subprocess.run(
                [sys.executable, *options, str(script), method, flush, ending],
                stdout=subprocess.PIPE,  # (2)!
                stderr=subprocess.STDOUT,
                text=True,
                env={**env, **extra_env},
                timeout=60,
            )
            print(f"{title}:")
            for line in run.stdout.splitlines():
                print("   ", line)


if __name__ == "__main__":
    main()
