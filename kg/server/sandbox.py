"""The query sandbox: a process that can open no network connection.

Query workers (``kg serve`` and ``kg query``) call :func:`enter` first, before they open a
store or read a job. On Linux (x86_64 and aarch64) it installs a seccomp-BPF filter, unprivileged
(``PR_SET_NO_NEW_PRIVS`` first), on every thread of the process (``SECCOMP_FILTER_FLAG_TSYNC``)
and inherited by every thread and child started later. What it gives:

- ``socket()`` of any family but ``AF_UNIX`` fails with EPERM: no TCP, UDP, raw, netlink or
  other socket can be made, so no outbound connection and no DNS lookup over the network.
  The worker's pipe to the server is an ``AF_UNIX`` pair made before the filter.
- ``io_uring_setup()`` fails with EPERM (io_uring can make sockets without ``socket()``).
- A system call of another ABI (x86 32-bit ``int 0x80``, x32, AArch32) fails with EPERM, so
  ``socketcall`` cannot go round the filter.

So a query that slipped past the ``SERVICE`` refusal reaches nothing, and its error says
only that the operation was not permitted. It does not limit files (the worker reads its
snapshot) nor Unix sockets already reachable by path.

Docker: the default seccomp profile allows ``prctl`` and ``seccomp``, and filters stack, so
this works unchanged in the image. The alternative, a new empty network namespace
(``unshare(CLONE_NEWNET)``), needs CAP_SYS_ADMIN or unprivileged user namespaces, which
Docker's default profile blocks; it is not used.

Updates run in the server process (the store's one writer), which must keep its listening
socket: seccomp filters bind threads, so :class:`SandboxedThread` runs them on one thread of
their own with the filter on that thread alone (``LOAD`` reaches nothing either). Not
covered: with ``--store http://…`` the server forwards queries to the store server, which it
must reach; there the refusal is the only guard. On another OS or architecture nothing is
installed and the caller is told why.
"""

from __future__ import annotations

import ctypes
import logging
import os
import platform
import socket
import struct
import sys
from concurrent.futures import ThreadPoolExecutor

# ptrace/audit.h and the per-architecture syscall tables
_ARCHES = {
    "x86_64": {"arch": 0xC000003E, "socket": 41, "io_uring_setup": 425, "seccomp": 317},
    "aarch64": {"arch": 0xC00000B7, "socket": 198, "io_uring_setup": 425, "seccomp": 277},
}
_ARCHES["amd64"] = _ARCHES["x86_64"]
_ARCHES["arm64"] = _ARCHES["aarch64"]

_PR_SET_NO_NEW_PRIVS = 38
_PR_SET_SECCOMP = 22
_SECCOMP_MODE_FILTER = 2
_SECCOMP_SET_MODE_FILTER = 1
_SECCOMP_FILTER_FLAG_TSYNC = 1
_RET_ALLOW = 0x7FFF0000
_RET_EPERM = 0x00050000 | 1  # SECCOMP_RET_ERRNO | EPERM
_X32_BIT = 0x40000000
_LD_W_ABS, _JEQ, _JGE, _RET = 0x20, 0x15, 0x35, 0x06


class _Filter(ctypes.Structure):
    _fields_ = [("len", ctypes.c_ushort), ("filter", ctypes.c_void_p)]


def _program(numbers: dict[str, int]) -> bytes:
    """The BPF program over ``struct seccomp_data`` (nr at 0, arch at 4, args from 16)."""
    code = [
        (_LD_W_ABS, 0, 0, 4),  # 0: A = arch
        (_JEQ, 1, 0, numbers["arch"]),  # 1: our ABI -> 3
        (_RET, 0, 0, _RET_EPERM),  # 2: another ABI
        (_LD_W_ABS, 0, 0, 0),  # 3: A = syscall number
        (_JGE, 6, 0, _X32_BIT),  # 4: x32 -> 11
        (_JEQ, 5, 0, numbers["io_uring_setup"]),  # 5: -> 11
        (_JEQ, 1, 0, numbers["socket"]),  # 6: -> 8
        (_RET, 0, 0, _RET_ALLOW),  # 7
        (_LD_W_ABS, 0, 0, 16),  # 8: A = low half of the first argument (the family)
        (_JEQ, 0, 1, socket.AF_UNIX),  # 9: AF_UNIX -> 10, else 11
        (_RET, 0, 0, _RET_ALLOW),  # 10
        (_RET, 0, 0, _RET_EPERM),  # 11
    ]
    return b"".join(struct.pack("HBBI", *instruction) for instruction in code)


def why_not() -> str | None:
    """Why this machine cannot have the sandbox, or None if it can."""
    if not sys.platform.startswith("linux"):
        return f"seccomp is Linux-only (this is {sys.platform})"
    if platform.machine().lower() not in _ARCHES:
        return f"no syscall table for the {platform.machine()} architecture"
    return None


def enter(all_threads: bool = True) -> str | None:
    """Install the filter on this process (or on the calling thread alone, and the threads
    it starts later); None when done, else why it was not."""
    reason = why_not()
    if reason is not None:
        return reason
    numbers = _ARCHES[platform.machine().lower()]
    libc = ctypes.CDLL(None, use_errno=True)
    if _prctl(libc, _PR_SET_NO_NEW_PRIVS, 1) != 0:
        return f"prctl(PR_SET_NO_NEW_PRIVS) failed: {os.strerror(ctypes.get_errno())}"
    program = ctypes.create_string_buffer(_program(numbers))
    fprog = _Filter(len(program.raw) // 8, ctypes.addressof(program))
    done = -1
    if all_threads:
        done = libc.syscall(
            ctypes.c_long(numbers["seccomp"]),
            ctypes.c_ulong(_SECCOMP_SET_MODE_FILTER),
            ctypes.c_ulong(_SECCOMP_FILTER_FLAG_TSYNC),
            ctypes.byref(fprog),
        )
    if done != 0 and (not all_threads or threads() == 1):  # prctl: the calling thread
        done = _prctl(libc, _PR_SET_SECCOMP, _SECCOMP_MODE_FILTER, ctypes.addressof(fprog))
    if done != 0:
        return f"installing the seccomp filter failed: {os.strerror(ctypes.get_errno())}"
    return None


class SandboxedThread:
    """One thread of its own in the sandbox, for work of a process that keeps its network
    (the server's updates): a filter installed on one thread binds that thread alone."""

    def __init__(self, enabled: bool = True):
        self.reason: str | None = "turned off" if not enabled else None
        initializer = self._enter if enabled else None
        self._executor = ThreadPoolExecutor(1, "kg-sandboxed", initializer=initializer)

    def _enter(self) -> None:
        self.reason = enter(all_threads=False)
        if self.reason is not None:
            log = logging.getLogger("kg.sandbox")
            log.warning("updates run without the sandbox: %s", self.reason)

    def run(self, function, *args, **kwargs):
        """``function(*args, **kwargs)`` on the sandboxed thread; waits for its result."""
        return self._executor.submit(function, *args, **kwargs).result()

    def close(self) -> None:
        self._executor.shutdown(wait=False)


def _prctl(libc, option: int, *args: int) -> int:
    # every argument a full unsigned long: the kernel checks the unused ones are zero
    values = [*args, 0, 0, 0, 0][:4]
    return libc.prctl(ctypes.c_int(option), *(ctypes.c_ulong(v) for v in values))


def threads() -> int:
    try:
        return len(os.listdir("/proc/self/task"))
    except OSError:
        return 0
