"""Many counters at once: every step called exactly once, every ticket number once.

Each worker thread opens its own :class:`Database` (its own connections), as
each console of an office does. On PostgreSQL the claim runs concurrently
(``FOR UPDATE SKIP LOCKED``); SQLite serialises writers (``BEGIN IMMEDIATE``,
10 s busy timeout), which these tests exercise just the same.
"""

from __future__ import annotations

import threading
import time
from collections import Counter
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import TypeVar

import pytest
from queue_kit import at, fresh_desk, minutes, supervisor
from sqlalchemy import func, select

from console.core.queue import DESK_TIMEZONE, StepState
from console.core.steps import StepAction
from console.desk.desk import Desk
from console.desk.errors import DeskError
from console.store.database import Database
from console.store.models import Service, Site, Visit, VisitStep

WORKERS = 8
STEPS = 2000
TICKETS_PER_WORKER = 100
# Eight people at eight counters; between them they serve every service below,
# and each serves at least one, so they compete for the same rows.
CALLERS = [
    ("aino.virtanen", "T1"),
    ("johanna.lindholm", "T2"),
    ("jukka.niemi", "T3"),
    ("riikka.laine", "T4"),
    ("tuomas.hakala", "T5"),
    ("emilia.saarinen", "T6"),
    ("paivi.lehtonen", "T7"),
    ("helena.gronroos", "T8"),
]
# A safety net, not a benchmark: a drain that cannot finish fails instead of hanging.
DRAIN_LIMIT_SECONDS = 90
SERVICES = ["kela-general", "dvv-population", "pori-general", "tyollisyys-jobseeker"]

T = TypeVar("T")


def in_parallel(work: Callable[[int], T]) -> list[T]:
    """``work(0)`` ... ``work(7)`` in eight threads released at the same moment."""
    start = threading.Barrier(WORKERS)

    def run(index: int) -> T:
        start.wait(timeout=30)
        return work(index)

    with ThreadPoolExecutor(WORKERS) as pool:
        futures = [pool.submit(run, index) for index in range(WORKERS)]
        return [future.result(timeout=300) for future in futures]


def fill_queue(database: Database, count: int) -> None:
    """``count`` one-step visits waiting, written in one transaction (test setup only)."""
    now = at(8)
    with database.session() as session:
        ids = {
            code: service_id
            for code, service_id in session.execute(select(Service.code, Service.id))
        }
        office = session.scalars(select(Site.id).order_by(Site.id)).first()  # the counters'
        session.add_all(
            Visit(
                site_id=office,
                ticket_day=now.astimezone(DESK_TIMEZONE).date(),
                ticket_number=f"Z{number:04d}",
                language="fi",
                source="kiosk",
                created_at=now + minutes(number / 100),
                steps=[
                    VisitStep(
                        site_id=office,
                        position=1,
                        service_id=ids[SERVICES[number % len(SERVICES)]],
                        state=StepState.WAITING.value,
                        queued_at=now + minutes(number / 100),
                        recalls=0,
                        changed_at=now,
                    )
                ],
            )
            for number in range(1, count + 1)
        )


