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
- Language alternates in each page's ``<head>``: absolute URLs of the same
  page in each language, plus ``x-default`` (English), instead of Material's
  relative links to each language's home. Each language's sitemap.xml lists,
  for each of its pages, the same alternates (``xhtml:link``).
- Repair the theme's markup that the Nu Html Checker and axe-core reject
  (``autocomplete`` on checkboxes, ``tabindex=""``, a search dialog without a
  name); see ``fix_theme_markup``.
- Keep code listings, their outputs and their annotations out of the search
  index: they were three quarters of its bytes, and every first page load
  fetches the index. Prose, headings and inline code stay searchable.
"""

from __future__ import annotations

import html as htmlmod
import json
import re
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
    config.extra["site_root"] = base  # the English root; Chinese is under zh/
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


IMG = re.compile(r"<img\b(?P<attrs>[^>]*?)\s*/?>")
SRC = re.compile(r'\ssrc="(?P<src>[^"#?]+\.svg)(?:#[^"]*)?"')
SVG_SIZE = re.compile(
    r'<svg\b[^>]*?\swidth="(?P<w>[\d.]+)(?P<wu>pt|px)?"[^>]*?'
    r'\sheight="(?P<h>[\d.]+)(?P<hu>pt|px)?"'
)


def size_images(html: str, page, files) -> str:
    """Local SVG images get their width and height (so the page does not move
    as they load) and load lazily (no bytes for figures below the fold)."""
    import posixpath

    def sized(m: re.Match) -> str:
        attrs = m["attrs"]
        src = SRC.search(attrs)
        if not src or " width=" in attrs or "://" in src["src"]:
            return m[0]
        # Links are relative to the page's URL by now; assets keep their path.
        rel = posixpath.normpath(posixpath.join(page.url, src["src"]))
        file = files.get_file_from_path(rel)
        path = Path(file.abs_src_path) if file and file.abs_src_path else None
        if path is None or not path.is_file():
            return m[0]
        size = SVG_SIZE.search(path.read_text(encoding="utf-8")[:3000])
        if not size:
            return m[0]
        w, h = (
            round(float(size[k]) * (4 / 3 if size[k + "u"] == "pt" else 1))
            for k in ("w", "h")
        )
        return f'<img{attrs} width="{w}" height="{h}" loading="lazy" decoding="async">'

    return IMG.sub(sized, html)


# A code block and the <ol> right after it: its annotation list when the
# block holds markers, "# (1)!" (the same markers the page tests count).
ANNOTATION_LIST = re.compile(r"(<pre\b(?:(?!</pre>).)*</pre></div>\s*)<ol>", re.S)


def _mark_annotation_list(m: re.Match) -> str:
    # data-annotations: hidden until the theme has mounted the block above
    # (overrides/main.html), since with content.lazy that happens only when
    # the block scrolls into view.
    mark = " data-annotations" if site_checks.ANNOTATION_MARKER.search(m[1]) else ""
    return f"{m[1]}<ol data-search-exclude{mark}>"


# Pygments wraps every name and every run of spaces in a span of its own
# (class "n" and "w"), and Material styles neither: a name is drawn in the
# code block's own colour (--md-code-hl-name-color is --md-code-fg-color in
# both schemes). On a long chapter these spans are a quarter of the page's
# elements, and each is styled and laid out again whenever the theme's script
# changes the page as it starts: drop the span, keep the text.
PLAIN_TOKEN = re.compile(r'<span class="(?:n|w)">([^<]*)</span>')


def lighten_code(html: str) -> str:
    return PRE_BLOCK.sub(lambda m: PLAIN_TOKEN.sub(r"\1", m.group(0)), html)


def on_page_content(html, page, config, files):
    # Annotations explain lines of code, which the index leaves out: leave
    # them out too (a quarter of the index). Runs before the search plugin
    # reads the page (on_page_context).
    html = ANNOTATION_LIST.sub(_mark_annotation_list, html)
    html = size_images(html, page, files)
    if not notebooks.is_notebook_page(page):
        return lighten_code(html)
    try:
        html = notebooks.finish_page(html, page, files, _language(config))
    except notebooks.NotebookFailed as exc:
        raise PluginError(str(exc)) from None
    return lighten_code(html)


# -- language alternates -------------------------------------------------------

DEFAULT_LANGUAGE = "en"  # x-default: readers whose language is neither
# Material's <link rel="alternate" href="/guide/" hreflang="en"> lines.
THEME_ALTERNATES = re.compile(
    r'[ \t]*<link rel="alternate" href="[^"]*" hreflang="[^"]*">\n?'
)


def alternates(page_url: str, config) -> list[tuple[str, str]]:
    """(hreflang, absolute URL) of ``page_url`` in every language, then x-default."""
    root = config.extra["site_root"]
    links = [(code, root + sub + page_url) for code, (_, sub) in LANGUAGES.items()]
    default = root + LANGUAGES[DEFAULT_LANGUAGE][1] + page_url
    return [*links, ("x-default", default)]


def alternate_links(page, config) -> str:
    if page.url == "404.html":  # not a page of its own: no alternates
        return ""
    return "".join(
        f'    <link rel="alternate" hreflang="{code}" href="{htmlmod.escape(url)}">\n'
        for code, url in alternates(page.url, config)
    )


# -- theme markup ----------------------------------------------------------------

SEARCH_NAME = {"en": "Search", "zh": "搜索"}
TOGGLE_AUTOCOMPLETE = re.compile(r'(<input class="md-toggle"[^>]*?) autocomplete="off"')
EMPTY_TABINDEX = re.compile(r' tabindex=""')
SEARCH_DIALOG = '<div class="md-search" data-md-component="search" role="dialog">'


def fix_theme_markup(output: str, lang: str) -> str:
    """Material 9.8.1's own markup, made valid and named:

    - ``autocomplete`` is not allowed on ``<input type="checkbox">`` (Nu);
    - ``tabindex=""`` on section labels of the navigation is not a number (Nu);
    - the search ``role="dialog"`` has no accessible name (axe aria-dialog-name).
    """
    output = TOGGLE_AUTOCOMPLETE.sub(r"\1", output)
    output = EMPTY_TABINDEX.sub("", output)
    return output.replace(
        SEARCH_DIALOG,
        SEARCH_DIALOG[:-1] + f' aria-label="{SEARCH_NAME[lang]}">',
    )


@event_priority(-100)  # after every plugin's changes to the page
def on_post_page(output, page, config):
    lang = _language(config)
    output = fix_theme_markup(output, lang)
    links = alternate_links(page, config)
    output = THEME_ALTERNATES.sub("", output)
    if links:
        head = output.index("</head>")
        output = output[:head] + links + output[head:]
    return output


def on_post_template(output_content, template_name, config):
    """404.html is a template of its own, not a page: fix its markup too."""
    if template_name == "404.html":
        return fix_theme_markup(output_content, _language(config))
    return output_content


# -- search index and sitemap ------------------------------------------------------

PRE_BLOCK = re.compile(r"<pre\b.*?</pre>", re.S)
# mkdocs-jupyter's copy button text, which would start the notebook's entry.
COPIED = re.compile(r"\bCopied!\s*")


# The blocks of a section's text that the index keeps, and where a long one
# is cut: after the last full sentence within SENTENCES_UP_TO characters.
BLOCK = re.compile(r"<p>.*?</p>|<ul>.*?</ul>|<ol>.*?</ol>", re.S)
KEPT_BLOCKS = 2
SENTENCES_UP_TO = 400
SENTENCE_END = re.compile(r"[。！？；]|[.!?;](?=\s)")


def _opening(block: str) -> str:
    if len(block) <= SENTENCES_UP_TO:
        return block
    text = re.sub(r"<[^>]+>", "", block)[:SENTENCES_UP_TO]
    ends = [m.end() for m in SENTENCE_END.finditer(text)]
    return f"<p>{text[: ends[-1]] if ends else text}</p>"


def trim_search_index(site_dir: Path) -> None:
    """What the search index holds: every page's and section's title, and the
    opening of each section's text (its first two paragraphs or lists, long
    ones cut after a full sentence). Code listings and outputs (``<pre>``),
    tables and the rest of the prose stay out.

    The index is part of every page's first load (Material fetches it when
    the page opens), and the whole Chinese text made it over 100 KB gzipped,
    half of the 200 KB budget. Titles and openings find a section by its
    subject; the section itself holds the detail.
    """
    path = site_dir / "search" / "search_index.json"
    if not path.is_file():
        return
    data = json.loads(path.read_text(encoding="utf-8"))
    for doc in data["docs"]:
        text = COPIED.sub("", PRE_BLOCK.sub(" ", doc["text"]))
        if blocks := BLOCK.findall(text):
            text = "".join(_opening(b) for b in blocks[:KEPT_BLOCKS])
        doc["text"] = re.sub(r"[ \t\n]{2,}", " ", text).strip()
    path.write_text(
        json.dumps(data, separators=(",", ":"), ensure_ascii=False), encoding="utf-8"
    )


SITEMAP_URL = re.compile(r"(<url>\s*<loc>(?P<loc>[^<]+)</loc>)")


def add_sitemap_alternates(site_dir: Path, config) -> None:
    """Each <url> of this language's sitemap.xml lists its page in every
    language (Google reads hreflang from sitemaps too)."""
    path = site_dir / "sitemap.xml"
    if not path.is_file():
        return
    text = path.read_text(encoding="utf-8")
    own = config.site_url

    def add(m: re.Match) -> str:
        loc = m["loc"].strip()
        if not loc.startswith(own):
            return m[0]
        links = "".join(
            f'\n         <xhtml:link rel="alternate" hreflang="{code}" href="{url}"/>'
            for code, url in alternates(loc[len(own) :], config)
        )
        return m[1] + links

    text = SITEMAP_URL.sub(add, text)
    text = text.replace(
        'xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"',
        'xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
        'xmlns:xhtml="http://www.w3.org/1999/xhtml"',
        1,
    )
    path.write_text(text, encoding="utf-8")
    # Material also writes sitemap.xml.gz: keep the two the same.
    gz = path.with_name("sitemap.xml.gz")
    if gz.is_file():
        import gzip

        gz.write_bytes(gzip.compress(text.encode("utf-8"), mtime=0))


@event_priority(-100)  # after the search plugin and the sitemap are written
def on_post_build(config):
    notebooks.cleanup()
    site_dir = Path(config.site_dir)
    trim_search_index(site_dir)
    add_sitemap_alternates(site_dir, config)
