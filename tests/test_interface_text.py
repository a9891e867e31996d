"""The Chinese site has a Chinese interface: no English interface text.

The scanner (tools/interface_text.py) is tested here on small pieces of HTML.
On a built site (SITE_DIR set, e.g. SITE_DIR=site after `nox -s docs`, which
also runs the same check through tools/check_site.py), every page under
site/zh/ is scanned; a failure names the page, the line and the string.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

import interface_text as it

SITE = os.environ.get("SITE_DIR")


@pytest.mark.parametrize(
    "html",
    [
        '<h2>标题<a class="headerlink" title="Permanent link">¶</a></h2>',
        '<button aria-label="Switch to dark mode"></button>',
        '<div class="md-copyright">Made with <a href="#">Material</a></div>',
        "<article><h1>404 - Not found</h1></article>",
        '<p>见 <a href="https://docs.python.org/3/">Using a pool of workers</a>。</p>',
        '<span class="notice" hidden>Copied!</span>',
        '<div class="md-source__repository">source</div>',
    ],
)
def test_english_interface_text_is_found(html: str) -> None:
    assert it.scan_html(f"<body>{html}</body>"), html


@pytest.mark.parametrize(
    "html",
    [
        "<p>使用 <code>multiprocessing.Queue</code> 传递消息，直到 Permanent。</p>",
        "<pre><code>print('hello world')</code></pre>",
        '<a href="#" lang="en">English</a>',
        '<div lang="en"><h2>Page not found</h2></div>',
        "<h2>ProcessPoolExecutor</h2><h2>Pool.map</h2><td>fork</td><td>64 KiB</td>",
        "<p>Python 3.14</p><p>Jupyter</p><p>ipython/ipython#10894</p>",
        '<div class="clipboard-copy-txt">import queue</div>',
        "<script>var x = 'Copy to Clipboard';</script><style>a{}</style>",
    ],
)
def test_code_names_and_marked_english_are_allowed(html: str) -> None:
    assert not it.scan_html(f"<body>{html}</body>"), html


def test_a_problem_names_the_page_and_the_string(tmp_path: Path) -> None:
    page = tmp_path / "site" / "zh" / "queues" / "index.html"
    page.parent.mkdir(parents=True)
    page.write_text(
        '<html lang="zh"><body>\n<h1>队列<a title="Permanent link">¶</a></h1>\n'
        "</body></html>",
        encoding="utf-8",
    )
    problems = it.check(tmp_path / "site")
    assert problems == [
        "site/zh/queues/index.html:2: English interface text on a Chinese page: "
        "'title=\"Permanent link\"'"
    ]


@pytest.mark.skipif(not SITE, reason="set SITE_DIR to a built site, e.g. SITE_DIR=site")
def test_built_chinese_site_has_no_english_interface_text() -> None:
    site = Path(SITE).resolve()
    assert (site / "zh" / "index.html").is_file(), f"SITE_DIR={SITE}: no zh/ site"
    problems = it.check(site)
    assert not problems, "\n".join(problems)
