"""join(timeout) returns when the time is up, even if the child still runs."""

import multiprocessing as mp


def wait_for(release):
    release.wait(timeout=10)


def main():
    release = mp.Event()
    worker = mp.Process(target=wait_for, args=(release,))
    worker.start()
    worker.join(timeout=0.1)  # (1)!
    print("after join(0.1): alive =", worker.is_alive(), "exitcode =", worker.exitcode)
    release.set()
    worker.join(timeout=10)  # (2)!
    print("after release:   alive =", worker.is_alive(), "exitcode =", worker.exitcode)


if __name__ == "__main__":
    main()
