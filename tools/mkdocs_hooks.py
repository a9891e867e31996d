"""MkDocs hooks shared by the English and the Chinese build.

- Derive each language's ``site_url`` and the language switcher's targets from
  the one ``site_url`` in mkdocs.yml (English at its root, Chinese under zh/).
- Write the verified Python range (pyproject.toml's classifiers, through
  tools/versions.py) wherever a page says ``{{ python_range }}``.
- Give the Chinese site a Chinese interface where the theme's own
  translations do not reach: the heading permalinks' title (the toc
  extension's ``permalink_title``) and the palette toggle's labels, both set
  in mkdocs.yml, which mkdocs.zh.yml inherits (repeating ``markdown_extensions``
  or ``theme.palette`` there would replace the whole inherited list).
  tools/interface_text.py checks the built site for English interface text.
- Stop the build, naming the file, when a page has no counterpart in the other
  language, or when a page includes (``--8<--``) a file or section that does
  not exist. pymdownx.snippets' ``check_paths`` would stop too, but its error
  names the snippet, not the page.
"""

from __future__ import annotations

import sys
from pathlib import Path
from urllib.parse import urlsplit

from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority

sys.path.insert(0, str(Path(__file__).resolve().parent))
import notebooks
import site_checks
import versions

LANGUAGES = {"en": ("English", ""), "zh": ("中文", "zh/")}  # code: (name, subpath)
# Interface strings that mkdocs.yml sets in English, per language. A palette
# toggle label missing here stops the Chinese build (rather than showing
# English): add its translation.
PERMALINK_TITLE = {"en": "Permanent link", "zh": "永久链接"}
PALETTE_LABELS = {
    "zh": {
        "Switch to dark mode": "切换到深色模式",
        "Switch to light mode": "切换到浅色模式",
    }
}


def _language(config) -> str:
    lang = config.theme["language"]
    if lang not in LANGUAGES:
        raise PluginError(f"theme.language {lang!r} is not one of {sorted(LANGUAGES)}")
    return lang


def on_config(config):
    lang = _language(config)
    base = config.site_url or ""
    for _, sub in LANGUAGES.values():
        if sub and base.endswith("/" + sub):
            base = base[: -len(sub)]  # a config that already names its subpath
    if not base.endswith("/"):
        base += "/"
    config.site_url = base + LANGUAGES[lang][1]
    root_path = urlsplit(base).path
    config.extra["alternate"] = [
        {"name": name, "link": root_path + sub, "lang": code}
        for code, (name, sub) in LANGUAGES.items()
    ]
    if problem := notebooks.check_config(config, lang):
        raise PluginError(problem)
    _localize_interface(config, lang)
    return config


def _localize_interface(config, lang: str) -> None:
    toc = config.mdx_configs.setdefault("toc", {})
    if toc.get("permalink"):
        toc["permalink_title"] = PERMALINK_TITLE[lang]
    labels = PALETTE_LABELS.get(lang)
    if labels is None:
        return
    palette = config.theme.get("palette") or []
    for scheme in [palette] if isinstance(palette, dict) else palette:
        toggle = scheme.get("toggle") or {}
        name = toggle.get("name")
        if name and name not in labels.values():
            if name not in labels:
                raise PluginError(
                    f"theme.palette toggle label {name!r} has no {lang} translation: "
                    f"add it to PALETTE_LABELS in tools/mkdocs_hooks.py"
                )
            toggle["name"] = labels[name]


@event_priority(-50)  # after mkdocs-jupyter (0) has wrapped the notebook files
def on_files(files, config):
    lang = _language(config)
    # A notebook's Markdown cells (docs/<lang>/<page>.cells.md) are content
    # for tools/notebooks.py, not pages.
    for f in [f for f in files if f.src_uri.endswith(notebooks.CELLS_SUFFIX)]:
        files.remove(f)
    docs = Path(config.docs_dir)
    pages = {f.src_uri for f in files if f.src_uri.endswith((".md", ".ipynb"))}
    for other in LANGUAGES:
        if other == lang:
            continue
        other_docs = docs.parent / other
        for uri in sorted(pages):
            if not (other_docs / uri).exists():
                raise PluginError(
                    f"docs/{lang}/{uri} has no translation: create docs/{other}/{uri} "
                    f"(same sections, anchors and includes)."
                )
    try:
        notebooks.prepare_files(files, config, lang)
    except notebooks.NotebookFailed as exc:
        raise PluginError(str(exc)) from None
    return files


def on_page_markdown(markdown, page, config, files):
    page_path = f"docs/{_language(config)}/{page.file.src_uri}"
    for inc in site_checks.includes(markdown):
        if problem := site_checks.missing_include(inc):
            raise PluginError(
                f"{page_path}:{inc.line} {problem}. Restore it, or change the page's "
                f"'--8<--' line."
            )
    return markdown.replace(versions.RANGE_TOKEN, versions.python_range())


def on_page_content(html, page, config, files):
    if not notebooks.is_notebook_page(page):
        return html
    try:
        return notebooks.finish_page(html, page, files, _language(config))
    except notebooks.NotebookFailed as exc:
        raise PluginError(str(exc)) from None


def on_post_build(config):
    notebooks.cleanup()
