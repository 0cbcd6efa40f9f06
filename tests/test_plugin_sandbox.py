"""The plugin sandbox's seccomp filter, read the way the kernel reads it.

The x86_64 filter is exercised for real by tests/test_plugin_process.py; this runs
both architectures' programs through a small classic-BPF interpreter, so the aarch64
one (no such machine here) is checked too.
"""

from __future__ import annotations

import pytest

from console.plugin_runtime import sandbox

ALLOW = sandbox.SECCOMP_RET_ALLOW
EPERM = sandbox.SECCOMP_RET_ERRNO | sandbox.EPERM
X86_64, AARCH64, I386 = 0xC000003E, 0xC00000B7, 0x40000003


def run(program: list[tuple[int, int, int, int]], arch: int, nr: int) -> int:
    """What the filter returns for system call ``nr`` made with ``arch``'s numbering."""
    data = {0: nr, 4: arch}
    accumulator = 0
    pc = 0
    while True:
        code, jt, jf, k = program[pc]
        if code == sandbox.BPF_LD_W_ABS:
            accumulator = data[k]
            pc += 1
        elif code == sandbox.BPF_JEQ_K:
            pc += 1 + (jt if accumulator == k else jf)
        elif code == sandbox.BPF_JGE_K:
            pc += 1 + (jt if accumulator >= k else jf)
        elif code == sandbox.BPF_RET_K:
            return k
        else:
            raise AssertionError(f"unknown opcode {code:#x}")


@pytest.mark.parametrize(
    ("machine", "arch", "socket", "read"),
    [("x86_64", X86_64, 41, 0), ("aarch64", AARCH64, 198, 63)],
)
def test_socket_and_io_uring_fail_everything_else_runs(
    machine: str, arch: int, socket: int, read: int
) -> None:
    program = sandbox.seccomp_program(machine)
    assert run(program, arch, socket) == EPERM
    assert run(program, arch, sandbox.SYS_IO_URING_SETUP) == EPERM
    assert run(program, arch, read) == ALLOW
    assert run(program, arch, socket + 1) == ALLOW
    # Another architecture's numbering (32-bit calls on a 64-bit kernel) is refused whole.
    assert run(program, I386, read) == EPERM


def test_x32_numbering_is_refused_on_x86_64() -> None:
    program = sandbox.seccomp_program("x86_64")
    assert run(program, X86_64, sandbox.X32_SYSCALL_BIT | 41) == EPERM
    assert run(program, X86_64, sandbox.X32_SYSCALL_BIT | 0) == EPERM


def test_the_report_says_what_is_missing() -> None:
    text = sandbox.describe_protections(
        {"landlock": 3, "seccomp": True, "missing": ["Landlock ABI 3 cannot deny TCP (needs 4)"]}
    )
    assert text == (
        "Landlock ABI 3 (files read-only, listed folders only); seccomp: no sockets "
        "(missing: Landlock ABI 3 cannot deny TCP (needs 4))"
    )
    assert sandbox.describe_protections({"missing": ["no Landlock or seccomp on win32"]}) == (
        "none (missing: no Landlock or seccomp on win32)"
    )


def test_probe_finds_this_machines_protections_without_applying_them() -> None:
    report = sandbox.probe()
    if report["platform"] == "linux":
        assert report["seccomp"] is True
    # The test process itself is not locked down by probing.
    with open(__file__, "rb") as itself:
        assert itself.read(3) == b'"""'
