"""Run unguarded.py (a script without the __main__ guard) under fork and spawn."""

import re
import subprocess
import sys
from pathlib import Path

SCRIPT = Path(__file__).with_name("unguarded.py")


def main():
    for method in ["fork", "spawn"]:
        proc = subprocess.run(
            [sys.executable, str(SCRIPT), method],  # (1)!
            capture_output=True,
            text=True,
            timeout=20,
        )
        print(f"--- unguarded.py under {method} ---")
        print(proc.stdout, end="")
        errors = re.findall(r"^(\w+Error)\b", proc.stderr, re.MULTILINE)
        print("errors in stderr:", errors or "none")  # (2)!


if __name__ == "__main__":
    main()
