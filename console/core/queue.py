"""Vocabulary of the queue shared by every layer."""

from __future__ import annotations

import enum
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

DESK_TIMEZONE = ZoneInfo("Europe/Helsinki")


class StepState(enum.StrEnum):
    """Where one service of a visit stands."""

    WAITING = "waiting"
    # A later service of a visit whose earlier service is still waiting, called or being
    # served: it waits in no queue until that one closes (console/core/steps.py).
    PENDING = "pending"
    CALLED = "called"
    SERVING = "serving"
    DONE = "done"
    NO_SHOW = "no_show"
    CANCELLED = "cancelled"
    TRANSFERRED = "transferred"


class Role(enum.StrEnum):
    """What a staff member does at the desk (DESIGN.md, "Who uses it")."""

    GUIDE = "guide"
    ADVISOR = "advisor"
    SPECIALIST = "specialist"
    SUPERVISOR = "supervisor"
    IT = "it"
    # Service accounts: a kiosk issues tickets and checks in, the lobby display reads.
    KIOSK = "kiosk"
    DISPLAY = "display"


class Language(enum.StrEnum):
    """Languages a visitor can be served in and the UI can speak."""

    FI = "fi"
    SV = "sv"
    EN = "en"


class Priority(enum.StrEnum):
    """Why a visit goes before others."""

    ACCESSIBILITY = "accessibility"
    URGENT = "urgent"


def utc_now() -> datetime:
    """The current time, aware, in UTC: the only time the database stores."""
    return datetime.now(UTC)


def local_time(moment: datetime) -> datetime:
    """A stored UTC time as the desk's local time (Europe/Helsinki)."""
    return moment.astimezone(DESK_TIMEZONE)
