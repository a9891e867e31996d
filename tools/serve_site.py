"""Serve the built site locally, under the path of its site_url, like GitHub Pages.

    python tools/serve_site.py [SITE_DIR] [--base /guide/] [--host 127.0.0.1] [--port 0]

- ``SITE_DIR`` (default ``site``) is served at ``--base`` (default: the path of
  ``site_url`` in mkdocs.yml, which env ``SITE_URL`` overrides, as in the build),
  so the site's absolute links (``/guide/...``) resolve as they do when deployed.
- A directory without a trailing slash redirects (301) to the slash form; a
  directory is served by its ``index.html``.
- A missing file is answered with status 404 and the site's root ``404.html``,
  whatever the path (under ``zh/`` too), as GitHub Pages does; that page
  speaks both languages (overrides/404.html).
- Text (HTML, CSS, JS, JSON, XML, SVG) is gzip-compressed when the client
  accepts it, as GitHub Pages does (``--no-gzip`` turns it off). Every response
  has a ``Content-Length``: the bytes sent, so a client can count what a reader
  downloads. Paths outside ``--base`` get a plain 404.
- ``sitemap.xml`` is served with its ``<loc>`` URLs moved from site_url's host
  to this server's address (``--keep-sitemap`` turns it off). Material's
  language switcher looks the current page up in the other language's sitemap;
  it matches the host name but not the port, so without this it misses every
  page on a ``127.0.0.1:PORT`` address and falls back to the other home page.
- ``--port 0`` (the default) picks a free port. The first line printed is
  ``serving <url>``, which scripts (the browser tests) read to find the port.

Standard library only; it is a development tool, not a production server.
"""

from __future__ import annotations

import argparse
import gzip
import mimetypes
import os
import posixpath
import re
import sys
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import ClassVar
from urllib.parse import unquote, urlsplit

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_SITE_URL = re.compile(
    r"""^site_url:\s*(?:!ENV\s*\[\s*SITE_URL\s*,\s*)?["']?(?P<url>[^"'\]\s]+)""",
    re.M,
)
TYPES = {
    ".html": "text/html; charset=utf-8",
    ".css": "text/css; charset=utf-8",
    ".js": "text/javascript; charset=utf-8",
    ".json": "application/json",
    ".xml": "application/xml",
    ".svg": "image/svg+xml",
    ".txt": "text/plain; charset=utf-8",
    ".woff2": "font/woff2",
    ".png": "image/png",
    ".ico": "image/x-icon",
    ".gz": "application/gzip",
}
COMPRESSIBLE = {".html", ".css", ".js", ".json", ".xml", ".svg", ".txt"}


def site_url(config: Path = ROOT / "mkdocs.yml") -> str:
    """The site_url the build uses: env SITE_URL, else mkdocs.yml's default."""
    if os.environ.get("SITE_URL"):
        return os.environ["SITE_URL"]
    m = DEFAULT_SITE_URL.search(config.read_text(encoding="utf-8"))
    if not m:
        raise SystemExit(f"no site_url found in {config}")
    return m["url"]


def base_path(url: str) -> str:
    """'/guide/' for 'https://host/guide/' (always starts and ends with '/')."""
    path = urlsplit(url).path or "/"
    return path if path.endswith("/") else path + "/"


