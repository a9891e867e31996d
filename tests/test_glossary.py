"""The Chinese pages use the site's chosen terms; the glossary lists them all.

The terms live in tests/glossary_terms.py. These tests check that:

- no Chinese page (docs/zh/**/*.md) uses a banned variant of a term in its
  prose (fenced code blocks and inline code are skipped); one test per page,
  and a failure names the page, the line, the variant and the chosen term;
- docs/en/glossary.md and docs/zh/glossary.md have an entry (a heading with
  the term's anchor) for every term; the Chinese heading contains the chosen
  Chinese term, and the English entry names it;
- the checker itself reports what it should and skips code.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import pytest

import site_checks as sc
from glossary_terms import TERMS

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
ZH_PAGES = sorted((DOCS / "zh").rglob("*.md"))
GLOSSARY = {lang: DOCS / lang / "glossary.md" for lang in ("en", "zh")}

HEADING = re.compile(r"^(#{1,6})[ \t]+(.*?)[ \t]*\{[ \t]*#([^ \t}]+)[^}]*\}[ \t]*$")


@dataclass(frozen=True)
class Violation:
    page: str
    line: int
    variant: str
    english: str
    chinese: str

    def __str__(self) -> str:
        return (
            f"{self.page}:{self.line}: {self.variant!r} is not the site's term for "
            f"{self.english!r}; write {self.chinese!r} (see tests/glossary_terms.py "
            f"and glossary.md#"
            + next(t["anchor"] for t in TERMS if t["english"] == self.english)
            + ")"
        )


def _banned_patterns() -> list[tuple[re.Pattern[str], dict]]:
    patterns = []
    for term in TERMS:
        for variant in term.get("banned", []):
            patterns.append((re.compile(re.escape(variant)), term))
        for regex in term.get("banned_re", []):
            patterns.append((re.compile(regex), term))
    return patterns


BANNED = _banned_patterns()


def prose_only(markdown: str) -> str:
    """`markdown` with code blanked out, positions kept (tools/site_checks.py)."""
    return sc.prose_text(markdown)


def check_text(markdown: str, page: str) -> list[Violation]:
    """Every banned variant used in the prose of `markdown`, in page order."""
    prose = prose_only(markdown)
    found = []
    for pattern, term in BANNED:
        for m in pattern.finditer(prose):
            line = prose.count("\n", 0, m.start()) + 1
            found.append(Violation(page, line, m[0], term["english"], term["chinese"]))
    return sorted(found, key=lambda v: (v.line, v.variant))


def check_page(path: Path, root: Path = ROOT) -> list[Violation]:
    try:
        name = path.relative_to(root).as_posix()
    except ValueError:
        name = path.as_posix()
    return check_text(path.read_text(encoding="utf-8"), name)


def glossary_entries(markdown: str) -> dict[str, tuple[str, str]]:
    """anchor -> (heading text, body up to the next heading), outside code."""
    entries: dict[str, tuple[str, str]] = {}
    lines = prose_only(markdown).split("\n")
    originals = markdown.split("\n")
    current: str | None = None
    body: list[str] = []
    title = ""
    for line, original in zip(lines, originals, strict=True):
        m = HEADING.match(line)
        if m:
            if current:
                entries[current] = (title, "\n".join(body))
            current, title, body = m[3], m[2], []
        elif current:
            body.append(original)
    if current:
        entries[current] = (title, "\n".join(body))
    return entries


# --- the terms table --------------------------------------------------------


def test_terms_table_is_consistent() -> None:
    anchors = [t["anchor"] for t in TERMS]
    assert len(anchors) == len(set(anchors)), "duplicate anchors in glossary_terms"
    problems = []
    for term in TERMS:
        if not re.fullmatch(r"[a-z0-9]+(?:-[a-z0-9]+)*", term["anchor"]):
            problems.append(f"{term['anchor']!r}: anchors are lowercase ASCII")
        hits = check_text(term["chinese"], "glossary_terms.py")
        if hits:
            problems.append(
                f"{term['english']!r}: the chosen term {term['chinese']!r} "
                f"matches a banned variant ({hits[0].variant!r})"
            )
    assert not problems, "\n".join(problems)


# --- every Chinese page ------------------------------------------------------


@pytest.mark.parametrize(
    "page", ZH_PAGES, ids=[p.relative_to(ROOT).as_posix() for p in ZH_PAGES]
)
def test_chinese_page_uses_chosen_terms(page: Path) -> None:
    violations = check_page(page)
    assert not violations, "\n".join(map(str, violations))


# --- the glossary pages ------------------------------------------------------


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_glossary_has_every_term(lang: str) -> None:
    page = GLOSSARY[lang]
    assert page.is_file(), f"docs/{lang}/glossary.md is missing"
    entries = glossary_entries(page.read_text(encoding="utf-8"))
    missing = [t["anchor"] for t in TERMS if t["anchor"] not in entries]
    assert not missing, (
        f"docs/{lang}/glossary.md has no entry (heading with '{{ #anchor }}') for: "
        + ", ".join(missing)
    )


def test_chinese_glossary_uses_chosen_terms() -> None:
    entries = glossary_entries(GLOSSARY["zh"].read_text(encoding="utf-8"))
    wrong = [
        f"docs/zh/glossary.md: the heading of #{t['anchor']} is "
        f"{entries[t['anchor']][0]!r}; it should contain {t['chinese']!r}"
        for t in TERMS
        if t["anchor"] in entries and t["chinese"] not in entries[t["anchor"]][0]
    ]
    assert not wrong, "\n".join(wrong)


def test_english_glossary_names_chinese_terms() -> None:
    entries = glossary_entries(GLOSSARY["en"].read_text(encoding="utf-8"))
    wrong = [
        f"docs/en/glossary.md: the entry #{t['anchor']} does not name the Chinese "
        f"term {t['chinese']!r}"
        for t in TERMS
        if t["anchor"] in entries and t["chinese"] not in entries[t["anchor"]][1]
    ]
    assert not wrong, "\n".join(wrong)


# --- the checker itself ------------------------------------------------------


def test_checker_reports_a_banned_variant() -> None:
    text = "# 标题 { #title }\n\n正文。\n选择合适的启动方式很重要。\n"
    (v,) = check_text(text, "docs/zh/example.md")
    assert (v.page, v.line, v.variant, v.chinese) == (
        "docs/zh/example.md",
        4,
        "启动方式",
        "启动方法",
    )
    message = str(v)
    assert "docs/zh/example.md:4" in message
    assert "启动方式" in message
    assert "启动方法" in message


def test_checker_fails_on_a_page_copy(tmp_path: Path) -> None:
    source = GLOSSARY["zh"]
    copy = tmp_path / "docs" / "zh" / "copy.md"
    copy.parent.mkdir(parents=True)
    text = source.read_text(encoding="utf-8")
    copy.write_text(text + "\n这里误用了资源追踪器一词。\n", encoding="utf-8")
    violations = check_page(copy, root=tmp_path)
    assert [(v.page, v.variant) for v in violations] == [
        ("docs/zh/copy.md", "资源追踪器")
    ]
    assert violations[0].line == len(text.splitlines()) + 2


def test_checker_skips_code() -> None:
    text = (
        "正文提到 `启动方式` 与 ``封存`` 也没关系。\n\n"
        '=== "fork"\n\n'
        "    ```text\n    启动方式\n    ```\n\n"
        "~~~~\n封存\n~~~~\n"
    )
    assert check_text(text, "p.md") == []


def test_checker_knows_context() -> None:
    assert check_text("后台写入线程把数据写入管道。", "p.md") == []
    (v,) = check_text("写入线程把数据写入管道。", "p.md")
    assert v.variant == "写入线程"
    (v,) = check_text("它启动一个 feeder 线程。", "p.md")
    assert v.chinese == "后台写入线程"
