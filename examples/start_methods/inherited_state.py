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
    child.join(timeout=10)
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


if __name__ == "__main__":
    main()
