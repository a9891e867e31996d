"""English interface text on the built Chinese site.

    python tools/interface_text.py site        # list what it finds, exit 1 if any

A Chinese page may contain Latin text: code, identifiers (`Pool.map`,
`multiprocessing.Queue`), proper names (Python, Jupyter, Redis, GitHub) and
prose that mixes them with Chinese (使用 `Queue` 传递消息). What it must not
contain is English *interface* or *prose* text: "Permanent link", "Switch to
dark mode", "Copy to Clipboard", "Made with ...", "Not found", an English link
text. This module reads every HTML page under site/zh/ and reports each text
node and each reader-facing attribute (title, aria-label, alt, placeholder)
that has no Chinese character and contains an English word, naming the page.

Skipped, because they are not interface text: code (<code>, <pre>, <kbd>,
<samp>), <script>, <style>, <svg>, and elements marked as another language
(`lang="en"`, like the language menu's "English", or the English half of the
bilingual 404 page). tools/check_site.py and tests/test_interface_text.py run
this on every build.
"""

from __future__ import annotations

import re
import sys
from html.parser import HTMLParser
from pathlib import Path

CJK = re.compile(r"[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uff00-\uffef]")
ATTRIBUTES = ("title", "aria-label", "alt", "placeholder")
SKIP = {"code", "pre", "kbd", "samp", "script", "style", "svg", "math", "template"}
VOID = {
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta",
    "source", "track", "wbr",
}  # fmt: skip
# A token that is code or an identifier rather than a word: dots, underscores,
# parentheses, digits, slashes, '#', '=', or CamelCase / ALLCAPS.
CODE_LIKE = re.compile(r"[._()\[\]/#=<>:@*0-9]|^[A-Z]{2,}|[a-z][A-Z]")
# Proper names and identifiers written as plain words on Chinese pages.
NAMES = {
    "python", "cpython", "jupyter", "ipython", "ipykernel", "redis", "rq",
    "github", "linux", "macos", "windows", "mac", "posix", "unix", "mkdocs",
    "material", "multiprocessing", "asyncio", "threading", "queue", "pickle",
    "fork", "spawn", "forkserver", "lambda", "none", "true", "false",
    "json", "yaml", "svg", "nox", "pytest", "ruff", "uv", "pip", "docker",
    "english", "oom", "gil", "pid", "eof", "ipc", "api", "cpu", "os",
    "kib", "mib", "gib", "µs", "ms", "s", "b", "kb", "mb", "x", "n", "py",
    "celery", "mypy", "authkey", "maxtasksperchild", "debian", "gnu", "bookworm",
}  # fmt: skip
WORD = re.compile(r"[A-Za-z]+(?:'[a-z]+)?")


def english_words(text: str) -> list[str]:
    """The English words of a Latin-only string (identifiers and names left out)."""
    words = []
    for token in text.split():
        token = token.strip("\"'“”‘’,;!?…()[]{}")
        if not token or CODE_LIKE.search(token):
            continue
        words += [w for w in WORD.findall(token) if w.lower() not in NAMES]
    return words


def is_english(text: str) -> bool:
    """A string a Chinese reader would read as English interface or prose."""
    text = " ".join(text.split())
    return bool(text) and not CJK.search(text) and bool(english_words(text))


class _Scanner(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[tuple[str, bool]] = []  # (tag, skipped)
        self.found: list[tuple[int, str]] = []

    def _skipped(self) -> bool:
        return bool(self.stack) and self.stack[-1][1]

    def handle_starttag(self, tag, attrs) -> None:
        attrs = dict(attrs)
        skipped = (
            self._skipped()
            or tag in SKIP
            or "clipboard-copy-txt" in (attrs.get("class") or "")  # a cell's code
            or (attrs.get("lang") or "zh").split("-")[0] != "zh"
        )
        if not skipped:
            for name in ATTRIBUTES:
                value = attrs.get(name)
                if value and is_english(value):
                    self.found.append((self.getpos()[0], f'{name}="{value}"'))
        if tag not in VOID:
            self.stack.append((tag, skipped))

    def handle_startendtag(self, tag, attrs) -> None:
        self.handle_starttag(tag, attrs)
        if tag not in VOID and self.stack and self.stack[-1][0] == tag:
            self.stack.pop()

    def handle_endtag(self, tag) -> None:
        for i in range(len(self.stack) - 1, -1, -1):
            if self.stack[i][0] == tag:
                del self.stack[i:]
                return

    def handle_data(self, data) -> None:
        if not self._skipped() and is_english(data):
            self.found.append((self.getpos()[0], " ".join(data.split())))


def scan_html(html: str) -> list[tuple[int, str]]:
    """(line, string) of each piece of English interface text in a page."""
    scanner = _Scanner()
    # The <head> is not shown, except the title (checked as text below).
    body = html
    if (i := html.find("<body")) != -1:
        head_lines = html.count("\n", 0, i)
        title = re.search(r"<title>(.*?)</title>", html[:i], re.S)
        body = "\n" * head_lines + html[i:]
        if title and is_english(title[1]):
            scanner.found.append((html.count("\n", 0, title.start()) + 1, title[1]))
    scanner.feed(body)
    scanner.close()
    return scanner.found


def check(site: Path, sub: str = "zh") -> list[str]:
    """One line per English string on the pages under site/<sub>/."""
    problems = []
    base = site / sub
    for page in sorted(base.rglob("*.html")):
        shown = page.relative_to(site.parent).as_posix()
        for line, text in scan_html(page.read_text(encoding="utf-8")):
            problems.append(
                f"{shown}:{line}: English interface text on a Chinese page: {text!r}"
            )
    return problems


def main(argv: list[str]) -> int:
    site = Path(argv[1] if len(argv) > 1 else "site")
    problems = check(site)
    print("\n".join(problems) if problems else "no English interface text")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
