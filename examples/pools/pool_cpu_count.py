"""os.cpu_count() counts the machine's CPUs; os.process_cpu_count() those we may use."""

# requires: linux
import multiprocessing as mp
import os


def usable_cpus():
    """os.process_cpu_count() from Python 3.13 on; the same number before."""
    if hasattr(os, "process_cpu_count"):
        return os.process_cpu_count()
    return len(os.sched_getaffinity(0))  # (1)!


def pin_to_one_cpu(report):
    machine, mp_count = os.cpu_count(), mp.cpu_count()
    os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})  # (2)!
    report.put(
        [
            ("os.cpu_count() changed", os.cpu_count() != machine),
            ("usable CPUs", usable_cpus()),
            ("multiprocessing.cpu_count() changed", mp.cpu_count() != mp_count),
        ]
    )


def main():
    usable = usable_cpus()
    report = mp.Queue()
    child = mp.Process(target=pin_to_one_cpu, args=(report,))  # (3)!
    child.start()
    print("child pinned to one CPU:")
    for name, value in report.get(timeout=10):
        print(f"  {name}: {value}")
    join_or_stop(child)
    print("parent's usable CPUs changed:", usable_cpus() != usable)  # (4)!


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
