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
    join_or_stop(child)
    print("start method:      ", mp.get_start_method())
    print("global in child:   ", seen)
    print("argument in child: ", passed)


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
