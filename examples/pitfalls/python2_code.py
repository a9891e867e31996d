"""Python 2 code from old tutorials, compiled and run by Python 3.

Each old snippet is compiled with compile() and, if that works, executed;
the example prints the type of the exception it raises, then does the same
with the Python 3 spelling.
"""

import contextlib
import io

CATCH_EMPTY = """\
import queue
try:
    queue.Queue().get_nowait()
except {}.Empty:
    pass
"""

SNIPPETS = [
    ("print x", "print x", "print(x)"),
    ("xrange(3)", "for i in xrange(3): pass", "for i in range(3): pass"),
    ("import Queue", "import Queue", "import queue"),
    ("except Queue.Empty", CATCH_EMPTY.format("Queue"), CATCH_EMPTY.format("queue")),
]


def outcome(source):
    try:
        code = compile(source, "<old tutorial>", "exec")  # (1)!
        with contextlib.redirect_stdout(io.StringIO()):
            exec(code, {"x": 1})  # (2)!
    except (SyntaxError, NameError, ImportError) as e:
        return type(e).__name__
    return "ok"


def main():
    for label, old, new in SNIPPETS:
        print(f"{label:<20} {outcome(old):<20} Python 3 spelling: {outcome(new)}")


if __name__ == "__main__":
    main()
