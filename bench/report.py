"""Turn bench/results/channels.json into the performance page's plots and tables.

    python bench/report.py [results.json]

Writes, from one results file:
- docs/en/assets/perf-*.svg and docs/zh/assets/perf-*.svg: the same plots
  with English and with Chinese labels.  Text stays text in the SVG
  (``svg.fonttype: none``): the reader's browser draws it with its own fonts.
- bench/results/tables.md: the tables, in sections that both language pages
  include (``--8<-- "bench/results/tables.md:throughput"``).  The tables are
  language-neutral (code names, units, numbers), so that both pages include
  the same file; the pages' own text explains them.

Needs matplotlib (the "bench" dependency group); bench/channels.py does not.
"""

from __future__ import annotations

import json
import sys
import warnings
from pathlib import Path

import matplotlib

matplotlib.use("svg")
import matplotlib.pyplot as plt
import plotstyle  # how the plots look (phone widths, light and dark schemes)
from matplotlib import font_manager
from matplotlib.patches import Patch
from matplotlib.ticker import FuncFormatter

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "bench" / "results" / "channels.json"
TABLES = ROOT / "bench" / "results" / "tables.md"
ASSETS = {lang: ROOT / "docs" / lang / "assets" for lang in ("en", "zh")}

# Fonts the SVG asks the browser for, in order; matplotlib measures the text
# with the first one it has (fonts-noto-cjk on Debian has the CJK ones).
FONTS = {
    "en": ["DejaVu Sans", "Helvetica", "Arial", "sans-serif"],
    "zh": [
        "Noto Sans CJK SC",
        "Source Han Sans SC",
        "PingFang SC",
        "Microsoft YaHei",
        "WenQuanYi Micro Hei",
        "DejaVu Sans",
        "sans-serif",
    ],
}

# Plot labels, per language.
LABELS = {
    "en": {
        "os_pipe": "os.pipe, raw write/read",
        "pipe_bytes": "Pipe send_bytes",
        "pipe_bytes_into": "Pipe recv_bytes_into",
        "pipe_big_buffer": "Pipe send_bytes, 1 MiB pipe buffer",
        "pipe_pickle": "Pipe send (pickle)",
        "queue": "Queue",
        "simple_queue": "SimpleQueue",
        "joinable_queue": "JoinableQueue + task_done",
        "manager_queue": "Manager().Queue()",
        "thread_queue": "queue.Queue, two threads",
        "batched_queue": "Queue, lists of up to {batch}",
        "shared_memory": "shared memory + Pipe, used in place",
        "shared_memory_copy": "shared memory + Pipe, copied out",
        "pool_chunk1": "Pool imap_unordered, chunksize=1",
        "pool_chunk64": "Pool imap_unordered, chunksize={chunk}",
        "pool_apply": "Pool.apply, round trip / 2",
        "same_cpu": "os.pipe, both on one CPU",
        "two_cpus": "os.pipe, on two CPUs",
    },
    "zh": {
        "os_pipe": "os.pipe 直接读写",
        "pipe_bytes": "Pipe send_bytes",
        "pipe_bytes_into": "Pipe recv_bytes_into",
        "pipe_big_buffer": "Pipe send_bytes，1 MiB 管道缓冲区",
        "pipe_pickle": "Pipe send（pickle）",
        "queue": "Queue",
        "simple_queue": "SimpleQueue",
        "joinable_queue": "JoinableQueue + task_done",
        "manager_queue": "Manager().Queue()",
        "thread_queue": "queue.Queue，两个线程之间",
        "batched_queue": "Queue，每个列表最多 {batch} 条",
        "shared_memory": "共享内存 + Pipe，原处使用",
        "shared_memory_copy": "共享内存 + Pipe，复制出来",
        "pool_chunk1": "Pool imap_unordered，chunksize=1",
        "pool_chunk64": "Pool imap_unordered，chunksize={chunk}",
        "pool_apply": "Pool.apply，往返时间的一半",
        "same_cpu": "os.pipe，两端在同一个 CPU 上",
        "two_cpus": "os.pipe，两端在两个 CPU 上",
    },
}

