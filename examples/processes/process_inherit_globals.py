"""A global changed after import: seen by a forked child, not a spawned one."""

import multiprocessing as mp

SETTING = "set at import"  # (1)!


def report(results, passed):
    results.put((SETTING, passed))


def main():
    global SETTING
    SETTING = "changed in main()"  # (2)!
    results = mp.Queue()
    child = mp.Process(target=report, args=(results, SETTING))  # (3)!
    child.start()
    seen, passed = results.get(timeout=10)
    child.join(timeout=10)
    print("start method:      ", mp.get_start_method())
    print("global in child:   ", seen)
    print("argument in child: ", passed)


if __name__ == "__main__":
    main()
