"""A script without `if __name__ == "__main__":` that starts a process.

Under spawn (and forkserver) the child imports the main script again; without
the guard, that import tries to start another process, and the child fails
with RuntimeError. The example writes two small scripts into a temporary
folder, one without the guard and one with it, and runs each in a fresh
interpreter that asks for spawn.
"""

import re
import subprocess
import sys
import tempfile
from pathlib import Path

BODY = """\
import multiprocessing as mp

def greet():
    print("hello from the child")

{guard}
    ctx = mp.get_context("spawn")
    child = ctx.Process(target=greet)
    child.start()
    child.join(timeout=20)
    print("child exit code:", child.exitcode)
"""

SCRIPTS = {
    "no_guard.py": BODY.format(guard="if True:"),  # (1)!
    "with_guard.py": BODY.format(guard='if __name__ == "__main__":'),
}


def main():
    with tempfile.TemporaryDirectory() as folder:
        for name, source in SCRIPTS.items():
            script = Path(folder, name)
            script.write_text(source)
            run = subprocess.run(
                [sys.executable, str(script)],
                capture_output=True,
                text=True,
                timeout=60,
            )
            print(f"{name}:")
            for line in run.stdout.splitlines():
                print("   ", line)
            raised = re.findall(r"^(\w+Error):", run.stderr, re.M)  # (2)!
            print("    error in the child:", ", ".join(raised) or "none")
            print("    mentions bootstrapping:", "bootstrapping phase" in run.stderr)


if __name__ == "__main__":
    main()
