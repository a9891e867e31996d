"""Pages link the glossary, and both languages link the same terms.

Each page links the first use, in its prose, of each glossary term it uses:
``[start method](glossary.md#start-method)``, or ``../glossary.md#...`` from a
page under ``beyond/``. These tests check, for the Markdown pages, that:

- the English and the Chinese page at the same path link exactly the same set
  of glossary anchors (a failure names the page and the anchors only one side
  links);
- every linked anchor is a term in tests/glossary_terms.py or a heading of the
  glossary pages, and every link points at the glossary of its own language;
- every page except index.md, glossary.md and performance.md links at least
  one glossary term;
- the checks themselves report what they should (synthetic pages).

Links inside fenced code blocks and inline code are not links, and are
ignored.
"""

from __future__ import annotations

import posixpath
import re
from dataclasses import dataclass
from pathlib import PurePosixPath

import pytest

import site_checks as sc
from glossary_terms import TERMS

GLOSSARY = "glossary.md"
NEED_NO_LINK = {"index.md", GLOSSARY, "performance.md"}

LINK = re.compile(r"\]\((?P<path>(?:\.\./)*glossary\.md)#(?P<anchor>[^)\s]+)\)")


@dataclass(frozen=True)
class GlossaryLink:
    path: str  # as written: glossary.md or ../glossary.md
    anchor: str
    line: int


def _md_pages(lang: str) -> set[PurePosixPath]:
    return {PurePosixPath(p.as_posix()) for p in sc.pages(lang) if p.suffix == ".md"}


PAIRED = sorted(
    (_md_pages("en") & _md_pages("zh")) - {PurePosixPath(GLOSSARY)}, key=str
)


def read(lang: str, page: PurePosixPath) -> str:
    return (sc.DOCS / lang / page).read_text(encoding="utf-8")


def glossary_links(markdown: str) -> list[GlossaryLink]:
    """Every link to a glossary anchor in the prose of `markdown`, in order."""
    text = sc.prose_text(markdown)  # code blanked, line numbers kept
    return [
        GlossaryLink(m["path"], m["anchor"], text.count("\n", 0, m.start()) + 1)
        for m in LINK.finditer(text)
    ]


def linked_anchors(markdown: str) -> set[str]:
    return {link.anchor for link in glossary_links(markdown)}


def parity_problem(page: str, en: str, zh: str) -> str | None:
    """Why the two pages do not link the same glossary anchors, or None."""
    en_anchors, zh_anchors = linked_anchors(en), linked_anchors(zh)
    if en_anchors == zh_anchors:
        return None
    parts = [f"docs/en/{page} and docs/zh/{page} link different glossary terms:"]
    if only_en := sorted(en_anchors - zh_anchors):
        parts.append("  only the English page links " + ", ".join(only_en))
    if only_zh := sorted(zh_anchors - en_anchors):
        parts.append("  only the Chinese page links " + ", ".join(only_zh))
    return "\n".join(parts)


def known_anchors() -> set[str]:
    anchors = {t["anchor"] for t in TERMS}
    for lang in sc.LANGS:
        anchors |= {h.anchor for h in sc.headings(read(lang, PurePosixPath(GLOSSARY)))}
    return anchors - {None}


def bad_links(
    name: str, page: PurePosixPath, markdown: str, known: set[str]
) -> list[str]:
    """Links on `page` to an unknown anchor or to something other than its glossary."""
    problems = []
    for link in glossary_links(markdown):
        target = posixpath.normpath(posixpath.join(str(page.parent), link.path))
        if target != GLOSSARY:
            problems.append(
                f"{name}:{link.line} links {link.path}#{link.anchor}, which is not "
                f"this language's glossary; write "
                f"{posixpath.relpath(GLOSSARY, str(page.parent))}#{link.anchor}"
            )
        if link.anchor not in known:
            problems.append(
                f"{name}:{link.line} links glossary anchor #{link.anchor}, which is "
                f"not a term in tests/glossary_terms.py nor a glossary heading"
            )
    return problems


# --- the pages -----------------------------------------------------------------


@pytest.mark.parametrize("page", PAIRED, ids=str)
def test_both_languages_link_the_same_terms(page: PurePosixPath) -> None:
    problem = parity_problem(str(page), read("en", page), read("zh", page))
    assert problem is None, problem


MD_PAGES = [
    (lang, page) for lang in sc.LANGS for page in sorted(_md_pages(lang), key=str)
]


@pytest.mark.parametrize(
    ("lang", "page"), MD_PAGES, ids=[f"docs/{lang}/{page}" for lang, page in MD_PAGES]
)
def test_links_point_at_glossary_terms(lang: str, page: PurePosixPath) -> None:
    problems = bad_links(f"docs/{lang}/{page}", page, read(lang, page), known_anchors())
    assert not problems, "\n".join(problems)


LINKING = [(lang, page) for lang, page in MD_PAGES if str(page) not in NEED_NO_LINK]


@pytest.mark.parametrize(
    ("lang", "page"), LINKING, ids=[f"docs/{lang}/{page}" for lang, page in LINKING]
)
def test_page_links_the_glossary(lang: str, page: PurePosixPath) -> None:
    assert linked_anchors(read(lang, page)), (
        f"docs/{lang}/{page} links no glossary term; link the first use of each "
        f"term, e.g. [start method]({posixpath.relpath(GLOSSARY, str(page.parent))}"
        f"#start-method)"
    )


# --- the checks themselves ---------------------------------------------------------


EN_PAGE = """\
# Title { #title }

A [process](glossary.md#process) sends a [message](glossary.md#message)
through a [queue](glossary.md#queue).
"""

ZH_PAGE = """\
# 标题 { #title }

[进程](glossary.md#process)通过[队列](glossary.md#queue)发送消息，`[锁](glossary.md#lock)`
只是代码。

```text
[管道](glossary.md#pipe) 在代码块里，也不算。
```
"""


def test_parity_reports_the_difference() -> None:
    problem = parity_problem("demo.md", EN_PAGE, ZH_PAGE)
    assert problem is not None
    assert "docs/en/demo.md" in problem and "docs/zh/demo.md" in problem
    assert "only the English page links message" in problem
    assert "only the Chinese page" not in problem  # code is not a link


def test_parity_accepts_the_same_set_in_any_order() -> None:
    en = "[queue](glossary.md#queue) and [process](glossary.md#process)\n"
    zh = (
        "[进程](glossary.md#process)和[队列](glossary.md#queue)，"
        "又是[队列](glossary.md#queue)\n"
    )
    assert parity_problem("demo.md", en, zh) is None


def test_links_in_code_are_ignored() -> None:
    assert linked_anchors(ZH_PAGE) == {"process", "queue"}
    assert [link.line for link in glossary_links(ZH_PAGE)] == [3, 3]


def test_bad_links_are_reported() -> None:
    known = known_anchors()
    text = (
        "A [proces](glossary.md#proces) and a [queue](../glossary.md#queue).\n"
        "A [pipe](glossary.md#pipe) is fine.\n"
    )
    problems = bad_links("docs/en/demo.md", PurePosixPath("demo.md"), text, known)
    assert len(problems) == 2
    assert "docs/en/demo.md:1 links glossary anchor #proces" in problems[0]
    assert "../glossary.md#queue" in problems[1]
    nested = "[queue](../glossary.md#queue)\n"
    assert bad_links("b", PurePosixPath("beyond/x.md"), nested, known) == []
    wrong = bad_links(
        "b", PurePosixPath("beyond/x.md"), "[q](glossary.md#queue)\n", known
    )
    assert wrong and "write ../glossary.md#queue" in wrong[0]
