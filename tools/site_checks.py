"""Reading the Markdown pages: includes, fenced blocks, headings, the nav.

Pure standard library, shared by the MkDocs hooks (build time) and by
tests/test_pages.py (test time), so both read the pages the same way.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
LANGS = ("en", "zh")
CONFIGS = {"en": ROOT / "mkdocs.yml", "zh": ROOT / "mkdocs.zh.yml"}

INCLUDE = re.compile(r'^[ \t]*-{1,}8<-{1,}[ \t]+"(?P<target>[^"]+)"[ \t]*$', re.M)
FENCE = re.compile(r"^(?P<indent>[ \t]*)(?P<fence>`{3,}|~{3,})[ \t]*(?P<info>.*)$")
HEADING = re.compile(r"^(?P<level>#{1,6})[ \t]+(?P<text>.*?)[ \t]*$")
ANCHOR = re.compile(r"\{[ \t]*#(?P<id>[^ \t}]+)[^}]*\}$")
ASCII_ID = re.compile(r"[a-z0-9]+(?:[-_.][a-z0-9]+)*")
INLINE_CODE = re.compile(r"(?<!`)(`+)(?!`)((?:(?!\n[ \t]*\n).)+?)(?<!`)\1(?!`)", re.S)
PYTHON_LANGS = {"python", "py", "python3", "py3", "pycon", "pyi"}


@dataclass(frozen=True)
class Include:
    target: str  # as written: path, path:section or path:start:end
    line: int

    @property
    def path(self) -> str:
        return self.target.split(":")[0]

    @property
    def section(self) -> str | None:
        rest = self.target.split(":")[1:]
        return rest[0] if rest and not rest[0].isdigit() else None


@dataclass(frozen=True)
class Fence:
    lang: str
    info: str
    body: tuple[str, ...]
    line: int  # 1-based line of the opening fence


@dataclass(frozen=True)
class Heading:
    level: int
    text: str
    anchor: str | None
    line: int


def includes(markdown: str) -> list[Include]:
    return [
        Include(m["target"], markdown.count("\n", 0, m.start()) + 1)
        for m in INCLUDE.finditer(markdown)
    ]


def missing_include(inc: Include, root: Path = ROOT) -> str | None:
    """Why `inc` does not resolve, or None when it does."""
    file = root / inc.path
    if not file.is_file():
        return f"includes {inc.path!r}, which does not exist"
    if inc.section:
        text = file.read_text(encoding="utf-8")
        start, end = f"--8<-- [start:{inc.section}]", f"--8<-- [end:{inc.section}]"
        if start not in text or end not in text:
            return (
                f"includes section {inc.section!r} of {inc.path}, which has no "
                f"'# {start}' ... '# {end}' markers"
            )
    return None


def fences(markdown: str) -> list[Fence]:
    found: list[Fence] = []
    lines = markdown.splitlines()
    i = 0
    while i < len(lines):
        m = FENCE.match(lines[i])
        if not m:
            i += 1
            continue
        fence, info = m["fence"], m["info"].strip()
        lang = re.split(r"[\s{]", info, maxsplit=1)[0].lstrip(".") if info else ""
        body: list[str] = []
        j = i + 1
        while j < len(lines):
            close = FENCE.match(lines[j])
            if (
                close
                and close["fence"][0] == fence[0]
                and len(close["fence"]) >= len(fence)
                and not close["info"].strip()
            ):
                break
            body.append(lines[j])
            j += 1
        found.append(Fence(lang.lower(), info, tuple(body), i + 1))
        i = j + 1
    return found


def prose_lines(markdown: str) -> list[tuple[int, str]]:
    """(1-based number, text) of every line outside fenced code blocks.

    A block ends at a bare fence of the same kind, at least as long as the
    opening one (a line like ```` ```python ```` inside it does not end it).
    """
    in_fence: str | None = None
    found = []
    for n, line in enumerate(markdown.split("\n"), 1):
        m = FENCE.match(line)
        if m and in_fence is None:
            in_fence = m["fence"]
        elif in_fence is not None:
            if (
                m
                and not m["info"].strip()
                and m["fence"][0] == in_fence[0]
                and len(m["fence"]) >= len(in_fence)
            ):
                in_fence = None
        else:
            found.append((n, line))
    return found


def prose_text(markdown: str) -> str:
    """`markdown` with fenced blocks and inline code blanked out.

    Every other character keeps its place (newlines included), so offsets and
    line numbers in the result are those of the page.
    """
    keep = dict(prose_lines(markdown))
    text = "\n".join(
        line if n in keep else _blank(line)
        for n, line in enumerate(markdown.split("\n"), 1)
    )
    return INLINE_CODE.sub(lambda m: _blank(m[0]), text)


def _blank(text: str) -> str:
    return re.sub(r"[^\n]", " ", text)


def headings(markdown: str) -> list[Heading]:
    """ATX headings outside fenced blocks."""
    found = []
    for n, line in prose_lines(markdown):
        h = HEADING.match(line)
        if h:
            a = ANCHOR.search(h["text"])
            found.append(Heading(len(h["level"]), h["text"], a["id"] if a else None, n))
    return found


CELLS_SUFFIX = ".cells.md"  # a notebook's Markdown cells (tools/notebooks.py)


def pages(lang: str) -> list[Path]:
    """Every page of one language, as paths relative to docs/<lang>/."""
    base = DOCS / lang
    return sorted(
        p.relative_to(base)
        for p in base.rglob("*")
        if p.suffix in (".md", ".ipynb") and not p.name.endswith(CELLS_SUFFIX)
    )


def cells_files(lang: str) -> list[Path]:
    """The notebooks' Markdown-cell files of one language, relative to docs/<lang>/.

    Not pages, but Markdown text the reader sees: the prose checks read them.
    """
    base = DOCS / lang
    return sorted(p.relative_to(base) for p in base.rglob("*" + CELLS_SUFFIX))


def nav_pages(lang: str) -> list[str]:
    """The page paths listed in a config's nav, in order."""
    text = CONFIGS[lang].read_text(encoding="utf-8")
    nav = text.split("\nnav:", 1)[1] if "\nnav:" in text else ""
    return re.findall(r"([\w./-]+\.(?:md|ipynb))\s*$", nav, re.M)


CJK = r"[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uff00-\uffef]"
BLOCK_START = re.compile(r"^\s*(?:[-*+] |\d+\. |#|\||!!!|\?\?\?|===|>|<|\{|--8<--)")


# A line after which the next line starts a new block, whatever it holds: an
# admonition or tab title, a heading, a table row, a line that is one HTML tag.
BLOCK_LINE = re.compile(r"^\s*(?:!!!|\?\?\?|===|#|\||<[^>]*>\s*$)")
LINK_DEFINITION = re.compile(r"^\s*\[[^\]]+\]:\s")


def cjk_soft_breaks(markdown: str) -> list[int]:
    """Lines after which a paragraph of Chinese text continues on the next line.

    Markdown turns such a line break into a space, which shows as a stray gap
    in Chinese text: between two characters, and also next to markup
    (``**``, a link, a code span) or full-width punctuation. So a Chinese
    paragraph is one line: every line break inside a paragraph (or a list
    item, or an admonition) that holds Chinese text is reported, whatever is
    on either side of it. Code blocks, front matter and HTML comments are not
    prose; a hard break (two trailing spaces or a backslash) is allowed.
    Returns 1-based line numbers.
    """
    prose = prose_lines(markdown)
    skip = _not_prose(markdown)
    found = []
    for (n, line), (m, nxt) in itertools.pairwise(prose):
        if m != n + 1 or n in skip or m in skip or not line.strip() or not nxt.strip():
            continue
        if BLOCK_START.match(nxt) or BLOCK_LINE.match(line):
            continue
        if LINK_DEFINITION.match(nxt) or line.endswith(("  ", "\\")):
            continue
        if re.search(CJK, line) or re.search(CJK, nxt):
            found.append(n)
    return found


def soft_break_context(markdown: str, line: int, width: int = 12) -> str:
    """The text on both sides of the line break after `line` (for messages)."""
    lines = markdown.split("\n")
    return f"{lines[line - 1].rstrip()[-width:]}⏎{lines[line].lstrip()[:width]}"


def _not_prose(markdown: str) -> set[int]:
    """Line numbers of front matter and of HTML comments."""
    lines = markdown.split("\n")
    skip: set[int] = set()
    if lines and lines[0].strip() == "---":
        for n, line in enumerate(lines[1:], 2):
            if line.strip() in ("---", "..."):
                skip.update(range(1, n + 1))
                break
    for m in re.finditer(r"<!--.*?-->", markdown, re.S):
        first = markdown.count("\n", 0, m.start()) + 1
        skip.update(range(first, first + m[0].count("\n") + 1))
    return skip


ANNOTATION_MARKER = re.compile(r"# \((\d+)\)!")
LIST_ITEM = re.compile(r"^(\d+)\.[ \t]+")


def included_text(inc: Include, root: Path = ROOT) -> str:
    """The text an include inserts: the whole file, or its marked section."""
    text = (root / inc.path).read_text(encoding="utf-8")
    if inc.section:
        start = text.index(f"--8<-- [start:{inc.section}]")
        text = text[start : text.index(f"--8<-- [end:{inc.section}]", start)]
    return text


def annotation_mismatches(markdown: str, root: Path = ROOT) -> list[str]:
    """Code blocks whose annotation markers (``# (1)!``) and the numbered list
    right after the block disagree, each as "line N: ..." (1-based)."""
    lines = markdown.splitlines()
    found = []
    for fence in fences(markdown):
        incs = [i for i in includes("\n".join(fence.body)) if i.path.endswith(".py")]
        if len(incs) != 1 or missing_include(incs[0], root):
            continue
        markers = sorted(
            {int(n) for n in ANNOTATION_MARKER.findall(included_text(incs[0], root))}
        )
        items, i = [], fence.line + len(fence.body) + 1  # the line after the fence
        while i < len(lines) and not lines[i].strip():
            i += 1
        while i < len(lines) and (
            LIST_ITEM.match(lines[i]) or not lines[i].strip() or lines[i][:1] in " \t"
        ):
            if m := LIST_ITEM.match(lines[i]):
                items.append(int(m[1]))
            i += 1
        if items != list(range(1, len(markers) + 1)):
            found.append(
                f"line {fence.line}: {incs[0].target} has annotation markers "
                f"{markers or 'none'}, the list after it numbers {items or 'nothing'}"
            )
    return found
