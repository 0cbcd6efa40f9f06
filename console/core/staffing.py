"""How many staff a service needs in an hour, and how many visitors to expect (issue 16).

The floor's staffing forecast rests on two pieces, both here and free of Qt and the
database so that reports, the supervisor's window and ``tiski report`` share them:

- **Erlang C**: visitors arrive at random (Poisson) at ``arrivals_per_hour``, each takes
  on average ``service_minutes`` at a counter, ``staff`` counters serve one queue. The
  offered load is ``A = arrivals_per_hour * service_minutes / 60`` erlangs. With more
  staff than load the queue is stable, and the formula gives the chance that a visitor
  waits at all, the mean wait, and the share served within a target wait. The smallest
  staff meeting a target share (say 80 % within 20 minutes) is :func:`staff_needed`.
- **A seasonal forecast** of arrivals per weekday and hour: the mean of the same weekday
  and hour over the last weeks of history, and the error of a forecast against what
  came (:func:`forecast_error`), which the reports print beside the forecast.

Erlang C assumes one queue per skill and visitors who never give up; a shared desk has
several skills and no-shows, so the figure is a planning aid printed with its formula,
not a promise.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

# Staff beyond this are not tried: no service of a shared desk needs more counters.
MOST_STAFF = 500

Slot = tuple[int, int]  # (weekday 0 = Monday ... 6, hour 0-23)


def offered_load(arrivals_per_hour: float, service_minutes: float) -> float:
    """The work arriving per hour in erlangs: counters' worth of continuous service."""
    _check_non_negative(arrivals_per_hour=arrivals_per_hour, service_minutes=service_minutes)
    return arrivals_per_hour * service_minutes / 60


def erlang_b(load: float, staff: int) -> float:
    """The chance that all ``staff`` are busy in a loss system (Erlang B), by the stable
    recursion B(0) = 1, B(n) = A·B(n-1) / (n + A·B(n-1))."""
    _check_non_negative(load=load)
    if staff < 0:
        raise ValueError(f"staff must be 0 or more, not {staff}")
    blocking = 1.0
    for n in range(1, staff + 1):
        blocking = load * blocking / (n + load * blocking)
    return blocking


def erlang_c(load: float, staff: int) -> float:
    """The chance that an arriving visitor has to wait (Erlang C).

    1.0 when the staff cannot keep up (``staff <= load``): the queue then grows without
    end, and every visitor waits.
    """
    if staff <= load:
        return 1.0
    if load == 0:
        return 0.0
    blocking = erlang_b(load, staff)
    return staff * blocking / (staff - load * (1 - blocking))


@dataclass(frozen=True)
class Staffing:
    """What ``staff`` counters give for one service in one hour."""

    staff: int
    load: float  # erlangs
    chance_of_waiting: float
    mean_wait_minutes: float  # math.inf when the staff cannot keep up
    share_within_target: float
    occupancy: float  # the share of the staff's time spent serving (at most 1)


def staffing(
    arrivals_per_hour: float, service_minutes: float, staff: int, target_wait_minutes: float
) -> Staffing:
    """Erlang C's figures for ``staff`` counters (docs in the module)."""
    _check_non_negative(target_wait_minutes=target_wait_minutes)
    load = offered_load(arrivals_per_hour, service_minutes)
    if staff <= load:
        return Staffing(staff, load, 1.0, math.inf, 0.0, 1.0 if staff else 0.0)
    if load == 0:
        return Staffing(staff, load, 0.0, 0.0, 1.0, 0.0)
    waits = erlang_c(load, staff)
    spare = staff - load
    mean_wait = waits * service_minutes / spare
    within = 1 - waits * math.exp(-spare * target_wait_minutes / service_minutes)
    return Staffing(staff, load, waits, mean_wait, max(0.0, min(1.0, within)), load / staff)


def staff_needed(
    arrivals_per_hour: float,
    service_minutes: float,
    target_wait_minutes: float,
    share_within_target: float = 0.8,
) -> Staffing:
    """The fewest staff who serve ``share_within_target`` of visitors within the target.

    No arrivals need no staff. Raises ValueError for a share outside (0, 1) or a load no
    shared desk could staff (more than :data:`MOST_STAFF` counters).
    """
    if not 0 < share_within_target < 1:
        raise ValueError(
            f"the share within target must be between 0 and 1, not {share_within_target}"
        )
    load = offered_load(arrivals_per_hour, service_minutes)
    if load == 0:
        return staffing(arrivals_per_hour, service_minutes, 0, target_wait_minutes)
    for staff in range(max(1, math.floor(load) + 1), MOST_STAFF + 1):
        figures = staffing(arrivals_per_hour, service_minutes, staff, target_wait_minutes)
        if figures.share_within_target >= share_within_target:
            return figures
    raise ValueError(
        f"{arrivals_per_hour:g} arrivals an hour of {service_minutes:g} minutes each need "
        f"more than {MOST_STAFF} counters"
    )


# ------------------------------------------------------------------ forecast
def seasonal_forecast(history: Mapping[Slot, Sequence[int]], weeks: int = 6) -> dict[Slot, float]:
    """Arrivals expected per (weekday, hour): the mean of the last ``weeks`` counts of that
    slot in ``history`` (oldest first). A slot with no history is left out."""
    if weeks < 1:
        raise ValueError(f"weeks must be 1 or more, not {weeks}")
    forecast: dict[Slot, float] = {}
    for slot, counts in history.items():
        recent = list(counts)[-weeks:]
        if recent:
            forecast[slot] = sum(recent) / len(recent)
    return forecast


@dataclass(frozen=True)
class ForecastError:
    """How far a forecast was from what came, over the slots both have."""

    slots: int
    mean_absolute: float  # visitors per slot
    # Absolute errors over all slots / arrivals in all slots (weighted, so quiet hours
    # with one visitor do not dominate as they would in a mean of percentages).
    weighted_percentage: float | None  # None when nobody came


def forecast_error(forecast: Mapping[Slot, float], actual: Mapping[Slot, int]) -> ForecastError:
    slots = [slot for slot in forecast if slot in actual]
    if not slots:
        return ForecastError(0, 0.0, None)
    errors = [abs(forecast[slot] - actual[slot]) for slot in slots]
    arrived = sum(actual[slot] for slot in slots)
    return ForecastError(
        len(slots),
        sum(errors) / len(slots),
        100 * sum(errors) / arrived if arrived else None,
    )


def slots_of(counts: Iterable[tuple[Slot, int]]) -> dict[Slot, list[int]]:
    """Group (slot, count) pairs, oldest first, into the history :func:`seasonal_forecast` reads."""
    history: dict[Slot, list[int]] = {}
    for slot, count in counts:
        history.setdefault(slot, []).append(count)
    return history


def _check_non_negative(**values: float) -> None:
    for name, value in values.items():
        if not (value >= 0) or math.isinf(value):  # also NaN
            raise ValueError(
                f"{name.replace('_', ' ')} must be a finite number of 0 or more, not {value}"
            )