TEXT = {
    "en": {
        "size": "payload size",
        "mbs": "throughput, MB/s (log scale)",
        "msgs": "messages per second at 8 B (log scale)",
        "latency": "one-way latency of an 8-byte message, µs (log scale)",
        "reference": "reference: raw pipe",
        "stdlib": "standard-library channel",
        "recipe": "faster technique from this page",
        "placement": "raw pipe, pinned",
        "footer": (
            "{cpu}, {cpus} CPUs{vm}, Python {python}, start method {method}, "
            "{date}, load average {load}. Median of {runs} runs; bars show "
            "min–max."
        ),
        "vm": " (virtual machine)",
    },
    "zh": {
        "size": "消息大小",
        "mbs": "吞吐量，MB/s（对数坐标）",
        "msgs": "8 B 消息的每秒消息数（对数坐标）",
        "latency": "8 字节消息的单程延迟，µs（对数坐标）",
        "reference": "参照：直接读写管道",
        "stdlib": "标准库通道",
        "recipe": "本页介绍的提速做法",
        "placement": "直接读写管道，绑定 CPU",
        "footer": (
            "{cpu}，{cpus} 个 CPU{vm}，Python {python}，启动方法 {method}，"
            "{date}，系统负载 {load}。{runs} 次运行的中位数；误差线为最小值–最大值。"
        ),
        "vm": "（虚拟机）",
    },
}

# Language-neutral names for the tables: code, as the reader would write it.
CODE = {
    "os_pipe": "`os.write` → `os.read`",
    "pipe_bytes": "`send_bytes` → `recv_bytes`",
    "pipe_bytes_into": "`send_bytes` → `recv_bytes_into`",
    "pipe_big_buffer": "`send_bytes` → `recv_bytes`, `F_SETPIPE_SZ` 1 MiB",
    "pipe_pickle": "`send` → `recv`",
    "queue": "`Queue`",
    "simple_queue": "`SimpleQueue`",
    "joinable_queue": "`JoinableQueue` + `task_done()`",
    "manager_queue": "`Manager().Queue()`",
    "thread_queue": "`queue.Queue` + `threading.Thread`",
    "batched_queue": "`Queue.put(list)`, ≤ {batch}",
    "shared_memory": "`SharedMemory` + `Pipe`",
    "shared_memory_copy": "`SharedMemory` + `Pipe`, `bytes(view)`",
    "pool_chunk1": "`Pool.imap_unordered`, `chunksize=1`",
    "pool_chunk64": "`Pool.imap_unordered`, `chunksize={chunk}`",
    "pool_apply": "`Pool.apply`",
    "same_cpu": "`os.write` → `os.read`, CPU 0 ↔ CPU 0",
    "two_cpus": "`os.write` → `os.read`, CPU 0 ↔ CPU 1",
}

REFERENCE = {"os_pipe"}
RECIPES = {
    "batched_queue",
    "shared_memory",
    "shared_memory_copy",
    "pipe_bytes",
    "pipe_bytes_into",
    "pipe_big_buffer",
    "pool_chunk64",
}
COLORS = plotstyle.COLORS  # by kind, in the colour scheme being drawn
# The throughput-by-size plots, a few lines each so that they can be told
# apart on a phone: the standard library's channels, and the faster
# techniques next to Queue. Each has the raw pipe as reference.
LINES = {
    "perf-throughput": [
        "os_pipe",
        "pipe_pickle",
        "queue",
        "simple_queue",
        "joinable_queue",
        "manager_queue",
        "pool_chunk1",
    ],
    "perf-throughput-recipes": [
        "os_pipe",
        "queue",
        "batched_queue",
        "pipe_bytes",
        "shared_memory",
        "shared_memory_copy",
        "pool_chunk64",
    ],
}

# Ratios of a recipe to its baseline, at every size: (recipe, baseline).
RATIOS = [
    ("batched_queue", "queue"),
    ("shared_memory", "queue"),
    ("shared_memory_copy", "queue"),
    ("pipe_bytes", "pipe_pickle"),
    ("pipe_bytes", "queue"),
    ("pipe_bytes_into", "pipe_bytes"),
    ("pipe_big_buffer", "pipe_bytes"),
    ("pool_chunk64", "pool_chunk1"),
]
# queue.Queue between threads hands over references: nothing is copied, so
# its MB/s for large payloads measure nothing comparable.
REFERENCES_ONLY = {("thread_queue", 65536), ("thread_queue", 1048576)}


def size_name(size: int) -> str:
    for unit, scale in (("MiB", 1 << 20), ("KiB", 1 << 10)):
        if size >= scale and size % scale == 0:
            return f"{size // scale} {unit}"
    return f"{size} B"


