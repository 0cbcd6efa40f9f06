"""Reading the floor for a supervisor, mixed into :class:`console.store.queries.Tx`."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from console.core.floor import BackOfficeTrouble, Held, Presence
from console.store.models import (
    Agency,
    BackOfficeState,
    Consultation,
    Counter,
    DeskSession,
    Service,
    Staff,
    Visit,
    VisitStep,
)
from console.store.skill_queries import desk_day

# A console not heard from for this long is "away"; after this much, the counter closed.
STALE = timedelta(minutes=3)
GONE = timedelta(minutes=30)


class FloorTx:
    """Who is at which counter, what they hold, what was served today."""

    _session: Session
    skill_codes_on: Callable[..., dict[int, list[str]]]  # SkillTx's, in the same Tx

    def presence(self, now: datetime) -> list[Presence]:
        """The newest open session of each counter heard from in the last half hour."""
        session = self._session
        rows = session.execute(
            select(
                DeskSession.counter_id,
                DeskSession.staff_id,
                DeskSession.last_seen_at,
                Staff.full_name,
            )
            .join(Staff, Staff.id == DeskSession.staff_id)
            .where(DeskSession.signed_out_at.is_(None), DeskSession.last_seen_at >= now - GONE)
            .order_by(DeskSession.counter_id, DeskSession.last_seen_at.desc())
        ).all()
        newest: dict[int, tuple[int, datetime, str]] = {}
        for counter_id, staff_id, seen, name in rows:
            newest.setdefault(counter_id, (staff_id, seen, name))
        skills: dict[int, list[str]] = {}
        if newest:
            skills = self.skill_codes_on(desk_day(now), (entry[0] for entry in newest.values()))
        return [
            Presence(
                counter_id=counter_id,
                staff_name=name,
                skills=tuple(sorted(skills.get(staff_id, ()))),
                last_seen_at=seen,
                stale=seen < now - STALE,
                staff_id=staff_id,
            )
            for counter_id, (staff_id, seen, name) in newest.items()
        ]

    def held_steps(self) -> list[Held]:
        """Tickets called or being served at a counter (parked ones aside)."""
        rows = self._session.execute(
            select(
                VisitStep.counter_id,
                Visit.ticket_number,
                Service.code,
                VisitStep.state,
                VisitStep.called_at,
                Staff.full_name,
                VisitStep.id,
            )
            .join(Visit, Visit.id == VisitStep.visit_id)
            .join(Service, Service.id == VisitStep.service_id)
            .outerjoin(Staff, Staff.id == VisitStep.staff_id)
            .where(
                VisitStep.state.in_(("called", "serving")),
                VisitStep.counter_id.is_not(None),
                VisitStep.parked_at.is_(None),
            )
            .order_by(VisitStep.called_at)
        )
        return [
            Held(counter_id, ticket, code, state, called_at, name or "", step_id)
            for counter_id, ticket, code, state, called_at, name, step_id in rows
            if counter_id is not None and called_at is not None
        ]

    def served_since(self, since: datetime, site_id: int | None = None) -> dict[str, int]:
        """Steps served since ``since`` per service code (with ``site_id``: at the office)."""
        query = (
            select(Service.code, func.count())
            .join(VisitStep, VisitStep.service_id == Service.id)
            .where(VisitStep.state == "done", VisitStep.finished_at >= since)
            .group_by(Service.code)
        )
        if site_id is not None:
            query = query.where(VisitStep.site_id == site_id)
        rows = self._session.execute(query)
        return {code: int(count) for code, count in rows}

    def open_consultations(self) -> dict[str, int]:
        rows = self._session.execute(
            select(Agency.code, func.count())
            .join(Consultation, Consultation.agency_id == Agency.id)
            .where(Consultation.state == "open")
            .group_by(Agency.code)
        )
        return {code: int(count) for code, count in rows}

    # ------------------------------------------------------------ back offices
    def session_holder(self, session_id: int) -> int | None:
        """The staff id of desk session ``session_id`` (None: there is none)."""
        return self._session.scalar(
            select(DeskSession.staff_id).where(DeskSession.id == session_id)
        )

    def set_back_office(
        self, session_id: int, plugin_id: str, agency_code: str, health: str, now: datetime
    ) -> bool:
        """What one console finds of a plugin's back office: ``slow`` or ``down`` is kept
        (since when it first was so), anything else removes the row. Whether it changed."""
        session = self._session
        row = session.get(BackOfficeState, (session_id, plugin_id))
        if health not in ("slow", "down"):
            if row is None:
                return False
            session.delete(row)
            session.flush()
            return True
        if row is not None and row.health == health:
            return False
        if row is None:
            session.add(
                BackOfficeState(
                    session_id=session_id,
                    plugin_id=plugin_id,
                    agency_code=agency_code,
                    health=health,
                    since=now,
                )
            )
        else:
            row.health, row.since = health, now
        session.flush()
        return True

    def back_office_troubles(self, now: datetime) -> list[BackOfficeTrouble]:
        """Back offices that consoles heard from lately find slow or down."""
        rows = self._session.execute(
            select(
                BackOfficeState.agency_code,
                BackOfficeState.plugin_id,
                BackOfficeState.health,
                BackOfficeState.since,
                Counter.code,
            )
            .join(DeskSession, DeskSession.id == BackOfficeState.session_id)
            .join(Counter, Counter.id == DeskSession.counter_id)
            .where(DeskSession.signed_out_at.is_(None), DeskSession.last_seen_at >= now - STALE)
            .order_by(BackOfficeState.since, Counter.code)
        )
        return [
            BackOfficeTrouble(agency, plugin, health, since, counter)
            for agency, plugin, health, since, counter in rows
        ]
