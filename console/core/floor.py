"""The whole floor at a glance, for a supervisor: queues, counters, and what needs a hand.

Qt-free and database-free: the store reads what is present (signed-in counters, the
tickets held at them, today's served counts), this module decides what the supervisor
sees and which alerts to raise.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime

from console.core.breaks import BreakInfo, BreakReason
from console.core.queue import local_time
from console.core.records import Names, ServiceInfo, ServiceQueue
from console.core.text import QT_TRANSLATE_NOOP, Message

_CTX = "Floor"
# A counter is serving "far longer than usual" past this many times the service's usual
# service time, and at least this long.
LONG_SERVICE_FACTOR = 3
LONG_SERVICE_MIN_MINUTES = 20


class CounterState(enum.StrEnum):
    CLOSED = "closed"  # nobody signed in
    IDLE = "idle"  # signed in, nobody at the counter
    CALLED = "called"  # a ticket called, the visitor on their way
    SERVING = "serving"
    BREAK = "break"  # on a break, with a reason
    AWAY = "away"  # signed in, but the console has not been heard of for a while


STATE_NAMES: Mapping[CounterState, str] = {
    CounterState.CLOSED: QT_TRANSLATE_NOOP("Floor", "closed"),
    CounterState.IDLE: QT_TRANSLATE_NOOP("Floor", "free"),
    CounterState.CALLED: QT_TRANSLATE_NOOP("Floor", "called"),
    CounterState.SERVING: QT_TRANSLATE_NOOP("Floor", "serving"),
    CounterState.BREAK: QT_TRANSLATE_NOOP("Floor", "on a break"),
    CounterState.AWAY: QT_TRANSLATE_NOOP("Floor", "not heard from"),
}


@dataclass(frozen=True)
class Presence:
    """Who is signed in at a counter, as the store reads it."""

    counter_id: int
    staff_name: str
    skills: tuple[str, ...]
    last_seen_at: datetime
    stale: bool  # the console has missed its heartbeats
    staff_id: int | None = None


@dataclass(frozen=True)
class Held:
    """A ticket called or being served at a counter."""

    counter_id: int
    ticket_number: str
    service_code: str
    state: str  # "called" or "serving"
    called_at: datetime
    staff_name: str = ""  # who called it
    step_id: int = 0


@dataclass(frozen=True)
class CounterRow:
    code: str
    names: Names
    state: CounterState
    staff_name: str = ""
    ticket_number: str = ""
    service_code: str = ""
    service_name: str = ""  # prefix and name, in the reader's language
    minutes: int = 0  # how long the ticket has been at the counter
    over_usual: bool = False
    step_id: int | None = None  # the ticket's step, for returning it to its queue
    break_reason: BreakReason | None = None  # on a break: why (minutes: how long)


@dataclass(frozen=True)
class ServiceRow:
    queue: ServiceQueue
    agency_code: str
    longest_wait_minutes: int
    estimate_minutes: int | None
    served_today: int
    over_target: bool
    over_twice: bool
    can_be_served: bool  # someone present has the skill


@dataclass(frozen=True)
class AgencyRow:
    code: str
    names: Names
    waiting: int
    longest_wait_minutes: int
    served_today: int
    open_consultations: int
    # "down" when consoles heard from lately find its back office not answering, "slow"
    # when slow, "" when none of them says anything is wrong.
    back_office: str = ""


@dataclass(frozen=True)
class BackOfficeTrouble:
    """One console finds one agency plugin's back office slow or down (migration 0018)."""

    agency_code: str
    plugin_id: str
    health: str  # "slow" or "down"
    since: datetime
    counter_code: str


@dataclass(frozen=True)
class FloorView:
    read_at: datetime
    services: Sequence[ServiceRow]
    agencies: Sequence[AgencyRow]
    counters: Sequence[CounterRow]
    alerts: Sequence[Message]

    @property
    def waiting(self) -> int:
        return sum(row.queue.waiting for row in self.services)

    @property
    def served_today(self) -> int:
        return sum(row.served_today for row in self.services)

    @property
    def staff_present(self) -> int:
        return sum(
            row.state not in (CounterState.CLOSED, CounterState.AWAY, CounterState.BREAK)
            for row in self.counters
        )


def _service_label(services: Mapping[str, ServiceInfo], code: str, language: str) -> str:
    service = services.get(code)
    if service is None:  # retired since it was called
        return code
    return f"{service.prefix} · {service.names.get(language)}"


