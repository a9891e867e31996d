"""How the performance plots look: readable on a 375 px phone, in both colour
schemes. bench/report.py decides what a plot shows; this module, how it looks.

For a new plot in bench/report.py:

    for theme in plotstyle.THEMES:            # main() already loops like this
        plotstyle.setup(lang, theme, FONTS[lang])
        fig, ax = plotstyle.figure(rows=n)    # bars: n rows; lines: rows=None
        ...  colours from plotstyle.COLORS[kind] / plotstyle.ink()
        plotstyle.bar_labels(ax, labels)      # bar charts: names above the bars
        plotstyle.legend_below(ax, handles)   # or ax.legend(...) with no fontsize
        plotstyle.caption(ax, text, lang)
        plotstyle.save(fig, ASSETS[lang] / "perf-NAME.svg")

and on both pages, one image per scheme (Material shows the one that fits):

    ![alt text](assets/perf-NAME.svg#only-light)
    ![alt text](assets/perf-NAME-dark.svg#only-dark)

(on the Chinese page both on one line: a line break there would show as a
space). Several plots in one figure go one above the other: ``fig, axes =
plotstyle.panels(n, ylabel=...)``, a ``panel_title(ax, name)`` each, the
legend below the last (``legend_below(axes[-1], handles)``) and the caption
above them all (``caption(axes[0], text, lang)``).

Rules it keeps:
- Width. A figure is about WIDTH inches wide once cropped (matplotlib's SVG:
  72 pt per inch, WIDTH × 96 CSS px), near the width of the article on a
  phone (343 px), so a phone shows it at nearly its natural size. Text
  never makes a figure wider: bar names go above their bars, legends below
  the plot, captions and long axis titles wrap. Fonts are MIN_PT or larger,
  so on a phone the smallest text is at least the page's small text
  (12.8 px; tests/browser checks it).
- Colour schemes. THEMES["light"] and THEMES["dark"] draw the same figure for
  Material's default and slate schemes, on a transparent background; save()
  writes ``NAME.svg`` and ``NAME-dark.svg``.
- width and height: the hook (tools/mkdocs_hooks.py) copies each SVG's size
  to its ``<img>``, with ``loading="lazy"``.
"""

from __future__ import annotations

import re
from pathlib import Path

import matplotlib.pyplot as plt
from matplotlib import font_manager
from matplotlib.text import Text
from matplotlib.transforms import blended_transform_factory

WIDTH = 3.5  # inches of plot area and labels, before tight cropping
MIN_PT = 12  # smallest text, in points (16 CSS px at natural size)
ROW = 0.62  # inches per bar, with its name above it

THEMES = {
    "light": {
        "suffix": "",
        "ink": "#212121",
        "muted": "#424242",
        "grid": "#e0e0e0",
        "reference": "#757575",
        "stdlib": "#3949ab",
        "recipe": "#e65100",
        "placement": "#6d4c41",
        "lines": [
            "#1f77b4",
            "#d62728",
            "#2ca02c",
            "#9467bd",
            "#8c564b",
            "#e377c2",
            "#bcbd22",
            "#17becf",
            "#ff7f0e",
        ],
    },
    "dark": {
        "suffix": "-dark",
        "ink": "#e3e5ea",
        "muted": "#c5c8d0",
        "grid": "#3b3f4d",
        "reference": "#a8a8a8",
        "stdlib": "#8c9eff",
        "recipe": "#ffa040",
        "placement": "#bcaaa4",
        "lines": [
            "#6fb1ee",
            "#ff6b6b",
            "#6bd66b",
            "#c3a5ee",
            "#d2a38f",
            "#f5a3dc",
            "#e0e05a",
            "#5ee0ee",
            "#ffb060",
        ],
    },
}
# The current theme's colours by kind of channel (report.py's COLORS names).
COLORS: dict[str, str] = {}
_theme = "light"


def setup(lang: str, theme: str, fonts: list[str]) -> None:
    """matplotlib's settings for one language and one colour scheme."""
    global _theme
    _theme = theme
    t = THEMES[theme]
    COLORS.clear()
    COLORS.update({k: t[k] for k in ("reference", "stdlib", "recipe", "placement")})
    plt.rcdefaults()
    installed = {f.name for f in font_manager.fontManager.ttflist}
    del installed  # report.py warns when no CJK font is installed
    plt.rcParams.update(
        {
            "svg.fonttype": "none",  # text stays text: the browser's fonts
            "svg.hashsalt": "pyqueues-perf",
            "font.family": "sans-serif",
            "font.sans-serif": fonts,
            "font.size": MIN_PT + 1,
            "axes.labelsize": MIN_PT + 1,
            "xtick.labelsize": MIN_PT,
            "ytick.labelsize": MIN_PT,
            "legend.fontsize": MIN_PT,
            "axes.spines.top": False,
            "axes.spines.right": False,
            "axes.grid": True,
            "axes.axisbelow": True,
            "grid.color": t["grid"],
            "grid.linewidth": 0.6,
            "text.color": t["ink"],
            "axes.labelcolor": t["ink"],
            "axes.edgecolor": t["muted"],
            "xtick.color": t["muted"],
            "ytick.color": t["muted"],
            "xtick.labelcolor": t["ink"],
            "ytick.labelcolor": t["ink"],
            "figure.facecolor": "none",  # transparent: the page shows through
            "axes.facecolor": "none",
            "savefig.transparent": True,
            "legend.frameon": False,
        }
    )


def ink() -> str:
    return THEMES[_theme]["ink"]


def line_colors() -> list[str]:
    return THEMES[_theme]["lines"]


