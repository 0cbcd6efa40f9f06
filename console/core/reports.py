"""The desk's figures: how a period went, per time slot and per agency, service, counter
or staff member, and how the shared desk's cost is split between the agencies.

Qt-free and database-free: the store reads the history as :class:`StepRecord` rows
(``console.store.report_queries``), this module counts. The history is what the queue
writes anyway: every step of a visit keeps when it was queued, called and finished, at
which counter, by whom, and how it ended (served, no-show, transferred, cancelled).

A step's waiting time runs from the moment it could be called: the visit's arrival for
its first service, the end of the step before it for a later one (a transfer, or the
visit's next service). It ends when the step was called.
"""

from __future__ import annotations

import enum
import math
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from decimal import ROUND_HALF_UP, Decimal
from typing import NamedTuple

from console.core.breaks import REASON_NAMES, BreakReason, BreakSpan
from console.core.queue import DESK_TIMEZONE, StepState
from console.core.text import QT_TRANSLATE_NOOP, Message

_CTX = "Reports"


class Period(enum.StrEnum):
    """The time slot a report's rows are counted in (by the visit's arrival)."""

    ALL = "all"
    DAY = "day"
    WEEK = "week"
    MONTH = "month"
    WEEKDAY = "weekday"
    HOUR = "hour"


class Dimension(enum.StrEnum):
    """Whom a report's rows are counted for."""

    DESK = "desk"
    AGENCY = "agency"
    SERVICE = "service"
    COUNTER = "counter"
    STAFF = "staff"


class StepRecord(NamedTuple):
    """One step of a visit as the history keeps it.

    Times are seconds since the epoch (UTC): a year of history is some 200,000 steps,
    and plain numbers are what keeps a report of it within its two seconds.
    """

    visit_id: int
    step_id: int
    service: str
    agency: str
    target_minutes: int
    state: str
    arrived_at: float  # the visit's
    waiting_since: float  # when this step could first be called
    called_at: float | None
    finished_at: float | None
    counter: str | None
    staff: str | None
    life_event: bool = False


@dataclass
class _Tally:
    visits: set[int] = field(default_factory=set)
    steps: int = 0
    served: int = 0
    no_shows: int = 0
    transfers: int = 0
    cancelled: int = 0
    waits: list[float] = field(default_factory=list)
    within_target: int = 0
    service_times: list[float] = field(default_factory=list)
    life_event_visits: set[int] = field(default_factory=set)
    scores: list[int] = field(default_factory=list)  # visitors' feedback, 1-4
    break_minutes: float = 0.0


@dataclass(frozen=True)
class Column:
    key: str
    title: Message


def _column(key: str, title: str) -> Column:
    return Column(key, Message(_CTX, title))


COLUMNS: tuple[Column, ...] = (
    _column("visits", QT_TRANSLATE_NOOP("Reports", "Visits")),
    _column("steps", QT_TRANSLATE_NOOP("Reports", "Services asked")),
    _column("served", QT_TRANSLATE_NOOP("Reports", "Served")),
    _column("no_shows", QT_TRANSLATE_NOOP("Reports", "No-shows")),
    _column("transfers", QT_TRANSLATE_NOOP("Reports", "Transfers")),
    _column("cancelled", QT_TRANSLATE_NOOP("Reports", "Cancelled")),
    _column("wait_mean_min", QT_TRANSLATE_NOOP("Reports", "Wait, mean (min)")),
    _column("wait_median_min", QT_TRANSLATE_NOOP("Reports", "Wait, median (min)")),
    _column("wait_p90_min", QT_TRANSLATE_NOOP("Reports", "Wait, 90th percentile (min)")),
    _column("within_target_pct", QT_TRANSLATE_NOOP("Reports", "Called within target (%)")),
    _column("service_mean_min", QT_TRANSLATE_NOOP("Reports", "Service time, mean (min)")),
    _column("service_median_min", QT_TRANSLATE_NOOP("Reports", "Service time, median (min)")),
    _column("multi_service_visits", QT_TRANSLATE_NOOP("Reports", "Visits with several services")),
    _column("agencies_per_visit", QT_TRANSLATE_NOOP("Reports", "Agencies per visit, mean")),
    _column("life_event_visits", QT_TRANSLATE_NOOP("Reports", "Life-event visits")),
    _column("feedback_answers", QT_TRANSLATE_NOOP("Reports", "Feedback answers")),
    _column("feedback_mean", QT_TRANSLATE_NOOP("Reports", "Feedback, mean (1-4)")),
    # A row's people's breaks: per staff member, counter, or the desk; an agency's or a
    # service's rows have none (a break is nobody's service), their total has them all.
    _column("break_min", QT_TRANSLATE_NOOP("Reports", "Breaks (min)")),
)