class Results:
    def __init__(self, data: dict) -> None:
        self.data = data
        self.sizes = data["settings"]["sizes"]
        self.cells = {(r["channel"], r["size"]): r for r in data["throughput"]}
        self.channels = list(dict.fromkeys(r["channel"] for r in data["throughput"]))
        self.latency = {r["channel"]: r for r in data["latency"]}
        self.placement = {r["placement"]: r for r in data.get("placement", [])}
        settings = data["settings"]
        self.fill = {
            "batch": settings["batch_items"],
            "chunk": settings["pool_chunksize"],
        }

    def label(self, lang: str, key: str) -> str:
        return LABELS[lang][key].format(**self.fill)

    def code(self, key: str) -> str:
        return CODE[key].format(**self.fill)

    def machine_text(self, lang: str) -> str:
        m = self.data["machine"]
        return TEXT[lang]["footer"].format(
            cpu=m["cpu_model"],
            cpus=m.get("usable_cpus", m["cpu_count"]),
            vm=TEXT[lang]["vm"] if m.get("virtual_machine") else "",
            python=m["python"],
            method=m["start_method"],
            date=self.data["date"][:10],
            runs=self.data["settings"]["runs"],
            load=self.load(),
        )

    def load(self) -> str:
        """The 1-minute load average before → after the run."""
        m = self.data["machine"]
        if "load_average_before" not in m:
            return "?"
        before, after = m["load_average_before"][0], m["load_average_after"][0]
        return f"{before:.1f} → {after:.1f}"


def kind(key: str) -> str:
    if key in REFERENCE:
        return "reference"
    return "recipe" if key in RECIPES else "stdlib"


# ------------------------------------------------------------------ plots


def setup(lang: str, theme: str = "light") -> None:
    plt.rcdefaults()
    installed = {f.name for f in font_manager.fontManager.ttflist}
    if lang == "zh" and not installed & set(FONTS["zh"]):
        warnings.warn(
            "no CJK font for matplotlib to measure the Chinese labels with "
            "(Debian: apt-get install fonts-noto-cjk); the SVG still names "
            "CJK fonts for the browser, but label sizes may be off",
            stacklevel=2,
        )
    plotstyle.setup(lang, theme, FONTS[lang])


def save(fig, path: Path) -> None:
    path = plotstyle.save(fig, path)
    print(f"wrote {path.relative_to(ROOT)}")


def caption(ax, text: str, lang: str) -> None:
    """The machine and date, small, above the plot."""
    plotstyle.caption(ax, text, lang)


def plain(value: float) -> str:
    """Axis numbers without exponents: 0.1, 1, 10, 1000, 10k, 1M."""
    for suffix, scale in (("M", 1e6), ("k", 1e4)):
        if value >= scale:
            return f"{value / (1e6 if suffix == 'M' else 1e3):g}{suffix}"
    return f"{value:g}"


def plot_throughput(res: Results, lang: str, name: str) -> None:
    t = TEXT[lang]
    fig, ax = plotstyle.figure()
    markers = "osD^v<>pPX*h"
    palette = plotstyle.line_colors()
    colored = [k for k in LINES[name] if k not in REFERENCE]
    for key in (k for k in LINES[name] if k in res.channels):
        i = colored.index(key) if key in colored else 0
        rows = [res.cells[(key, s)] for s in res.sizes if (key, s) in res.cells]
        xs = [r["size"] for r in rows]
        mid = [r["mb_per_s"]["median"] for r in rows]
        low = [m - r["mb_per_s"]["min"] for m, r in zip(mid, rows, strict=True)]
        high = [r["mb_per_s"]["max"] - m for m, r in zip(mid, rows, strict=True)]
        color = COLORS["reference"] if key in REFERENCE else palette[i % len(palette)]
        ax.errorbar(
            xs,
            mid,
            yerr=[low, high],
            label=res.label(lang, key),
            color=color,
            marker=markers[i % len(markers)],
            markersize=5,
            linewidth=2.2 if key in RECIPES else 1.4,
            linestyle="--" if key in REFERENCE else "-",
            capsize=2.5,
        )
    ax.set_xscale("log", base=2)
    ax.set_yscale("log")
    ax.set_xticks(res.sizes, [size_name(s) for s in res.sizes])
    ax.minorticks_off()
    ax.yaxis.set_major_formatter(FuncFormatter(lambda v, _: plain(v)))
    ax.set_xlabel(t["size"])
    ax.set_ylabel(t["mbs"])
    plotstyle.legend_below(ax)
    caption(ax, res.machine_text(lang), lang)
    save(fig, ASSETS[lang] / f"{name}.svg")


