"""Real-browser tests of the built site (both languages), with Debian's Chromium.

Run them with ``nox -s browser`` (it builds the site first), or by hand:

    SITE_DIR=site pytest tests/browser --confcutdir=tests/browser -n 2 --dist loadgroup

(``--confcutdir`` keeps tests/conftest.py, which needs the tests group, out;
``-n 2 --dist loadgroup`` is optional: pytest-xdist, both languages of a page
in one worker.)

- ``SITE_DIR`` is the built site: English at its root, Chinese in ``zh/``.
- The site is served by ``tools/serve_site.py`` on 127.0.0.1 (a free port),
  under the path of ``site_url`` (mkdocs.yml; env ``SITE_URL`` overrides it,
  as in the build), so absolute links work as they do when published.
- Chromium is ``/usr/bin/chromium`` (``apt-get install -y chromium``), driven by
  playwright with a new, empty profile. Never ``playwright install``: it
  downloads a browser of its own.
- Every request the browser makes to another host is blocked and reported.
- Pages are discovered, not listed: every page of each language's
  ``sitemap.xml`` and every ``docs/<lang>/**/*.md`` and ``*.ipynb``.

Budgets (enforced, and printed at the end and in ``artifacts/budgets.txt``):
the bytes of a page's first load (everything it fetches, the search index
included: Material's search worker fetches it on every first load) and each
language's search index.
"""

from __future__ import annotations

import dataclasses
import importlib.util
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

import pytest

ROOT = Path(__file__).resolve().parents[2]
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(ROOT / "tools"))
import site_checks  # noqa: E402  (tools/ is not a package)

ARTIFACTS = ROOT / "artifacts"
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
INSTALL_HINT = (
    "Debian's Chromium is needed at /usr/bin/chromium: apt-get install -y chromium "
    "(run apt-get update first). Do not run 'playwright install'."
)
LANGS = {"en": "", "zh": "zh/"}  # language: subpath under the site's base path
LANG_NAMES = {"en": "English", "zh": "Chinese"}

# Budgets, KB = 1000 bytes. A page's first load counts the bytes transferred
# (Content-Length as served: gzip-compressed text, as GitHub Pages serves it);
# the uncompressed size is reported beside it.
PAGE_BUDGET = 200_000  # every page's first load, search index included
SEARCH_INDEX_BUDGET = 600_000  # each language's search/search_index.json, on disk
SEARCH_INDEX = "search/search_index.json"

BUDGETS = pytest.StashKey["Budgets"]()
FIGURES = ARTIFACTS / ".budgets"  # each process's figures, merged for the summary


# -- the site ----------------------------------------------------------------