@pytest.mark.slow
def test_eight_counters_drain_the_queue_calling_each_step_exactly_once(
    database: Database,
) -> None:
    fresh_desk(database)
    fill_queue(database, STEPS)
    url = database.url.render_as_string(hide_password=False)
    stop_at = time.monotonic() + DRAIN_LIMIT_SECONDS
    errors: list[BaseException] = []

    def drain(index: int) -> list[tuple[int, int, int]]:
        own = Database(url)  # a console of its own: separate connections
        claimed: list[tuple[int, int, int]] = []
        try:
            desk = Desk(own)
            me = desk.sign_in_by_username(*CALLERS[index]).actor
            while time.monotonic() < stop_at:
                called = desk.queue.call_next(me)
                if called is None:
                    break
                claimed.append((called.step.step_id, me.staff_id, me.counter_id))
                assert called.service.code in me.skills
                desk.queue.act(me, called.step.step_id, StepAction.FINISH)
        except Exception as error:  # reported below, with the claims so far
            errors.append(error)
        finally:
            own.dispose()
        return claimed

    claims = [claim for worker in in_parallel(drain) for claim in worker]

    twice = [step_id for step_id, count in Counter(c[0] for c in claims).items() if count > 1]
    assert twice == [], "steps handed to two counters"
    by_step = {step_id: (staff_id, counter_id) for step_id, staff_id, counter_id in claims}
    with database.session() as session:
        rows = session.execute(
            select(
                VisitStep.id,
                VisitStep.state,
                VisitStep.staff_id,
                VisitStep.counter_id,
                VisitStep.called_at,
            )
        ).all()
    assert len(rows) == STEPS
    for step_id, state, staff_id, counter_id, called_at in rows:
        if step_id in by_step:
            assert called_at is not None, step_id
            assert by_step[step_id] == (staff_id, counter_id), "the database names another caller"
        else:
            assert (state, staff_id, counter_id, called_at) == ("waiting", None, None, None)
    assert errors == [], f"{len(errors)} of {WORKERS} counters failed; first: {errors[0]!r}"
    assert len(claims) == STEPS, (
        f"only {len(claims)} of {STEPS} steps were called within {DRAIN_LIMIT_SECONDS} s"
    )
    assert {state for _, state, _, _, _ in rows} == {StepState.DONE.value}
    assert len({staff_id for _, staff_id, _ in claims}) > 1, "the counters took no turns"


@pytest.mark.slow
def test_eight_kiosks_issuing_at_once_hand_out_each_number_once(database: Database) -> None:
    fresh_desk(database)
    url = database.url.render_as_string(hide_password=False)
    now = at(10)

    def issue(_index: int) -> list[str]:
        own = Database(url)
        try:
            desk = Desk(own)
            return [
                desk.queue.issue(["pori-general"], source="kiosk", now=now).ticket_number
                for _ in range(TICKETS_PER_WORKER)
            ]
        finally:
            own.dispose()

    tickets = [ticket for worker in in_parallel(issue) for ticket in worker]

    expected = {f"C{number:03d}" for number in range(1, WORKERS * TICKETS_PER_WORKER + 1)}
    assert len(tickets) == WORKERS * TICKETS_PER_WORKER
    assert set(tickets) == expected, "numbers must be distinct and contiguous from C001"
    with database.session() as session:
        stored = session.scalars(select(Visit.ticket_number)).all()
        waiting = session.scalar(
            select(func.count()).select_from(VisitStep).where(VisitStep.state == "waiting")
        )
    assert sorted(stored) == sorted(expected)
    assert waiting == WORKERS * TICKETS_PER_WORKER


def test_one_booking_checked_in_at_eight_kiosks_at_once_gives_one_ticket(
    database: Database,
) -> None:
    """Check-in is one use case: the same booking code must become one visit only."""
    desk = fresh_desk(database)
    url = database.url.render_as_string(hide_password=False)
    now = at(13)
    codes = [
        desk.queue.book(supervisor(desk), "kela-general", now + minutes(15), now=at(8)).booking_code
        for _ in range(5)
    ]

    def check_in(_index: int) -> tuple[list[str], list[str]]:
        own = Database(url)
        tickets, refusals = [], []
        try:
            kiosk = Desk(own)
            for code in codes:
                try:
                    tickets.append(kiosk.queue.check_in(code, now=now).ticket_number)
                except DeskError as refused:
                    refusals.append(str(refused))
        finally:
            own.dispose()
        return tickets, refusals

    results = in_parallel(check_in)
    tickets = [ticket for worker, _ in results for ticket in worker]
    refusals = [text for _, worker in results for text in worker]

    assert all("already been checked in" in text for text in refusals), refusals
    assert len(tickets) == len(codes), f"a booking became several visits: {sorted(tickets)}"
    with database.session() as session:
        visits = session.scalar(select(func.count()).select_from(Visit))
    assert visits == len(codes)
