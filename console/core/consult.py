"""Consultations: an advisor asks an agency's specialist to join a visit.

A request is open until one specialist of the agency accepts it (atomically:
never two), until its time runs out, or until the advisor cancels it. An
accepted one ends when the specialist hands the visit back or takes it over.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import datetime

from console.core.cases import CaseView, CustomerInfo
from console.core.records import Names

MAX_QUESTION_CHARS = 2_000
DEFAULT_TIMEOUT_MINUTES = 10


class ConsultState(enum.StrEnum):
    OPEN = "open"
    ACCEPTED = "accepted"
    EXPIRED = "expired"
    CANCELLED = "cancelled"
    HANDED_BACK = "handed_back"
    TAKEN_OVER = "taken_over"


ACTIVE_STATES = (ConsultState.OPEN, ConsultState.ACCEPTED)


class Presence(enum.StrEnum):
    AVAILABLE = "available"
    BUSY = "busy"
    AWAY = "away"


@dataclass(frozen=True)
class ConsultInfo:
    """One consultation as both consoles see it."""

    id: int
    visit_id: int
    step_id: int | None
    case_id: int
    agency_id: int
    ticket_number: str
    topic: str | None
    question: str
    state: ConsultState
    requested_by: str
    requested_by_id: int
    counter_code: str
    requested_at: datetime
    expires_at: datetime
    accepted_by: str | None = None
    accepted_by_id: int | None = None
    accepted_at: datetime | None = None
    meeting_url: str | None = None
    closed_at: datetime | None = None
    declines: tuple[tuple[str, str], ...] = ()  # (who, reason)
    # The office the visitor is at, where the database holds several (a specialist
    # serves them all); None where it holds one.
    office: Names | None = None

    def waiting_minutes(self, now: datetime) -> int:
        return max(0, int((now - self.requested_at).total_seconds() // 60))


@dataclass(frozen=True)
class AgencyStaffing:
    """How many of an agency's specialists are signed in, by presence."""

    agency_id: int
    available: int
    busy: int
    away: int


@dataclass(frozen=True)
class ConsultContext:
    """What the specialist sees of the visit: only what consent allows."""

    consult: ConsultInfo
    case: CaseView
    visitor: CustomerInfo | None  # None without consent: the specialist sees no identity
    consented: bool
