"""Checks on the notebook pages of a BUILT site; run when SITE_DIR is set.

    SITE_DIR=site python -m pytest tests/test_built_notebooks.py

(after `nox -s docs`, which builds site/). Each notebook page, in each
language, must be a rendered notebook (not the notebook's JSON emitted as
text, which `mkdocs build --strict` does not report), built from an executed
notebook whose outputs are on the page, with its heading anchors, and with
the files its download link and text point to. The checks themselves are in
tools/notebooks.py (check_site), which tools/check_site.py can call too.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

import notebooks as nbs

SITE = os.environ.get("SITE_DIR")

pytestmark = pytest.mark.skipif(
    not SITE,
    reason="set SITE_DIR to a built site, e.g. SITE_DIR=site after nox -s docs",
)


def test_notebook_pages_are_rendered_and_executed() -> None:
    site = Path(SITE).resolve()
    assert site.is_dir(), f"SITE_DIR={SITE} is not a directory"
    problems = nbs.check_site(site)
    assert not problems, "\n".join(problems)
