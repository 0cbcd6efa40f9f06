"""Plain, immutable views of desk data that every layer can pass around."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import datetime

from console.core.queue import Language, Priority, Role, StepState


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
    # Offered at the kiosk; otherwise only a guide issues it.
    kiosk: bool = True
    # Its own opening hours (console.core.hours' canonical text); None: the desk's.
    hours: str | None = None
    # A supervisor closed it for new tickets (the floor): the kiosk issues none.
    tickets_closed: bool = False


@dataclass(frozen=True)
class LobbyInfo:
    """What the kiosk and the lobby display show of the desk besides its services."""

    site: Names | None = None
    # The desk's opening hours (canonical text); None: not set, always open.
    hours: str | None = None
    kiosk_welcome: Names | None = None
    display_message: Names | None = None


@dataclass(frozen=True)
class CounterInfo:
    id: int
    code: str
    names: Names
    remote: bool
    # The office the counter stands in (``site`` of the database).
    site_id: int | None = None


@dataclass(frozen=True)
class OfficeInfo:
    """An office of the database (``site``): its id, its code and its names."""

    id: int
    code: str
    names: Names


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

    def over_target(self, now: datetime, times: int = 1) -> bool:
        """Someone has waited longer than ``times`` the service's target wait."""
        return self.waiting > 0 and (
            self.longest_wait_minutes(now) > times * self.service.target_wait_minutes
        )


@dataclass(frozen=True)
class StepInfo:
    """One step of a visit with what the desk needs to act on it and to show it."""

    step_id: int
    visit_id: int
    ticket_number: str
    service_id: int
    service_code: str
    state: StepState
    position: int
    queued_at: datetime
    called_at: datetime | None
    finished_at: datetime | None
    counter_id: int | None
    staff_id: int | None
    recalls: int
    parked: bool
    target_counter_id: int | None
    target_staff_id: int | None
    language: Language
    priority: Priority | None
    visitor_name: str | None
    appointment_at: datetime | None
    changed_by: str | None
    changed_at: datetime | None


@dataclass(frozen=True)
class IssuedTicket:
    """A ticket just handed out: what the visitor's slip shows."""

    visit_id: int
    ticket_number: str
    services: tuple[ServiceInfo, ...]
    language: Language
    issued_at: datetime
    estimated_wait_minutes: int


@dataclass(frozen=True)
class CalledTicket:
    """A ticket shown on the lobby display."""

    step_id: int
    ticket_number: str
    counter: CounterInfo
    called_at: datetime
    state: StepState


@dataclass(frozen=True)
class LifeEventInfo:
    id: int
    code: str
    names: Names
    service_codes: tuple[str, ...]


@dataclass(frozen=True)
class AppointmentInfo:
    id: int
    service_code: str
    starts_at: datetime
    booking_code: str
    visitor_name: str | None
    language: Language
    state: str
    visit_id: int | None
    video_url: str | None
    # The office it is booked at.
    site_id: int | None = None


def with_closures(services: Iterable[ServiceInfo], closed: set[int]) -> list[ServiceInfo]:
    """``services`` with ``tickets_closed`` set for those whose id is in ``closed``."""
    return [replace(s, tickets_closed=True) if s.id in closed else s for s in services]
