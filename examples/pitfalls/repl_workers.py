"""Worker functions in an importable module (used by repl_function_spawn.py)."""


def greet(q):
    q.put("hello from a function in an importable module")
