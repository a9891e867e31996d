"""Check a built site: python tools/check_site.py site

Fails (exit 1, one line per problem, naming the file) when:
- a page still holds a raw snippet marker ('--8<--'): an include was not expanded;
- a page loads a script, stylesheet, font or image from another host;
- a page's <html lang> is not its language's (en at the root, zh under zh/),
  or its 'edit this page' link does not open a file under docs/<lang>/;
- a notebook page was emitted as raw text or without its outputs
  (tools/notebooks.py);
- a Chinese page shows English interface text (tools/interface_text.py:
  "Permanent link", a palette label, a footer, an English link text ...);
- the two languages do not have the same pages, or a language lacks its own
  search index, or the Chinese index does not split on U+200B.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import interface_text
import notebooks

LANG_DIRS = {"en": "", "zh": "zh"}
EXTERNAL = re.compile(
    r'<(?:script|link|img|iframe|source)\b[^>]*?\b(?:src|href)="(?P<url>(?:https?:)?//[^"]+)"'
)
EDIT_LINK = re.compile(r'<a href="(?P<url>[^"]+)"[^>]*\brel="edit"')
HTML_LANG = re.compile(r'<html[^>]*\blang="(?P<lang>[^"]+)"')


def pages(site: Path, lang: str) -> set[str]:
    base = site / LANG_DIRS[lang]
    found = set()
    for p in base.rglob("*.html"):
        rel = p.relative_to(base).as_posix()
        if lang == "en" and rel.startswith("zh/"):
            continue
        found.add(rel)
    return found


def check(site: Path) -> list[str]:
    problems = []
    by_lang = {lang: pages(site, lang) for lang in LANG_DIRS}
    for lang, rels in by_lang.items():
        base = site / LANG_DIRS[lang]
        for rel in sorted(rels):
            path = base / rel
            html = path.read_text(encoding="utf-8")
            shown = path.relative_to(site.parent).as_posix()
            if "--8<--" in html:
                problems.append(f"{shown}: a '--8<--' include was not expanded")
            for m in EXTERNAL.finditer(html):
                if "<link" in m[0] and 'rel="canonical"' in m[0]:
                    continue
                if re.search(r'rel="(?:alternate|canonical)"', m[0]):
                    continue
                problems.append(f"{shown}: loads {m['url']} from another host")
            edit = EDIT_LINK.search(html)
            if rel != "404.html" and (not edit or f"/docs/{lang}/" not in edit["url"]):
                got = edit["url"] if edit else "none"
                problems.append(
                    f"{shown}: 'edit this page' must open a file under docs/{lang}/, "
                    f"got {got}"
                )
            m = HTML_LANG.search(html)
            if not m or m["lang"] != lang:
                got = m["lang"] if m else "none"
                problems.append(f'{shown}: <html lang="{got}">, expected "{lang}"')
        index = base / "search" / "search_index.json"
        if not index.is_file():
            problems.append(f"{index}: missing: each language needs its own index")
        else:
            config = json.loads(index.read_text(encoding="utf-8"))["config"]
            if config["lang"] != [lang]:
                problems.append(
                    f"{index}: indexes {config['lang']}, expected [{lang!r}]"
                )
            if lang == "zh" and "\\u200b" not in config["separator"]:
                problems.append(
                    f"{index}: separator {config['separator']!r} does not split on "
                    f"U+200B, so jieba-segmented Chinese cannot be searched"
                )
    problems += notebooks.check_site(site)
    problems += interface_text.check(site, LANG_DIRS["zh"])
    only_en = by_lang["en"] - by_lang["zh"]
    only_zh = by_lang["zh"] - by_lang["en"]
    problems += [
        f"site/{p}: no Chinese counterpart site/zh/{p}" for p in sorted(only_en)
    ]
    problems += [
        f"site/zh/{p}: no English counterpart site/{p}" for p in sorted(only_zh)
    ]
    return problems


def main(argv: list[str]) -> int:
    site = Path(argv[1] if len(argv) > 1 else "site")
    problems = check(site)
    for line in problems:
        print(line)
    if not problems:
        n = sum(len(pages(site, lang)) for lang in LANG_DIRS)
        print(f"check_site: {n} pages in {len(LANG_DIRS)} languages, all fine")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
