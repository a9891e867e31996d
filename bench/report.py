"""Turn the benchmark's results into the performance pages' plots and tables.

    python bench/report.py [results directory]

Reads bench/results/channels.json and bench/results/suite.json and writes:
- docs/en/assets/perf-*.svg and docs/zh/assets/perf-*.svg: the same plots
  with English and with Chinese labels, each as NAME.svg for the light colour
  scheme and NAME-dark.svg for the dark one.  Text stays text in the SVG
  (``svg.fonttype: none``): the reader's browser draws it with its own fonts.
- bench/results/tables.md (English), tables.zh.md and
  figures.{en,zh}.md, through bench/tables.py: the tables, and every figure
  the pages state in prose, in each language.

What a plot shows is decided here; how it looks, by bench/plotstyle.py
(narrow enough for a phone, text at 12 pt or more, light and dark schemes).
Every figure goes through ``save()``, which applies ``style()`` (plotstyle's
``apply(fig, lang)``): the one place to restyle all charts.  A run that was
not quiet (see bench/load.py) is marked "provisional" in every chart's
caption.

Needs matplotlib (the "bench" dependency group); the benchmark does not.
"""

from __future__ import annotations

import sys
import warnings
from functools import partial
from pathlib import Path

import matplotlib

matplotlib.use("svg")
import matplotlib.pyplot as plt
from matplotlib import font_manager
from matplotlib.patches import Patch
from matplotlib.ticker import FuncFormatter, LogLocator, NullFormatter

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import plotstyle  # noqa: E402  (how the plots look: phone widths, two schemes)
import tables  # noqa: E402
from tables import Results, size_name  # noqa: E402

ROOT = HERE.parent
RESULTS = ROOT / "bench" / "results"
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
        "provisional": "PROVISIONAL — noisy machine (load {load}). ",
        "pythons_footer": "Python {pythons}; start method {method}; {date}.",
        "pythons_footer_all": "Python {pythons}; {date}.",
        "comma": ", ",
        "relative": "messages per second ÷ the same Python's raw pipe",
        "relative_large": "MB/s ÷ the same Python's raw pipe",
        "python": "Python version",
        "floor": "raw pipe (floor) = 1",
        "startup_process": "start and join one Process, ms (log scale)",
        "startup_pool": "Pool(2) + first result, ms (log scale)",
        "small_main": "small __main__",
        "large_main": "large __main__",
        "gbs": "GB/s (log scale)",
        "speedup": "speed-up over a serial loop (log scale)",
        "task": "CPU time per task",
        "task_sleep": "sleep per task",
        "cpu_job": "CPU-bound tasks",
        "sleep_job": "sleeping tasks",
        "serial": "serial loop",
        "threads": "ThreadPoolExecutor(2)",
        "pool": "Pool(2).map",
        "process_pool_executor": "ProcessPoolExecutor(2).map",
        "memcpy": "numpy.copyto (memcpy)",
        "queue": "Queue",
        "pipe_bytes": "Pipe.send_bytes",
        "pickle5": "pickle protocol 5, out-of-band",
        "shared_memory": "shared memory (recipe)",
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
        "provisional": "临时结果：机器繁忙（系统负载 {load}）。",
        "pythons_footer": "Python {pythons}；启动方法 {method}；{date}。",
        "pythons_footer_all": "Python {pythons}；{date}。",
        "comma": "，",
        "relative": "每秒消息数 ÷ 同一 Python 的直接读写管道",
        "relative_large": "MB/s ÷ 同一 Python 的直接读写管道",
        "python": "Python 版本",
        "floor": "直接读写管道（下限）= 1",
        "startup_process": "启动并 join 一个 Process，毫秒（对数坐标）",
        "startup_pool": "Pool(2) + 第一个结果，毫秒（对数坐标）",
        "small_main": "小的 __main__",
        "large_main": "大的 __main__",
        "gbs": "GB/s（对数坐标）",
        "speedup": "相对串行循环的加速比（对数坐标）",
        "task": "每个任务的 CPU 时间",
        "task_sleep": "每个任务的睡眠时间",
        "cpu_job": "CPU 密集型任务",
        "sleep_job": "睡眠型任务",
        "serial": "串行循环",
        "threads": "ThreadPoolExecutor(2)",
        "pool": "Pool(2).map",
        "process_pool_executor": "ProcessPoolExecutor(2).map",
        "memcpy": "numpy.copyto（memcpy）",
        "queue": "Queue",
        "pipe_bytes": "Pipe.send_bytes",
        "pickle5": "pickle 协议 5，带外缓冲区",
        "shared_memory": "共享内存（本页做法）",
    },
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
MARKERS = "osD^v<>pPX*h"
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


