"""What this machine gives kg: the cores and the memory its "0: one per core" and "half the
machine's memory" defaults divide.

A container sees the host's CPUs and memory in ``os.cpu_count()`` and ``sysconf``, while its
cgroup may allow it two cores and a few GB; sizing worker pools by the host starts dozens of
processes that then share two cores, or caps memory above what the kernel will grant. So both
figures here are the least of what the kernel reports: CPU affinity, the cgroup's CPU quota
(v2 ``cpu.max``, v1 ``cpu.cfs_quota_us``), physical memory, the cgroup's memory limit (v2
``memory.max``, v1 ``memory.limit_in_bytes``). Missing or unreadable cgroup files mean no limit.
"""

from __future__ import annotations

import math
import os
from pathlib import Path

CGROUP_ROOT = Path("/sys/fs/cgroup")


def usable_cores(cgroup_root: Path = CGROUP_ROOT) -> int:
    """Cores this process may use: its CPU affinity, lowered to the cgroup's CPU quota."""
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        cores = os.cpu_count() or 1
    quota = cpu_quota(cgroup_root)
    return max(1, min(cores, math.ceil(quota))) if quota else max(1, cores)


def usable_memory_mb(cgroup_root: Path = CGROUP_ROOT) -> int:
    """Memory this process may use, in MB: physical memory, lowered to the cgroup's limit."""
    physical = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES")
    limit = memory_limit(cgroup_root)
    return min(physical, limit or physical) >> 20


def cpu_quota(cgroup_root: Path = CGROUP_ROOT) -> float | None:
    """The cgroup's CPU quota in cores (1.5: one and a half), or None without one."""
    v2 = _read(cgroup_root / "cpu.max")
    if v2:
        quota, _, period = v2.partition(" ")
        return _ratio(quota, period)
    return _ratio(
        _read(cgroup_root / "cpu" / "cpu.cfs_quota_us"),
        _read(cgroup_root / "cpu" / "cpu.cfs_period_us"),
    )


def memory_limit(cgroup_root: Path = CGROUP_ROOT) -> int | None:
    """The cgroup's memory limit in bytes, or None without one."""
    for path in (cgroup_root / "memory.max", cgroup_root / "memory" / "memory.limit_in_bytes"):
        value = _read(path)
        if value and value.isdigit() and int(value) < 1 << 60:  # v1 says "no limit" with ~2**63
            return int(value)
    return None


def _ratio(quota: str | None, period: str | None) -> float | None:
    try:
        quota_us, period_us = int(quota or ""), int(period or "")
    except ValueError:  # "max", "-1" or nothing: no quota
        return None
    return quota_us / period_us if quota_us > 0 and period_us > 0 else None


def _read(path: Path) -> str | None:
    try:
        return path.read_text().strip()
    except OSError:
        return None
