"""A small history of the queue whose every figure the report tests work out by hand
(tests/test_reports.py's docstring tells it)."""

from __future__ import annotations

from datetime import date, datetime

from queue_kit import fresh_desk

from console.core.queue import DESK_TIMEZONE
from console.desk.desk import Desk
from console.store.database import Database
from console.store.models import Counter, Service, Site, Staff, Visit, VisitStep

MONDAY = date(2026, 11, 2)
TUESDAY = date(2026, 11, 3)


def _at(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2026, 11, day, hour, minute, tzinfo=DESK_TIMEZONE)


def seed_history(database: Database) -> Desk:
    """The demo desk and the history of tests/test_reports.py's docstring."""
    desk = fresh_desk(database)
    with database.session() as session:
        service = {s.code: s for s in session.query(Service)}
        for code in ("kela-general", "vero-taxcard"):
            service[code].target_wait_minutes = 20
        counter = {c.code: c.id for c in session.query(Counter)}
        staff = {s.username: s.id for s in session.query(Staff)}
        office = min(row.id for row in session.query(Site))

        def visit(number: str, day: int, hour: int, minute: int, **extra: object) -> Visit:
            made = Visit(
                site_id=office,
                ticket_day=date(2026, 11, day),
                ticket_number=number,
                language="fi",
                source="kiosk",
                created_at=_at(day, hour, minute),
                **extra,
            )
            session.add(made)
            session.flush()
            return made

        def step(
            of: Visit,
            position: int,
            code: str,
            state: str,
            called: datetime | None = None,
            finished: datetime | None = None,
            at: str | None = None,
            by: str | None = None,
            transferred_from: VisitStep | None = None,
        ) -> VisitStep:
            made = VisitStep(
                visit_id=of.id,
                site_id=of.site_id,
                position=position,
                service_id=service[code].id,
                state=state,
                queued_at=of.created_at,
                called_at=called,
                finished_at=finished,
                counter_id=counter[at] if at else None,
                staff_id=staff[by] if by else None,
                transferred_from_id=transferred_from.id if transferred_from else None,
            )
            session.add(made)
            session.flush()
            return made

        v1 = visit("K001", 2, 9, 0)
        step(v1, 1, "kela-general", "done", _at(2, 9, 10), _at(2, 9, 25), "T1", "aino.virtanen")
        v2 = visit("K002", 2, 9, 5)
        step(v2, 1, "kela-general", "done", _at(2, 9, 30), _at(2, 9, 40), "T1", "aino.virtanen")
        step(v2, 2, "vero-taxcard", "done", _at(2, 9, 50), _at(2, 10, 10), "T1", "aino.virtanen")
        v3 = visit("K003", 2, 10, 0)
        step(v3, 1, "kela-general", "no_show", _at(2, 10, 40), _at(2, 10, 45), "T2", "jukka.niemi")
        v4 = visit("K004", 2, 10, 30)
        moved = step(
            v4,
            1,
            "kela-general",
            "transferred",
            _at(2, 10, 35),
            _at(2, 10, 38),
            "T2",
            "jukka.niemi",
        )
        step(
            v4,
            1,
            "vero-taxcard",
            "done",
            _at(2, 10, 50),
            _at(2, 11, 0),
            "T2",
            "jukka.niemi",
            transferred_from=moved,
        )
        v5 = visit("K001", 3, 12, 0, life_event="moving-to-pori")
        step(v5, 1, "kela-general", "cancelled")
        v6 = visit("V001", 5, 9, 0)
        step(v6, 1, "vero-taxcard", "done", _at(5, 9, 5), _at(5, 9, 35), "T1", "aino.virtanen")
    return desk
