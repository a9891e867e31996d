"""The diagrams under docs/<lang>/assets/ipc-*.svg are what tools/diagrams.py
draws: edit the tool, not the SVG files."""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_diagrams_match_their_source():
    done = subprocess.run(
        [sys.executable, str(ROOT / "tools" / "diagrams.py"), "--check"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
