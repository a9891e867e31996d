"""Checks on the Markdown pages of both languages; failures name the page.

- every include resolves (file and section);
- every example and each of its output files is shown on an English page, and
  the Chinese page at the same path includes the same files in the same order;
- both languages have the same pages, in the same nav, with the same heading
  anchors in the same order; every heading has an explicit ASCII anchor;
- no Python code block is typed by hand;
- no Chinese paragraph (page or notebook Markdown cell) is broken across
  lines: the break shows as a stray space, next to a character, markup or
  punctuation alike;
- links to the Python docs on Chinese pages go to docs.python.org/zh-cn/3/;
- every included example's annotation markers (``# (1)!``) and the numbered
  list right after its code block agree, item for marker;
- no table has an empty header cell (screen readers announce a column by it);
- no example file name shadows a standard-library module;
- an example compared as unordered lines is shown whole where its output is.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path, PurePosixPath

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
# The notebooks' Markdown cells are Chinese prose too (tools/notebooks.py).
ZH_PROSE = ZH_MARKDOWN + [("zh", p) for p in sc.cells_files("zh")]


@pytest.mark.parametrize(("lang", "page"), MARKDOWN, ids=page_ids(MARKDOWN))
def test_annotation_lists_match_the_markers(lang: str, page: Path) -> None:
    bad = sc.annotation_mismatches(text(lang, page))
    assert not bad, (
        f"{name(lang, page)}: "
        + "; ".join(bad)
        + (
            ". Give the block one list item per marker, in order (a marker without "
            "its item shows as a bare '(1)' on the page; an extra item shows nowhere)."
        )
    )


TABLE_HEADER = re.compile(r"^(\|.*\|)\n\|(?:\s*:?-+:?\s*\|)+\s*$", re.M)


@pytest.mark.parametrize(("lang", "page"), MARKDOWN, ids=page_ids(MARKDOWN))
def test_table_headers_are_not_empty(lang: str, page: Path) -> None:
    bad = []
    source = text(lang, page)
    for m in TABLE_HEADER.finditer(source):
        cells = [c.strip() for c in m[1].strip().strip("|").split("|")]
        if not all(cells):
            line = source.count("\n", 0, m.start()) + 1
            bad.append(f"line {line}: {m[1]}")
    assert not bad, (
        f"{name(lang, page)}: a table header cell is empty (name the column, "
        f"say 'Property'): " + "; ".join(bad)
    )


@pytest.mark.parametrize(("lang", "page"), ZH_PROSE, ids=page_ids(ZH_PROSE))
def test_no_line_break_inside_a_chinese_paragraph(lang: str, page: Path) -> None:
    markdown = text(lang, page)
    bad = [
        f"{name(lang, page)}:{n}: the paragraph continues on the next line "
        f"({sc.soft_break_context(markdown, n)!r}); the line break shows as a "
        f"stray space"
        for n in sc.cjk_soft_breaks(markdown)
    ]
    assert not bad, "\n".join(bad) + (
        "\nJoin the lines: a paragraph is one line in Chinese pages (and list "
        "items, admonitions and notebook cells alike)."
    )


@pytest.mark.parametrize(
    ("markdown", "broken"),
    [
        ("模块在\n**同一个进程**中", [1]),
        ("相等时，\nPython 比较", [1]),
        ("[queue 文档](x.md)\n建议", [1]),
        ("比较方法，\n`field()`", [1]),
        ("- 列表项\n  续行", [1]),
        ('!!! note "标题"\n    正文', []),
        ("第一段。\n\n第二段。", []),
        ("English text\nwraps freely", []),
        ("```text\n中文\n中文\n```", []),
        ("<!-- 注释\n第二行 -->\n正文", []),
        ("---\ntranslation: 中\n---\n正文", []),
        ("| 表 | 格 |\n| --- | --- |", []),
        ('<figure markdown="span">\n  ![图](a.svg)', []),
    ],
)
def test_soft_break_check(markdown: str, broken: list[int]) -> None:
    assert sc.cjk_soft_breaks(markdown) == broken


ITALICS = re.compile(
    r"(?<![*\\A-Za-z0-9])\*(?![*\s])[^*\n]+?(?<![\s\\])\*(?![*A-Za-z0-9])"
    r"|(?<![_\\A-Za-z0-9])_(?![_\s])[^_\n]+?(?<![\s\\])_(?![_A-Za-z0-9])"
)
# Admonition titles that are version notes: one pattern, "Python 3.X 新增" or
# "Python 3.X 变更", optionally followed by "：" and a subject.
VERSION_NOTE = re.compile(
    r'^\s*(?:!!!|\?\?\?\+?)\s+\w+\s+"(?P<title>[^"]*Python\s*3[^"]*)"'
)
VERSION_TITLE = re.compile(r"Python 3\.\d+ (?:新增|变更)(?:：\S.*)?")
QUOTE_SPACE = re.compile(
    r"[\u4e00-\u9fff，。：；、（）] +“|” +[\u4e00-\u9fff，。：；、（）]"
)
# A number written in Chinese characters before a unit of time or size, or an
# English thousands separator: numbers that mirror code are Arabic, plain.
NUMBER_STYLE = re.compile(
    r"(?<!几)[一二三四五六七八九十百千两]+(?:分之[一二三四五六七八九十]+)?\s*"
    r"(?:秒|毫秒|微秒|字节|KiB|MiB)"
    r"|\d,\d{3}(?!\d)"
)


@pytest.mark.parametrize(("lang", "page"), ZH_PROSE, ids=page_ids(ZH_PROSE))
def test_chinese_typography(lang: str, page: Path) -> None:
    markdown = text(lang, page)
    prose = sc.prose_text(markdown)

    def at(m: re.Match) -> str:
        return f"{name(lang, page)}:{prose.count(chr(10), 0, m.start()) + 1}"

    bad = [
        f"{at(m)}: italics {m[0]!r}: emphasis in Chinese is bold (**...**); "
        f"slanted Chinese characters are not Chinese typography"
        for m in ITALICS.finditer(prose)
    ]
    bad += [
        f"{at(m)}: {m[0]!r}: no space next to Chinese quotation marks (“”): they "
        f"are full-width already"
        for m in QUOTE_SPACE.finditer(prose)
    ]
    bad += [
        f"{at(m)}: {m[0]!r}: write numbers that mirror a value in the code in "
        f"Arabic numerals, without a thousands separator (10 秒, 1000 字节)"
        for m in NUMBER_STYLE.finditer(prose)
    ]
    for n, line in enumerate(markdown.split("\n"), 1):
        m = VERSION_NOTE.match(line)
        if m and not VERSION_TITLE.fullmatch(m["title"]):
            bad.append(
                f"{name(lang, page)}:{n}: version note {m['title']!r}: title it "
                f"'Python 3.X 新增' or 'Python 3.X 变更' (then '：' and a subject)"
            )
    assert not bad, "\n".join(bad)


@pytest.mark.parametrize(
    ("pattern", "text", "found"),
    [
        (ITALICS, "这是*重点*内容", True),
        (ITALICS, "这是**重点**内容", False),
        (ITALICS, "a * b * c", False),
        (NUMBER_STYLE, "最多十秒", True),
        (NUMBER_STYLE, "十分之一秒", True),
        (NUMBER_STYLE, "1,000 字节", True),
        (NUMBER_STYLE, "最多 10 秒；几十 KiB；十个元素", False),
        (QUOTE_SPACE, "在 “The above” 下面", True),
        (QUOTE_SPACE, "在“The above”下面", False),
        (VERSION_TITLE, "Python 3.14 变更：Linux 上的默认启动方法", True),
        (VERSION_TITLE, "Python 3.14 中的变化", False),
    ],
)
def test_typography_patterns(pattern: re.Pattern, text: str, found: bool) -> None:
    match = pattern.fullmatch if pattern is VERSION_TITLE else pattern.search
    assert bool(match(text)) == found


PYTHON_DOCS_EN = re.compile(r"https?://docs\.python\.org/3(?:\.\d+)?/[^)\s\"]*")


@pytest.mark.parametrize(("lang", "page"), ZH_PROSE, ids=page_ids(ZH_PROSE))
def test_chinese_pages_link_the_chinese_python_docs(lang: str, page: Path) -> None:
    markdown = text(lang, page)
    bad = [
        f"{name(lang, page)}:{markdown.count(chr(10), 0, m.start()) + 1}: links "
        f"{m[0]}; link https://docs.python.org/zh-cn/3/... with the section's "
        f"official Chinese title"
        for m in PYTHON_DOCS_EN.finditer(markdown)
    ]
    assert not bad, "\n".join(bad)


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


def localized(inc: sc.Include, lang: str) -> str:
    """What the `lang` page writes for the include `inc` of the English page.

    A file written once per language counts as the same include: `name.en.ext`
    becomes `name.<lang>.ext` (bench/results/figures.en.md, figures.zh.md), and
    `name.ext` becomes `name.<lang>.ext` when that file exists
    (bench/results/tables.md, tables.zh.md). Anything else stays as it is.
    """
    path = PurePosixPath(inc.path)
    base = path.stem.removesuffix(".en")
    other = path.with_name(f"{base}.{lang}{path.suffix}")
    if base != path.stem or (sc.ROOT / other).is_file():
        return other.as_posix() + inc.target[len(inc.path) :]
    return inc.target


def test_localized_includes() -> None:
    def loc(target: str) -> str:
        return localized(sc.Include(target, 1), "zh")

    assert loc("bench/results/figures.en.md:status") == (
        "bench/results/figures.zh.md:status"
    )
    assert (
        loc("bench/results/tables.md:machine") == "bench/results/tables.zh.md:machine"
    )
    assert (
        loc("examples/queues/joinable_queue.py") == "examples/queues/joinable_queue.py"
    )
    assert (
        loc("examples/queues/joinable_queue.out:2:5")
        == "examples/queues/joinable_queue.out:2:5"
    )


@pytest.mark.parametrize("page", PAIRS, ids=[p.as_posix() for p in PAIRS])
def test_translation_parity(page: Path) -> None:
    en, zh = text("en", page), text("zh", page)
    # A file written once per language counts as the same include (localized).
    en_inc = [localized(i, "zh") for i in sc.includes(en)]
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