def label(res: Results, lang: str, key: str) -> str:
    return LABELS[lang][key].format(**res.fill)


def machine_text(res: Results, lang: str) -> str:
    m = res.data["machine"]
    text = TEXT[lang]["footer"].format(
        cpu=m["cpu_model"],
        cpus=m.get("usable_cpus", m["cpu_count"]),
        vm=TEXT[lang]["vm"] if m.get("virtual_machine") else "",
        python=m["python"],
        method=m["start_method"],
        date=res.data["date"][:10],
        runs=res.data["settings"]["runs"],
        load=res.load_text(),
    )
    return provisional(res, lang) + text


def provisional(res: Results, lang: str) -> str:
    if res.quiet:
        return ""
    return TEXT[lang]["provisional"].format(load=res.load_text())


def methods_text(res: Results, section: str, lang: str) -> str:
    """The start method of each Python's runs: "fork (3.10–3.13), ..."."""
    groups: dict[str, list[str]] = {}
    for v in res.versions(section):
        groups.setdefault(res.section(section, v)["start_method"], []).append(v)
    sep = "，" if lang == "zh" else ", "
    return sep.join(
        f"{m} ({vs[0]}–{vs[-1]})" if len(vs) > 1 else f"{m} ({vs[0]})"
        for m, vs in groups.items()
    )


def suite_text(
    res: Results, lang: str, method: str | None, python: str | None = None
) -> str:
    """The caption of a chart from suite.json: Pythons, start method, date."""
    key = "pythons_footer" if method else "pythons_footer_all"
    pythons = [python] if python else res.suite.get("measured_pythons", [])
    return provisional(res, lang) + TEXT[lang][key].format(
        pythons=", ".join(pythons),
        method=method,
        date=res.suite.get("date", "")[:10],
    )


def kind(key: str) -> str:
    if key in REFERENCE:
        return "reference"
    return "recipe" if key in RECIPES else "stdlib"


# ------------------------------------------------------------------ plots


def setup(lang: str, theme: str) -> None:
    """matplotlib's settings for one language and one colour scheme."""
    installed = {f.name for f in font_manager.fontManager.ttflist}
    if lang == "zh" and not installed & set(FONTS["zh"]):
        warnings.warn(
            "no CJK font for matplotlib to measure the Chinese labels with "
            "(Debian: apt-get install fonts-noto-cjk); the SVG still names "
            "CJK fonts for the browser, but label sizes may be off",
            stacklevel=2,
        )
    plotstyle.setup(lang, theme, FONTS[lang])


def style(fig, lang: str) -> None:
    """Restyle a finished figure; every figure passes through here."""
    plotstyle.apply(fig, lang)


def save(fig, path: Path, lang: str) -> None:
    """Write ``path`` in the colour scheme being drawn (``-dark`` for dark)."""
    style(fig, lang)
    path = plotstyle.save(fig, path)
    print(f"wrote {path.relative_to(ROOT)}")


def caption(ax, text: str, lang: str) -> None:
    """The machine and date (and "provisional"), above the plot."""
    plotstyle.caption(ax, text, lang)


def log_axis(axis, decades: bool = False) -> None:
    """A log axis labelled 1, 2, 5, 10, 20, 50, ... in plain numbers (with
    ``decades``, 1, 10, 100, ... when the data spans more than two)."""
    low, high = sorted(axis.get_view_interval())
    subs = (1.0,) if decades and high > 100 * low else (1.0, 2.0, 5.0)
    axis.set_major_locator(LogLocator(base=10, subs=subs, numticks=12))
    axis.set_major_formatter(FuncFormatter(lambda v, _: plain(v)))
    axis.set_minor_formatter(NullFormatter())


def plain(value: float) -> str:
    """Axis numbers without exponents: 0.1, 1, 10, 1000, 10k, 1M."""
    for suffix, scale in (("M", 1e6), ("k", 1e4)):
        if value >= scale:
            return f"{value / (1e6 if suffix == 'M' else 1e3):g}{suffix}"
    return f"{value:g}"


