"""Use cases of appointments: book, list a day's bookings, check in (at the kiosk or
the lobby), cancel or mark that the visitor did not come."""

from __future__ import annotations

import secrets
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from console.core.identity import clean_visitor_name
from console.core.permissions import Permission
from console.core.queue import DESK_TIMEZONE, Language, utc_now
from console.core.records import AppointmentInfo, IssuedTicket
from console.core.text import QT_TRANSLATE_NOOP
from console.desk.issuing import IssuingDesk
from console.desk.permits import require
from console.desk.queue_base import desk_time, queue_error
from console.store.queries import Tx, transaction

if TYPE_CHECKING:
    from console.desk.queue import Actor

BOOKING_ALPHABET = "ACDEFHJKLMNPRTUVWXY3479"  # no look-alikes: 0/O, 1/I, 5/S, 8/B
CHECK_IN_EARLY = timedelta(hours=2)
CHECK_IN_LATE = timedelta(minutes=30)


class AppointmentDesk(IssuingDesk):
    """Booked appointments; a check-in issues their ticket (part of
    :class:`console.desk.queue.QueueDesk`)."""

    # ------------------------------------------------------------ appointments
    def book(
        self,
        actor: Actor | None,
        service_code: str,
        starts_at: datetime,
        *,
        visitor_name: str | None = None,
        language: Language = Language.FI,
        video_url: str | None = None,
        now: datetime | None = None,
    ) -> AppointmentInfo:
        now = now or utc_now()
        require(actor, Permission.MANAGE_WAITING)
        if starts_at.tzinfo is None:
            raise ValueError("appointment times must be timezone-aware")
        if starts_at < now - CHECK_IN_LATE:
            raise queue_error(QT_TRANSLATE_NOOP("Queue", "That time has already passed."))
        with transaction(self.database) as tx:
            site_id = self.office.id_in(tx)
            if site_id is None:
                raise queue_error(
                    QT_TRANSLATE_NOOP("Queue", "The desk is not set up yet. Ask IT to set it up.")
                )
            service = self._services(tx, [service_code], site_id)[0]
            code = self._new_booking_code(tx)
            tx.add_appointment(
                site_id=site_id,
                service_id=service.id,
                starts_at=starts_at,
                booking_code=code,
                visitor_name=clean_visitor_name(visitor_name),
                language=language,
                now=now,
                staff_id=actor.staff_id if actor else None,
                video_url=video_url,
            )
            booked = tx.appointment_by_code(code)
        assert booked is not None
        return booked

    @staticmethod
    def _new_booking_code(tx: Tx) -> str:
        while True:
            code = "".join(secrets.choice(BOOKING_ALPHABET) for _ in range(6))
            if not tx.booking_code_taken(code):
                return code

    def appointments_on(self, actor: Actor, day: datetime) -> list[AppointmentInfo]:
        require(actor, Permission.READ_QUEUE)
        start = day.astimezone(DESK_TIMEZONE).replace(hour=0, minute=0, second=0, microsecond=0)
        with transaction(self.database) as tx:
            return tx.appointments_between(start, start + timedelta(days=1), self.office.id_in(tx))

    def check_in(
        self, booking_code: str, *, now: datetime | None = None, actor: Actor | None = None
    ) -> IssuedTicket:
        """Turn a booked appointment into a visit that goes first when it is due.
        Without ``actor`` it is the anonymous lobby (a kiosk without an account)."""
        require(actor, Permission.CHECK_IN)
        now = now or utc_now()
        code = booking_code.strip().upper().replace(" ", "")
        # One transaction, the booking locked: eight kiosks checking in the same code
        # at once give one ticket and seven clear refusals.
        with transaction(self.database) as tx:
            return self._check_in_locked(tx, code, now)

    def _check_in_locked(self, tx: Tx, code: str, now: datetime) -> IssuedTicket:
        appointment = tx.appointment_by_code(code, lock=True)
        if appointment is None:
            raise queue_error(
                QT_TRANSLATE_NOOP(
                    "Queue",
                    "No appointment with booking code {code}. Check the code or ask at the lobby.",
                ),
                code=code,
            )
        if appointment.state != "booked":
            raise queue_error(
                QT_TRANSLATE_NOOP(
                    "Queue", "The appointment {code} has already been checked in or cancelled."
                ),
                code=code,
            )
        office = self.office.id_in(tx)
        if appointment.site_id is not None and office is not None and appointment.site_id != office:
            names = tx.site_names(appointment.site_id)
            raise queue_error(
                QT_TRANSLATE_NOOP(
                    "Queue",
                    "The appointment {code} is booked at {office}. Please check in there, or ask "
                    "at the lobby.",
                ),
                code=code,
                office=names.get(appointment.language.value) if names else "",
            )
        if now < appointment.starts_at - CHECK_IN_EARLY:
            raise queue_error(
                QT_TRANSLATE_NOOP(
                    "Queue",
                    "The appointment {code} is at {time}; check in at most two hours before.",
                ),
                code=code,
                time=desk_time(appointment.starts_at).strftime("%d.%m. %H:%M"),
            )
        if now > appointment.starts_at + CHECK_IN_LATE:
            raise queue_error(
                QT_TRANSLATE_NOOP(
                    "Queue",
                    "The appointment {code} was at {time}; please take a queue ticket instead.",
                ),
                code=code,
                time=desk_time(appointment.starts_at).strftime("%H:%M"),
            )
        ticket = self._issue_in(
            tx,
            [appointment.service_code],
            language=appointment.language,
            priority=None,
            visitor_name=appointment.visitor_name,
            source="appointment",
            actor=None,
            life_event=None,
            appointment_at=appointment.starts_at,
            now=now,
        )
        tx.mark_appointment(appointment.id, "checked_in", ticket.visit_id)
        return ticket

    def close_appointment(
        self, actor: Actor, booking_code: str, state: str, *, now: datetime | None = None
    ) -> AppointmentInfo:
        """Cancel a booking, or mark that the visitor did not come."""
        if state not in ("cancelled", "no_show"):
            raise ValueError(state)
        require(actor, Permission.MANAGE_WAITING)
        code = booking_code.strip().upper()
        with transaction(self.database) as tx:
            appointment = tx.appointment_by_code(code, lock=True)
            if appointment is None:
                raise queue_error(
                    QT_TRANSLATE_NOOP("Queue", "No appointment with booking code {code}."),
                    code=code,
                )
            if appointment.state != "booked":
                raise queue_error(
                    QT_TRANSLATE_NOOP(
                        "Queue",
                        "The appointment {code} has already been checked in or cancelled.",
                    ),
                    code=code,
                )
            tx.mark_appointment(appointment.id, state)
            changed = tx.appointment_by_code(code)
        assert changed is not None
        return changed
