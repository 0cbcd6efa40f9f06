"""Faults: how a plugin's back office misbehaves, and the checks on a fault asked for.

A fault (latency, HTTP 500 or 401, a hang, a truncated, huge or trickling body, a
dropped connection) is set per plugin from Python or over HTTP, or for one
request by a header; the request handler (:mod:`console.ops.sandbox.handler`)
plays it.
"""

from __future__ import annotations

from dataclasses import dataclass

FAULTS = ("500", "401", "timeout", "malformed", "refuse", "huge", "trickle")
FAULT_HEADER = "X-Sandbox-Fault"
LATENCY_HEADER = "X-Sandbox-Latency"
TIMEOUT_FAULT_SECONDS = 60.0
HUGE_FAULT_BYTES = 50 * 1024 * 1024
TRICKLE_FAULT_SECONDS = 3.0
MAX_LATENCY_SECONDS = 60.0


@dataclass(frozen=True)
class Fault:
    """How one plugin's back office misbehaves: ``kind`` (or None) after ``latency`` s."""

    kind: str | None = None
    latency: float = 0.0


def check_fault(kind: object, latency: object) -> Fault:
    """A :class:`Fault` from untrusted values; raise ValueError saying what is wrong."""
    if kind is not None and kind not in FAULTS:
        raise ValueError(f"fault must be one of {', '.join(FAULTS)} or null, not {kind!r}")
    if isinstance(latency, bool) or not isinstance(latency, int | float):
        raise ValueError(f"latency must be a number of seconds, not {latency!r}")
    if not 0.0 <= float(latency) <= MAX_LATENCY_SECONDS:
        raise ValueError(f"latency must be 0 to {MAX_LATENCY_SECONDS:g} seconds")
    return Fault(kind if isinstance(kind, str) else None, float(latency))
