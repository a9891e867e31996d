"""Each Chinese page translates the current version of its English page.

Every docs/zh/**/*.md file (pages, and the notebooks' Markdown cells) records
in its front matter the git blob id of the English file it translates
(tools/translations.py). When the English page changes, the test for its
Chinese page fails, naming both, until the translation is updated and stamped
again: `python tools/translations.py stamp docs/zh/<page>`. `nox -s
translations` lists the outdated pages with the English diff since the stamp.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

import translations as tr

PAIRS = tr.pairs()


@pytest.mark.parametrize("pair", PAIRS, ids=[p.show(p.target) for p in PAIRS])
def test_chinese_page_translates_the_current_english_page(pair: tr.Pair) -> None:
    problem = pair.problem()
    assert problem is None, problem


def test_blob_id_is_gits() -> None:
    # `printf 'hello\n' | git hash-object --stdin`
    assert tr.blob_id(b"hello\n") == "ce013625030ba8dba906f756967f9e9ca394464a"


def _site(root: Path) -> tuple[Path, Path]:
    en, zh = root / "docs" / "en" / "queues.md", root / "docs" / "zh" / "queues.md"
    en.parent.mkdir(parents=True)
    zh.parent.mkdir(parents=True)
    en.write_text("# Queues { #queues }\n\nA queue passes messages.\n", "utf-8")
    zh.write_text("# 队列 { #queues }\n\n队列传递消息。\n", "utf-8")
    return en, zh


def test_an_english_change_fails_until_the_page_is_stamped(tmp_path: Path) -> None:
    en, zh = _site(tmp_path)
    [pair] = tr.pairs(tmp_path)
    assert "does not record" in (pair.problem() or "")
    assert tr.main(["stamp", str(zh)], root=tmp_path) == 0
    assert pair.problem() is None
    stamped = zh.read_text("utf-8")
    assert stamped.startswith("---\ntranslates: ") and stamped.endswith(
        "队列传递消息。\n"
    )
    assert tr.main(["check"], root=tmp_path) == 0

    en.write_text(en.read_text("utf-8").replace("passes", "carries"), "utf-8")
    problem = pair.problem() or ""
    assert "docs/zh/queues.md is outdated: docs/en/queues.md changed" in problem
    assert tr.main(["check"], root=tmp_path) == 1

    assert tr.main(["stamp", "--all"], root=tmp_path) == 0
    assert pair.problem() is None
    assert zh.read_text("utf-8").count("translates:") == 1  # replaced, not added


def test_stamp_keeps_other_front_matter(tmp_path: Path) -> None:
    _, zh = _site(tmp_path)
    zh.write_text("---\nsearch:\n  boost: 2\n---\n# 队列\n", "utf-8")
    [pair] = tr.pairs(tmp_path)
    tr.stamp(pair)
    text = zh.read_text("utf-8")
    assert text.startswith("---\nsearch:\n  boost: 2\ntranslates: ")
    assert text.endswith("---\n# 队列\n")
    assert pair.problem() is None


@pytest.mark.skipif(not shutil.which("git"), reason="needs git")
def test_status_shows_the_english_diff_since_the_stamp(tmp_path: Path, capsys) -> None:
    en, _ = _site(tmp_path)
    tr.main(["stamp", "--all"], root=tmp_path)

    def git(*args: str) -> None:
        subprocess.run(
            ["git", "-C", str(tmp_path), *args], check=True, capture_output=True
        )

    git("init", "-q")
    git("add", ".")
    git("-c", "user.name=t", "-c", "user.email=t@t", "commit", "-qm", "pages")
    en.write_text(en.read_text("utf-8").replace("passes", "carries"), "utf-8")
    capsys.readouterr()
    assert tr.main(["status"], root=tmp_path) == 1
    out = capsys.readouterr().out
    assert "docs/zh/queues.md is outdated" in out
    assert "-A queue passes messages." in out
    assert "+A queue carries messages." in out