EXTRA_COLUMNS: tuple[Column, ...] = (
    _column("appointments_booked", QT_TRANSLATE_NOOP("Reports", "Appointments booked")),
    _column("appointments_kept", QT_TRANSLATE_NOOP("Reports", "Appointments kept")),
    _column("appointments_no_show", QT_TRANSLATE_NOOP("Reports", "Appointments not kept")),
    _column("consultations_asked", QT_TRANSLATE_NOOP("Reports", "Specialists asked")),
    _column("consultations_accepted", QT_TRANSLATE_NOOP("Reports", "Specialists joined")),
    _column(
        "consultation_accept_mean_min",
        QT_TRANSLATE_NOOP("Reports", "Time until a specialist joined, mean (min)"),
    ),
)

BREAK_COLUMNS: tuple[Column, ...] = tuple(
    Column(
        f"break_{reason.value}_min",
        Message(
            _CTX,
            QT_TRANSLATE_NOOP("Reports", "Breaks, {reason} (min)"),
            {"reason": Message("Breaks", REASON_NAMES[reason])},
        ),
    )
    for reason in BreakReason
)

PERIOD_TITLE = Message(_CTX, QT_TRANSLATE_NOOP("Reports", "Period"))
DIMENSION_TITLES: Mapping[Dimension, Message] = {
    Dimension.DESK: Message(_CTX, QT_TRANSLATE_NOOP("Reports", "Desk")),
    Dimension.AGENCY: Message(_CTX, QT_TRANSLATE_NOOP("Reports", "Agency")),
    Dimension.SERVICE: Message(_CTX, QT_TRANSLATE_NOOP("Reports", "Service")),
    Dimension.COUNTER: Message(_CTX, QT_TRANSLATE_NOOP("Reports", "Counter")),
    Dimension.STAFF: Message(_CTX, QT_TRANSLATE_NOOP("Reports", "Staff member")),
}
TOTAL = Message(_CTX, QT_TRANSLATE_NOOP("Reports", "All"))


@dataclass(frozen=True)
class ReportRow:
    period: str  # "" for the whole period
    who: str  # "" for the whole desk
    figures: Mapping[str, float | int | None]


@dataclass(frozen=True)
class Report:
    """Rows per (period, who), then the total row for the whole selection."""

    start: date
    end: date  # inclusive
    period: Period
    dimension: Dimension
    rows: Sequence[ReportRow]
    total: ReportRow
    # The period's appointments and consultations (the desk as a whole).
    extras: Mapping[str, float | int | None] = field(default_factory=dict)
    # The code of the one office counted; empty: every office.
    office: str = ""


def percentile(values: Sequence[float], share: float, *, ordered: bool = False) -> float | None:
    """The ``share`` percentile of ``values`` by linear interpolation between the
    closest ranks (as spreadsheets' PERCENTILE.INC and PostgreSQL's percentile_cont);
    ``ordered``: the values are sorted already."""
    if not values:
        return None
    if not ordered:
        values = sorted(values)
    ordered_values = values
    rank = share * (len(ordered_values) - 1)
    low = math.floor(rank)
    high = math.ceil(rank)
    return ordered_values[low] + (ordered_values[high] - ordered_values[low]) * (rank - low)


