"""Cores and memory as a container's cgroup allows, read from cgroup files laid out in tmp."""

from __future__ import annotations

import os

import pytest

from kg.machine import cpu_quota, memory_limit, usable_cores, usable_memory_mb


def write(root, relative: str, text: str) -> None:
    path = root / relative
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text + "\n")


@pytest.mark.parametrize(
    ("files", "quota"),
    [
        ({"cpu.max": "150000 100000"}, 1.5),
        ({"cpu.max": "max 100000"}, None),
        ({"cpu/cpu.cfs_quota_us": "200000", "cpu/cpu.cfs_period_us": "100000"}, 2.0),
        ({"cpu/cpu.cfs_quota_us": "-1", "cpu/cpu.cfs_period_us": "100000"}, None),
        ({"cpu.max": "garbage"}, None),
        ({}, None),
    ],
)
def test_cpu_quota_from_v1_and_v2_files(tmp_path, files, quota):
    for relative, text in files.items():
        write(tmp_path, relative, text)
    assert cpu_quota(tmp_path) == quota


def test_cores_are_the_affinity_lowered_to_the_quota_rounded_up(tmp_path):
    affinity = len(os.sched_getaffinity(0))
    assert usable_cores(tmp_path) == affinity  # no cgroup files: no limit
    write(tmp_path, "cpu.max", "50000 100000")
    assert usable_cores(tmp_path) == 1  # half a core still runs one worker
    write(tmp_path, "cpu.max", f"{(affinity + 8) * 100000} 100000")
    assert usable_cores(tmp_path) == affinity  # a quota above the CPUs changes nothing


@pytest.mark.parametrize(
    ("files", "limit"),
    [
        ({"memory.max": str(2 << 30)}, 2 << 30),
        ({"memory.max": "max"}, None),
        ({"memory/memory.limit_in_bytes": str(512 << 20)}, 512 << 20),
        ({"memory/memory.limit_in_bytes": "9223372036854771712"}, None),  # v1's "unlimited"
        ({}, None),
    ],
)
def test_memory_limit_from_v1_and_v2_files(tmp_path, files, limit):
    for relative, text in files.items():
        write(tmp_path, relative, text)
    assert memory_limit(tmp_path) == limit


def test_memory_is_physical_lowered_to_the_limit(tmp_path):
    physical_mb = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") >> 20
    assert usable_memory_mb(tmp_path) == physical_mb
    write(tmp_path, "memory.max", str(300 << 20))
    assert usable_memory_mb(tmp_path) == min(300, physical_mb)
