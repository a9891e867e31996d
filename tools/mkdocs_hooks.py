"""MkDocs hooks shared by the English and the Chinese build.

- Derive each language's ``site_url`` and the language switcher's targets from
  the one ``site_url`` in mkdocs.yml (English at its root, Chinese under zh/).
- Write the verified Python range (pyproject.toml's classifiers, through
  tools/versions.py) wherever a page says ``{{ python_range }}``.
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
    return config


@event_priority(-50)  # after mkdocs-jupyter (0) has wrapped the notebook files
def on_files(files, config):
    lang = _language(config)
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