def period_key(moment: datetime, period: Period) -> str:
    """The slot of an aware time in the desk's time zone, as the report shows it."""
    local = moment.astimezone(DESK_TIMEZONE)
    if period is Period.ALL:
        return ""
    if period is Period.DAY:
        return local.date().isoformat()
    if period is Period.WEEK:
        year, week, _day = local.isocalendar()
        return f"{year}-W{week:02d}"
    if period is Period.MONTH:
        return f"{local.year}-{local.month:02d}"
    if period is Period.WEEKDAY:
        return str(local.isoweekday())  # 1 Monday ... 7 Sunday: sorts as a week does
    return f"{local.hour:02d}"


class LocalHours:
    """Epoch seconds as the desk's local time, to the hour, worked out once per hour of
    UTC: the desk's time zone moves by whole hours, so every moment of one UTC hour has
    the same local hour. A year's history is 200,000 times; it has some 2,000 hours."""

    def __init__(self) -> None:
        self._known: dict[int, datetime] = {}

    def of(self, seconds: float) -> datetime:
        # A millisecond's allowance: SQLite's julianday() puts 09:00:00 at 08:59:59.99996.
        hour = int((seconds + 0.001) // 3600)
        moment = self._known.get(hour)
        if moment is None:
            moment = datetime.fromtimestamp(hour * 3600, UTC).astimezone(DESK_TIMEZONE)
            self._known[hour] = moment
        return moment


class _Slots:
    """:func:`period_key` of epoch seconds, once per hour (:class:`LocalHours`)."""

    def __init__(self, period: Period) -> None:
        self.period = period
        self._hours = LocalHours()
        self._known: dict[datetime, str] = {}

    def of(self, seconds: float) -> str:
        moment = self._hours.of(seconds)
        key = self._known.get(moment)
        if key is None:
            key = self._known[moment] = period_key(moment, self.period)
        return key


# Which field of a StepRecord names whom a row counts for (None: the whole desk).
_WHO_FIELD: Mapping[Dimension, int | None] = {
    Dimension.DESK: None,
    Dimension.AGENCY: 3,
    Dimension.SERVICE: 2,
    Dimension.COUNTER: 10,  # None: never called at a counter, not counted for one
    Dimension.STAFF: 11,
}


def _minutes(later: datetime, earlier: datetime) -> float:
    return (later - earlier).total_seconds() / 60


_TRANSFERRED = StepState.TRANSFERRED.value
_DONE = StepState.DONE.value
_NO_SHOW = StepState.NO_SHOW.value
_CANCELLED = StepState.CANCELLED.value


def _round(value: float | None, places: int = 1) -> float | None:
    if value is None:
        return None
    return float(Decimal(str(value)).quantize(Decimal(1).scaleb(-places), ROUND_HALF_UP))


def _figures(
    tally: _Tally,
    services_per_visit: Mapping[int, int],
    agencies_per_visit: Mapping[int, int],
    *,
    breaks: bool,
) -> dict[str, float | int | None]:
    waits = sorted(tally.waits)
    times = sorted(tally.service_times)
    multi = sum(1 for visit in tally.visits if services_per_visit.get(visit, 0) > 1)
    # How many agencies the visits of this row reached in all, not only this row's one.
    agencies = [agencies_per_visit.get(visit, 1) for visit in tally.visits]
    return {
        "visits": len(tally.visits),
        "steps": tally.steps,
        "served": tally.served,
        "no_shows": tally.no_shows,
        "transfers": tally.transfers,
        "cancelled": tally.cancelled,
        "wait_mean_min": _round(sum(waits) / len(waits) if waits else None),
        "wait_median_min": _round(percentile(waits, 0.5, ordered=True)),
        "wait_p90_min": _round(percentile(waits, 0.9, ordered=True)),
        "within_target_pct": _round(100 * tally.within_target / len(waits) if waits else None),
        "service_mean_min": _round(sum(times) / len(times) if times else None),
        "service_median_min": _round(percentile(times, 0.5, ordered=True)),
        "multi_service_visits": multi,
        "agencies_per_visit": _round(sum(agencies) / len(agencies) if agencies else None, 2),
        "life_event_visits": len(tally.life_event_visits),
        "feedback_answers": len(tally.scores),
        "feedback_mean": _round(sum(tally.scores) / len(tally.scores), 2) if tally.scores else None,
        "break_min": _round(tally.break_minutes) if breaks else None,
    }


def summarise(
    records: Iterable[StepRecord],
    *,
    start: date,
    end: date,
    period: Period = Period.ALL,
    dimension: Dimension = Dimension.DESK,
    extras: Mapping[str, float | int | None] | None = None,
    feedback: Iterable[tuple[datetime, int, str | None, str | None]] = (),
    breaks: Iterable[BreakSpan] = (),
) -> Report:
    """Count ``records`` per slot of ``period`` and per ``dimension``, and in total;
    ``feedback``: the period's answers as (given at, score, service, agency), counted
    per service and agency (an answer names no counter or person: anonymous);
    ``breaks``: the period's breaks, counted per person, counter or the desk."""
    # Every record goes to one group; those of nobody (a step never called, per counter)
    # to a group of their own that only the total counts. The total merges the groups.
    # One loop with everything inline: a year's report runs it 200,000 times.
    groups: dict[tuple[str, str | None], _Tally] = defaultdict(_Tally)
    slot_of = _Slots(period).of
    who_field = _WHO_FIELD[dimension]
    per_visit: dict[int, int] = {}  # services asked (transfers aside)
    reach: dict[int, int] = {}  # agencies reached (transfers too)
    current: int | None = None
    visit_services: set[str] = set()
    visit_agencies: set[str] = set()
    for record in records:
        (visit, _step, service, agency, target, state, arrived, since, called, finished) = record[
            :10
        ]
        if visit != current:  # a visit's steps come together (step_history's order)
            if current is not None:
                per_visit[current] = len(visit_services)
                reach[current] = len(visit_agencies)
                visit_services.clear()
                visit_agencies.clear()
            current = visit
        visit_agencies.add(agency)
        who: str | None = "" if who_field is None else record[who_field]  # type: ignore[assignment]
        tally = groups[(slot_of(arrived), who)]
        tally.visits.add(visit)
        if record[12]:  # a life-event visit
            tally.life_event_visits.add(visit)
        if state == _TRANSFERRED:
            # The step went on as another step: counted once, as a transfer, not as asked.
            tally.transfers += 1
        else:
            visit_services.add(service)
            tally.steps += 1
            if state == _DONE:
                tally.served += 1
                if called is not None and finished is not None:
                    served = (finished - called) / 60
                    tally.service_times.append(served if served > 0 else 0.0)
            elif state == _NO_SHOW:
                tally.no_shows += 1
            elif state == _CANCELLED:
                tally.cancelled += 1
        if called is not None and state != _CANCELLED:
            wait = (called - since) / 60
            if wait < 0:
                wait = 0.0
            tally.waits.append(wait)
            if wait <= target:
                tally.within_target += 1
    if current is not None:
        per_visit[current] = len(visit_services)
        reach[current] = len(visit_agencies)
    for given_at, score, service_code, agency_code in feedback:
        answered_for: str | None = None  # counters and staff: anonymous, total only
        if dimension is Dimension.DESK:
            answered_for = ""
        elif dimension is Dimension.AGENCY:
            answered_for = agency_code
        elif dimension is Dimension.SERVICE:
            answered_for = service_code
        groups[(period_key(given_at, period), answered_for)].scores.append(score)
    for span in breaks:
        taken_by: str | None = None  # agencies and services: the total only
        if dimension is Dimension.DESK:
            taken_by = ""
        elif dimension is Dimension.STAFF:
            taken_by = span.staff
        elif dimension is Dimension.COUNTER:
            taken_by = span.counter
        groups[(period_key(span.started_at, period), taken_by)].break_minutes += span.minutes
    counts_breaks = dimension in (Dimension.DESK, Dimension.STAFF, Dimension.COUNTER)
    rows = [
        ReportRow(slot, name, _figures(tally, per_visit, reach, breaks=counts_breaks))
        for (slot, name), tally in sorted(
            ((key[0], key[1]), tally) for key, tally in groups.items() if key[1] is not None
        )
    ]
    total = _merged(groups.values())
    whole = ReportRow("", "", _figures(total, per_visit, reach, breaks=True))
    return Report(start, end, period, dimension, rows, whole, dict(extras or {}))


def _merged(tallies: Iterable[_Tally]) -> _Tally:
    total = _Tally()
    for tally in tallies:
        total.visits |= tally.visits
        total.steps += tally.steps
        total.served += tally.served
        total.no_shows += tally.no_shows
        total.transfers += tally.transfers
        total.cancelled += tally.cancelled
        total.waits += tally.waits
        total.within_target += tally.within_target
        total.service_times += tally.service_times
        total.life_event_visits |= tally.life_event_visits
        total.scores += tally.scores
        total.break_minutes += tally.break_minutes
    return total


def break_figures(spans: Iterable[BreakSpan]) -> dict[str, float | int | None]:
    """The period's break minutes per reason."""
    minutes: dict[str, float] = {}
    for span in spans:
        minutes[span.reason] = minutes.get(span.reason, 0.0) + span.minutes
    return {
        column.key: _round(minutes.get(column.key[len("break_") : -len("_min")], 0.0))
        for column in BREAK_COLUMNS
    }


def booking_figures(
    appointments: Iterable[str], consultations: Iterable[tuple[datetime, datetime | None]]
) -> dict[str, float | int | None]:
    """``appointments``: the states of the period's appointments; ``consultations``:
    (asked at, accepted at) of the period's requests for a specialist."""
    states = list(appointments)
    asked = list(consultations)
    waits = [_minutes(accepted, at) for at, accepted in asked if accepted is not None]
    return {
        "appointments_booked": len(states),
        "appointments_kept": sum(state == "checked_in" for state in states),
        "appointments_no_show": sum(state == "no_show" for state in states),
        "consultations_asked": len(asked),
        "consultations_accepted": len(waits),
        "consultation_accept_mean_min": _round(sum(waits) / len(waits) if waits else None),
    }


# ---------------------------------------------------------------- the cost-sharing report
class CostMethod(enum.StrEnum):
    """How the shared cost is split between the agencies."""

    STEPS = "steps"  # in proportion to the services served
    MINUTES = "minutes"  # in proportion to the service minutes
    BASE_PLUS_STEPS = "base+steps"  # an equal fixed part each, the rest by services served


@dataclass(frozen=True)
class AgencyUse:
    agency: str
    served: int
    service_minutes: float


@dataclass(frozen=True)
class AgencyShare:
    agency: str
    served: int
    service_minutes: float
    share_pct: float  # of the measure the method splits by
    cost_cents: int


@dataclass(frozen=True)
class CostSplit:
    method: CostMethod
    total_cents: int
    base_cents: int  # each agency's fixed part (base+steps), else 0
    shares: Sequence[AgencyShare]
    formula: Message
    # The code of the one office counted; empty: every office.
    office: str = ""


def _largest_remainder(weights: Mapping[str, float], cents: int) -> dict[str, int]:
    """``cents`` split in proportion to ``weights``, whole cents that sum exactly:
    each gets the floor of its exact part, the cents left over go one each to the
    largest remainders (ties: the agency code's order, so the split is repeatable)."""
    total = sum(weights.values())
    if cents == 0 or not weights:
        return dict.fromkeys(weights, 0)
    if total <= 0:  # nothing measured: equal parts
        weights = dict.fromkeys(weights, 1.0)
        total = float(len(weights))
    exact = {
        name: Decimal(cents) * Decimal(str(w)) / Decimal(str(total)) for name, w in weights.items()
    }
    floors = {name: int(part) for name, part in exact.items()}
    left = cents - sum(floors.values())
    order = sorted(exact, key=lambda name: (-(exact[name] - floors[name]), name))
    for name in order[:left]:
        floors[name] += 1
    return floors


def split_cost(
    uses: Sequence[AgencyUse],
    total_cents: int,
    method: CostMethod,
    *,
    base_cents: int = 0,
) -> CostSplit:
    """Split ``total_cents`` between the agencies of ``uses``; the parts sum to it exactly."""
    if total_cents < 0:
        raise ValueError("the cost to share cannot be negative")
    names = sorted(use.agency for use in uses)
    by_name = {use.agency: use for use in uses}
    measure: Callable[[AgencyUse], float]
    if method is CostMethod.MINUTES:
        measure = lambda use: use.service_minutes  # noqa: E731
    else:
        measure = lambda use: float(use.served)  # noqa: E731
    weights = {name: measure(by_name[name]) for name in names}
    fixed = 0
    if method is CostMethod.BASE_PLUS_STEPS:
        fixed = base_cents
        if base_cents < 0 or base_cents * len(names) > total_cents:
            raise ValueError("the fixed parts together exceed the cost to share")
    parts = _largest_remainder(weights, total_cents - fixed * len(names))
    measured = sum(weights.values())
    shares = [
        AgencyShare(
            agency=name,
            served=by_name[name].served,
            service_minutes=round(by_name[name].service_minutes, 1),
            share_pct=round(100 * weights[name] / measured, 2) if measured else 0.0,
            cost_cents=parts[name] + fixed,
        )
        for name in names
    ]
    return CostSplit(method, total_cents, fixed, shares, _formula(method, measured > 0))


def _formula(method: CostMethod, measured: bool) -> Message:
    if not measured:
        text = QT_TRANSLATE_NOOP(
            "Reports",
            "Nothing was served in the period: the cost is split into equal parts, in whole "
            "cents; the cents left over go to the agencies first in alphabetical order.",
        )
    elif method is CostMethod.MINUTES:
        text = QT_TRANSLATE_NOOP(
            "Reports",
            "Agency's part = cost x the agency's service minutes / all service minutes, "
            "in whole cents; the cents left over go to the largest remainders.",
        )
    elif method is CostMethod.BASE_PLUS_STEPS:
        text = QT_TRANSLATE_NOOP(
            "Reports",
            "Agency's part = fixed part + (cost - all fixed parts) x the agency's services "
            "served / all services served, in whole cents; the cents left over go to the "
            "largest remainders.",
        )
    else:
        text = QT_TRANSLATE_NOOP(
            "Reports",
            "Agency's part = cost x the agency's services served / all services served, in "
            "whole cents; the cents left over go to the largest remainders.",
        )
    return Message(_CTX, text)


def agency_uses(records: Iterable[StepRecord], agencies: Iterable[str] = ()) -> list[AgencyUse]:
    """Services served and their minutes per agency (every agency of ``agencies``
    appears, also one that served nothing)."""
    served: dict[str, int] = dict.fromkeys(agencies, 0)
    minutes: dict[str, float] = dict.fromkeys(agencies, 0.0)
    for record in records:
        served.setdefault(record.agency, 0)
        minutes.setdefault(record.agency, 0.0)
        if record.state == _DONE and record.called_at and record.finished_at:
            served[record.agency] += 1
            minutes[record.agency] += max(0.0, (record.finished_at - record.called_at) / 60)
    return [AgencyUse(name, served[name], minutes[name]) for name in sorted(served)]


def cents(text: str) -> int:
    """A sum of euros as typed ("12 500,00", "12500.5", "12500") in whole cents."""
    cleaned = text.strip().replace("\u00a0", "").replace(" ", "").replace("€", "")
    if cleaned.count(",") == 1 and "." not in cleaned:
        cleaned = cleaned.replace(",", ".")
    value = Decimal(cleaned)  # raises InvalidOperation on anything else
    if value.as_tuple().exponent < -2:  # type: ignore[operator]
        raise ValueError("more than two decimals")
    return int((value * 100).to_integral_value())


def days(start: date, end: date) -> tuple[datetime, datetime]:
    """The aware UTC-comparable bounds of the desk's days ``start`` to ``end`` inclusive."""
    first = datetime.combine(start, datetime.min.time(), DESK_TIMEZONE)
    after = datetime.combine(end + timedelta(days=1), datetime.min.time(), DESK_TIMEZONE)
    return first, after


# ---------------------------------------------------------------- what the charts show
@dataclass(frozen=True)
class DayWaits:
    day: date
    mean_minutes: float
    p90_minutes: float
    target_minutes: float  # the mean target of the day's called steps
    within_target_pct: float


@dataclass(frozen=True)
class ReportCharts:
    """The period as pictures: arrivals per weekday and hour, waits per day, service mix."""

    start: date
    end: date
    # (weekday 1-7, hour 0-23) -> mean arrivals in that hour on such a weekday of the
    # period (visits / how many of that weekday the period has)
    arrivals: Mapping[tuple[int, int], float]
    waits: Sequence[DayWaits]
    # agency -> service -> services served
    mix: Mapping[str, Mapping[str, int]]
    # service code -> how a chart names it in any language (its ticket prefix)
    labels: Mapping[str, str] = field(default_factory=dict)


def charts_of(
    records: Iterable[StepRecord],
    start: date,
    end: date,
    labels: Mapping[str, str] | None = None,
) -> ReportCharts:
    """The figures the report's charts draw, from the same history as the tables."""
    weekdays: dict[int, int] = defaultdict(int)
    day = start
    while day <= end:
        weekdays[day.isoweekday()] += 1
        day += timedelta(days=1)
    arrivals: dict[tuple[int, int], int] = defaultdict(int)
    seen: set[int] = set()
    local = LocalHours()
    waits: dict[date, list[float]] = defaultdict(list)
    targets: dict[date, list[int]] = defaultdict(list)
    within: dict[date, int] = defaultdict(int)
    mix: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for record in records:
        moment = local.of(record.arrived_at)
        if record.visit_id not in seen:
            seen.add(record.visit_id)
            arrivals[(moment.isoweekday(), moment.hour)] += 1
        if record.state == _DONE:
            mix[record.agency][record.service] += 1
        if record.called_at is not None and record.state != _CANCELLED:
            wait = max(0.0, (record.called_at - record.waiting_since) / 60)
            waits[moment.date()].append(wait)
            targets[moment.date()].append(record.target_minutes)
            within[moment.date()] += wait <= record.target_minutes
    days_waits = [
        DayWaits(
            day,
            round(sum(values) / len(values), 1),
            round(percentile(values, 0.9) or 0.0, 1),
            round(sum(targets[day]) / len(targets[day]), 1),
            round(100 * within[day] / len(values), 1),
        )
        for day, values in sorted(waits.items())
    ]
    mean_arrivals = {
        key: count / max(1, weekdays.get(key[0], 0)) for key, count in arrivals.items()
    }
    return ReportCharts(
        start,
        end,
        mean_arrivals,
        days_waits,
        {agency: dict(services) for agency, services in mix.items()},
        dict(labels or {}),
    )
