"""What multiprocessing.freeze_support() looks for, checked in a normal
(not frozen) interpreter: the command line of a spawned child."""

import multiprocessing as mp
import sys
from multiprocessing import spawn


def square(x):
    return x * x


def main():
    print("frozen:", getattr(sys, "frozen", False))
    handles = {"tracker_fd": 5, "pipe_handle": 7}  # (1)!
    normal = spawn.get_command_line(**handles)
    print("a spawned child runs: python ...", normal[-3:])  # (2)!
    sys.frozen = True  # (3)!
    try:
        frozen = spawn.get_command_line(**handles)
    finally:
        del sys.frozen
    print("frozen, it would run: <program>", frozen[1:])  # (4)!
    print("freeze_support() would take over:", spawn.is_forking(frozen))
    print("... but not in this process:", spawn.is_forking(sys.argv))
    with mp.get_context("spawn").Pool(1) as pool:
        print("a spawn worker computed:", pool.apply(square, (7,)))
        pool.close()
        pool.join()


if __name__ == "__main__":
    mp.freeze_support()  # (5)!
    main()
