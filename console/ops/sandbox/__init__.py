"""Sandbox back offices: each plugin's recorded answers, served over real HTTP.

No agency system is reachable from a demo or a test machine, so every plugin
ships ``sandbox/answers.json`` and :class:`SandboxServer` serves them on
127.0.0.1 under ``/<plugin id>/``. The plugins talk to it exactly as to their
agency: same requests, same JSON, same sockets. Faults (latency, HTTP 500, a
hang, a truncated body, a dropped connection) are switched on per plugin, from
Python, from a script over HTTP, or for one request by a header, so that the
console's handling of a slow or broken back office can be shown and tested.

Standard library only: the server runs inside the console (demo), the tests,
and ``tiski sandbox serve``, and needs neither Qt nor the database.
See docs/sandbox.md for the answers format and the fault API.

The package: ``answers`` (reading and matching the recordings), ``faults`` (what
may go wrong, and its checks), ``server`` (:class:`SandboxServer`) and
``handler`` (one request). What the console, the CLI and the tests use is
imported here.
"""

from console.ops.sandbox.answers import (
    ANSWERS_FILE,
    ANSWERS_LIMIT,
    Answer,
    SandboxError,
    load_answers,
)
from console.ops.sandbox.faults import (
    FAULT_HEADER,
    FAULTS,
    HUGE_FAULT_BYTES,
    LATENCY_HEADER,
    MAX_LATENCY_SECONDS,
    TIMEOUT_FAULT_SECONDS,
    TRICKLE_FAULT_SECONDS,
    Fault,
    check_fault,
)
from console.ops.sandbox.server import DEFAULT_PORT, SandboxServer

__all__ = [
    "ANSWERS_FILE",
    "ANSWERS_LIMIT",
    "DEFAULT_PORT",
    "FAULTS",
    "FAULT_HEADER",
    "HUGE_FAULT_BYTES",
    "LATENCY_HEADER",
    "MAX_LATENCY_SECONDS",
    "TIMEOUT_FAULT_SECONDS",
    "TRICKLE_FAULT_SECONDS",
    "Answer",
    "Fault",
    "SandboxError",
    "SandboxServer",
    "check_fault",
    "load_answers",
]
