"""Reading the queue's history for the reports, mixed into :class:`console.store.queries.Tx`.

One lean query for the steps of the visits that arrived in the period (plain columns,
no ORM objects: a year of a busy desk is some 200,000 rows), the names it points at
read once, and two small counts for appointments and consultations. The counting is
``console.core.reports``'.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import Float, func, select
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import Session
from sqlalchemy.sql.functions import FunctionElement

from console.core.demo_history import HistoryVisit
from console.core.reports import StepRecord
from console.store.models import (
    Agency,
    Appointment,
    Consultation,
    Counter,
    Service,
    Site,
    Staff,
    Visit,
    VisitStep,
)


class epoch(FunctionElement[float]):  # noqa: N801 - an SQL function, named as one
    """A stored time as seconds since the epoch (UTC), computed by the database: a
    year's history is some 600,000 times, far cheaper as numbers than as datetimes."""

    type = Float()
    name = "epoch"
    inherit_cache = True


@compiles(epoch, "postgresql")
def _epoch_postgresql(element: epoch, compiler: Any, **kw: Any) -> str:
    return f"date_part('epoch', {compiler.process(element.clauses, **kw)})"


@compiles(epoch, "sqlite")
def _epoch_sqlite(element: epoch, compiler: Any, **kw: Any) -> str:
    # Stored as naive UTC text (console.store.types); julianday() reads it as a day
    # number whose float is off by up to some 40 microseconds (the report's slots allow
    # for that: console.core.reports._Slots). round() here cost a fifth of the read.
    return f"(julianday({compiler.process(element.clauses, **kw)}) - 2440587.5) * 86400.0"


_STEPS = (
    select(
        VisitStep.visit_id,
        VisitStep.id,
        VisitStep.service_id,
        VisitStep.state,
        epoch(VisitStep.queued_at),
        epoch(VisitStep.called_at),
        epoch(VisitStep.finished_at),
        VisitStep.counter_id,
        VisitStep.staff_id,
        VisitStep.transferred_from_id,
        epoch(Visit.created_at),
        Visit.life_event,
    )
    .join(Visit, Visit.id == VisitStep.visit_id)
    .order_by(VisitStep.visit_id, VisitStep.position, VisitStep.id)
)


class ReportTx:
    """The history the reports count."""

    _session: Session

    def step_history(
        self, start: datetime, end: datetime, site_id: int | None = None
    ) -> list[StepRecord]:
        """Every step of the visits that arrived from ``start`` up to (not including)
        ``end``; with ``site_id`` at that office only."""
        session = self._session
        services = {
            row.id: (row.code, row.agency, row.target)
            for row in session.execute(
                select(
                    Service.id,
                    Service.code,
                    Agency.code.label("agency"),
                    Service.target_wait_minutes.label("target"),
                ).join(Agency, Agency.id == Service.agency_id)
            )
        }
        counters = {row[0]: row[1] for row in session.execute(select(Counter.id, Counter.code))}
        staff = {row[0]: row[1] for row in session.execute(select(Staff.id, Staff.username))}
        query = _STEPS.where(Visit.created_at >= start, Visit.created_at < end)
        if site_id is not None:
            query = query.where(Visit.site_id == site_id)
        rows = session.connection().execute(query).all()
        counter_of = counters.get
        staff_of = staff.get
        records: list[StepRecord] = []
        add = records.append
        previous_visit: int | None = None
        previous_end: float | None = None
        for (
            visit,
            step,
            service_id,
            state,
            queued,
            called,
            finished,
            counter,
            person,
            _transferred_from,
            arrived,
            life_event,
        ) in rows:
            # A step could be called from its queueing; a later step of the visit (its
            # next service, or the step a transfer made, which comes right after the
            # transferred one in this order) from the end of the step before it.
            since = queued
            if visit == previous_visit and previous_end is not None and previous_end > queued:
                since = previous_end
            previous_visit, previous_end = visit, finished
            service, agency, target = services[service_id]
            add(
                StepRecord(
                    visit,
                    step,
                    service,
                    agency,
                    target,
                    state,
                    arrived,
                    since,
                    called,
                    finished,
                    counter_of(counter) if counter is not None else None,
                    staff_of(person) if person is not None else None,
                    life_event is not None,
                )
            )
        return records

    def agency_codes(self) -> list[str]:
        return list(self._session.scalars(select(Agency.code).order_by(Agency.code)))

    def appointment_states(self, start: datetime, end: datetime) -> list[str]:
        return list(
            self._session.scalars(
                select(Appointment.state).where(
                    Appointment.starts_at >= start, Appointment.starts_at < end
                )
            )
        )

    def consultation_times(
        self, start: datetime, end: datetime
    ) -> list[tuple[datetime, datetime | None]]:
        rows = self._session.execute(
            select(Consultation.requested_at, Consultation.accepted_at).where(
                Consultation.requested_at >= start, Consultation.requested_at < end
            )
        )
        return [(row[0], row[1]) for row in rows]


class HistoryTx:
    """Writing the demo's made-up history (``console.core.demo_history``)."""

    _session: Session

    def has_visits_before(self, moment: datetime) -> bool:
        return (
            self._session.scalar(select(Visit.id).where(Visit.created_at < moment).limit(1))
            is not None
        )

    def add_history(self, visits: list[HistoryVisit]) -> int:
        """Insert finished visits and their steps; return how many steps."""
        session = self._session
        services = {row[0]: row[1] for row in session.execute(select(Service.code, Service.id))}
        counters = {row[0]: row[1] for row in session.execute(select(Counter.code, Counter.id))}
        sites = {
            code: site for code, site in session.execute(select(Counter.code, Counter.site_id))
        }
        first_site = session.scalar(select(func.min(Site.id)))
        staff = {row[0]: row[1] for row in session.execute(select(Staff.username, Staff.id))}
        steps = 0
        for visit in visits:
            made = Visit(
                # The office of the counter that served it first.
                site_id=next(
                    (sites[s.counter] for s in visit.steps if s.counter in sites), first_site
                ),
                ticket_day=visit.day,
                ticket_number=visit.number,
                language=visit.language,
                source="kiosk",
                created_at=visit.created_at,
                life_event=visit.life_event,
            )
            session.add(made)
            session.flush()
            ids: list[int] = []
            positions: list[int] = []
            for step in visit.steps:
                # A transfer takes the place of the step it came from (as the queue does).
                if step.transferred_from is not None:
                    position = positions[step.transferred_from]
                else:
                    position = max(positions, default=0) + 1
                positions.append(position)
                row = VisitStep(
                    visit_id=made.id,
                    site_id=made.site_id,
                    position=position,
                    service_id=services[step.service],
                    state=step.state,
                    queued_at=step.queued_at,
                    priority=made.priority,
                    appointment_at=made.appointment_at,
                    called_at=step.called_at,
                    finished_at=step.finished_at,
                    counter_id=counters.get(step.counter),
                    staff_id=staff.get(step.staff),
                    transferred_from_id=ids[step.transferred_from]
                    if step.transferred_from is not None
                    else None,
                )
                session.add(row)
                session.flush()
                ids.append(row.id)
                steps += 1
        return steps
