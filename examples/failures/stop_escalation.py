"""join(timeout), then is_alive(), then terminate(), then kill(): stop for sure."""

# requires: posix

import multiprocessing as mp
import signal
import time


def child(kind, started):
    if kind == "ignores SIGTERM":
        signal.signal(signal.SIGTERM, signal.SIG_IGN)  # (1)!
    started.release()
    if kind != "finishes":
        time.sleep(20)


def stop(process, grace=1.0):
    process.join(timeout=grace)  # (2)!
    if not process.is_alive():
        return "exited by itself"
    process.terminate()  # (3)!
    process.join(timeout=grace)
    if not process.is_alive():
        return "stopped by terminate()"
    process.kill()  # (4)!
    process.join(timeout=grace)
    return "stopped by kill()" if not process.is_alive() else "still alive!"


def main():
    for kind in ["finishes", "runs on", "ignores SIGTERM"]:
        started = mp.Semaphore(0)
        process = mp.Process(target=child, args=(kind, started))
        process.start()
        if not started.acquire(timeout=10):
            raise RuntimeError("the child did not start")
        outcome = stop(process)
        print(f"{kind:16} {outcome:23} exitcode {process.exitcode}")  # (5)!


if __name__ == "__main__":
    main()
