"""Checks on the Markdown pages of both languages; failures name the page.

- every include resolves (file and section);
- every example and each of its output files is shown on an English page, and
  the Chinese page at the same path includes the same files in the same order;
- both languages have the same pages, in the same nav, with the same heading
  anchors in the same order; every heading has an explicit ASCII anchor;
- no Python code block is typed by hand;
- no Chinese sentence is broken across lines (a stray space in the browser);
- no example file name shadows a standard-library module;
- an example compared as unordered lines is shown whole where its output is.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

import example_runner as er
import site_checks as sc

PAGES = {lang: sc.pages(lang) for lang in sc.LANGS}
ALL_PAGES = [(lang, page) for lang in sc.LANGS for page in PAGES[lang]]
MARKDOWN = [(lang, page) for lang, page in ALL_PAGES if page.suffix == ".md"]
EXAMPLES = er.discover()


def text(lang: str, page: Path) -> str:
    return (sc.DOCS / lang / page).read_text(encoding="utf-8")


def name(lang: str, page: Path) -> str:
    return f"docs/{lang}/{page.as_posix()}"


def page_ids(items):
    return [name(lang, page) for lang, page in items]


@pytest.mark.parametrize(("lang", "page"), MARKDOWN, ids=page_ids(MARKDOWN))
def test_includes_resolve(lang: str, page: Path) -> None:
    problems = [
        f"{name(lang, page)}:{inc.line} {why}"
        for inc in sc.includes(text(lang, page))
        if (why := sc.missing_include(inc))
    ]
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize(("lang", "page"), MARKDOWN, ids=page_ids(MARKDOWN))
def test_no_hand_typed_python(lang: str, page: Path) -> None:
    bad = [
        f"{name(lang, page)}:{f.line} a ```{f.lang} block typed by hand; put the "
        f"code in examples/ and include it with --8<--"
        for f in sc.fences(text(lang, page))
        if f.lang in sc.PYTHON_LANGS
        and any(line.strip() and not sc.INCLUDE.match(line) for line in f.body)
    ]
    assert not bad, "\n".join(bad)


@pytest.mark.parametrize(("lang", "page"), MARKDOWN, ids=page_ids(MARKDOWN))
def test_headings_have_ascii_anchors(lang: str, page: Path) -> None:
    bad = [
        f"{name(lang, page)}:{h.line} heading {h.text!r} needs an explicit ASCII "
        f"anchor, e.g. '{{ #some-id }}', the same in both languages"
        for h in sc.headings(text(lang, page))
        if not h.anchor or not sc.ASCII_ID.fullmatch(h.anchor)
    ]
    assert not bad, "\n".join(bad)


ZH_MARKDOWN = [(lang, page) for lang, page in MARKDOWN if lang == "zh"]


@pytest.mark.parametrize(("lang", "page"), ZH_MARKDOWN, ids=page_ids(ZH_MARKDOWN))
def test_no_chinese_sentence_broken_across_lines(lang: str, page: Path) -> None:
    bad = sc.cjk_soft_breaks(text(lang, page))
    assert not bad, (
        f"{name(lang, page)}: a Chinese sentence continues on the next line at "
        f"lines {bad}; the line break shows as a stray space. Join the lines "
        f"(a paragraph is one line in the Chinese pages)."
    )


def test_same_pages_in_both_languages() -> None:
    en, zh = set(PAGES["en"]), set(PAGES["zh"])
    problems = [
        f"docs/en/{p.as_posix()} has no Chinese page docs/zh/{p.as_posix()}"
        for p in sorted(en - zh)
    ]
    problems += [
        f"docs/zh/{p.as_posix()} has no English page docs/en/{p.as_posix()}"
        for p in sorted(zh - en)
    ]
    assert not problems, "\n".join(problems)


def test_nav_lists_every_page_in_the_same_order() -> None:
    en, zh = sc.nav_pages("en"), sc.nav_pages("zh")
    assert en == zh, (
        f"the nav of mkdocs.yml and mkdocs.zh.yml differ:\n  en: {en}\n  zh: {zh}"
    )
    missing = [p.as_posix() for p in PAGES["en"] if p.as_posix() not in en]
    assert not missing, f"pages missing from the nav of both configs: {missing}"


PAIRS = [
    page for page in PAGES["en"] if page in set(PAGES["zh"]) and page.suffix == ".md"
]


@pytest.mark.parametrize("page", PAIRS, ids=[p.as_posix() for p in PAIRS])
def test_translation_parity(page: Path) -> None:
    en, zh = text("en", page), text("zh", page)
    en_inc = [i.target for i in sc.includes(en)]
    zh_inc = [i.target for i in sc.includes(zh)]
    assert en_inc == zh_inc, (
        f"docs/zh/{page.as_posix()} must include the same files in the same order "
        f"as docs/en/{page.as_posix()}:\n  en: {en_inc}\n  zh: {zh_inc}"
    )
    en_ids = [h.anchor for h in sc.headings(en)]
    zh_ids = [h.anchor for h in sc.headings(zh)]
    assert en_ids == zh_ids, (
        f"docs/zh/{page.as_posix()} must have the same heading anchors in the same "
        f"order as docs/en/{page.as_posix()}:\n  en: {en_ids}\n  zh: {zh_ids}"
    )


def _shown_on(lang: str) -> dict[str, list[tuple[Path, sc.Include]]]:
    shown: dict[str, list[tuple[Path, sc.Include]]] = {}
    for page in PAGES[lang]:
        if page.suffix == ".md":
            for inc in sc.includes(text(lang, page)):
                shown.setdefault(inc.path, []).append((page, inc))
    return shown


@pytest.mark.parametrize("example", EXAMPLES, ids=str)
def test_example_is_shown_in_both_languages(example: er.Example) -> None:
    problems = []
    files = [example.path, *example.output_files()]
    for lang in sc.LANGS:
        shown = _shown_on(lang)
        for file in files:
            if er.show(file) not in shown:
                problems.append(
                    f"{er.show(file)} is not included on any page in docs/{lang}/"
                )
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("example", [e for e in EXAMPLES if e.unordered], ids=str)
def test_unordered_directive_is_visible(example: er.Example) -> None:
    for lang in sc.LANGS:
        shown = _shown_on(lang)
        for page, _ in shown.get(er.show(example.out_file()), []):
            whole = any(
                inc.target == er.show(example.path)
                for p, inc in shown.get(er.show(example.path), [])
                if p == page
            )
            assert whole, (
                f"{name(lang, page)} shows the output of {example.rel}, which is "
                f"compared as unordered lines: include the whole example on that "
                f"page so readers see its '# output: unordered' line"
            )


def test_no_example_shadows_the_standard_library() -> None:
    stdlib = sys.stdlib_module_names
    bad = [
        f"{er.show(p)} shadows the standard-library module {p.stem!r}: rename it"
        for p in er.EXAMPLES.rglob("*.py")
        if p.stem in stdlib
    ]
    assert not bad, "\n".join(bad)
