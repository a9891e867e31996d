"""Site-wide behaviour: search per language, code annotations, content tabs, the
404 page, screenshots of key pages, and the search index budget."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import TimeoutError as PlaywrightTimeout

CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]")
NO_MOTION = (
    "*, *::before, *::after { transition: none !important; "
    "animation: none !important; }"
)
# The text of annotation `i`'s tooltip once it shows (else a falsy value).
TOOLTIP_TEXT = """
i => {
  const tip = document.querySelectorAll('article aside.md-annotation')[i]
    .querySelector('.md-tooltip');
  if (!tip || getComputedStyle(tip).visibility !== 'visible'
      || !tip.getBoundingClientRect().width) return '';
  return tip.innerText || ' ';
}
"""

# (language of the site searched, query). Each query runs, even when no page
# holds the term yet: then it fails, naming the query.
SEARCHES = [("en", "queue"), ("zh", "队列"), ("zh", "生产者"), ("zh", "管道")]

# Key pages for screenshots: (name, path under the language root).
SCREENSHOTS = [("home", ""), ("queues", "queues/")]


@pytest.mark.parametrize(
    ("lang", "query"), SEARCHES, ids=[f"{lang}-{q}" for lang, q in SEARCHES]
)
def test_search_returns_pages_of_its_language(lang, query, tab, server):
    page = tab.page
    home = server.home(lang)
    tab.goto(home, wait_until="networkidle")
    box = page.locator("input.md-search__input")
    box.click()
    box.fill(query)
    box.press("End")  # Material searches on key-up; fill() alone shows nothing
    try:
        page.wait_for_selector(".md-search-result__item", timeout=10_000)
    except PlaywrightTimeout:
        meta = page.locator(".md-search-result__meta").inner_text().strip()
        pytest.fail(
            f"search for {query!r} on the {lang} site ({home}) found nothing "
            f"(the search box says: {meta!r})",
            pytrace=False,
        )
    hrefs = page.eval_on_selector_all(
        ".md-search-result__item a[href]", "links => links.map(a => a.href)"
    )
    zh_root = server.home("zh")
    wrong = [
        h
        for h in hrefs
        if (lang == "zh" and not h.startswith(zh_root))
        or (lang == "en" and (h.startswith(zh_root) or not server.is_inside(h)))
    ]
    assert hrefs and not wrong, (
        f"search for {query!r} on the {lang} site returned pages of another "
        f"language: {wrong}"
    )


# Annotation lists (tools/mkdocs_hooks.py marks them) that are drawn, and
# have not been turned into tooltips: the text of their first item.
SHOWN_ANNOTATION_LISTS = """
() => [...document.querySelectorAll('article ol[data-annotations]')]
  .filter(ol => ol.getClientRects().length && !ol.hidden)
  .map(ol => ol.textContent.trim().slice(0, 60))