class SiteHandler(BaseHTTPRequestHandler):
    server_version = "serve_site"
    sys_version = ""
    root: Path
    base: str
    site_origin: str  # scheme://host of site_url, as in the built sitemap.xml
    gzip: bool
    quiet: bool
    _gzipped: ClassVar[dict] = {}  # (path, mtime, ...): compressed body

    def do_GET(self) -> None:
        self._serve(head=False)

    def do_HEAD(self) -> None:
        self._serve(head=True)

    def _serve(self, head: bool) -> None:
        path = unquote(urlsplit(self.path).path)
        if path + "/" == self.base:
            return self._redirect(self.base)
        if not path.startswith(self.base):
            return self._send(
                HTTPStatus.NOT_FOUND,
                b"not under " + self.base.encode(),
                "text/plain; charset=utf-8",
                head,
            )
        rel = posixpath.normpath(path[len(self.base) :]).lstrip("/")
        if rel == ".":
            rel = ""
        if rel.startswith(".."):
            return self._send(HTTPStatus.NOT_FOUND, b"", "text/plain", head)
        target = self.root / rel
        if target.is_dir():
            if not path.endswith("/"):
                return self._redirect(path + "/")
            target = target / "index.html"
        if target.is_file():
            return self._send_file(HTTPStatus.OK, target, head)
        return self._not_found(rel, head)

    def _not_found(self, rel: str, head: bool) -> None:
        page = self.root / "404.html"  # GitHub Pages: the root one, for any path
        if page.is_file():
            return self._send(
                HTTPStatus.NOT_FOUND, page.read_bytes(), TYPES[".html"], head
            )
        self._send(HTTPStatus.NOT_FOUND, b"404 Not Found", "text/plain", head)

    def _redirect(self, location: str) -> None:
        self.send_response(HTTPStatus.MOVED_PERMANENTLY)
        self.send_header("Location", location)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def _send_file(self, status: int, path: Path, head: bool) -> None:
        body = path.read_bytes()
        if path.name == "sitemap.xml" and self.site_origin:
            here = f"http://{self.headers.get('Host', '')}"
            body = body.replace(
                b"<loc>" + self.site_origin.encode(), b"<loc>" + here.encode()
            )
        encoding = None
        if (
            self.gzip
            and path.suffix in COMPRESSIBLE
            and "gzip" in self.headers.get("Accept-Encoding", "")
        ):
            key = (path, path.stat().st_mtime_ns, len(body), hash(body))
            if key not in self._gzipped:
                self._gzipped[key] = gzip.compress(body, compresslevel=6, mtime=0)
            body, encoding = self._gzipped[key], "gzip"
        self._send(status, body, _type(path), head, encoding)

    def _send(
        self,
        status: int,
        body: bytes,
        ctype: str,
        head: bool,
        encoding: str | None = None,
    ) -> None:
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        if encoding:
            self.send_header("Content-Encoding", encoding)
            self.send_header("Vary", "Accept-Encoding")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "no-cache")
        self.end_headers()
        if not head:
            self.wfile.write(body)

    def log_message(self, format: str, *args) -> None:
        if not self.quiet:
            super().log_message(format, *args)


def _type(path: Path) -> str:
    return (
        TYPES.get(path.suffix)
        or mimetypes.guess_type(path.name)[0]
        or ("application/octet-stream")
    )


def make_server(
    site_dir: Path,
    url: str,
    host: str = "127.0.0.1",
    port: int = 0,
    quiet: bool = True,
    compress: bool = True,
    rewrite_sitemap: bool = True,
) -> ThreadingHTTPServer:
    """A server for ``site_dir`` built for site_url ``url`` (or just a path)."""
    parts = urlsplit(url)
    origin = f"{parts.scheme}://{parts.netloc}" if parts.netloc else ""
    handler = type(
        "Handler",
        (SiteHandler,),
        {
            "root": site_dir.resolve(),
            "base": base_path(url),
            "site_origin": origin if rewrite_sitemap else "",
            "gzip": compress,
            "quiet": quiet,
            "_gzipped": {},
        },
    )
    server = ThreadingHTTPServer((host, port), handler)
    server.daemon_threads = True
    return server


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("site_dir", nargs="?", default="site", type=Path)
    parser.add_argument(
        "--site-url", help="the site_url the site was built for (default: mkdocs.yml's)"
    )
    parser.add_argument("--base", help="URL path to serve at (default: site_url's)")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=0, help="0 picks a free port")
    parser.add_argument("--quiet", action="store_true", help="do not log requests")
    parser.add_argument("--no-gzip", action="store_true", help="never compress")
    parser.add_argument(
        "--keep-sitemap", action="store_true", help="serve sitemap.xml unchanged"
    )
    args = parser.parse_args(argv)
    if not (args.site_dir / "index.html").is_file():
        raise SystemExit(f"{args.site_dir}/index.html not found: build the site first")
    url = args.site_url or site_url()
    if args.base:
        parts = urlsplit(url)
        url = f"{parts.scheme}://{parts.netloc}{base_path(args.base)}"
    base = base_path(url)
    server = make_server(
        args.site_dir,
        url,
        args.host,
        args.port,
        quiet=args.quiet,
        compress=not args.no_gzip,
        rewrite_sitemap=not args.keep_sitemap,
    )
    host, port = server.server_address[:2]
    print(f"serving http://{host}:{port}{base}", flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()


if __name__ == "__main__":
    sys.exit(main())