def plot_throughput(res: Results, lang: str, name: str) -> None:
    t = TEXT[lang]
    fig, ax = plotstyle.figure()
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
            label=label(res, lang, key),
            color=color,
            marker=MARKERS[i % len(MARKERS)],
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
    caption(ax, machine_text(res, lang), lang)
    save(fig, ASSETS[lang] / f"{name}.svg", lang)


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
    # No labels on minor ticks: matplotlib's default writes them as 2×10⁰,
    # with exponents too small to read on a phone.
    ax.xaxis.set_minor_formatter(NullFormatter())
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
        [label(res, lang, k) for k in keys],
        [s["median"] for s in stats],
        [s["min"] for s in stats],
        [s["max"] for s in stats],
        [COLORS[kind(k)] for k in keys],
    )
    ax.set_xlabel(TEXT[lang]["msgs"])
    legend(ax, lang, {kind(k) for k in keys})
    caption(ax, machine_text(res, lang), lang)
    save(fig, ASSETS[lang] / "perf-small.svg", lang)


def plot_latency(res: Results, lang: str) -> None:
    keys = sorted(res.latency, key=lambda k: res.latency[k]["one_way_us"]["median"])
    rows = [(k, res.latency[k], kind(k)) for k in keys]
    rows += [(p, r, "placement") for p, r in res.placement.items()]
    fig, ax = plotstyle.figure(rows=len(rows))
    stats = [r["one_way_us"] for _, r, _ in rows]
    bars(
        ax,
        [label(res, lang, k) for k, _, _ in rows],
        [s["median"] for s in stats],
        [s["min"] for s in stats],
        [s["max"] for s in stats],
        [COLORS[c] for _, _, c in rows],
    )
    ax.set_xlabel(TEXT[lang]["latency"])
    legend(ax, lang, {c for _, _, c in rows})
    caption(ax, machine_text(res, lang), lang)
    save(fig, ASSETS[lang] / "perf-latency.svg", lang)


# ------------------------------------------------------ plots by Python
# Two plots each, one above the other (side by side they would not fit a
# phone's width).


def plot_pythons(res: Results, lang: str) -> None:
    """Does upgrading Python change IPC speed?  Each channel ÷ its own floor."""
    versions = res.versions("core")
    if not versions:
        return
    t = TEXT[lang]
    palette = plotstyle.line_colors()
    fig, axes = plotstyle.panels(2, ylabel=t["relative"])
    for ax, size in zip(axes, (8, 65536), strict=True):
        for i, key in enumerate(k for k in tables.CORE if k != "os_pipe"):
            ys = [res.relative(v, key, size) for v in versions]
            ax.plot(
                versions,
                [y if y is not None else float("nan") for y in ys],
                label=label(res, lang, key),
                color=palette[i % len(palette)],
                marker=MARKERS[i],
                linewidth=2.2 if key in RECIPES else 1.4,
            )
        ax.axhline(1, color=COLORS["reference"], linestyle="--", linewidth=1.2)
        ax.set_yscale("log")
        log_axis(ax.yaxis, decades=True)
        plotstyle.panel_title(ax, size_name(size))
    axes[-1].set_xlabel(t["python"])
    handles, _ = axes[0].get_legend_handles_labels()
    floor = plt.Line2D(
        [], [], color=COLORS["reference"], linestyle="--", label=t["floor"]
    )
    plotstyle.legend_below(axes[-1], [*handles, floor])
    caption(axes[0], suite_text(res, lang, methods_text(res, "core", lang)), lang)
    save(fig, ASSETS[lang] / "perf-pythons.svg", lang)


def plot_startup(res: Results, lang: str) -> None:
    versions = res.versions("startup")
    if not versions:
        return
    t = TEXT[lang]
    palette = plotstyle.line_colors()
    fig, axes = plotstyle.panels(2)
    methods = ["fork", "forkserver", "spawn"]
    for ax, what in zip(axes, ("process", "pool"), strict=True):
        for i, method in enumerate(methods):
            for main, style_ in (("small", "-"), ("large", ":")):
                ys = []
                for v in versions:
                    rows = [
                        r
                        for r in res.section("startup", v)["rows"]
                        if r["method"] == method and r["main"] == main
                    ]
                    ys.append(
                        rows[0][what]["later"]["median"] * 1e3 if rows else float("nan")
                    )
                ax.plot(
                    versions,
                    ys,
                    color=palette[i],
                    linestyle=style_,
                    marker=MARKERS[i],
                    label=f"{method}{t['comma']}{t[main + '_main']}",
                )
        ax.set_yscale("log")
        log_axis(ax.yaxis, decades=True)
        plotstyle.panel_title(ax, t["startup_" + what])
    axes[-1].set_xlabel(t["python"])
    handles, _ = axes[0].get_legend_handles_labels()
    plotstyle.legend_below(axes[-1], handles)
    caption(axes[0], suite_text(res, lang, None), lang)
    save(fig, ASSETS[lang] / "perf-startup.svg", lang)


