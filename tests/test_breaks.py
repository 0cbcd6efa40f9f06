"""Breaks with a reason: taken at the counter, shown on the floor, counted in the reports."""

from __future__ import annotations

import pytest
from console_quit import quit_console
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QInputDialog
from pytestqt.qtbot import QtBot
from queue_kit import actor, at, fresh_desk, supervisor
from sqlalchemy import func, select

from console.core.breaks import BreakReason
from console.core.floor import CounterState
from console.core.reports import Dimension, Period
from console.core.steps import StepAction
from console.desk.desk import Desk
from console.desk.errors import DeskError
from console.store.database import Database
from console.store.models import ChangeLog, CounterBreak
from console.ui.console_window import ConsoleWindow


def changes(database: Database) -> int:
    with database.session() as session:
        return int(session.scalar(select(func.count()).select_from(ChangeLog)) or 0)


def test_a_break_is_taken_shown_on_the_floor_and_counted(database: Database) -> None:
    desk = fresh_desk(database)
    advisor = actor(desk, "aino.virtanen", "T1")
    session = desk.queue.open_session(advisor, now=at(11, 50))
    ticket = desk.queue.issue(["kela-general"], now=at(11, 50))
    desk.queue.call_next(advisor, now=at(11, 55))

    with pytest.raises(DeskError) as refused:
        desk.queue.start_break(advisor, BreakReason.LUNCH, now=at(12))
    assert f"{ticket.ticket_number} is at your counter" in str(refused.value)

    step = desk.queue.at_counter(advisor)[0]
    desk.queue.act(advisor, step.step_id, StepAction.FINISH, now=at(12))
    before = changes(database)
    started = desk.queue.start_break(advisor, BreakReason.LUNCH, now=at(12, 1))
    assert changes(database) > before  # the floor hears of it through the change feed
    again = desk.queue.start_break(advisor, BreakReason.COFFEE, now=at(12, 5))
    assert (again.reason, again.started_at) == (BreakReason.LUNCH, started.started_at)
    assert desk.queue.my_break(advisor) == started

    desk.queue.heartbeat(advisor, session, now=at(12, 30))
    floor = desk.floor.floor(supervisor(desk), now=at(12, 31))
    t1 = next(row for row in floor.counters if row.code == "T1")
    assert (t1.state, t1.break_reason, t1.minutes, t1.staff_name) == (
        CounterState.BREAK,
        BreakReason.LUNCH,
        30,
        "Aino Virtanen",
    )
    assert floor.staff_present == 0

    assert desk.queue.end_break(advisor, now=at(12, 31)) is True
    assert desk.queue.end_break(advisor, now=at(12, 32)) is False
    assert desk.queue.my_break(advisor) is None
    desk.queue.start_break(advisor, BreakReason.COFFEE, now=at(14))
    desk.queue.end_break(advisor, now=at(14, 10))

    day = at(12).date()
    report = desk.reports.report(supervisor(desk), day, day)
    assert report.extras["break_lunch_min"] == 30.0
    assert report.extras["break_coffee_min"] == 10.0
    assert report.extras["break_meeting_min"] == 0.0
    assert report.total.figures["break_min"] == 40.0

    # Per person and per counter: whose breaks they were; an agency's row has none.
    by_staff = desk.reports.report(supervisor(desk), day, day, dimension=Dimension.STAFF)
    assert {row.who: row.figures["break_min"] for row in by_staff.rows} == {"aino.virtanen": 40.0}
    by_hour = desk.reports.report(
        supervisor(desk), day, day, period=Period.HOUR, dimension=Dimension.COUNTER
    )
    assert {(row.period, row.who): row.figures["break_min"] for row in by_hour.rows} == {
        ("11", "T1"): 0.0,  # the visitor served before lunch
        ("12", "T1"): 30.0,
        ("14", "T1"): 10.0,
    }
    by_agency = desk.reports.report(supervisor(desk), day, day, dimension=Dimension.AGENCY)
    assert [row.figures["break_min"] for row in by_agency.rows] == [None]
    assert by_agency.total.figures["break_min"] == 40.0


def test_the_console_takes_a_break_and_call_next_ends_it(
    demo_database: Database, qtbot: QtBot
) -> None:
    desk = Desk(demo_database)
    signed_in = desk.sign_in_by_username("aino.virtanen", "T3")
    window = ConsoleWindow(desk, signed_in)
    qtbot.addWidget(window)
    window.resize(1440, 900)
    window.show()
    window.start()
    qtbot.waitUntil(lambda: window.queue_zone.service_model.rowCount() > 0, timeout=10_000)
    serving = window.serving
    assert serving.break_action.isVisible()
    assert not serving.back_action.isVisible()

    def choose_lunch() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, QInputDialog)
        assert dialog.labelText() == "What is the break for?"
        dialog.setTextValue("lunch")
        dialog.accept()

    QTimer.singleShot(0, choose_lunch)
    serving.break_action.trigger()
    qtbot.waitUntil(lambda: window.status.break_label.isVisible(), timeout=10_000)
    assert window.status.break_label.text().startswith("On a break (lunch) since ")
    assert serving.back_action.isVisible()
    assert not serving.break_action.isVisible()
    with demo_database.session() as session:
        (row,) = session.scalars(select(CounterBreak)).all()
        assert (row.reason, row.ended_at) == ("lunch", None)

    # A console started later (a restart) shows the break going on.
    again = ConsoleWindow(desk, signed_in)
    qtbot.addWidget(again)
    again.start()
    qtbot.waitUntil(lambda: again.status.break_label.text() != "", timeout=10_000)
    assert again.serving.on_break is not None
    quit_console(again)

    serving.call_next_action.trigger()
    # The change feed may show the called ticket a moment before the call's own answer
    # ends the break on screen (call next commits in one statement on PostgreSQL).
    qtbot.waitUntil(
        lambda: serving.current is not None and not window.status.break_label.isVisible(),
        timeout=10_000,
    )
    with demo_database.session() as session:
        (row,) = session.scalars(select(CounterBreak)).all()
        assert row.ended_at is not None
    assert desk.queue.my_break(signed_in.actor) is None
    quit_console(window)


def test_a_break_of_minutes_is_shown_in_the_floor_window_within_its_reads(
    database: Database, qtbot: QtBot
) -> None:
    from console.ui.floor.window import FloorWindow

    desk = fresh_desk(database)
    advisor = actor(desk, "aino.virtanen", "T1")
    desk.queue.open_session(advisor)
    window = FloorWindow(desk, desk.sign_in_by_username("kaisa.mattila", None))
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.refreshed, timeout=20_000):
        window.start()
    desk.queue.start_break(advisor, BreakReason.BACK_OFFICE)
    window.refresh()  # as the change feed's wake-up does

    def t1_on_break() -> bool:
        rows = window.counter_model.rows()
        return any(r.code == "T1" and r.state is CounterState.BREAK for r in rows)

    qtbot.waitUntil(t1_on_break, timeout=10_000)
    index = next(i for i, r in enumerate(window.counter_model.rows()) if r.code == "T1")
    shown = window.counter_model.index(index, 2).data()
    assert shown == "on a break (back-office work)"
    window.close()
