"""The plugin process locks itself down before it imports any plugin code.

What the console does when it starts the process (console/plugin_host/process.py):
a scrubbed environment (no ``TISKI_*``, no ``DBUS_SESSION_BUS_ADDRESS``, HOME and the
XDG folders pointing at a private empty folder) and no inherited file descriptors
besides the three pipes.

What the process does here, on Linux:

- **Landlock** (kernel 5.13+): files may be read under the Python installation,
  site-packages, the console package and Qt, the plugin's own folder and the
  system's shared libraries; nothing may be written anywhere, nothing else is
  readable (no home folder, no keyring files, no database, no identity key, no
  other plugin). From Landlock ABI 4, TCP connect and bind are denied; from ABI 6,
  abstract unix sockets and signals outside the process are denied.
- **seccomp**: ``socket()`` (and io_uring, which can open sockets) fail with EPERM,
  so there is no network, no D-Bus (no keyring), no PostgreSQL socket at all. The
  plugin reaches its back office only through the console's broker.

Where either is missing (an old kernel, Windows, macOS) the plugin still runs;
:func:`lock_down` says which protections are in force, the console logs it once and
``tiski doctor`` shows it. What then remains is the OS account's own reach.
"""

from __future__ import annotations

import ctypes
import os
import platform
import site
import struct
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import Any

# ---------------------------------------------------------------- Landlock
SYS_LANDLOCK_CREATE_RULESET = 444
SYS_LANDLOCK_ADD_RULE = 445
SYS_LANDLOCK_RESTRICT_SELF = 446
LANDLOCK_CREATE_RULESET_VERSION = 1
LANDLOCK_RULE_PATH_BENEATH = 1

FS_EXECUTE = 1 << 0
FS_WRITE_FILE = 1 << 1
FS_READ_FILE = 1 << 2
FS_READ_DIR = 1 << 3
# Rights each ABI knows (a ruleset may only name rights its kernel knows).
_FS_RIGHTS_BY_ABI = {1: (1 << 13) - 1, 2: (1 << 14) - 1, 3: (1 << 15) - 1, 5: (1 << 16) - 1}
NET_BIND_TCP = 1 << 0
NET_CONNECT_TCP = 1 << 1
SCOPE_ABSTRACT_UNIX_SOCKET = 1 << 0
SCOPE_SIGNAL = 1 << 1

# No execute right anywhere: the process never starts a program (loading a shared
# library is a read and a mapping, which Landlock leaves to the mount's noexec).
READ_ONLY_DIR = FS_READ_FILE | FS_READ_DIR
READ_ONLY_FILE = FS_READ_FILE
READ_WRITE_FILE = FS_READ_FILE | FS_WRITE_FILE

PR_SET_NO_NEW_PRIVS = 38
PR_SET_SECCOMP = 22
SECCOMP_MODE_FILTER = 2

# ---------------------------------------------------------------- seccomp
AUDIT_ARCH = {"x86_64": 0xC000003E, "aarch64": 0xC00000B7}
SYS_SOCKET = {"x86_64": 41, "aarch64": 198}
SYS_IO_URING_SETUP = 425  # the same number on both
X32_SYSCALL_BIT = 0x40000000
SECCOMP_RET_ALLOW = 0x7FFF0000
SECCOMP_RET_ERRNO = 0x00050000
EPERM = 1
# BPF opcodes
BPF_LD_W_ABS = 0x20
BPF_JEQ_K = 0x15
BPF_JGE_K = 0x35
BPF_RET_K = 0x06


def readable_paths(plugin_folder: Path) -> list[Path]:
    """What the plugin process may read: Python, its packages, the console, Qt, the plugin."""
    import console

    paths = {
        Path(sys.prefix),
        Path(sys.base_prefix),
        Path(sys.exec_prefix),
        Path(sys.base_exec_prefix),
        Path(console.__file__).resolve().parent,
        plugin_folder.resolve(),
    }
    paths.update(Path(folder) for folder in site.getsitepackages())
    meipass = getattr(sys, "_MEIPASS", None)
    if meipass:
        paths.add(Path(meipass))
    try:
        import PySide6

        paths.add(Path(PySide6.__file__).resolve().parent)
    except ImportError:
        pass
    # Shared libraries an extension module may load later, and where the loader finds them.
    for system in ("/lib", "/lib64", "/usr/lib", "/usr/lib64", "/usr/share/zoneinfo"):
        paths.add(Path(system))
    for file in ("/etc/ld.so.cache", "/etc/localtime", "/dev/urandom"):
        paths.add(Path(file))
    return sorted(path for path in paths if path.exists())


