"""Preview both languages: build, serve, rebuild when a source file changes.

    python tools/preview.py [--port 8000]

Serves site/ under the path of site_url (English at /guide/, Chinese at
/guide/zh/ by default), so links, the language switcher and search behave as
they will when published. Refresh the browser after a rebuild.
"""

from __future__ import annotations

import argparse
import functools
import http.server
import re
import subprocess
import sys
import threading
import time
from pathlib import Path
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parent.parent
SITE = ROOT / "site"
WATCHED = ["docs", "examples", "overrides", "tools", "mkdocs.yml", "mkdocs.zh.yml"]


def site_path() -> str:
    """The path part of site_url in mkdocs.yml (its default value)."""
    text = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    m = re.search(r'^site_url:.*?"(https?://[^"]+)"', text, re.M)
    path = urlsplit(m[1]).path if m else "/"
    return path if path.endswith("/") else path + "/"


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


class Handler(http.server.SimpleHTTPRequestHandler):
    prefix = "/"

    def translate_path(self, path: str) -> str:
        path = urlsplit(path).path
        if not path.startswith(self.prefix):
            return str(SITE / "__outside_the_site__")
        return super().translate_path("/" + path[len(self.prefix) :])

    def send_error(self, code, message=None, explain=None):
        if code != 404:
            return super().send_error(code, message, explain)
        lang = "zh/" if urlsplit(self.path).path.startswith(self.prefix + "zh/") else ""
        page = SITE / lang / "404.html"
        body = page.read_bytes() if page.exists() else b"not found"
        self.send_response(404)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def log_message(self, *args) -> None:  # quiet
        pass


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--port", type=int, default=8000)
    args = parser.parse_args()
    build()
    Handler.prefix = site_path()
    handler = functools.partial(Handler, directory=str(SITE))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", args.port), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{args.port}{Handler.prefix}"
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
