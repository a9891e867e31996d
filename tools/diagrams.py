"""Draw the guide's three explanatory diagrams (docs/<lang>/assets/ipc-*.svg).

Each diagram is drawn once per language and per colour scheme, from the
layout below and the words in TEXT: `ipc-<name>.svg` for Material's light
scheme and `ipc-<name>-dark.svg` for its dark one (pages show them with
`#only-light` / `#only-dark`). They are 360 units wide with text of at least
14 units, so that on a 375 px phone, where they are drawn about 340 px wide,
their smallest text is as large as the page's small text; the browser suite
checks this (tests/browser/test_browser_pages.py).

    python tools/diagrams.py           # rewrite the SVG files
    python tools/diagrams.py --check   # fail if a file differs from its source
"""

from __future__ import annotations

import argparse
import sys
from html import escape
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WIDTH = 360

# Colours per scheme. Light matches the page's white; dark is drawn on a
# transparent background over Material's slate scheme.
SCHEMES = {
    "light": {
        "text": "#212121",
        "small": "#555555",
        "line": "#3949ab",
        "process": "#f5f7ff",
        "box": "#ffffff",
        "queue": "#fff8e1",
        "queue_line": "#f9a825",
        "message": "#ffffff",
        "background": "#ffffff",
    },
    "dark": {
        "text": "#e3e5ec",
        "small": "#b4b9c6",
        "line": "#9fa8f0",
        "process": "#262a3b",
        "box": "#1d2030",
        "queue": "#3a3120",
        "queue_line": "#f9a825",
        "message": "#1d2030",
        "background": None,
    },
}

TEXT = {
    "en": {
        "pipe-ends": {
            "title": "The two ends of a duplex pipe and of a one-way pipe",
            "duplex": "duplex: both ends send and receive",
            "oneway": ("one way: the second end sends,", "the first end receives"),
            "first": "first end: receives",
            "second": "second end: sends",
        },
        "pipe-eof": {
            "title": (
                "recv() raises EOFError only when every copy of the sending end "
                "is closed"
            ),
            "parent": "parent process",
            "child": "child process",
            "copy": "send_end (copy)",
            "pipe": "pipe",
            "eof": ("EOFError only when", "both copies are closed"),
            "note": (
                "Passing a connection to a child",
                "gives the child its own copy of it.",
            ),
        },
        "producer-queue-consumer": {
            "title": (
                "A producer process puts messages on a queue; a consumer process "
                "gets them"
            ),
            "producer": "Producer process",
            "consumer": "Consumer process",
            "memory": "its own memory",
            "buffer": "buffer: messages wait here",
            "note": (
                "Messages are pickled, copied across the",
                "process boundary, and unpickled.",
            ),
        },
    },
    "zh": {
        "pipe-ends": {
            "title": "双向管道与单向管道的两端",
            "duplex": "双向：两端都能发送和接收",
            "oneway": ("单向：第二端发送，第一端接收", ""),
            "first": "第一端：接收",
            "second": "第二端：发送",
        },
        "pipe-eof": {
            "title": "只有发送端的每个副本都关闭后，recv() 才会抛出 EOFError",
            "parent": "父进程",
            "child": "子进程",
            "copy": "send_end 副本",
            "pipe": "管道",
            "eof": ("两个副本都关闭后", "才会抛出 EOFError"),
            "note": ("把连接对象传给子进程，", "子进程就有了自己的一份副本。"),
        },
        "producer-queue-consumer": {
            "title": "生产者进程把消息放入队列，消费者进程从队列取出消息",
            "producer": "生产者进程",
            "consumer": "消费者进程",
            "memory": "独立的内存空间",
            "buffer": "缓冲区：消息在这里等待",
            "note": (
                "消息经序列化（pickle）后跨越进程边界复制，",
                "再在另一端反序列化。",
            ),
        },
    },
}


class Drawing:
    def __init__(self, height: int, title: str, colours: dict[str, str | None]):
        self.height = height
        self.title = title
        self.c = colours
        self.parts: list[str] = []

    def text(self, x, y, s, cls="", anchor="middle"):
        if not s:
            return
        c = f' class="{cls}"' if cls else ""
        a = "" if anchor == "start" else f' text-anchor="{anchor}"'
        self.parts.append(f'<text{c} x="{x}" y="{y}"{a}>{escape(s)}</text>')

    def box(self, x, y, w, h, cls, rx=6):
        self.parts.append(
            f'<rect class="{cls}" x="{x}" y="{y}" width="{w}" height="{h}" rx="{rx}"/>'
        )

    def arrow(self, d):
        self.parts.append(f'<path class="l" d="{d}" marker-end="url(#a)"/>')

    def svg(self) -> str:
        c = self.c
        style = (
            f"text{{font-family:sans-serif;font-size:15px;fill:{c['text']}}}"
            f".s{{font-size:14px;fill:{c['small']}}}.b{{font-weight:bold}}"
            f".p{{fill:{c['process']};stroke:{c['line']};stroke-width:1.5;"
            "stroke-dasharray:6 4}"
            f".q{{fill:{c['queue']};stroke:{c['queue_line']};stroke-width:1.5}}"
            f".m{{fill:{c['message']};stroke:{c['queue_line']}}}"
            f".f{{fill:{c['box']};stroke:{c['line']};stroke-width:1.5}}"
            f".l{{stroke:{c['line']};stroke-width:2;fill:none}}"
        )
        head = [
            '<svg xmlns="http://www.w3.org/2000/svg" '
            f'viewBox="0 0 {WIDTH} {self.height}" width="{WIDTH}" '
            f'height="{self.height}" role="img" aria-labelledby="t">',
            f'<title id="t">{escape(self.title)}</title>',
            '<defs><marker id="a" viewBox="0 0 10 10" refX="9" refY="5" '
            'markerWidth="7" markerHeight="7" orient="auto-start-reverse">'
            f'<path d="M0,0L10,5L0,10z" fill="{c["line"]}"/></marker></defs>',
            f"<style>{style}</style>",
        ]
        if c["background"]:
            head.append(f'<rect width="100%" height="100%" fill="{c["background"]}"/>')
        return "\n".join(head + self.parts + ["</svg>"]) + "\n"


