"""Plain, immutable views of desk data that every layer can pass around."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from console.core.queue import Language, Priority, Role


@dataclass(frozen=True)
class Names:
    """A name in the three languages of the desk."""

    fi: str
    sv: str
    en: str

    def get(self, language: str) -> str:
        """The name in ``language``, Finnish when the language is unknown."""
        return {"sv": self.sv, "en": self.en}.get(language, self.fi)


@dataclass(frozen=True)
class AgencyInfo:
    id: int
    code: str
    names: Names
    short_names: Names


@dataclass(frozen=True)
class ServiceInfo:
    id: int
    code: str
    agency_code: str
    prefix: str
    names: Names
    target_wait_minutes: int


@dataclass(frozen=True)
class CounterInfo:
    id: int
    code: str
    names: Names
    remote: bool


@dataclass(frozen=True)
class StaffInfo:
    id: int
    username: str
    full_name: str
    role: Role
    agency_code: str | None
    skills: tuple[str, ...]


@dataclass(frozen=True)
class WaitingStep:
    """A step waiting to be called, with what the queue view shows of its visit."""

    step_id: int
    visit_id: int
    ticket_number: str
    service_code: str
    queued_at: datetime
    language: Language
    priority: Priority | None
    visitor_name: str | None
    position: int
    step_count: int


@dataclass(frozen=True)
class ServiceQueue:
    """How one service's queue stands."""

    service: ServiceInfo
    waiting: int
    oldest_queued_at: datetime | None

    def longest_wait_minutes(self, now: datetime) -> int:
        if self.oldest_queued_at is None:
            return 0
        return max(0, int((now - self.oldest_queued_at).total_seconds() // 60))

    def over_target(self, now: datetime) -> bool:
        return (
            self.waiting > 0 and self.longest_wait_minutes(now) > self.service.target_wait_minutes
        )
