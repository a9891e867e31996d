"""current_process() and parent_process() (Python 3.8+) from either side."""

import multiprocessing as mp


def introduce(results):
    me = mp.current_process()
    parent = mp.parent_process()  # (1)!
    results.put((me.name, parent.name, parent.pid, parent.is_alive()))


def main():
    print("in the parent: current_process().name =", mp.current_process().name)
    print("in the parent: parent_process() =", mp.parent_process())  # (2)!
    results = mp.Queue()
    child = mp.Process(target=introduce, args=(results,), name="child-1")
    child.start()
    name, parent_name, parent_pid, parent_alive = results.get(timeout=10)
    join_or_stop(child)
    print("in the child: current_process().name =", name)
    print("in the child: parent_process().name =", parent_name)
    print("  it is this process:", parent_pid == mp.current_process().pid)  # (3)!
    print("  it is alive:", parent_alive)


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
