"""Next week's arrivals and the staff they need, from the history (Qt- and SQL-free).

For each agency: the arrivals of each weekday and hour over the last weeks (a week
without any counts as zero), their mean the forecast (as
:func:`staffing.seasonal_forecast`), the agency's mean service time and target wait
(its services' targets weighted by their arrivals), and Erlang C's fewest staff who call
80 % of visitors within the target (:func:`staffing.staff_needed`). An agency's staff
serve its services from one queue, as at the desk; the agencies' staff are added up.
Beside it: the fewest if every person served every service (one queue for the whole
desk, a lower bound), and how many staff actually served in that hour on such a
weekday, on average over the same weeks. And how good the method is here: the same
forecast made for the last full week from the weeks before it, against what came
(:func:`staffing.forecast_error`).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from console.core.queue import StepState
from console.core.reports import LocalHours, StepRecord
from console.core.staffing import ForecastError, Slot, forecast_error, staff_needed

TARGET_SHARE = 0.8
DEFAULT_WEEKS = 4


@dataclass(frozen=True)
class SlotForecast:
    arrivals: float  # expected visitors' steps in the hour, all services
    staff_needed: int  # Erlang C per agency, added up
    staff_pooled: int  # Erlang C if everyone served everything (a lower bound)
    staff_seen: float  # staff who served in that hour, mean over the history's days


@dataclass(frozen=True)
class StaffingForecast:
    week_of: date  # the Monday of the week forecast
    weeks: int  # weeks of history it rests on
    slots: Mapping[Slot, SlotForecast]  # (weekday 0 = Monday, hour)
    per_agency: Mapping[str, Mapping[Slot, int]]  # staff needed per agency
    error: ForecastError  # last full week's forecast against what came
    share: float = TARGET_SHARE
    office: str = ""  # the code of the one office forecast; empty: every office


def monday_of(day: date) -> date:
    return day - timedelta(days=day.weekday())


@dataclass
class _History:
    # agency -> slot -> arrivals in each week (zeros included)
    counts: dict[str, dict[Slot, list[int]]]
    minutes: dict[str, list[float]]  # agency -> service times of served steps
    targets: dict[str, list[int]]  # agency -> the target of each arrival
    seen: dict[Slot, list[int]]  # slot -> distinct staff who served, per day


def _history(records: Iterable[StepRecord], weeks_from: date, weeks: int) -> _History:
    """The arrivals of ``weeks`` weeks from ``weeks_from`` (a Monday) per agency and slot,
    and what the staffing needs beside them."""
    counts: dict[str, dict[Slot, list[int]]] = defaultdict(lambda: defaultdict(lambda: [0] * weeks))
    minutes: dict[str, list[float]] = defaultdict(list)
    targets: dict[str, list[int]] = defaultdict(list)
    served_by: dict[tuple[date, int], set[str]] = defaultdict(set)
    hours = LocalHours()
    for record in records:
        if record.state == StepState.CANCELLED:
            continue
        local = hours.of(record.waiting_since)
        week = (monday_of(local.date()) - weeks_from).days // 7
        if not 0 <= week < weeks:
            continue
        counts[record.agency][(local.weekday(), local.hour)][week] += 1
        targets[record.agency].append(record.target_minutes)
        if record.state == StepState.DONE and record.called_at and record.finished_at:
            minutes[record.agency].append((record.finished_at - record.called_at) / 60)
            if record.staff:
                called = hours.of(record.called_at)
                served_by[(called.date(), called.hour)].add(record.staff)
    seen: dict[Slot, list[int]] = defaultdict(list)
    for (day, hour), people in served_by.items():
        seen[(day.weekday(), hour)].append(len(people))
    return _History(counts, minutes, targets, seen)


def _mean(values: Sequence[float]) -> float:
    return sum(values) / len(values) if values else 0.0


def forecast_staffing(
    records: Sequence[StepRecord],
    week_of: date,
    *,
    weeks: int = DEFAULT_WEEKS,
    history_to: date | None = None,
    share: float = TARGET_SHARE,
) -> StaffingForecast:
    """The forecast for the week starting ``week_of`` (a Monday) from the ``weeks`` full
    weeks of ``records`` before ``history_to`` (a Monday; by default ``week_of``: a week
    still going on is left out, its days would count as quiet ones)."""
    until = history_to or week_of
    history = _history(records, until - timedelta(weeks=weeks), weeks)
    per_agency: dict[str, dict[Slot, int]] = {}
    arrivals: dict[Slot, float] = defaultdict(float)
    needed: dict[Slot, int] = defaultdict(int)
    # The whole desk as one queue: arrivals, and service minutes and targets weighted.
    pooled_work: dict[Slot, float] = defaultdict(float)
    pooled_target: dict[Slot, float] = defaultdict(float)
    for agency, slots in history.counts.items():
        service_minutes = _mean(history.minutes.get(agency, [])) or 10.0
        target = _mean([float(t) for t in history.targets.get(agency, [])]) or 20.0
        mine: dict[Slot, int] = {}
        for slot, weekly in slots.items():
            expected = sum(weekly) / len(weekly)
            if expected <= 0:
                continue
            arrivals[slot] += expected
            pooled_work[slot] += expected * service_minutes
            pooled_target[slot] += expected * target
            staff = staff_needed(expected, service_minutes, target, share).staff
            mine[slot] = staff
            needed[slot] += staff
        per_agency[agency] = mine
    slots_out: dict[Slot, SlotForecast] = {}
    for slot in sorted(set(arrivals) | set(history.seen)):
        expected = arrivals.get(slot, 0.0)
        pooled = 0
        if expected > 0:
            pooled = staff_needed(
                expected,
                pooled_work[slot] / expected,
                pooled_target[slot] / expected,
                share,
            ).staff
        slots_out[slot] = SlotForecast(
            round(expected, 1),
            needed.get(slot, 0),
            pooled,
            round(sum(history.seen.get(slot, [])) / weeks, 1),
        )
    return StaffingForecast(
        week_of, weeks, slots_out, per_agency, _backtest(records, until, weeks), share
    )


def _backtest(records: Sequence[StepRecord], until: date, weeks: int) -> ForecastError:
    """The same method, forecasting the last full week before ``until`` from the weeks
    before that, against what came in it."""
    last = until - timedelta(weeks=1)
    history_weeks = max(1, weeks - 1)
    first = last - timedelta(weeks=history_weeks)
    history = _history(records, first, history_weeks + 1)
    forecast: dict[Slot, float] = defaultdict(float)
    actual: dict[Slot, int] = defaultdict(int)
    for slots in history.counts.values():
        for slot, weekly in slots.items():
            past = weekly[:history_weeks]
            forecast[slot] += sum(past) / len(past)
            actual[slot] += weekly[history_weeks]
    return forecast_error(forecast, actual)