def pipe_ends(t, colours) -> str:
    d = Drawing(292, t["title"], colours)
    # Pipe(): two ends, both ways.
    d.text(10, 26, "Pipe()", "b", "start")
    d.text(10, 48, t["duplex"], "s", "start")
    d.box(10, 64, 100, 40, "f")
    d.text(60, 89, "conn1")
    d.box(250, 64, 100, 40, "f")
    d.text(300, 89, "conn2")
    d.arrow("M114,76H246")
    d.arrow("M246,92H114")
    d.text(180, 67, "send() → recv()", "s")
    d.text(180, 116, "recv() ← send()", "s")
    # Pipe(duplex=False): one way, from the second end to the first.
    d.text(10, 160, "Pipe(duplex=False)", "b", "start")
    first, second = t["oneway"]
    d.text(10, 182, first, "s", "start")
    d.text(10, 200, second, "s", "start")
    d.box(10, 214, 100, 40, "f")
    d.text(60, 239, "recv_end")
    d.box(250, 214, 100, 40, "f")
    d.text(300, 239, "send_end")
    d.arrow("M246,234H114")
    d.text(180, 224, "recv() ← send()", "s")
    d.text(10, 278, t["first"], "s", "start")
    d.text(350, 278, t["second"], "s", "end")
    return d.svg()


def pipe_eof(t, colours) -> str:
    d = Drawing(344, t["title"], colours)
    for x, who in ((10, t["parent"]), (190, t["child"])):
        d.box(x, 10, 160, 86, "p", rx=8)
        d.text(x + 80, 34, who, "b")
        d.box(x + 10, 48, 140, 36, "f", rx=5)
        d.text(x + 80, 71, t["copy"])
    d.arrow("M90,88L164,136")
    d.arrow("M270,88L196,136")
    d.box(130, 140, 100, 36, "q")
    d.text(180, 163, t["pipe"])
    d.arrow("M180,180V206")
    d.box(120, 210, 120, 36, "f")
    d.text(180, 233, "recv_end")
    for i, line in enumerate(t["eof"]):
        d.text(180, 270 + 18 * i, line, "s")
    for i, line in enumerate(t["note"]):
        d.text(180, 316 + 18 * i, line, "s")
    return d.svg()


def producer_queue_consumer(t, colours) -> str:
    d = Drawing(380, t["title"], colours)
    for y, who, func in (
        (10, t["producer"], "produce()"),
        (262, t["consumer"], "consume()"),
    ):
        d.box(10, y, 340, 64, "p", rx=8)
        d.text(24, y + 27, who, "b", "start")
        d.text(24, y + 49, t["memory"], "s", "start")
        d.box(220, y + 12, 116, 40, "f", rx=5)
        d.text(278, y + 37, func)
    d.arrow("M180,78V116")
    d.text(192, 102, "put()", "", "start")
    d.box(40, 120, 280, 74, "q")
    d.text(180, 142, "multiprocessing.Queue", "b")
    for i, x in enumerate((75, 150, 225)):
        d.box(x, 154, 60, 30, "m", rx=4)
        d.text(x + 30, 174, f"msg {3 - i}", "s")
    d.text(180, 214, t["buffer"], "s")
    d.arrow("M180,222V258")
    d.text(192, 246, "get()", "", "start")
    for i, line in enumerate(t["note"]):
        d.text(180, 352 + 18 * i, line, "s")
    return d.svg()


DIAGRAMS = {
    "pipe-ends": pipe_ends,
    "pipe-eof": pipe_eof,
    "producer-queue-consumer": producer_queue_consumer,
}


def files() -> dict[Path, str]:
    out = {}
    for lang, texts in TEXT.items():
        for name, draw in DIAGRAMS.items():
            for scheme, colours in SCHEMES.items():
                suffix = "" if scheme == "light" else "-dark"
                path = ROOT / "docs" / lang / "assets" / f"ipc-{name}{suffix}.svg"
                out[path] = draw(texts[name], colours)
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="compare, do not write")
    args = parser.parse_args(argv)
    stale = []
    for path, svg in files().items():
        current = path.read_text(encoding="utf-8") if path.exists() else None
        if current == svg:
            continue
        if args.check:
            stale.append(path.relative_to(ROOT))
        else:
            path.write_text(svg, encoding="utf-8")
            print(f"wrote {path.relative_to(ROOT)}")
    if stale:
        print(
            "These diagrams differ from tools/diagrams.py: "
            + ", ".join(map(str, stale))
            + "\nRegenerate them: python tools/diagrams.py",
            file=sys.stderr,
        )
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