def bars(ax, labels, mids, lows, highs, colors) -> None:
    ys = range(len(labels))
    ax.barh(
        ys,
        mids,
        color=colors,
        height=0.65,
        xerr=[
            [m - lo for m, lo in zip(mids, lows, strict=True)],
            [h - m for m, h in zip(mids, highs, strict=True)],
        ],
        error_kw={"ecolor": plotstyle.ink(), "capsize": 2.5, "elinewidth": 1},
    )
    plotstyle.bar_labels(ax, labels)
    ax.invert_yaxis()
    ax.set_xscale("log")
    ax.set_xlim(right=max(highs) * 1.5)
    ax.xaxis.set_major_formatter(FuncFormatter(lambda v, _: plain(v)))
    ax.grid(axis="y", visible=False)


def legend(ax, lang: str, kinds) -> None:
    """Below the plot, where it cannot hide a bar."""
    order = ["reference", "stdlib", "recipe", "placement"]
    handles = [Patch(color=COLORS[k], label=TEXT[lang][k]) for k in order if k in kinds]
    plotstyle.legend_below(ax, handles)


def plot_small(res: Results, lang: str) -> None:
    size = min(res.sizes)
    keys = [k for k in res.channels if (k, size) in res.cells]
    keys.sort(key=lambda k: -res.cells[(k, size)]["msgs_per_s"]["median"])
    stats = [res.cells[(k, size)]["msgs_per_s"] for k in keys]
    fig, ax = plotstyle.figure(rows=len(keys))
    bars(
        ax,
        [res.label(lang, k) for k in keys],
        [s["median"] for s in stats],
        [s["min"] for s in stats],
        [s["max"] for s in stats],
        [COLORS[kind(k)] for k in keys],
    )
    ax.set_xlabel(TEXT[lang]["msgs"])
    legend(ax, lang, {kind(k) for k in keys})
    caption(ax, res.machine_text(lang), lang)
    save(fig, ASSETS[lang] / "perf-small.svg")


def plot_latency(res: Results, lang: str) -> None:
    keys = sorted(res.latency, key=lambda k: res.latency[k]["one_way_us"]["median"])
    rows = [(k, res.latency[k], kind(k)) for k in keys]
    rows += [(p, r, "placement") for p, r in res.placement.items()]
    fig, ax = plotstyle.figure(rows=len(rows))
    stats = [r["one_way_us"] for _, r, _ in rows]
    bars(
        ax,
        [res.label(lang, k) for k, _, _ in rows],
        [s["median"] for s in stats],
        [s["min"] for s in stats],
        [s["max"] for s in stats],
        [COLORS[c] for _, _, c in rows],
    )
    ax.set_xlabel(TEXT[lang]["latency"])
    legend(ax, lang, {c for _, _, c in rows})
    caption(ax, res.machine_text(lang), lang)
    save(fig, ASSETS[lang] / "perf-latency.svg")


# ----------------------------------------------------------------- tables