def _empty_report() -> dict[str, Any]:
    """No protection yet; off Linux, the reason there will be none."""
    report: dict[str, Any] = {
        "platform": sys.platform,
        "landlock": 0,
        "landlock_network": False,
        "landlock_scoped": False,
        "seccomp": False,
        "missing": [],
    }
    if sys.platform != "linux":
        report["missing"].append(f"no Landlock or seccomp on {sys.platform}")
    return report


def lock_down(readable: Iterable[Path]) -> dict[str, Any]:
    """Apply every protection this system offers; which ones are in force, and why not."""
    report = _empty_report()
    if sys.platform != "linux":
        return report
    try:
        libc = ctypes.CDLL(None, use_errno=True)
    except OSError as error:
        report["missing"].append(f"no C library for the system calls: {error}")
        return report
    # Needed by both Landlock and seccomp; the process can never gain privileges again.
    if libc.prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) != 0:
        report["missing"].append(f"no_new_privs refused: {os.strerror(ctypes.get_errno())}")
        return report
    _landlock(libc, list(readable), report)
    _seccomp(libc, report)
    return report


def _landlock(libc: ctypes.CDLL, readable: list[Path], report: dict[str, Any]) -> None:
    libc.syscall.restype = ctypes.c_long
    abi = libc.syscall(
        ctypes.c_long(SYS_LANDLOCK_CREATE_RULESET),
        None,
        ctypes.c_size_t(0),
        ctypes.c_uint32(LANDLOCK_CREATE_RULESET_VERSION),
    )
    if abi < 1:
        report["missing"].append(
            f"Landlock not available: {os.strerror(ctypes.get_errno())} (kernel "
            f"{platform.release()})"
        )
        return
    fs_rights = _FS_RIGHTS_BY_ABI[max(level for level in _FS_RIGHTS_BY_ABI if level <= abi)]
    net_rights = NET_BIND_TCP | NET_CONNECT_TCP if abi >= 4 else 0
    scoped = SCOPE_ABSTRACT_UNIX_SOCKET | SCOPE_SIGNAL if abi >= 6 else 0
    if abi >= 6:
        attr = struct.pack("=QQQ", fs_rights, net_rights, scoped)
    elif abi >= 4:
        attr = struct.pack("=QQ", fs_rights, net_rights)
    else:
        attr = struct.pack("=Q", fs_rights)
    buffer = ctypes.create_string_buffer(attr, len(attr))
    ruleset = libc.syscall(
        ctypes.c_long(SYS_LANDLOCK_CREATE_RULESET),
        buffer,
        ctypes.c_size_t(len(attr)),
        ctypes.c_uint32(0),
    )
    if ruleset < 0:
        report["missing"].append(f"Landlock ruleset refused: {os.strerror(ctypes.get_errno())}")
        return
    try:
        for path in readable:
            rights = READ_ONLY_DIR if path.is_dir() else READ_ONLY_FILE
            _allow(libc, ruleset, path, rights & fs_rights)
        _allow(libc, ruleset, Path(os.devnull), READ_WRITE_FILE)
        if libc.syscall(ctypes.c_long(SYS_LANDLOCK_RESTRICT_SELF), ruleset, ctypes.c_uint32(0)):
            report["missing"].append(
                f"Landlock restriction refused: {os.strerror(ctypes.get_errno())}"
            )
            return
    finally:
        os.close(ruleset)
    report["landlock"] = abi
    report["landlock_network"] = bool(net_rights)
    report["landlock_scoped"] = bool(scoped)
    if not net_rights:
        report["missing"].append(f"Landlock ABI {abi} cannot deny TCP (needs 4)")
    if not scoped:
        report["missing"].append(f"Landlock ABI {abi} cannot scope abstract sockets (needs 6)")


def _allow(libc: ctypes.CDLL, ruleset: int, path: Path, rights: int) -> None:
    try:
        fd = os.open(path, os.O_PATH | os.O_CLOEXEC)
    except OSError:
        return
    try:
        rule = ctypes.create_string_buffer(struct.pack("=Qi", rights, fd), 12)
        libc.syscall(
            ctypes.c_long(SYS_LANDLOCK_ADD_RULE),
            ruleset,
            ctypes.c_int(LANDLOCK_RULE_PATH_BENEATH),
            rule,
            ctypes.c_uint32(0),
        )
    finally:
        os.close(fd)


