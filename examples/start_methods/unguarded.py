"""A script WITHOUT the __main__ guard; main_guard.py runs it. Do not copy it."""

import multiprocessing as mp
import sys


def greet():
    pass  # the child has nothing to do; starting it is the point


print("module body runs as", __name__, flush=True)  # (1)!
ctx = mp.get_context(sys.argv[1])
child = ctx.Process(target=greet)
child.start()  # (2)!
child.join(timeout=20)
if child.is_alive():  # a hung child is stopped, and the output says so
    print("child still running after 20 s: killing it", flush=True)
    child.kill()
    child.join(timeout=5)
print("child exit code:", child.exitcode, flush=True)