def rate(value: float) -> str:
    """Messages per second, short: 1.23M, 240k, 9.8k, 512."""
    for suffix, scale in (("M", 1e6), ("k", 1e3)):
        if value >= scale:
            digits = 3 - len(str(int(value // scale)))
            return f"{value / scale:.{max(digits, 0)}f}{suffix}"
    return f"{value:.0f}"


NNBSP = "\u202f"  # narrow no-break space: thousands separator that never wraps
WJ = "\u2060"  # word joiner: no line break after the dash of a range


def mbs(value: float) -> str:
    return f"{value:,.0f}".replace(",", NNBSP) if value >= 10 else f"{value:.1f}"


def spread(stat: dict, fmt) -> str:
    low, high = fmt(stat["min"]), fmt(stat["max"])
    return f"{fmt(stat['median'])} <small>({low}–{WJ}{high})</small>"


def section(name: str, lines: list[str]) -> list[str]:
    return [
        f"<!-- --8<-- [start:{name}] -->",
        *lines,
        f"<!-- --8<-- [end:{name}] -->",
        "",
    ]


def machine_line(res: Results) -> str:
    m, s = res.data["machine"], res.data["settings"]
    osname = m.get("system") or m["os"]
    if m.get("os_release"):
        osname += f" ({m['os_release']})"
    cpus = m.get("usable_cpus", m["cpu_count"])
    return (
        f"`{m['cpu_model']}` × {cpus} · {osname} · "
        f"{m['implementation']} {m['python']} · `{m['start_method']}` · "
        f"{res.data['date'][:10]} · {s['runs']} × ≈{s['target_seconds']} s · "
        f"`loadavg` {res.load()}"
    )


def throughput_table(res: Results) -> list[str]:
    small = [s for s in res.sizes if s < 65536]
    header = [f"{size_name(s)}, msg/s" for s in small]
    header += [f"{size_name(s)}, MB/s" for s in res.sizes if s >= 65536]
    lines = ["| | " + " | ".join(header) + " |", "|---" + "|---:" * len(header) + "|"]
    for key in res.channels:
        cells = []
        for s in res.sizes:
            row = res.cells.get((key, s))
            if row is None:
                cells.append("–")
            elif s in small:
                cells.append(spread(row["msgs_per_s"], rate))
            else:
                mark = " †" if (key, s) in REFERENCES_ONLY else ""
                cells.append(spread(row["mb_per_s"], mbs) + mark)
        lines.append(f"| {res.code(key)} | " + " | ".join(cells) + " |")
    return lines


def latency_table(res: Results) -> list[str]:
    lines = ["| | µs |", "|---|---:|"]
    for key, row in res.latency.items():
        stat = row["one_way_us"]
        lines.append(f"| {res.code(key)} | {spread(stat, lambda v: f'{v:.1f}')} |")
    for name, row in res.placement.items():
        stat = row["one_way_us"]
        lines.append(f"| {res.code(name)} | {spread(stat, lambda v: f'{v:.1f}')} |")
    return lines


def ratio(res: Results, a: str, b: str, size: int) -> dict | None:
    if (a, size) not in res.cells or (b, size) not in res.cells:
        return None
    x = res.cells[(a, size)]["msgs_per_s"]
    y = res.cells[(b, size)]["msgs_per_s"]
    # The runs are not paired, so the range is the widest the runs allow.
    return {
        "median": x["median"] / y["median"],
        "min": x["min"] / y["max"],
        "max": x["max"] / y["min"],
    }


def times(value: float) -> str:
    return f"{value:.2g}×" if value < 10 else f"{value:.0f}×"


def ratio_table(res: Results) -> list[str]:
    lines = [
        "| | " + " | ".join(size_name(s) for s in res.sizes) + " |",
        "|---" + "|---:" * len(res.sizes) + "|",
    ]
    for a, b in RATIOS:
        cells = []
        for s in res.sizes:
            r = ratio(res, a, b, s)
            cells.append(spread(r, times) if r else "–")
        name = f"{res.code(a)} ÷ {res.code(b)}"
        lines.append(f"| {name} | " + " | ".join(cells) + " |")
    return lines


def write_tables(res: Results) -> None:
    lines = [
        "<!-- Generated by bench/report.py from bench/results/channels.json: "
        "do not edit; run `nox -s bench`. -->",
        "",
    ]
    lines += section("machine", [machine_line(res)])
    lines += section("throughput", throughput_table(res))
    lines += section("latency", latency_table(res))
    lines += section("ratios", ratio_table(res))
    TABLES.parent.mkdir(parents=True, exist_ok=True)
    TABLES.write_text("\n".join(lines), encoding="utf-8")
    print(f"wrote {TABLES.relative_to(ROOT)}")


def key_ratios(res: Results) -> str:
    out = []
    for a, b, size in (
        ("batched_queue", "queue", 8),
        ("shared_memory", "queue", 1 << 20),
    ):
        r = ratio(res, a, b, size)
        if r:
            out.append(
                f"{a} / {b} at {size_name(size)}: {r['median']:.1f}x "
                f"(range {r['min']:.1f}-{r['max']:.1f}x)"
            )
    return "\n".join(out)


def main(argv: list[str]) -> None:
    path = Path(argv[0]) if argv else RESULTS
    data = json.loads(path.read_text(encoding="utf-8"))
    if data["settings"].get("quick"):
        raise SystemExit(f"{path} is from a --quick run: its timings mean nothing")
    res = Results(data)
    for lang in ("en", "zh"):
        for theme in plotstyle.THEMES:
            setup(lang, theme)
            for name in LINES:
                plot_throughput(res, lang, name)
            plot_small(res, lang)
            plot_latency(res, lang)
    write_tables(res)
    print(key_ratios(res))


if __name__ == "__main__":
    main(sys.argv[1:])
