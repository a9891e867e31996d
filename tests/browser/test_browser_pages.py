"""Every page, both languages: loads cleanly, switches language, links resolve, fits
a phone's width, and stays within the first-load budget."""

from __future__ import annotations

import urllib.error
import urllib.request
from html.parser import HTMLParser
from urllib.parse import unquote, urlsplit

import pytest

from conftest import LANGS, site_url

NARROW = 375  # px: a small phone
# The <link rel="alternate" hreflang> elements of the page's <head>.
HEAD_ALTERNATES = """
() => [...document.head.querySelectorAll('link[hreflang]')]
  .map(l => [l.getAttribute('rel'), l.getAttribute('hreflang'), l.getAttribute('href')])
"""


def test_page_loads_cleanly(site_page, tab, server, budgets):
    """No console error, no failed request, no request to another host; and the
    bytes of the first load (search index included) are within the budget."""
    url = server.page_url(site_page)
    tab.open(site_page, wait_until="networkidle")
    problems = [f"console error: {e}" for e in tab.console_errors]
    problems += [f"request outside the site: {u}" for u in tab.external_requests()]
    problems += [f"failed request: {r}" for r in tab.failed_responses()]
    lang = tab.page.evaluate("document.documentElement.lang")
    if lang != site_page.lang:
        problems.append(f'<html lang="{lang}">, expected "{site_page.lang}"')

    kb = budgets.kb
    # Everything the first load fetched, the search worker's index included
    # (on a busy machine the worker may ask for it after "networkidle").
    if not any(u.endswith(budgets.search_index) for u, _, _ in tab.responses):
        try:
            tab.page.wait_for_event(
                "response",
                lambda r: r.url.endswith(budgets.search_index),
                timeout=15_000,
            )
            tab.page.wait_for_timeout(200)  # the response listener has run
        except Exception:
            problems.append(f"{budgets.search_index} was not fetched")
    counted = [(u, size) for u, status, size in tab.responses]
    total = sum(size for _, size in counted)
    budgets.page_bytes[site_page.id] = total
    budgets.page_detail[site_page.id] = counted
    files = {server.file_for(u) for u, _ in counted} - {None}
    budgets.page_raw_bytes[site_page.id] = sum(f.stat().st_size for f in files)
    if total > budgets.page_budget:
        biggest = sorted(counted, key=lambda x: -x[1])[:5]
        problems.append(
            f"first load is {kb(total)}, over the {kb(budgets.page_budget)} budget; "
            "largest: " + ", ".join(f"{u} {kb(s)}" for u, s in biggest)
        )
    assert not problems, f"{site_page.id} ({url}):\n  " + "\n  ".join(problems)


def test_language_switcher_keeps_the_page(site_page, tab, server):
    """The switcher's link to the other language points to the same page there
    (also without JavaScript), and following it opens that page."""
    page = tab.page
    tab.open(site_page)
    other = site_page.counterpart()
    want = other.path(server.base)
    hrefs = {
        lang: page.eval_on_selector_all(
            f"a.md-select__link[hreflang={lang}]", "links => links.map(a => a.href)"
        )
        for lang in (site_page.lang, other.lang)
    }
    problems = []
    for page_in, hrefs_in in (
        (site_page, hrefs[site_page.lang]),
        (other, hrefs[other.lang]),
    ):
        expected = page_in.path(server.base)
        paths = [urlsplit(h).path for h in hrefs_in]
        if paths != [expected]:
            problems.append(
                f"the switcher's {page_in.lang} link (a.md-select__link"
                f"[hreflang={page_in.lang}]) points to {paths or 'nothing'}, "
                f"expected {expected}"
            )
    if hrefs[other.lang]:
        page.locator(".md-header .md-select").first.hover()
        with page.expect_navigation(wait_until="load"):
            page.locator(f"a.md-select__link[hreflang={other.lang}]").click()
        got = urlsplit(page.url).path
        lang = page.evaluate("document.documentElement.lang")
        if got != want:
            problems.append(f"following it led to {got}, expected {want}")
        elif lang != other.lang:
            problems.append(f'{got} has <html lang="{lang}">, expected "{other.lang}"')
    assert not problems, f"{site_page.id}: language switcher:\n" + "\n".join(
        f"- {p}" for p in problems
    )


