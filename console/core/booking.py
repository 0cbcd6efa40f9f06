"""Booking an appointment: the time the console offers first, and which bookings the
same visitor already has (a second booking of the same service on the same day is
asked about, not refused: two family members may share a name)."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime, timedelta

from console.core.records import AppointmentInfo

# Appointments are offered on the quarter hour, at least this far ahead: time to reach
# the desk, and never a time that is already past when the booking is saved.
SLOT = timedelta(minutes=15)
LEAD = timedelta(minutes=15)


def first_free_slot(now: datetime, taken: Iterable[datetime]) -> datetime:
    """The first quarter hour at least :data:`LEAD` after ``now`` that no booking of the
    service takes (``now`` and ``taken`` in the desk's time zone)."""
    earliest = now + LEAD
    slot = earliest.replace(minute=0, second=0, microsecond=0)
    while slot < earliest:
        slot += SLOT
    busy = {moment.replace(second=0, microsecond=0) for moment in taken}
    while slot in busy:
        slot += SLOT
    return slot


def same_visitor_same_day(
    appointments: Iterable[AppointmentInfo], service_code: str, name: str | None, day: datetime
) -> list[AppointmentInfo]:
    """Bookings still open of ``service_code`` on ``day``'s date for a visitor of the same
    name (case and spacing aside); none for a booking without a name."""
    wanted = " ".join((name or "").split()).casefold()
    if not wanted:
        return []
    return [
        appointment
        for appointment in appointments
        if appointment.state == "booked"
        and appointment.service_code == service_code
        and appointment.starts_at.astimezone(day.tzinfo).date() == day.date()
        and " ".join((appointment.visitor_name or "").split()).casefold() == wanted
    ]
