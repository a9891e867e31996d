"""Which version of its English page each Chinese page translates.

    python tools/translations.py stamp docs/zh/queues.md ...  # after translating
    python tools/translations.py stamp --all     # every Chinese page
    python tools/translations.py check           # exit 1 if one is outdated
    python tools/translations.py status          # the same, with the English
                                                 # diffs (nox -s translations)

Each Chinese page (docs/zh/**/*.md, and the notebooks' Markdown cells in
docs/zh/*.cells.md) starts with a front-matter field naming the English text
it translates:

    ---
    translates: 5f1c0e...  # git blob of docs/en/queues.md; tools/translations.py stamp
    ---

The value is the git blob id of the English file (what `git hash-object
docs/en/queues.md` prints), computed here without git. `stamp` writes it; never
edit it by hand. When the English page changes, its blob id changes, and
tests/test_translations.py fails naming both pages until the Chinese page is
updated and stamped again. `status` shows what changed in English since the
stamp: `git cat-file blob <id>` gives the old text back from the history
(a fresh clone has it; a shallow one may not: `git fetch --unshallow`).

MkDocs reads front matter as page metadata and does not show it; the
notebook generator (tools/notebooks.py) ignores everything before the first
cell marker.
"""

from __future__ import annotations

import argparse
import difflib
import hashlib
import re
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCE, TARGET = "en", "zh"
KEY = "translates"
FRONT_MATTER = re.compile(r"\A---[ \t]*\n(?P<body>.*?\n)?---[ \t]*\n", re.S)
FIELD = re.compile(rf"^{KEY}:[ \t]*(?P<blob>[0-9a-f]{{40}})\b.*$", re.M)
COMMENT = "git blob of {source}; tools/translations.py stamp"


def blob_id(data: bytes) -> str:
    """The git blob id of `data` (what `git hash-object` prints for it)."""
    return hashlib.sha1(b"blob %d\0" % len(data) + data).hexdigest()


@dataclass(frozen=True)
class Pair:
    target: Path  # docs/zh/<page>
    source: Path  # docs/en/<page>
    root: Path

    def show(self, p: Path) -> str:
        return p.relative_to(self.root).as_posix()

    @property
    def stamp(self) -> str | None:
        """The blob id recorded in the Chinese page, or None."""
        m = FRONT_MATTER.match(self.target.read_text(encoding="utf-8"))
        f = FIELD.search(m["body"] or "") if m else None
        return f["blob"] if f else None

    @property
    def current(self) -> str | None:
        return blob_id(self.source.read_bytes()) if self.source.is_file() else None

    def problem(self) -> str | None:
        """Why the Chinese page is not a translation of the current English one."""
        t, s = self.show(self.target), self.show(self.source)
        fix = f"`python tools/translations.py stamp {t}`"
        if self.current is None:
            return f"{t} translates {s}, which does not exist"
        stamp = self.stamp
        if stamp is None:
            return (
                f"{t} does not record which version of {s} it translates: "
                f"once it translates the current one, run {fix}"
            )
        if stamp != self.current:
            return (
                f"{t} is outdated: {s} changed since it was translated "
                f"(stamp {stamp[:12]}, now {self.current[:12]}). Update {t} "
                f"(`nox -s translations` shows the English diff), then run {fix}"
            )
        return None


def pairs(root: Path = ROOT) -> list[Pair]:
    """Every Chinese text file with its English original (same path)."""
    base = root / "docs" / TARGET
    found = [
        Pair(p, root / "docs" / SOURCE / p.relative_to(base), root)
        for p in sorted(base.rglob("*.md"))
    ]
    return found


def stamp_text(text: str, blob: str, source: str) -> str:
    """`text` with its front matter's `translates` field set to `blob`."""
    line = f"{KEY}: {blob}  # {COMMENT.format(source=source)}"
    m = FRONT_MATTER.match(text)
    if not m:
        return f"---\n{line}\n---\n\n{text}"
    body = m["body"] or ""
    body = FIELD.sub(line, body) if FIELD.search(body) else body + line + "\n"
    return f"---\n{body}---\n" + text[m.end() :]


def stamp(pair: Pair) -> bool:
    """Record the current English version in the Chinese page; True if changed."""
    text = pair.target.read_text(encoding="utf-8")
    new = stamp_text(text, pair.current or "", pair.show(pair.source))
    if new != text:
        pair.target.write_text(new, encoding="utf-8")
    return new != text


def _git(root: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        ["git", "-C", str(root), *args], capture_output=True, check=False
    )


def old_text(root: Path, blob: str) -> str | None:
    """The English text with blob id `blob`, from the git history, or None."""
    done = _git(root, "cat-file", "blob", blob)
    return done.stdout.decode("utf-8") if done.returncode == 0 else None


def english_diff(pair: Pair) -> str:
    """What changed in the English page since the Chinese page was stamped."""
    stamp = pair.stamp
    if stamp is None:
        return "(not stamped yet: nothing to compare with)\n"
    old = old_text(pair.root, stamp)
    if old is None:
        return (
            f"(the stamped version {stamp[:12]} of {pair.show(pair.source)} is not "
            f"in this clone's git history: `git fetch --unshallow`, or it was never "
            f"committed)\n"
        )
    name = pair.show(pair.source)
    return "".join(
        difflib.unified_diff(
            old.splitlines(keepends=True),
            pair.source.read_text(encoding="utf-8").splitlines(keepends=True),
            f"{name} (translated, {stamp[:12]})",
            f"{name} (now)",
        )
    )


def _uncommitted(pair: Pair) -> bool:
    done = _git(pair.root, "status", "--porcelain", "--", pair.show(pair.source))
    return done.returncode == 0 and bool(done.stdout.strip())


def main(argv: list[str] | None = None, root: Path = ROOT) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    p_stamp = sub.add_parser("stamp", help="record the current English version")
    p_stamp.add_argument("pages", nargs="*", type=Path, help="docs/zh/... files")
    p_stamp.add_argument("--all", action="store_true", help="every Chinese page")
    sub.add_parser("check", help="exit 1 if a Chinese page is outdated")
    sub.add_parser("status", help="list outdated pages with the English diff")
    args = parser.parse_args(argv)
    every = pairs(root)
    if args.command == "stamp":
        if args.all == bool(args.pages):
            parser.error("give the Chinese pages to stamp, or --all")
        chosen = every
        if args.pages:
            by_path = {p.target.resolve(): p for p in every}
            chosen = []
            for page in args.pages:
                pair = by_path.get(page.resolve())
                if pair is None:
                    parser.error(f"{page} is not a Chinese page (docs/{TARGET}/*.md)")
                chosen.append(pair)
        status = 0
        for pair in chosen:
            if pair.current is None:
                print(f"{pair.show(pair.target)}: no English page, not stamped")
                status = 1
                continue
            changed = stamp(pair)
            print(f"{'stamped' if changed else 'up to date'}: {pair.show(pair.target)}")
            if changed and _uncommitted(pair):
                print(
                    f"  note: {pair.show(pair.source)} has uncommitted changes; commit "
                    f"it as it is now, so that later diffs can start from it"
                )
        return status
    problems = [(pair, why) for pair in every if (why := pair.problem())]
    for pair, why in problems:
        print(why)
        if args.command == "status":
            print(english_diff(pair))
    if not problems:
        print(f"all {len(every)} Chinese pages translate the current English pages")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
