"""A file named like a standard-library module hides that module.

Python puts the script's folder first on sys.path, so a `queue.py` next to
the script is found before the standard library's `queue`. multiprocessing
itself imports `queue`, so even a script that never mentions it fails. The
example builds such a folder in a temporary directory and runs the script
twice: with the file named queue.py, then renamed to task_queue.py.
"""

import re
import subprocess
import sys
import tempfile
from pathlib import Path

SCRIPT = """\
import multiprocessing as mp

if __name__ == "__main__":
    q = mp.Queue()
    q.put("hello")
    print("got", q.get(timeout=10))
"""

HELPER = "TASKS = ['a', 'b']\n"


def run_in_folder(helper_name):
    with tempfile.TemporaryDirectory() as folder:
        Path(folder, helper_name).write_text(HELPER)  # (1)!
        script = Path(folder, "main_script.py")
        script.write_text(SCRIPT)
        run = subprocess.run(
            [sys.executable, str(script)],
            capture_output=True,
            text=True,
            timeout=60,
        )
    raised = re.findall(r"^(\w+Error):", run.stderr, re.M)
    print(f"next to a file named {helper_name}:")
    print("    exit status:", run.returncode)
    print("    output:", run.stdout.strip() or "(none)")
    print("    error:", ", ".join(raised) or "none")


def main():
    run_in_folder("queue.py")
    run_in_folder("task_queue.py")  # (2)!


if __name__ == "__main__":
    main()