"""


def test_annotations_open_in_the_page_language(site_page, tab):
    """Clicking each annotation marker opens its tooltip, in the page's language.
    Before its code block has scrolled into view (and been mounted), an
    annotation list takes no room, so that mounting it moves nothing."""
    page = tab.page
    tab.open(site_page)
    shown_lists = page.evaluate(SHOWN_ANNOTATION_LISTS)
    assert not shown_lists, (
        f"{site_page.id}: annotation lists take room on the page before their "
        f"code block is mounted: {shown_lists}"
    )
    tab.show_code_blocks()
    count = page.locator("article aside.md-annotation").count()
    if count == 0:
        pytest.skip(f"{site_page.id}: no code annotation on this page")
    # Tooltips fade in and out; without the fading, each click is checked at once.
    page.add_style_tag(content=NO_MOTION)
    problems = []
    # Bottom up: an open tooltip hangs below its marker, over the next ones.
    for i in reversed(range(count)):
        try:
            tab.click("article aside.md-annotation", i, ".md-annotation__index")
            text = page.wait_for_function(
                TOOLTIP_TEXT, arg=i, timeout=3000, polling="raf"
            ).json_value()
        except (AssertionError, PlaywrightTimeout) as e:
            problems.append(f"annotation {i + 1}: clicking it shows no tooltip ({e})")
            continue
        finally:
            page.evaluate("() => document.activeElement?.blur()")
        if not text.strip():
            problems.append(f"annotation {i + 1}: its tooltip is empty")
        elif site_page.lang == "zh" and not CJK.search(text):
            problems.append(f"annotation {i + 1}: not in Chinese: {text[:80]!r}")
    assert not problems, f"{site_page.id}:\n" + "\n".join(f"- {p}" for p in problems)


def test_content_tabs_switch(site_page, tab):
    """Clicking a tab label shows its panel and hides the others of its set."""
    page = tab.page
    tab.open(site_page)
    sets = page.locator("article .tabbed-set")
    if sets.count() == 0:
        pytest.skip(f"{site_page.id}: no content tabs on this page")
    problems = []
    for s in range(sets.count()):
        tabset = sets.nth(s)
        labels = tabset.locator(":scope > .tabbed-labels > label")
        blocks = tabset.locator(":scope > .tabbed-content > .tabbed-block")
        names = [labels.nth(i).inner_text().strip() for i in range(labels.count())]
        if labels.count() != blocks.count():
            problems.append(
                f"tab set {s + 1} {names}: {labels.count()} labels, "
                f"{blocks.count()} panels"
            )
            continue
        for i, name in enumerate(names):
            tab.click(
                "article .tabbed-set",
                s,
                f":scope > .tabbed-labels > label:nth-of-type({i + 1})",
            )
            visible = tabset.evaluate(
                "set => [...set.querySelectorAll(':scope > .tabbed-content > "
                ".tabbed-block')].map(b => b.getClientRects().length > 0)"
            )
            if visible != [k == i for k in range(len(visible))]:
                shown = [names[k] for k, v in enumerate(visible) if v]
                problems.append(
                    f"tab set {s + 1}: after clicking {name!r}, the visible panels "
                    f"are {shown}"
                )
    assert not problems, f"{site_page.id}:\n" + "\n".join(f"- {p}" for p in problems)


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_404_page(lang, tab, server):
    """A missing page answers 404 with the site's root 404 page (GitHub Pages
    serves that one for every path, zh/ included), which speaks both languages:
    a part marked lang="zh" and one marked lang="en", each linking its home."""
    url = server.home(lang) + "no-such-page/deeper/"
    response = tab.goto(url, wait_until="networkidle")
    page = tab.page
    problems = []
    if response is None or response.status != 404:
        problems.append(f"answered HTTP {response and response.status}, not 404")
    html_lang = page.evaluate("document.documentElement.lang")
    if html_lang != "en":
        problems.append(f'<html lang="{html_lang}">, expected the root page\'s "en"')
    if "404" not in page.locator("article").inner_text():
        problems.append("the page does not say 404")
    for part_lang, words in (("zh", "页面不存在"), ("en", "Page not found")):
        part = page.locator(f'article [lang="{part_lang}"]')
        if part.count() != 1 or words not in part.inner_text():
            problems.append(f'no lang="{part_lang}" part saying {words!r}')
            continue
        link = part.locator("a")
        href = link.get_attribute("href") if link.count() == 1 else None
        if not href or not server.home(part_lang).endswith(href):
            problems.append(
                f'the lang="{part_lang}" part links to {href}, not its home '
                f"page {server.home(part_lang)}"
            )
    if (
        page.evaluate("getComputedStyle(document.querySelector('.md-header')).position")
        != "sticky"
    ):
        problems.append("the stylesheet did not apply (header is not sticky)")
    errors = [e for e in tab.console_errors if "404" not in e or url not in e]
    problems += [f"console error: {e}" for e in errors]
    problems += [f"request outside the site: {u}" for u in tab.external_requests()]
    problems += [f"failed request: {r}" for r in tab.failed_responses(allow=url)]
    assert not problems, f"404 page ({lang}, {url}):\n" + "\n".join(
        f"- {p}" for p in problems
    )


@pytest.mark.parametrize("lang", ["en", "zh"])
@pytest.mark.parametrize(("name", "rel"), SCREENSHOTS, ids=[n for n, _ in SCREENSHOTS])
def test_screenshots(name, rel, lang, tab, server, artifacts):
    """Screenshots of key pages, desktop and phone width, in artifacts/screenshots/."""
    out = artifacts / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    site_page = server.page(lang, rel)
    tab.open(site_page, wait_until="networkidle")
    desktop = out / f"{lang}-{name}.png"
    tab.page.screenshot(path=desktop)
    tab.page.set_viewport_size({"width": 375, "height": 812})
    phone = out / f"{lang}-{name}-375px.png"
    tab.page.screenshot(path=phone)
    for shot in (desktop, phone):
        assert shot.stat().st_size > 1000, f"{shot} is empty"


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_search_index_budget(lang, server, budgets):
    index = server.site / ("zh" if lang == "zh" else "") / budgets.search_index
    assert index.is_file(), f"{index} is missing: {lang} has no search index"
    size = index.stat().st_size
    budgets.index_bytes[lang] = size
    assert size <= budgets.index_budget, (
        f"the {lang} search index {index} is {budgets.kb(size)}, over the "
        f"{budgets.kb(budgets.index_budget)} budget"
    )
