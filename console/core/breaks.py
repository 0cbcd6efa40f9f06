"""Breaks at a counter: why a person stepped away (Qt-free vocabulary)."""

from __future__ import annotations

import enum
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime

from console.core.text import QT_TRANSLATE_NOOP


class BreakReason(enum.StrEnum):
    LUNCH = "lunch"
    COFFEE = "coffee"
    BACK_OFFICE = "back_office"  # work away from the counter: calls, mail, a back office
    MEETING = "meeting"
    OTHER = "other"


REASON_NAMES: Mapping[BreakReason, str] = {
    BreakReason.LUNCH: QT_TRANSLATE_NOOP("Breaks", "lunch"),
    BreakReason.COFFEE: QT_TRANSLATE_NOOP("Breaks", "coffee break"),
    BreakReason.BACK_OFFICE: QT_TRANSLATE_NOOP("Breaks", "back-office work"),
    BreakReason.MEETING: QT_TRANSLATE_NOOP("Breaks", "meeting"),
    BreakReason.OTHER: QT_TRANSLATE_NOOP("Breaks", "away"),
}


@dataclass(frozen=True)
class BreakSpan:
    """A break as the reports count it: when it began, why, how long (open ones until
    now), whose and at which counter (username and counter code)."""

    started_at: datetime
    reason: str
    minutes: float
    staff: str | None
    counter: str | None


@dataclass(frozen=True)
class BreakInfo:
    """An open or ended break."""

    staff_id: int
    counter_id: int
    reason: BreakReason
    started_at: datetime
    ended_at: datetime | None = None

    def minutes(self, now: datetime) -> int:
        end = self.ended_at or now
        return max(0, int((end - self.started_at).total_seconds() // 60))
