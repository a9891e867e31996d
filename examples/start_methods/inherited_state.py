"""The same program under fork, spawn and forkserver: what does each child get?"""

import multiprocessing as mp
import os
import sys


def report(q):
    q.put(
        (
            sys.modules["__main__"].__name__,  # (1)!
            "colorsys" in sys.modules,  # (2)!
            os.environ.get("DEMO_STAGE"),  # (3)!
        )
    )


def start_child(q):
    child = mp.Process(target=report, args=(q,))
    child.start()
    answer = q.get(timeout=10)
    join_or_stop(child)
    return answer


def main():
    import colorsys  # noqa: F401  (imported only in the parent, after startup)

    q = mp.Queue()
    os.environ["DEMO_STAGE"] = "first"
    main_name, has_colorsys, stage1 = start_child(q)
    os.environ["DEMO_STAGE"] = "second"
    _, _, stage2 = start_child(q)
    print("start method:", mp.get_start_method())
    print("child's main module is named:", main_name)
    print("colorsys already imported in the child:", has_colorsys)
    print("DEMO_STAGE seen by the first child:", stage1)
    print("DEMO_STAGE seen by the second child:", stage2)  # (4)!


def join_or_stop(process, timeout=10):
    """Join; if it still runs after timeout, terminate (then kill) it and say so."""
    process.join(timeout)
    if process.is_alive():
        print(f"{process.name} still running after {timeout} s: terminating it")
        process.terminate()
        process.join(timeout=5)
        if process.is_alive():
            process.kill()
            process.join(timeout=5)


if __name__ == "__main__":
    main()
