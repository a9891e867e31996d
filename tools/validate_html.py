"""Check every page of the built site with the Nu Html Checker (vnu.jar).

    python tools/validate_html.py [SITE_DIR] [--report reports/html-validation.md]

- vnu.jar comes from npm (``vnu-jar``, pinned in tools/web/package.json;
  ``nox -s validate`` runs ``npm ci`` there) and needs Java 11 or later
  (Debian: ``apt-get install default-jre-headless``).
- Every ``.html`` file of both languages is checked in one run.
- An error fails the run, unless it is listed in ``KNOWN`` below: errors in
  markup that the theme or a plugin writes and the project cannot repair
  from its overrides. Each entry says whose it is. A listed error that no
  longer occurs is reported, so the list shrinks with the fixes.
- The report (counts per message and file, the known ones marked) is written
  to ``--report``; warnings and info messages are counted there too.
"""

from __future__ import annotations

import argparse
import collections
import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VNU = ROOT / "tools" / "web" / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"

# (regular expression on the message, whose it is and why it stays).
KNOWN: list[tuple[str, str]] = []


def run_vnu(files: list[Path]) -> list[dict]:
    java = shutil.which("java")
    if java is None:
        raise SystemExit(
            "java not found: the Nu Html Checker needs it "
            "(Debian: apt-get install default-jre-headless)"
        )
    if not VNU.is_file():
        raise SystemExit(f"{VNU} missing: npm ci --ignore-scripts --prefix tools/web")
    proc = subprocess.run(
        [java, "-jar", str(VNU), "--format", "json", "--exit-zero-always"]
        + [str(f) for f in files],
        capture_output=True,
        text=True,
        check=False,
    )
    try:
        return json.loads(proc.stderr or proc.stdout)["messages"]
    except (json.JSONDecodeError, KeyError):
        raise SystemExit(f"vnu.jar failed:\n{proc.stdout}\n{proc.stderr}") from None


def version() -> str:
    out = subprocess.run(
        ["java", "-jar", str(VNU), "--version"], capture_output=True, text=True
    )
    return (out.stdout or out.stderr).strip()


def known(message: str) -> str | None:
    for pattern, why in KNOWN:
        if re.search(pattern, message):
            return why
    return None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("site_dir", nargs="?", default="site", type=Path)
    parser.add_argument(
        "--report", type=Path, default=ROOT / "reports" / "html-validation.md"
    )
    args = parser.parse_args(argv)
    site = args.site_dir.resolve()
    files = sorted(site.rglob("*.html"))
    if not files:
        raise SystemExit(f"no .html files under {site}: build the site first")
    messages = run_vnu(files)
    by_kind = collections.Counter()
    errors = collections.defaultdict(set)  # message: files
    others = collections.defaultdict(set)
    for m in messages:
        kind = m.get("subType") or m["type"]  # error, warning, info, fatal
        by_kind[kind] += 1
        rel = Path(m["url"].removeprefix("file:")).relative_to(site).as_posix()
        text = m["message"]
        if m["type"] in ("error", "non-document-error") or kind == "fatal":
            errors[text].add(rel)
        else:
            others[(kind, text)].add(rel)
    ours = {t: f for t, f in errors.items() if not known(t)}
    theirs = {t: f for t, f in errors.items() if known(t)}
    stale = [p for p, _ in KNOWN if not any(re.search(p, t) for t in errors)]

    lines = [
        "# HTML validation (Nu Html Checker)",
        "",
        "Written by `nox -s validate` (tools/validate_html.py): do not edit.",
        "",
        f"- checker: vnu.jar {version()} (npm `vnu-jar`, tools/web/package.json)",
        f"- files: {len(files)} (`.html` of both languages)",
        f"- errors: {sum(len(f) for f in errors.values())} "
        f"({sum(len(f) for f in ours.values())} the project's, "
        f"{sum(len(f) for f in theirs.values())} listed as the theme's or a "
        "plugin's)",
        f"- warnings: {by_kind['warning']}, info: {by_kind['info']}",
        "",
    ]
    if errors:
        lines += ["| error | files | whose |", "|---|---:|---|"]
        for text, where in sorted(errors.items(), key=lambda x: -len(x[1])):
            lines.append(
                f"| {text.replace('|', '/')} | {len(where)} | "
                f"{known(text) or '**the project**'} |"
            )
        lines.append("")
    if others:
        lines += ["| warning or info | files |", "|---|---:|"]
        for (kind, text), where in sorted(others.items(), key=lambda x: -len(x[1])):
            lines.append(f"| {kind}: {text.replace('|', '/')} | {len(where)} |")
        lines.append("")
    args.report.parent.mkdir(parents=True, exist_ok=True)
    args.report.write_text("\n".join(lines), encoding="utf-8")
    print("\n".join(lines[4:9]))
    print(f"report: {args.report}")
    for text, where in sorted(ours.items()):
        shown = ", ".join(sorted(where)[:5]) + (" ..." if len(where) > 5 else "")
        print(f"error: {text}\n  in {len(where)} file(s): {shown}", file=sys.stderr)
    for pattern in stale:
        print(f"note: KNOWN entry {pattern!r} no longer occurs: remove it")
    return 1 if ours else 0


if __name__ == "__main__":
    sys.exit(main())