def _serve_site_module():
    spec = importlib.util.spec_from_file_location(
        "serve_site", ROOT / "tools" / "serve_site.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


serve_site = _serve_site_module()


@dataclass(frozen=True)
class SitePage:
    """One page of one language; ``rel`` is its path under the language root."""

    lang: str
    rel: str  # "" for the home page, "queues/" ...

    @property
    def id(self) -> str:
        return f"{self.lang}:/{self.rel}"

    def path(self, base: str, lang: str | None = None) -> str:
        """URL path of this page (in ``lang``, default its own)."""
        return base + LANGS[lang or self.lang] + self.rel

    def counterpart(self) -> SitePage:
        return SitePage("zh" if self.lang == "en" else "en", self.rel)


def site_dir() -> Path:
    path = Path(os.environ.get("SITE_DIR", "site"))
    if not path.is_absolute() and not path.exists() and (ROOT / path).exists():
        path = ROOT / path
    return path.resolve()


def site_url() -> str:
    """site_url as the build uses it: env SITE_URL, else mkdocs.yml's default."""
    return serve_site.site_url(ROOT / "mkdocs.yml")


def base_path() -> str:
    return serve_site.base_path(site_url())


def setup_problem() -> str | None:
    """Why the suite cannot run here, or None."""
    if not CHROMIUM.exists():
        return f"{CHROMIUM} is missing. {INSTALL_HINT}"
    site = site_dir()
    for lang, sub in LANGS.items():
        if not (site / sub / "index.html").is_file():
            return (
                f"no built {LANG_NAMES[lang]} site at {site / sub}: build both "
                f"languages first (nox -s browser does), or set SITE_DIR."
            )
    return None


def _md_to_rel(md: Path) -> str:
    parts = list(md.with_suffix("").parts)
    if parts[-1] in ("index", "README"):
        parts.pop()
    return "".join(p + "/" for p in parts)


def discover_pages() -> list[SitePage]:
    """Every page of each language: in its sitemap.xml, or a docs/<lang> source."""
    site, base = site_dir(), base_path()
    found: set[SitePage] = set()
    for lang, sub in LANGS.items():
        sitemap = site / sub / "sitemap.xml"
        if sitemap.is_file():
            for loc in ET.parse(sitemap).getroot().iter():
                if not loc.tag.endswith("loc") or not loc.text:
                    continue
                path = urlsplit(loc.text.strip()).path
                prefix = base + sub
                if path.startswith(prefix):
                    found.add(SitePage(lang, path[len(prefix) :]))
        for source in site_checks.pages(lang):  # not a notebook's cells file
            found.add(SitePage(lang, _md_to_rel(source)))
    return sorted(found, key=lambda p: (p.lang, p.rel))


# -- collection ----------------------------------------------------------------


def pytest_configure(config: pytest.Config) -> None:
    config.stash[BUDGETS] = Budgets()
    # pytest-xdist's marker, registered here too so that --strict-markers
    # accepts it when xdist is not installed.
    config.addinivalue_line(
        "markers", "xdist_group(name): run in the same worker (--dist loadgroup)"
    )
    if not hasattr(config, "workerinput"):  # the main process: forget old figures
        shutil.rmtree(FIGURES, ignore_errors=True)


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    """Each process (one, or each pytest-xdist worker) saves its figures for
    the summary, which the main process prints."""
    budgets = session.config.stash.get(BUDGETS, None)
    if budgets and (budgets.page_bytes or budgets.index_bytes or budgets.not_run):
        worker = getattr(session.config, "workerinput", {}).get("workerid", "main")
        FIGURES.mkdir(parents=True, exist_ok=True)
        (FIGURES / f"{worker}.json").write_text(
            json.dumps(dataclasses.asdict(budgets)), encoding="utf-8"
        )


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "site_page" in metafunc.fixturenames:
        pages = discover_pages() if setup_problem() is None else []
        metafunc.parametrize("site_page", pages, ids=[p.id for p in pages])


def pytest_collection_modifyitems(
    session: pytest.Session, config: pytest.Config, items: list[pytest.Item]
) -> None:
    ours = [i for i in items if HERE in Path(str(i.path)).parents]
    for item in ours:
        # With pytest-xdist's --dist loadgroup, both languages of a page go to
        # one worker (which then runs each copied example once).
        page = getattr(item, "callspec", None) and item.callspec.params.get("site_page")
        item.add_marker(
            pytest.mark.xdist_group(page.rel if page else item.originalname)
        )
    problem = setup_problem() if ours else None
    if problem is None:
        return
    if os.environ.get("CI"):
        pytest.exit(f"browser tests cannot run: {problem}", returncode=1)
    for item in ours:
        item.add_marker(pytest.mark.skip(reason=problem))


# -- fixtures ------------------------------------------------------------------


@dataclass
class Server:
    origin: str  # http://127.0.0.1:PORT
    base: str  # /guide/
    site: Path

    def page(self, lang: str, rel: str = "") -> SitePage:
        return SitePage(lang, rel)

    def home(self, lang: str) -> str:
        return self.origin + self.base + LANGS[lang]

    def page_url(self, page: SitePage, lang: str | None = None) -> str:
        return self.origin + page.path(self.base, lang)

    def is_inside(self, url: str) -> bool:
        return url.startswith(self.origin + self.base)

    def file_for(self, url: str) -> Path | None:
        """The file of the built site that ``url`` serves, if any."""
        if not self.is_inside(url):
            return None
        rel = urlsplit(url).path[len(self.base) :]
        path = self.site / rel
        if path.is_dir():
            path = path / "index.html"
        return path if path.is_file() else None


@pytest.fixture(scope="session")
def server() -> Server:
    """tools/serve_site.py serving SITE_DIR under site_url's path."""
    site, base = site_dir(), base_path()
    _check_sitemap_base(site, base)
    proc = subprocess.Popen(
        [
            sys.executable,
            str(ROOT / "tools" / "serve_site.py"),
            str(site),
            "--site-url",
            site_url(),
            "--host",
            "127.0.0.1",
            "--port",
            "0",
            "--quiet",
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    line = proc.stdout.readline().strip()
    if not line.startswith("serving http://"):
        proc.kill()
        pytest.fail(f"tools/serve_site.py did not start: {line}{proc.stdout.read()}")
    url = line.split()[1]
    origin = url[: -len(base)] if url.endswith(base) else url
    try:
        yield Server(origin=origin, base=base, site=site)
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def _check_sitemap_base(site: Path, base: str) -> None:
    sitemap = site / "sitemap.xml"
    if not sitemap.is_file():
        return
    text = sitemap.read_text(encoding="utf-8")
    m = re.search(r"<loc>\s*([^<\s]+)", text)
    if m and not urlsplit(m[1]).path.startswith(base):
        pytest.fail(
            f"{sitemap} was built for {m[1]}, but site_url's path is {base!r}: build "
            f"with the same SITE_URL as the tests (or none)."
        )


@pytest.fixture(scope="session")
def browser(server: Server):
    """Debian's Chromium through playwright, in a new, empty profile.

    Requests to any other host are aborted (and reported by the tests that
    watch requests). Request interception also turns off the HTTP cache, so
    every page load is a first load.
    """
    from playwright.sync_api import sync_playwright

    profile = tempfile.mkdtemp(prefix="browser-profile-")
    pw = sync_playwright().start()
    context = None
    try:
        context = pw.chromium.launch_persistent_context(
            profile,
            executable_path=str(CHROMIUM),
            args=CHROMIUM_FLAGS,
            headless=True,
            viewport={"width": 1280, "height": 900},
            permissions=["clipboard-read", "clipboard-write"],
            service_workers="block",
        )
        context.set_default_timeout(15_000)
        inside = server.origin + "/"
        context.route(
            lambda url: not url.startswith((inside, "data:", "blob:", "about:")),
            lambda route: route.abort("blockedbyclient"),
        )
        yield context
    finally:
        if context is not None:
            context.close()
        pw.stop()
        shutil.rmtree(profile, ignore_errors=True)


LOCATE_FOR_CLICK = """
async ([selector, index, inner]) => {
  const outer = document.querySelectorAll(selector)[index];
  if (!outer) return [0, 0, 'nothing (no such element)'];
  const showTab = (node) => {
    const block = node.closest('.tabbed-block');
    if (!block) return;
    const k = [...block.parentElement.children].indexOf(block);
    const label = block.closest('.tabbed-set')
      .querySelectorAll(':scope > .tabbed-labels > label')[k];
    if (label) label.click();
  };
  let el = inner ? outer.querySelector(inner) : outer;
  if (!el) {
    // The theme mounts a code block (its copy button, its annotations) when
    // it first scrolls into view (content.lazy): bring it there, as a reader
    // would, and wait for it.
    showTab(outer);
    outer.scrollIntoView({block: 'center', inline: 'center'});
    for (let frame = 0; frame < 120 && !el; frame++) {
      await new Promise(resolve => requestAnimationFrame(resolve));
      el = outer.querySelector(inner);
    }
  }
  if (!el) return [0, 0, 'nothing (no ' + inner + ' inside)'];
  showTab(el);
  el.scrollIntoView({block: 'center', inline: 'center'});
  let hit = null;
  for (let frame = 0; frame < 120; frame++) {
    const r = el.getBoundingClientRect();
    const x = r.x + r.width / 2, y = r.y + r.height / 2;
    hit = document.elementFromPoint(x, y);
    if (hit && (hit === el || el.contains(hit))) return [x, y, null];
    await new Promise(resolve => requestAnimationFrame(resolve));
  }
  return [0, 0, hit ? hit.outerHTML.slice(0, 120) : 'nothing (off screen)'];
}
"""


SHOW_CODE_BLOCKS = """
async () => {
  let mounted = 0;
  for (const pre of document.querySelectorAll('article pre')) {
    if (!pre.getClientRects().length) continue;  // in a hidden content tab
    pre.scrollIntoView({block: 'center'});
    for (let frame = 0; frame < 60; frame++) {
      if (pre.querySelector(':scope > nav.md-code__nav')) { mounted++; break; }
      await new Promise(resolve => requestAnimationFrame(resolve));
    }
  }
  window.scrollTo(0, 0);
  return mounted;
}
"""


@dataclass
class Tab:
    """A browser page plus everything it logged and requested."""

    page: object  # playwright Page
    server: Server
    console_errors: list[str] = field(default_factory=list)
    requests: list[str] = field(default_factory=list)
    # (url, status, bytes transferred: Content-Length as served)
    responses: list[tuple[str, int, int]] = field(default_factory=list)

    def goto(self, url: str, wait_until: str = "load"):
        self.console_errors.clear()
        self.requests.clear()
        self.responses.clear()
        return self.page.goto(url, wait_until=wait_until)

    def open(self, page: SitePage, wait_until: str = "load"):
        """Go to ``page``; fail, naming it, unless it answers 200."""
        url = self.server.page_url(page)
        response = self.goto(url, wait_until=wait_until)
        status = response.status if response else None
        if status != 200:
            pytest.fail(f"{page.id}: {url} answered HTTP {status}", pytrace=False)
        return response

    def show_code_blocks(self) -> int:
        """Scroll every shown code block of the article into view, as a reader
        going down the page does, so that the theme mounts it (content.lazy:
        copy button, annotations); back to the top; the number mounted."""
        return self.page.evaluate(SHOW_CODE_BLOCKS)

    def click(self, selector: str, index: int = 0, inner: str = "") -> None:
        """Click, with the mouse, the ``index``-th element matching ``selector``
        (or its descendant matching ``inner``): first show the content tab
        holding it, scroll it to the middle of the window, and wait (up to 2 s)
        until nothing covers it (a closing tooltip, say). Faster than a
        locator's click, which waits for each element to be "stable"."""
        x, y, covered = self.page.evaluate(LOCATE_FOR_CLICK, [selector, index, inner])
        if covered is not None:
            raise AssertionError(
                f"cannot click {selector}[{index}] {inner}: {covered} covers it"
            )
        self.page.mouse.click(x, y)

    def external_requests(self) -> list[str]:
        return [
            u
            for u in self.requests
            if not u.startswith((self.server.origin + "/", "data:", "blob:", "about:"))
        ]

    def failed_responses(self, allow: str = "") -> list[str]:
        return [
            f"{status} {url}"
            for url, status, _ in self.responses
            if status >= 400 and url.split("#")[0] != allow
        ]


@pytest.fixture
def tab(browser, server: Server):
    page = browser.new_page()
    t = Tab(page=page, server=server)

    def on_console(msg) -> None:
        if msg.type == "error":
            loc = msg.location or {}
            t.console_errors.append(f"{msg.text} ({loc.get('url', '')})")

    def on_response(resp) -> None:
        size = resp.headers.get("content-length")
        t.responses.append((resp.url, resp.status, int(size) if size else 0))

    page.on("console", on_console)
    page.on("pageerror", lambda exc: t.console_errors.append(f"uncaught: {exc}"))
    page.on("request", lambda req: t.requests.append(req.url))
    page.on("response", on_response)
    yield t
    page.close()


@pytest.fixture(scope="session")
def artifacts() -> Path:
    """artifacts/ at the repository root (gitignored)."""
    ARTIFACTS.mkdir(exist_ok=True)
    return ARTIFACTS


@pytest.fixture(scope="session")
def budgets(request: pytest.FixtureRequest) -> Budgets:
    return request.config.stash[BUDGETS]


# -- budgets report ------------------------------------------------------------


@dataclass
class Budgets:
    page_budget: int = PAGE_BUDGET
    index_budget: int = SEARCH_INDEX_BUDGET
    search_index: str = SEARCH_INDEX
    page_bytes: dict[str, int] = field(default_factory=dict)  # page id: bytes
    page_detail: dict[str, list[tuple[str, int]]] = field(default_factory=dict)
    page_raw_bytes: dict[str, int] = field(default_factory=dict)  # uncompressed
    index_bytes: dict[str, int] = field(default_factory=dict)  # lang: bytes
    not_run: list[str] = field(default_factory=list)  # examples not run, and why
    started: float = field(default_factory=time.monotonic)

    def merge(self, saved: dict) -> None:
        """Add the figures another process saved (dataclasses.asdict)."""
        for name in ("page_bytes", "page_detail", "page_raw_bytes", "index_bytes"):
            getattr(self, name).update(saved.get(name, {}))
        self.not_run.extend(
            w for w in saved.get("not_run", []) if w not in self.not_run
        )

    def lines(self) -> list[str]:
        if not (self.page_bytes or self.index_bytes or self.not_run):
            return []
        out = []
        if self.page_bytes:
            heaviest = max(self.page_bytes, key=self.page_bytes.get)
            out.append(
                f"heaviest first load: {heaviest} {kb(self.page_bytes[heaviest])} "
                f"transferred (budget {kb(PAGE_BUDGET)}; search index included; "
                f"gzip as GitHub Pages serves it; {len(self.page_bytes)} pages)"
            )
            for url, size in sorted(self.page_detail[heaviest], key=lambda x: -x[1]):
                out.append(f"    {kb(size):>10}  {url}")
            out.append(f"  {'page':<32} {'transferred':>12} {'uncompressed':>13}")
            for page_id, size in sorted(self.page_bytes.items()):
                raw = self.page_raw_bytes.get(page_id, 0)
                out.append(f"  {page_id:<32} {kb(size):>12} {kb(raw):>13}")
        for lang, size in sorted(self.index_bytes.items()):
            out.append(
                f"search index {lang}: {kb(size)} (budget {kb(SEARCH_INDEX_BUDGET)})"
            )
        out += [f"copy and run: {why}" for why in self.not_run]
        return out

    @staticmethod
    def kb(size: int) -> str:
        return kb(size)


def kb(size: int) -> str:
    return f"{size / 1000:.1f} KB"


def cjk_font_missing() -> bool:
    """True when fontconfig knows no Chinese font (screenshots show boxes)."""
    if not shutil.which("fc-list"):
        return False
    out = subprocess.run(
        ["fc-list", ":lang=zh", "family"], capture_output=True, text=True, check=False
    ).stdout
    return not out.strip()


def pytest_terminal_summary(terminalreporter, exitstatus, config) -> None:
    if hasattr(config, "workerinput"):
        return
    budgets = config.stash.get(BUDGETS, None)
    if budgets is None:
        return
    for saved in sorted(FIGURES.glob("*.json")):
        budgets.merge(json.loads(saved.read_text(encoding="utf-8")))
    shutil.rmtree(FIGURES, ignore_errors=True)
    lines = budgets.lines()
    if not lines:
        return
    lines.append(f"browser session: {time.monotonic() - budgets.started:.1f} s")
    if cjk_font_missing():
        lines.append(
            "note: no Chinese font is installed, so Chinese text renders as boxes in "
            "artifacts/screenshots/: apt-get install -y fonts-noto-cjk"
        )
    terminalreporter.section("budgets (browser tests)")
    for line in lines:
        terminalreporter.write_line(line)
    ARTIFACTS.mkdir(exist_ok=True)
    (ARTIFACTS / "budgets.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    terminalreporter.write_line(f"written to {ARTIFACTS / 'budgets.txt'}")