def plot_bigdata(res: Results, lang: str) -> None:
    big = res.section("bigdata")
    if not big:
        return
    t = TEXT[lang]
    sizes = sorted({r["size"] for r in big["rows"]})
    methods = list(dict.fromkeys(r["method"] for r in big["rows"]))
    labels, mids, lows, highs, colors = [], [], [], [], []
    for size in sizes:
        for method in [*methods, "memcpy"]:
            if method == "memcpy":
                stat = next(m for m in big["memcpy"] if m["size"] == size)["gb_per_s"]
                color = COLORS["reference"]
            else:
                row = next(
                    r
                    for r in big["rows"]
                    if r["method"] == method and r["size"] == size
                )
                stat = row["gb_per_s"]
                color = COLORS["recipe" if method == "shared_memory" else "stdlib"]
            labels.append(f"{t[method]}{t['comma']}{size_name(size)}")
            mids.append(stat["median"])
            lows.append(stat["min"])
            highs.append(stat["max"])
            colors.append(color)
    fig, ax = plotstyle.figure(rows=len(labels))
    bars(ax, labels, mids, lows, highs, colors)
    ax.set_xlabel(t["gbs"])
    caption(ax, suite_text(res, lang, big["start_method"], big["python"]), lang)
    save(fig, ASSETS[lang] / "perf-bigdata.svg", lang)


def plot_payoff(res: Results, lang: str) -> None:
    payoff = res.section("payoff")
    if not payoff:
        return
    t = TEXT[lang]
    palette = plotstyle.line_colors()
    kinds = list(dict.fromkeys((r["kind"], r["method"]) for r in payoff["rows"]))[1:]
    # Each plot has its own axis title: room for it and for the tick labels.
    fig, axes = plotstyle.panels(2, ylabel=t["speedup"])
    for ax, variant in zip(axes, ("cpu", "sleep"), strict=True):
        tasks = sorted(
            {r["task_seconds"] for r in payoff["rows"] if r["variant"] == variant}
        )
        for i, (kind_, method) in enumerate(kinds):
            ys = [res.speedup(variant, kind_, method, task) for task in tasks]
            name = t[kind_] + (f"{t['comma']}{method}" if method else "")
            ax.plot(
                tasks,
                [y if y else float("nan") for y in ys],
                label=name,
                color=palette[i % len(palette)],
                marker=MARKERS[i % len(MARKERS)],
                linestyle="--" if kind_ == "process_pool_executor" else "-",
            )
        ax.axhline(1, color=COLORS["reference"], linewidth=1.2)
        ax.set_xscale("log")
        ax.set_yscale("log")
        # Every other task size named: six names do not fit a phone's width.
        ax.set_xticks(
            tasks,
            [tables.duration(x) if n % 2 == 0 else "" for n, x in enumerate(tasks)],
        )
        ax.minorticks_off()
        log_axis(ax.yaxis, decades=True)
        plotstyle.panel_title(ax, t["cpu_job" if variant == "cpu" else "sleep_job"])
        # Each plot has its own axis title (the tasks work or sleep).
        ax.tick_params(axis="x", labelbottom=True)
        ax.set_xlabel(t["task" if variant == "cpu" else "task_sleep"])
    handles, _ = axes[0].get_legend_handles_labels()
    plotstyle.legend_below(axes[-1], handles)
    caption(
        axes[0],
        suite_text(res, lang, "fork, forkserver, spawn", payoff["python"]),
        lang,
    )
    save(fig, ASSETS[lang] / "perf-payoff.svg", lang)


PLOTS = [
    *(partial(plot_throughput, name=name) for name in LINES),
    plot_small,
    plot_latency,
    plot_pythons,
    plot_startup,
    plot_bigdata,
    plot_payoff,
]


def main(argv: list[str]) -> None:
    directory = Path(argv[0]) if argv else RESULTS
    res = Results.load(directory)
    if res.data["settings"].get("quick") or res.suite.get("quick"):
        raise SystemExit(f"{directory} holds a --quick run: its timings mean nothing")
    for lang in ("en", "zh"):
        for theme in plotstyle.THEMES:
            setup(lang, theme)
            for plot in PLOTS:
                plot(res, lang)
    tables.write(res)


if __name__ == "__main__":
    main(sys.argv[1:])
