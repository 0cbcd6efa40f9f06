"""Waiting-time estimates per service, from recent service times and staffing.

One estimator for the whole desk: the console, the kiosk's ticket, the lobby display,
the guide and the floor all say ``ceil(visitors ahead × minutes per visitor)``, where
the minutes per visitor (the *basis*) come from the same read of recent service times
and the staff present. A console keeps the basis of its last read and applies it to the
live queue lengths the change feed brings, so two consoles show the same figure.

The typical service time is smoothed: the service's default (half its target wait)
counts as :data:`PRIOR_VISITS` visitors' worth of history, so one quick visit does
not make a queue's estimate drop from 23 minutes to 2 (the median of one), and a long
afternoon of real history outweighs the default.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

# Without history a service takes this share of its target wait per visitor.
DEFAULT_SHARE_OF_TARGET = 0.5
MIN_SERVICE_MINUTES = 2.0
# How many visitors' worth of weight the default service time keeps beside history.
PRIOR_VISITS = 4

# Minutes per visitor ahead, per service id: what an estimate multiplies.
EstimateBasis = Mapping[int, float]


@dataclass(frozen=True)
class ServiceLoad:
    """What an estimate is made of for one service."""

    waiting: int
    recent_service_minutes: Sequence[float]
    staff_serving: int
    target_wait_minutes: int

    def default_service_minutes(self) -> float:
        return max(MIN_SERVICE_MINUTES, self.target_wait_minutes * DEFAULT_SHARE_OF_TARGET)

    def typical_service_minutes(self) -> float:
        """The median of recent service times, drawn towards the service's default by
        :data:`PRIOR_VISITS` (a few visits move it a little, many move it all)."""
        prior = self.default_service_minutes()
        recent = sorted(self.recent_service_minutes)
        if not recent:
            return prior
        middle = len(recent) // 2
        median = recent[middle] if len(recent) % 2 else (recent[middle - 1] + recent[middle]) / 2
        blended = (PRIOR_VISITS * prior + len(recent) * median) / (PRIOR_VISITS + len(recent))
        return max(MIN_SERVICE_MINUTES / 2, blended)

    def minutes_per_visitor(self) -> float:
        """How much each visitor ahead adds to the wait.

        Everyone ahead is served by the staff currently serving this service, in
        parallel; with no one on duty we assume one person, so the figure stays
        meaningful for a visitor who came in before the counters opened.
        """
        return self.typical_service_minutes() / max(1, self.staff_serving)


def wait_minutes(minutes_per_visitor: float, ahead: int) -> int:
    """Whole minutes for ``ahead`` visitors (rounded up; exact products stay exact)."""
    return math.ceil(round(max(0, ahead) * minutes_per_visitor, 6))


def estimated_wait_minutes(load: ServiceLoad, position: int | None = None) -> int:
    """Minutes until a visitor at ``position`` (default: a new one at the end) is called."""
    ahead = load.waiting if position is None else max(0, position - 1)
    return wait_minutes(load.minutes_per_visitor(), ahead)


def estimates_from(basis: EstimateBasis, waiting: Iterable[tuple[int, int]]) -> dict[int, int]:
    """A new ticket's wait per service id, from the basis and (service id, waiting)."""
    return {
        service_id: wait_minutes(basis[service_id], count)
        for service_id, count in waiting
        if service_id in basis
    }
