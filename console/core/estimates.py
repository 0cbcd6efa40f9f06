"""Waiting-time estimates per service, from recent service times and staffing."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

# Without history a service takes this share of its target wait per visitor.
DEFAULT_SHARE_OF_TARGET = 0.5
MIN_SERVICE_MINUTES = 2.0


@dataclass(frozen=True)
class ServiceLoad:
    """What an estimate is made of for one service."""

    waiting: int
    recent_service_minutes: Sequence[float]
    staff_serving: int
    target_wait_minutes: int

    def typical_service_minutes(self) -> float:
        recent = sorted(self.recent_service_minutes)
        if not recent:
            return max(MIN_SERVICE_MINUTES, self.target_wait_minutes * DEFAULT_SHARE_OF_TARGET)
        middle = len(recent) // 2
        median = recent[middle] if len(recent) % 2 else (recent[middle - 1] + recent[middle]) / 2
        return max(MIN_SERVICE_MINUTES / 2, median)


def estimated_wait_minutes(load: ServiceLoad, position: int | None = None) -> int:
    """Minutes until a visitor at ``position`` (default: a new one at the end) is called.

    Everyone ahead is served by the staff currently serving this service, in
    parallel; with no one on duty we assume one person, so the figure stays
    meaningful for a visitor who came in before the counters opened.
    """
    ahead = load.waiting if position is None else max(0, position - 1)
    servers = max(1, load.staff_serving)
    return math.ceil(ahead * load.typical_service_minutes() / servers)
