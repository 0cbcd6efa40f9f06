"""Whether a service is open now, and when it opens next (the kiosk, the desk's check).

A service keeps its own opening hours, or else follows the desk's; neither set means
always open. Times are the desk's local time (Europe/Helsinki): a kiosk PC set to
another zone still opens and closes with the office.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime, timedelta

from console.core.hours import HoursError, OpeningHours, hours_from_text
from console.core.queue import local_time
from console.core.records import ServiceInfo


def hours_of(service: ServiceInfo, desk_hours: str | None) -> OpeningHours | None:
    """The hours that apply to ``service``; ``None``: always open."""
    text = service.hours if service.hours is not None else desk_hours
    try:
        return hours_from_text(text)
    except HoursError:
        # Stored hours are canonical; unreadable ones must not close the desk.
        return None


def is_open(service: ServiceInfo, desk_hours: str | None, now: datetime) -> bool:
    """Whether ``service`` takes visitors at ``now`` (any time zone): within its hours,
    and not closed for new tickets by a supervisor."""
    if service.tickets_closed:
        return False
    hours = hours_of(service, desk_hours)
    return hours is None or hours.is_open(local_time(now))


def next_opening(hours: OpeningHours, now: datetime) -> datetime | None:
    """When ``hours`` next open after ``now``, in the desk's local time; ``None``
    when they never do (closed every day)."""
    local = local_time(now)
    for offset in range(8):
        day = local.date() + timedelta(days=offset)
        for span in hours.week[day.weekday()]:
            opens = datetime.combine(day, span.opens, tzinfo=local.tzinfo)
            if opens > local:
                return opens
    return None


def closed_services(
    services: Iterable[ServiceInfo], desk_hours: str | None, now: datetime
) -> list[ServiceInfo]:
    """Those of ``services`` that are closed at ``now``."""
    return [service for service in services if not is_open(service, desk_hours, now)]
