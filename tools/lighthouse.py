"""Measure key pages of the built site with Lighthouse (mobile), and write a report.

    python tools/lighthouse.py [SITE_DIR] [--runs 3] [--page REL ...]

- Lighthouse comes from npm (``lighthouse``, pinned in tools/web/package.json;
  ``nox -s lighthouse`` runs ``npm ci`` there) and drives Debian's Chromium
  (``CHROME_PATH=/usr/bin/chromium``); nothing is downloaded.
- The site is served by tools/serve_site.py under site_url's path, with gzip,
  as GitHub Pages serves it. Chromium runs headless, with no background
  networking and every host name except 127.0.0.1 unresolvable: the pages
  load nothing from elsewhere.
- Mobile (Lighthouse's default: a simulated mid-range phone on slow 4G). Each
  page is measured ``--runs`` times; the report gives the median of each
  category and the range of the performance score, which moves by several
  points from run to run on a busy machine.
- Writes reports/lighthouse.md and reports/lighthouse.json (scores, key
  metrics, the machine, the date, the versions). A measurement, not a test:
  it exits 0 and prints the scores below TARGET.
"""

from __future__ import annotations

import argparse
import datetime
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import threading
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))
import serve_site  # noqa: E402

WEB = ROOT / "tools" / "web"
LIGHTHOUSE = WEB / "node_modules" / "lighthouse" / "cli" / "index.js"
CHROMIUM = "/usr/bin/chromium"
CHROME_FLAGS = [
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1",
]
CATEGORIES = ["performance", "accessibility", "best-practices", "seo"]
TARGET = 95
# Home, the Queue chapter in both languages, performance, the notebook page.
PAGES = ["", "queues/", "zh/queues/", "performance/", "jupyter/"]
METRICS = [
    "first-contentful-paint",
    "largest-contentful-paint",
    "total-blocking-time",
    "cumulative-layout-shift",
    "speed-index",
]


def package_version(name: str) -> str:
    path = WEB / "node_modules" / name / "package.json"
    return json.loads(path.read_text(encoding="utf-8"))["version"]


def cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def run_once(url: str, out: Path) -> dict:
    env = dict(os.environ, CHROME_PATH=os.environ.get("CHROME_PATH", CHROMIUM))
    cmd = [
        "node",
        str(LIGHTHOUSE),
        url,
        "--output=json",
        f"--output-path={out}",
        "--quiet",
        f"--only-categories={','.join(CATEGORIES)}",
        "--chrome-flags=" + " ".join(f'"{f}"' if " " in f else f for f in CHROME_FLAGS),
    ]
    subprocess.run(cmd, env=env, check=True, timeout=300)
    report = json.loads(out.read_text(encoding="utf-8"))
    failing = {
        cat: [
            ref["id"]
            for ref in report["categories"][cat]["auditRefs"]
            if ref.get("weight")
            and report["audits"][ref["id"]].get("score") is not None
            and report["audits"][ref["id"]]["score"] < 1
        ]
        for cat in CATEGORIES
    }
    return {
        "scores": {
            cat: round(report["categories"][cat]["score"] * 100) for cat in CATEGORIES
        },
        "metrics": {m: report["audits"][m].get("displayValue", "") for m in METRICS},
        "not_passed": failing,
        "benchmark_index": report["environment"].get("benchmarkIndex"),
        "chromium": report["environment"].get("hostUserAgent", ""),
        "lighthouse": report["lighthouseVersion"],
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("site_dir", nargs="?", default="site", type=Path)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--page", action="append", help="path under the site root")
    parser.add_argument("--out", type=Path, default=ROOT / "reports")
    args = parser.parse_args(argv)
    if not LIGHTHOUSE.is_file():
        raise SystemExit(
            f"{LIGHTHOUSE} missing: npm ci --ignore-scripts --prefix {WEB}"
        )
    if not Path(os.environ.get("CHROME_PATH", CHROMIUM)).exists():
        raise SystemExit(f"{CHROMIUM} missing: apt-get install -y chromium")
    url = serve_site.site_url()
    server = serve_site.make_server(args.site_dir, url, "127.0.0.1", 0)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    host, port = server.server_address[:2]
    base = f"http://{host}:{port}{serve_site.base_path(url)}"
    pages = args.page or PAGES
    load_before = os.getloadavg()
    results: dict[str, list[dict]] = {}
    try:
        with tempfile.TemporaryDirectory() as tmp:
            for rel in pages:
                results[rel] = []
                for n in range(args.runs):
                    out = Path(tmp) / f"{len(results)}-{n}.json"
                    r = run_once(base + rel, out)
                    results[rel].append(r)
                    print(f"/{rel} run {n + 1}: {r['scores']}", flush=True)
    finally:
        server.shutdown()
        server.server_close()
    load_after = os.getloadavg()
    now = datetime.datetime.now(datetime.timezone.utc)
    first = next(iter(results.values()))[0]
    summary = {
        "date": now.isoformat(timespec="seconds"),
        "lighthouse": first["lighthouse"],
        "chromium": first["chromium"],
        "node": subprocess.run(
            ["node", "--version"], capture_output=True, text=True
        ).stdout.strip(),
        "machine": {
            "cpu": cpu_model(),
            "cpus": os.cpu_count(),
            "os": f"{platform.system()} {platform.release()}",
            "load_average_before": [round(x, 2) for x in load_before],
            "load_average_after": [round(x, 2) for x in load_after],
        },
        "settings": {
            "form_factor": "mobile (Lighthouse default, simulated throttling)",
            "runs_per_page": args.runs,
            "server": "tools/serve_site.py, gzip, under site_url's path",
            "chrome_flags": CHROME_FLAGS,
        },
        "pages": {},
    }
    for rel, runs in results.items():
        med = {
            cat: statistics.median(r["scores"][cat] for r in runs) for cat in CATEGORIES
        }
        perf = [r["scores"]["performance"] for r in runs]
        summary["pages"]["/" + rel] = {
            "median": med,
            "performance_range": [min(perf), max(perf)],
            "runs": runs,
        }
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "lighthouse.json").write_text(
        json.dumps(summary, indent=1, ensure_ascii=False) + "\n", encoding="utf-8"
    )
    m = summary["machine"]
    lines = [
        "# Lighthouse scores",
        "",
        "Written by `nox -s lighthouse` (tools/lighthouse.py): do not edit. "
        "Raw figures: lighthouse.json.",
        "",
        f"- date: {summary['date']}",
        f"- Lighthouse {summary['lighthouse']}, axe-core inside it; Node "
        f"{summary['node']}; {summary['chromium']}",
        f"- machine: {m['cpu']}, {m['cpus']} CPUs, {m['os']}; load average "
        f"{m['load_average_before'][0]} before, {m['load_average_after'][0]} after",
        f"- mobile (simulated throttling), {args.runs} run(s) per page, median; "
        "served with gzip by tools/serve_site.py",
        "",
        "| page | performance (range) | accessibility | best practices | SEO |"
        " LCP | TBT | benchmark index |",
        "|---|---|---:|---:|---:|---|---|---|",
    ]
    below = []
    for page, p in summary["pages"].items():
        med = p["median"]
        lo, hi = p["performance_range"]
        last = p["runs"][-1]
        bench = ", ".join(str(round(r["benchmark_index"] or 0)) for r in p["runs"])
        lines.append(
            f"| `{page}` | {med['performance']:g} ({lo}–{hi}) | "
            f"{med['accessibility']:g} | {med['best-practices']:g} | {med['seo']:g} | "
            f"{last['metrics']['largest-contentful-paint']} | "
            f"{last['metrics']['total-blocking-time']} | {bench} |"
        )
        for cat in CATEGORIES:
            if med[cat] < TARGET:
                audits = sorted({a for r in p["runs"] for a in r["not_passed"][cat]})
                below.append(f"{page} {cat} {med[cat]:g}: not passed: {audits}")
    lines += ["", f"Below {TARGET}:" if below else f"Every median is {TARGET} or more."]
    lines += [f"- {b}" for b in below]
    (args.out / "lighthouse.md").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print("\n".join(lines))
    return 0


if __name__ == "__main__":
    sys.exit(main())