def _minutes(since: datetime, now: datetime) -> int:
    return max(0, int((now - since).total_seconds() // 60))


def build_floor(
    now: datetime,
    *,
    queues: Iterable[ServiceQueue],
    agencies: Iterable[tuple[str, Names]],
    counters: Iterable[tuple[int, str, Names]],
    presence: Iterable[Presence],
    held: Iterable[Held],
    estimates: Mapping[int, int],
    served_today: Mapping[str, int],
    usual_minutes: Mapping[str, float],
    open_consultations: Mapping[str, int],
    breaks: Iterable[BreakInfo] = (),
    back_offices: Iterable[BackOfficeTrouble] = (),
    language: str = "fi",
) -> FloorView:
    """The floor as the supervisor's window shows it, with its alerts (names in
    ``language``)."""
    queues = list(queues)
    by_code = {queue.service.code: queue.service for queue in queues}
    present = {entry.counter_id: entry for entry in presence}
    on_break = {entry.counter_id: entry for entry in breaks}
    at_counter = {entry.counter_id: entry for entry in held if entry.state != "waiting"}
    skills_present = {
        skill for entry in present.values() if not entry.stale for skill in entry.skills
    }
    urgent: list[Message] = []  # a visitor waiting over twice the target: shown first
    alerts: list[Message] = []

    services: list[ServiceRow] = []
    for queue in queues:
        service = queue.service
        longest = queue.longest_wait_minutes(now)
        servable = service.code in skills_present
        row = ServiceRow(
            queue=queue,
            agency_code=service.agency_code,
            longest_wait_minutes=longest,
            estimate_minutes=estimates.get(service.id),
            served_today=served_today.get(service.code, 0),
            over_target=queue.over_target(now),
            over_twice=queue.over_target(now, 2),
            can_be_served=servable,
        )
        services.append(row)
        if row.over_twice:
            urgent.append(
                Message(
                    _CTX,
                    QT_TRANSLATE_NOOP(
                        "Floor",
                        "{service}: a visitor has waited {minutes} min, over twice the "
                        "target of {target} min.",
                    ),
                    {
                        "service": service.names.get(language),
                        "minutes": longest,
                        "target": service.target_wait_minutes,
                    },
                )
            )
        if queue.waiting and not servable:
            alerts.append(
                Message(
                    _CTX,
                    QT_TRANSLATE_NOOP(
                        "Floor",
                        "{service}: {waiting} waiting, and nobody signed in can serve it.",
                    ),
                    {"service": service.names.get(language), "waiting": queue.waiting},
                )
            )

    rows: list[CounterRow] = []
    for counter_id, code, names in counters:
        person = present.get(counter_id)
        ticket = at_counter.get(counter_id)
        pause = on_break.get(counter_id)
        if pause is not None and ticket is None:
            rows.append(
                CounterRow(
                    code,
                    names,
                    CounterState.BREAK,
                    staff_name=person.staff_name if person else "",
                    minutes=pause.minutes(now),
                    break_reason=pause.reason,
                )
            )
            continue
        if person is None and ticket is None:
            rows.append(CounterRow(code, names, CounterState.CLOSED))
            continue
        if person is not None and person.stale:
            state = CounterState.AWAY
        elif ticket is None:
            state = CounterState.IDLE
        else:
            state = CounterState.SERVING if ticket.state == "serving" else CounterState.CALLED
        minutes = _minutes(ticket.called_at, now) if ticket else 0
        usual = usual_minutes.get(ticket.service_code) if ticket else None
        over = bool(
            ticket
            and usual
            and minutes >= LONG_SERVICE_MIN_MINUTES
            and minutes > LONG_SERVICE_FACTOR * usual
        )
        rows.append(
            CounterRow(
                code,
                names,
                state,
                staff_name=person.staff_name if person else (ticket.staff_name if ticket else ""),
                ticket_number=ticket.ticket_number if ticket else "",
                service_code=ticket.service_code if ticket else "",
                service_name=_service_label(by_code, ticket.service_code, language)
                if ticket
                else "",
                minutes=minutes,
                over_usual=over,
                step_id=ticket.step_id if ticket else None,
            )
        )
        if over and ticket is not None:
            alerts.append(
                Message(
                    _CTX,
                    QT_TRANSLATE_NOOP(
                        "Floor",
                        "Counter {counter} has served {ticket} for {minutes} min, over "
                        "{factor} times the usual {usual} min.",
                    ),
                    {
                        "counter": code,
                        "ticket": ticket.ticket_number,
                        "minutes": minutes,
                        "factor": LONG_SERVICE_FACTOR,
                        "usual": round(usual or 0),
                    },
                )
            )
        if state is CounterState.AWAY and ticket is not None:
            alerts.append(
                Message(
                    _CTX,
                    QT_TRANSLATE_NOOP(
                        "Floor",
                        "Counter {counter}'s console is not heard from, with {ticket} at it: "
                        "return the visitor to the queue if nobody is there.",
                    ),
                    {"counter": code, "ticket": ticket.ticket_number},
                )
            )

    agencies = list(agencies)
    troubles = list(back_offices)
    alerts += _back_office_alerts(troubles, dict(agencies), language)
    agency_rows = []
    for code, names in agencies:
        mine = [row for row in services if row.agency_code == code]
        states = {trouble.health for trouble in troubles if trouble.agency_code == code}
        agency_rows.append(
            AgencyRow(
                code=code,
                names=names,
                waiting=sum(row.queue.waiting for row in mine),
                longest_wait_minutes=max((row.longest_wait_minutes for row in mine), default=0),
                served_today=sum(row.served_today for row in mine),
                open_consultations=open_consultations.get(code, 0),
                back_office="down" if "down" in states else ("slow" if states else ""),
            )
        )
    return FloorView(now, services, agency_rows, rows, urgent + alerts)


def _back_office_alerts(
    troubles: Sequence[BackOfficeTrouble], agencies: Mapping[str, Names], language: str
) -> list[Message]:
    """One alert per agency plugin that a console finds down, naming the counters and
    since when (the earliest): the supervisor calls the agency's support."""
    down: dict[tuple[str, str], list[BackOfficeTrouble]] = {}
    for trouble in troubles:
        if trouble.health == "down":
            down.setdefault((trouble.agency_code, trouble.plugin_id), []).append(trouble)
    alerts = []
    for (agency_code, _plugin), reports in down.items():
        names = agencies.get(agency_code)
        counters = sorted({report.counter_code for report in reports})
        alerts.append(
            Message(
                _CTX,
                QT_TRANSLATE_NOOP(
                    "Floor",
                    "{agency}'s back office does not answer at {counters} (since {time}): "
                    "its panels show what they last knew. Call the agency's support.",
                ),
                {
                    "agency": names.get(language) if names else agency_code,
                    "counters": ", ".join(counters),
                    "time": local_time(min(report.since for report in reports)).strftime("%H:%M"),
                },
            )
        )
    return alerts