class _SockFilter(ctypes.Structure):
    _fields_ = [
        ("code", ctypes.c_ushort),
        ("jt", ctypes.c_ubyte),
        ("jf", ctypes.c_ubyte),
        ("k", ctypes.c_uint32),
    ]


class _SockFprog(ctypes.Structure):
    _fields_ = [("len", ctypes.c_ushort), ("filter", ctypes.POINTER(_SockFilter))]


def seccomp_program(machine: str) -> list[tuple[int, int, int, int]]:
    """The BPF filter: EPERM for socket() and io_uring_setup(), and for any call made
    with another architecture's numbering (or x86's x32 numbering); all else allowed."""
    arch = AUDIT_ARCH[machine]
    deny = (BPF_RET_K, 0, 0, SECCOMP_RET_ERRNO | EPERM)
    program = [
        (BPF_LD_W_ABS, 0, 0, 4),  # seccomp_data.arch
        (BPF_JEQ_K, 1, 0, arch),
        deny,
        (BPF_LD_W_ABS, 0, 0, 0),  # seccomp_data.nr
    ]
    if machine == "x86_64":
        program += [(BPF_JGE_K, 0, 1, X32_SYSCALL_BIT), deny]
    program += [
        (BPF_JEQ_K, 2, 0, SYS_SOCKET[machine]),
        (BPF_JEQ_K, 1, 0, SYS_IO_URING_SETUP),
        (BPF_RET_K, 0, 0, SECCOMP_RET_ALLOW),
        deny,
    ]
    return program


def _seccomp(libc: ctypes.CDLL, report: dict[str, Any]) -> None:
    machine = platform.machine().lower()
    machine = {"amd64": "x86_64", "arm64": "aarch64"}.get(machine, machine)
    if machine not in AUDIT_ARCH:
        report["missing"].append(f"no seccomp filter for the architecture {machine}")
        return
    program = seccomp_program(machine)
    filters = (_SockFilter * len(program))(*[_SockFilter(*step) for step in program])
    fprog = _SockFprog(len(program), filters)
    if libc.prctl(PR_SET_SECCOMP, SECCOMP_MODE_FILTER, ctypes.byref(fprog), 0, 0) != 0:
        report["missing"].append(f"seccomp refused: {os.strerror(ctypes.get_errno())}")
        return
    report["seccomp"] = True


def describe_protections(report: dict[str, Any]) -> str:
    """One line for the log and ``tiski doctor``."""
    parts = []
    if report.get("landlock"):
        parts.append(f"Landlock ABI {report['landlock']} (files read-only, listed folders only)")
        if report.get("landlock_network"):
            parts.append("TCP denied")
        if report.get("landlock_scoped"):
            parts.append("abstract sockets and signals scoped")
    if report.get("seccomp"):
        parts.append("seccomp: no sockets")
    text = "; ".join(parts) or "none"
    missing = report.get("missing") or []
    if missing:
        text += " (missing: " + "; ".join(str(item) for item in missing) + ")"
    return text


def probe() -> dict[str, Any]:
    """Which protections a plugin process would get here, without applying any."""
    report = _empty_report()
    if sys.platform != "linux":
        return report
    libc = ctypes.CDLL(None, use_errno=True)
    libc.syscall.restype = ctypes.c_long
    abi = libc.syscall(
        ctypes.c_long(SYS_LANDLOCK_CREATE_RULESET),
        None,
        ctypes.c_size_t(0),
        ctypes.c_uint32(LANDLOCK_CREATE_RULESET_VERSION),
    )
    if abi >= 1:
        report.update(landlock=abi, landlock_network=abi >= 4, landlock_scoped=abi >= 6)
    else:
        report["missing"].append(f"Landlock not available (kernel {platform.release()})")
    machine = {"amd64": "x86_64", "arm64": "aarch64"}.get(
        platform.machine().lower(), platform.machine().lower()
    )
    pr_get_seccomp = 21
    if machine in AUDIT_ARCH and libc.prctl(pr_get_seccomp, 0, 0, 0, 0) >= 0:
        report["seccomp"] = True
    else:
        report["missing"].append(f"no seccomp filter for {machine}")
    return report
