"""How busy the machine was: before, during and after a benchmark run.

Two figures, both recorded in the results:

- ``os.getloadavg()``, the 1-, 5- and 15-minute load averages: before the run
  (after waiting, for at most ``max_wait`` seconds, until the 1-minute value
  is below ``threshold``), at every checkpoint during it, and after it.
  During the run the benchmark's own processes count too, so these values
  describe the machine, not the competition.
- The CPU time that *other* programs used between two checkpoints, in CPUs:
  the busy time of the whole system (``/proc/stat``, Linux) minus the CPU
  time of this process and of every child it has waited for
  (``resource.getrusage``).  Steal time (``/proc/stat``), the time a virtual
  machine's CPUs waited for the host, is recorded separately.

So that the CPU time of every descendant counts as the benchmark's own, the
monitor makes this process a "child subreaper" (Linux ``prctl``): processes
whose parent exits first (a fork server, a resource tracker) are handed to
this process instead of to init, and each checkpoint reaps them.

A run is *quiet* if the load before it was below the threshold and no
checkpoint interval of at least MIN_INTERVAL seconds saw other programs use
more than ``threshold`` CPUs on average.  Only the standard library is used.
"""

from __future__ import annotations

import ctypes
import os
import sys
import time
from pathlib import Path

THRESHOLD = 0.5  # the page states this figure (generated from the results)
MAX_WAIT = 180.0  # seconds to wait for the machine to settle
MIN_INTERVAL = 2.0  # shorter intervals are too coarse (clock ticks) to judge


def loadavg() -> list[float] | None:
    if hasattr(os, "getloadavg"):
        return [round(v, 2) for v in os.getloadavg()]
    return None


def system_cpu() -> tuple[float, float] | None:
    """(busy seconds, steal seconds) of all CPUs since boot, or None."""
    path = Path("/proc/stat")
    if not path.is_file():
        return None
    fields = path.read_text().splitlines()[0].split()[1:]
    ticks = [int(v) for v in fields]
    # user nice system idle iowait irq softirq steal guest guest_nice
    busy = sum(ticks[:3]) + sum(ticks[5:7])
    steal = ticks[7] if len(ticks) > 7 else 0
    hz = os.sysconf("SC_CLK_TCK")
    return busy / hz, steal / hz


def become_subreaper() -> bool:
    """Adopt orphaned descendants (Linux PR_SET_CHILD_SUBREAPER)."""
    if not sys.platform.startswith("linux"):
        return False
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        return libc.prctl(36, 1, 0, 0, 0) == 0  # PR_SET_CHILD_SUBREAPER
    except (OSError, AttributeError):
        return False


def reap_orphans(wait: float = 2.0) -> int:
    """Reap adopted descendants that have exited; wait briefly for the rest.

    Call only while no subprocess of ours is running: it reaps any child.
    """
    reaped, deadline = 0, time.monotonic() + wait
    while True:
        try:
            pid, _ = os.waitpid(-1, os.WNOHANG)
        except ChildProcessError:
            return reaped  # no children left
        if pid:
            reaped += 1
        elif time.monotonic() >= deadline:
            return reaped
        else:
            time.sleep(0.02)


def own_cpu() -> float:
    """CPU seconds of this process and of every child it has waited for."""
    try:
        import resource
    except ImportError:
        return 0.0
    total = 0.0
    for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN):
        usage = resource.getrusage(who)
        total += usage.ru_utime + usage.ru_stime
    return total


class LoadMonitor:
    def __init__(self, threshold: float = THRESHOLD, max_wait: float = MAX_WAIT):
        self.threshold = threshold
        self.max_wait = max_wait
        self.before: list[float] | None = None
        self.waited = 0.0
        self.samples: list[dict] = []
        self._last = None
        self.subreaper = become_subreaper()

    def wait_quiet(self, log=print) -> None:
        """Wait (bounded) until the 1-minute load is below the threshold."""
        start = time.monotonic()
        while True:
            self.before = loadavg()
            if self.before is None or self.before[0] < self.threshold:
                break
            if time.monotonic() - start >= self.max_wait:
                log(
                    f"load {self.before[0]:.2f} still above {self.threshold} after "
                    f"{self.max_wait:.0f} s: the run goes on, marked as not quiet"
                )
                break
            log(
                f"waiting for the load ({self.before[0]:.2f}) to drop below "
                f"{self.threshold}"
            )
            time.sleep(min(10.0, self.max_wait))
        self.waited = round(time.monotonic() - start, 1)
        self._last = (time.monotonic(), system_cpu(), own_cpu())

    def checkpoint(self, name: str) -> dict:
        """Record the load and the other programs' CPU use since the last one."""
        if self.subreaper:
            reap_orphans()
        now, system, own = time.monotonic(), system_cpu(), own_cpu()
        sample = {"after": name, "loadavg": loadavg()}
        if self._last is not None:
            then, system0, own0 = self._last
            seconds = max(now - then, 1e-6)
            sample["seconds"] = round(seconds, 1)
            if system is not None and system0 is not None:
                others = (system[0] - system0[0]) - (own - own0)
                sample["others_cpus"] = round(max(others, 0.0) / seconds, 2)
                sample["steal_cpus"] = round((system[1] - system0[1]) / seconds, 2)
        self.samples.append(sample)
        self._last = (now, system, own)
        return sample

    def record(self) -> dict:
        judged = [
            s
            for s in self.samples
            if "others_cpus" in s and s["seconds"] >= MIN_INTERVAL
        ]
        busy = max((s["others_cpus"] for s in judged), default=None)
        total = sum(s["seconds"] for s in judged)
        mean = (
            round(sum(s["others_cpus"] * s["seconds"] for s in judged) / total, 2)
            if total
            else None
        )
        before_ok = self.before is None or self.before[0] < self.threshold
        return {
            "threshold": self.threshold,
            "max_wait_seconds": self.max_wait,
            "waited_seconds": self.waited,
            "before": self.before,
            "during": self.samples,
            "after": loadavg(),
            "cpus": os.cpu_count(),
            "min_interval_seconds": MIN_INTERVAL,
            "max_others_cpus": busy,
            "mean_others_cpus": mean,
            "subreaper": self.subreaper,
            "quiet": before_ok and (busy is None or busy <= self.threshold),
        }
