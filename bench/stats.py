"""Small statistics and process readings shared by the benchmarks."""

from __future__ import annotations

import contextlib
from pathlib import Path


def percentile(values: list[float], p: float) -> float:
    """The nearest-rank p-th percentile of the values."""
    ordered = sorted(values)
    k = max(0, min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1))))
    return ordered[k]


def rss_mb(pid: int) -> float:
    """Resident memory of one process in MB (0 once it is gone)."""
    with contextlib.suppress(OSError):
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


def tree_rss_mb(pid: int) -> float:
    """Resident memory of a server and its children (the action server), in MB."""
    pids = [pid]
    with contextlib.suppress(OSError):
        children = Path(f"/proc/{pid}/task/{pid}/children").read_text()
        pids += [int(p) for p in children.split()]
    return sum(rss_mb(p) for p in pids)