def figure(rows: int | None = None, height: float = 3.6):
    """A figure WIDTH wide: ``rows`` bars with their names, or a line plot."""
    h = ROW * rows + 1.3 if rows else height
    return plt.subplots(figsize=(WIDTH, h))


def panels(n: int, height: float = 2.5, ylabel: str | None = None):
    """``n`` plots stacked one above the other in a figure WIDTH wide (side
    by side they would make the text too small on a phone), with ``ylabel``
    once for all of them. matplotlib's constrained layout finds the room for
    the titles and tick labels between them."""
    fig, axes = plt.subplots(
        n, 1, figsize=(WIDTH, height * n), sharex=True, layout="constrained"
    )
    if ylabel:
        fig.supylabel("\n".join(wrap(ylabel, 28)), fontsize=MIN_PT + 1, color=ink())
    return fig, list(axes)


def panel_title(ax, text: str) -> None:
    """The name of one of several plots, above it on the left."""
    ax.set_title(
        "\n".join(wrap(text, 34)), loc="left", fontsize=MIN_PT + 1, color=ink(), pad=6
    )


def bar_labels(ax, labels: list[str]) -> None:
    """Each bar's name above it, from the left edge of the plot (instead of tick
    labels to its left, which would make the figure wider than a phone)."""
    ax.set_yticks(range(len(labels)), [""] * len(labels))
    ax.tick_params(axis="y", length=0)
    where = blended_transform_factory(ax.transAxes, ax.transData)
    for y, label in enumerate(labels):
        ax.text(
            0.005, y - 0.38, label, transform=where, va="bottom", ha="left",
            fontsize=MIN_PT, color=ink(),
        )  # fmt: skip


def legend_below(ax, handles=None, ncols: int = 1) -> None:
    """The legend under the plot, one entry a line, where it hides nothing."""
    # 0.75 in below the plot (under the tick labels and the axis label), and
    # from 0.6 in left of it (under the y axis label), so that long entries
    # do not widen the figure.
    fig = ax.get_figure()
    if fig.get_layout_engine() is not None:  # panels(): under the figure
        legend = fig.legend(
            handles=handles,
            loc="upper left",
            bbox_to_anchor=(0, 0),
            ncols=ncols,
            frameon=False,
            handlelength=1.2,
            handletextpad=0.5,
            borderaxespad=0,
        )
        legend.set_in_layout(False)
        return
    height = ax.get_position().height * fig.get_figheight()
    width = ax.get_position().width * fig.get_figwidth()
    legend = ax.legend(
        handles=handles,
        loc="upper left",
        bbox_to_anchor=(-0.6 / width, -0.75 / height),
        ncols=ncols,
        frameon=False,
        handlelength=1.2,
        handletextpad=0.5,
        borderaxespad=0,
    )
    legend.set_in_layout(False)  # save() makes room for it


def caption(ax, text: str, lang: str) -> None:
    """The machine and date above the plot, wrapped to the figure's width
    (above all the plots when ``ax`` has a panel_title())."""
    text = "\n".join(wrap(text, 38 if lang == "zh" else 36))
    muted = THEMES[_theme]["muted"]
    if not ax.get_title(loc="left"):
        ax.set_title(text, loc="left", fontsize=MIN_PT, color=muted, pad=10)
        return
    # Several plots (panels()): the caption above them all, from the left
    # edge of the figure.
    ax.get_figure().suptitle(text, x=0.02, ha="left", fontsize=MIN_PT, color=muted)


WIDE = re.compile(r"[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]")
NO_LINE_START = set("。，、；：！？）」』")  # stay at the end of the line before
# A short full-width parenthesis (（对数坐标）) stays on one line.
TOKEN = re.compile(
    r"（[\u2e80-\u9fff]{1,6}）|[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]|\s+"
    r"|[^\s\u2e80-\u9fff]+"
)


def wrap(text: str, width: int) -> list[str]:
    """Lines of at most ``width`` columns (a Chinese character takes two),
    breaking at spaces or between Chinese characters."""
    lines, line, used = [], "", 0
    for token in TOKEN.findall(text):
        if token.isspace():
            if line:
                line, used = line + " ", used + 1
            continue
        size = len(token) + len(WIDE.findall(token))
        if line and used + size > width and token not in NO_LINE_START:
            lines.append(line.rstrip())
            line, used = "", 0
        line, used = line + token, used + size
    if line.strip():
        lines.append(line.rstrip())
    return lines


def apply(fig, lang: str) -> None:
    """What every finished figure gets: long axis titles on two lines (the
    figure stays as narrow as its plot), and no text under MIN_PT."""
    del lang  # the same rules for both languages
    for ax in fig.axes:
        for label in (ax.xaxis.label, ax.yaxis.label):
            text = label.get_text()
            if len(text) + len(WIDE.findall(text)) > 32 and "\n" not in text:
                label.set_text("\n".join(wrap(text, 32)))
    for text in fig.findobj(Text):
        if text.get_fontsize() < MIN_PT:
            text.set_fontsize(MIN_PT)


def save(fig, path: Path) -> Path:
    """Write ``path`` (light) or ``path`` with -dark (dark), without a date."""
    apply(fig, "")
    path = path.with_name(path.stem + THEMES[_theme]["suffix"] + path.suffix)
    path.parent.mkdir(parents=True, exist_ok=True)
    legends = [ax.get_legend() for ax in fig.axes if ax.get_legend()]
    legends += fig.legends
    extra = [*fig.get_default_bbox_extra_artists(), *legends]
    fig.savefig(
        path,
        format="svg",
        bbox_inches="tight",
        bbox_extra_artists=extra,
        metadata={"Date": None},
    )
    plt.close(fig)
    return path