def test_head_alternates_name_this_page_in_each_language(site_page, tab, server):
    """<head> links this page in every language, and x-default (English), with
    absolute URLs under site_url; the canonical URL is this page's."""
    page = tab.page
    tab.open(site_page)
    root = site_url()
    want = [
        ["alternate", lang, root + sub + site_page.rel] for lang, sub in LANGS.items()
    ]
    want.append(["alternate", "x-default", root + site_page.rel])
    got = page.evaluate(HEAD_ALTERNATES)
    canonical = page.evaluate(
        "() => document.querySelector('link[rel=canonical]')?.getAttribute('href')"
    )
    problems = []
    if got != want:
        problems.append(f"hreflang links are {got}, expected {want}")
    if canonical != root + LANGS[site_page.lang] + site_page.rel:
        problems.append(
            f"canonical is {canonical}, expected "
            f"{root + LANGS[site_page.lang] + site_page.rel}"
        )
    assert not problems, f"{site_page.id}:\n" + "\n".join(f"- {p}" for p in problems)


class _Ids(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.ids: set[str] = set()

    def handle_starttag(self, tag, attrs) -> None:
        for name, value in attrs:
            if value and (name == "id" or (tag == "a" and name == "name")):
                self.ids.add(value)


_fetched: dict[str, tuple[int, set[str] | None]] = {}


def _fetch(url: str) -> tuple[int, set[str] | None]:
    """(HTTP status after redirects, ids in the page if it is HTML)."""
    if url not in _fetched:
        try:
            with urllib.request.urlopen(url, timeout=10) as resp:
                status, ctype, body = (
                    resp.status,
                    resp.headers["Content-Type"],
                    resp.read(),
                )
        except urllib.error.HTTPError as e:
            status, ctype, body = e.code, "", b""
        ids = None
        if "html" in (ctype or ""):
            parser = _Ids()
            parser.feed(body.decode("utf-8", "replace"))
            ids = parser.ids
        _fetched[url] = (status, ids)
    return _fetched[url]


def test_internal_links_and_anchors_resolve(site_page, tab, server):
    """Every link into the site reaches a page (HTTP 200) holding its #fragment."""
    page = tab.page
    here = server.page_url(site_page)
    tab.open(site_page)
    hrefs = page.eval_on_selector_all(
        "a[href]:not(.md-annotation__index)",
        "links => links.map(a => [a.getAttribute('href'), a.href])",
    )
    broken = []
    for raw, href in sorted(set(map(tuple, hrefs))):
        if not href.startswith(server.origin + "/"):
            continue  # another host (the Python docs...) or mailto:
        target, _, fragment = href.partition("#")
        target = target.split("?")[0]
        if not server.is_inside(target):
            broken.append(f"{raw!r} -> {target}: outside the site's path {server.base}")
            continue
        fragment = unquote(fragment)
        if target == here:
            if fragment and not page.evaluate(
                "f => !!(document.getElementById(f) || document.getElementsByName(f)"
                ".length)",
                fragment,
            ):
                broken.append(f"{raw!r}: no element with id {fragment!r} on this page")
            continue
        status, ids = _fetch(target)
        if status != 200:
            broken.append(f"{raw!r} -> {target}: HTTP {status}")
        elif fragment and ids is not None and fragment not in ids:
            broken.append(f"{raw!r} -> {target}: no id {fragment!r} there")
    assert not broken, f"{site_page.id}: broken links:\n  " + "\n  ".join(broken)


def test_fits_a_narrow_screen(site_page, tab, server):
    """At 375 px wide the page does not scroll sideways."""
    page = tab.page
    page.set_viewport_size({"width": NARROW, "height": 812})
    tab.open(site_page)
    width = page.evaluate("document.documentElement.scrollWidth")
    if width > NARROW:
        culprits = page.evaluate(
            """w => [...document.querySelectorAll('body *')]
                .filter(e => e.getBoundingClientRect().right > w + 1)
                .filter(e => getComputedStyle(e).visibility !== 'hidden')
                .slice(0, 5)
                .map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')
                     + (e.className && typeof e.className === 'string'
                        ? '.' + e.className.trim().split(/\\s+/).join('.') : '')
                     + ' right=' + Math.round(e.getBoundingClientRect().right))""",
            NARROW,
        )
        pytest.fail(
            f"{site_page.id}: scrolls sideways at {NARROW} px (scrollWidth {width}); "
            f"wide elements: {culprits}"
        )


# For each SVG figure of the article shown in the current scheme (the
# benchmark's plots, bench/report.py, and the diagrams, tools/diagrams.py):
# its smallest text
# as drawn (the SVG's font size, scaled by the image's drawn width over its
# own), and the page's small text (tables' font size) for comparison.
FIGURE_TEXT = """
async () => {
  const small = parseFloat(getComputedStyle(
    document.querySelector('article') || document.body).fontSize) * 0.8;
  const out = [];
  for (const img of document.querySelectorAll('article img[src*=".svg"]')) {
    if (!img.getClientRects().length) continue;  // the other scheme's image
    img.loading = 'eager';
    if (!img.complete) await new Promise(r => { img.onload = img.onerror = r; });
    const text = await (await fetch(img.src)).text();
    const svg = new DOMParser().parseFromString(text, 'image/svg+xml').documentElement;
    const box = (svg.getAttribute('viewBox') || '').split(/[ ,]+/).map(Number);
    const natural = box.length === 4 ? box[2] : parseFloat(svg.getAttribute('width'));
    const sizes = [...text.matchAll(/font(?:-size)?:\\s*(?:[a-z]+\\s+)*([\\d.]+)px/g)]
      .map(m => parseFloat(m[1]));
    const attrs = [...text.matchAll(/font-size="([\\d.]+)"/g)]
      .map(m => parseFloat(m[1]));
    const min = Math.min(...sizes, ...attrs);
    const scale = img.getBoundingClientRect().width / natural;
    out.push({src: img.getAttribute('src'), drawn: min * scale, small,
              width: img.getAttribute('width'), height: img.getAttribute('height'),
              alt: img.alt});
  }
  return out;
}
"""


@pytest.mark.parametrize("scheme", ["default", "slate"])
def test_figures_are_readable_on_a_phone(site_page, scheme, tab):
    """At 375 px, in both colour schemes, each figure's smallest text is at least
    the page's small text; each has width, height and alt text, and a version
    for the scheme (Material's #only-light / #only-dark)."""
    page = tab.page
    page.set_viewport_size({"width": NARROW, "height": 812})
    tab.open(site_page)
    if not page.locator("article img[src*='.svg']").count():
        pytest.skip(f"{site_page.id}: no figure")
    page.evaluate("s => document.body.setAttribute('data-md-color-scheme', s)", scheme)
    figures = page.evaluate(FIGURE_TEXT)
    problems = []
    for f in figures:
        if f["drawn"] + 0.05 < f["small"]:
            problems.append(
                f"{f['src']}: smallest text drawn {f['drawn']:.1f} px, under the "
                f"page's small text ({f['small']:.1f} px)"
            )
        if not (f["width"] and f["height"]):
            problems.append(f"{f['src']}: no width and height")
        if not f["alt"].strip():
            problems.append(f"{f['src']}: no alt text")
        dark = "-dark." in f["src"]
        if (scheme == "slate") != dark:
            problems.append(
                f"{f['src']}: shows in the {scheme} scheme; give each scheme its "
                "own file (name-dark.svg#only-dark beside name.svg#only-light)"
            )
    assert figures, f"{site_page.id}: no figure shows in the {scheme} scheme"
    assert not problems, f"{site_page.id} ({scheme}):\n" + "\n".join(
        f"- {p}" for p in problems
    )
