"""A visit's services are numbered as the visitor lives them: a step a transfer
replaced (or a dropped one) is struck out without a number, and "service 1 of 2" counts
only what the visitor still goes through. The snapshot's SQL, the change feed's rows,
the visit zone and the command line say the same."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication
from queue_kit import actor, at, fresh_desk, minutes, supervisor

from console.core.queue import StepState
from console.desk.console_model import waiting_rows
from console.desk.desk import Desk
from console.desk.feed import LiveDesk
from console.store.database import Database
from console.ui.queue.visit_zone import VisitZone


@pytest.fixture
def desk(database: Database) -> Desk:
    return fresh_desk(database)


def waiting_step(desk: Desk, ticket: str) -> tuple[int, int]:
    """(number, of how many) of the ticket's waiting step, as the snapshot reads it."""
    snapshot = desk.snapshot(actor=supervisor(desk))
    (step,) = [s for s in snapshot.waiting if s.ticket_number == ticket]
    return step.position, step.step_count


def test_a_transferred_single_service_is_service_1_of_1(desk: Desk, qapp: QApplication) -> None:
    start = at(10)
    visit = desk.queue.issue(["pori-general"], now=start)
    aino = actor(desk, "aino.virtanen", "T1")
    live = LiveDesk(desk.database, actor=supervisor(desk))
    live.start()
    called = desk.queue.call_next(aino, now=start + minutes(5))
    assert called is not None
    moved = desk.queue.transfer(
        aino, called.step.step_id, service_code="kela-family", now=start + minutes(8)
    )
    # The snapshot: nothing follows, so not "service 1 of 2".
    assert waiting_step(desk, visit.ticket_number) == (1, 1)
    # The change feed's rows say the same as the snapshot.
    delta = live.delta()
    assert delta is not None
    changed, _removed = waiting_rows(delta.steps)
    (row,) = [r for r in changed if r.step_id == moved.step_id]
    assert (row.position, row.step_count) == (1, 1)
    # The visit zone: the replaced step struck out without a number, the new one "1."
    steps = desk.queue.visit_steps(supervisor(desk), [visit.visit_id])
    zone = VisitZone()
    zone.show_visit(steps, {s.id: s for s in desk.snapshot(actor=supervisor(desk)).services})
    rows = zone.step_model.rows()
    texts = [r.text for r in rows]
    assert [t.split(".")[0] for t in texts if t[0].isdigit()] == ["1"], texts
    struck = [r for r in rows if r.struck]
    assert len(struck) == 1
    assert not struck[0].text.lstrip()[0].isdigit()
    assert [s.state for s in steps].count(StepState.TRANSFERRED) == 1
    zone.deleteLater()


def test_a_transfer_in_a_three_service_visit_keeps_the_others_numbers(desk: Desk) -> None:
    start = at(10)
    visit = desk.queue.issue(["pori-general", "kela-family", "vero-taxcard"], now=start)
    aino = actor(desk, "aino.virtanen", "T1")
    called = desk.queue.call_next(aino, now=start + minutes(5))
    assert called is not None
    # The first service goes to another one: it is still the first of three.
    desk.queue.transfer(aino, called.step.step_id, service_code="pori-housing", now=at(10, 8))
    assert waiting_step(desk, visit.ticket_number) == (1, 3)
