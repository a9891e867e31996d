"""Preview both languages: build, serve, rebuild when a source file changes.

    python tools/preview.py [--port 8000]

Serves site/ with tools/serve_site.py, under the path of site_url (English
at /guide/, Chinese at /guide/zh/ by default), so links, the language
switcher and search behave as they will when published. Refresh the browser
after a rebuild.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import serve_site

ROOT = Path(__file__).resolve().parent.parent
SITE = ROOT / "site"
WATCHED = ["docs", "examples", "overrides", "tools", "mkdocs.yml", "mkdocs.zh.yml"]


def build() -> bool:
    start = time.monotonic()
    for config in ("mkdocs.yml", "mkdocs.zh.yml"):
        proc = subprocess.run(
            [sys.executable, "-m", "mkdocs", "build", "--strict", "-q", "-f", config],
            cwd=ROOT,
        )
        if proc.returncode:
            print(f"preview: building {config} failed (see above); still watching")
            return False
    print(
        f"preview: built both languages in {time.monotonic() - start:.1f} s", flush=True
    )
    return True


def snapshot() -> dict[Path, float]:
    files: dict[Path, float] = {}
    for name in WATCHED:
        path = ROOT / name
        for p in [path] if path.is_file() else path.rglob("*"):
            if p.is_file() and "__pycache__" not in p.parts:
                files[p] = p.stat().st_mtime
    return files


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--port", type=int, default=8000)
    args = parser.parse_args()
    build()
    server = serve_site.make_server(SITE, serve_site.site_url(), port=args.port)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    host, port = server.server_address[:2]
    url = f"http://{host}:{port}{serve_site.base_path(serve_site.site_url())}"
    print(f"preview: English {url}  Chinese {url}zh/  (Ctrl-C to stop)", flush=True)
    seen = snapshot()
    try:
        while True:
            time.sleep(1)
            now = snapshot()
            if now != seen:
                seen = now
                build()
    except KeyboardInterrupt:
        server.shutdown()


if __name__ == "__main__":
    main()
