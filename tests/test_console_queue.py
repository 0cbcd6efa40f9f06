"""Serving at the counter in the console, and two consoles following each other live."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from clicking import click
from console_quit import quit_console
from pytestqt.qtbot import QtBot
from qt_jobs import settle_background_jobs
from queue_kit import supervisor

from console.core.queue import StepState
from console.desk.desk import Desk
from console.store.database import Database
from console.store.queries import WAITING_LIST_LIMIT, transaction
from console.ui import console_window
from console.ui.console_window import ConsoleWindow


@pytest.fixture
def second_connection(demo_database: Database) -> Iterator[Database]:
    """Another console's own connection to the same database."""
    other = Database(demo_database.url.render_as_string(hide_password=False))
    yield other
    settle_background_jobs()
    other.dispose()


def open_console(qtbot: QtBot, database: Database, username: str, counter: str) -> ConsoleWindow:
    desk = Desk(database)
    window = ConsoleWindow(desk, desk.sign_in_by_username(username, counter))
    qtbot.addWidget(window)
    window.resize(1440, 900)
    window.show()
    window.start()
    qtbot.waitUntil(lambda: window.queue_zone.waiting_model.rowCount() > 0, timeout=10_000)
    qtbot.waitUntil(lambda: window.feed.state.value == "live", timeout=10_000)
    return window


def close(window: ConsoleWindow) -> None:
    quit_console(window)


def waiting_tickets(window: ConsoleWindow) -> list[str]:
    return [row.ticket_number for row in window.queue_zone.waiting_model.rows()]


def test_call_next_in_one_console_updates_the_other(
    qtbot: QtBot, demo_database: Database, second_connection: Database
) -> None:
    advisor = open_console(qtbot, demo_database, "aino.virtanen", "T1")
    guide = open_console(qtbot, second_connection, "mikael.sjoberg", "T8")
    resets: list[bool] = []
    guide.queue_zone.waiting_model.modelReset.connect(lambda: resets.append(True))
    before = waiting_tickets(guide)

    advisor.call_next_action.trigger()
    qtbot.waitUntil(lambda: advisor.serving.current is not None, timeout=10_000)
    called = advisor.serving.current
    assert called is not None
    assert called.state is StepState.CALLED
    assert advisor.queue_zone.ticket_panel.number.text() == called.ticket_number
    # The feed may show the called ticket at my counter a moment before the call's own
    # answer, which brings the reason why it was chosen: it follows.
    qtbot.waitUntil(lambda: advisor.queue_zone.ticket_panel.reason.text() != "", timeout=10_000)

    qtbot.waitUntil(lambda: called.ticket_number not in waiting_tickets(guide), timeout=15_000)
    assert len(waiting_tickets(guide)) == len(before) - 1
    assert resets == []
    close(advisor)
    close(guide)


def test_a_ticket_issued_elsewhere_appears_in_place(
    qtbot: QtBot, demo_database: Database, second_connection: Database
) -> None:
    window = open_console(qtbot, demo_database, "aino.virtanen", "T1")
    model = window.queue_zone.waiting_model
    inserted: list[int] = []
    model.rowsInserted.connect(lambda _parent, first, _last: inserted.append(first))
    ticket = Desk(second_connection).queue.issue(["kela-general"], visitor_name="Stina Grönqvist")
    qtbot.waitUntil(lambda: ticket.ticket_number in waiting_tickets(window), timeout=15_000)
    # The newest ticket waits least: it goes to the end of the list.
    assert inserted == [model.rowCount() - 1]
    assert model.row(model.rowCount() - 1).visitor_name == "Stina Grönqvist"
    close(window)


def test_serving_a_ticket_from_call_to_done(qtbot: QtBot, demo_database: Database) -> None:
    window = open_console(qtbot, demo_database, "aino.virtanen", "T1")
    serving = window.serving
    assert serving.call_next_action.isEnabled()
    assert not serving.finish_action.isEnabled()
    click(qtbot, serving.call_next_action)
    qtbot.waitUntil(lambda: serving.current is not None, timeout=10_000)
    assert not serving.call_next_action.isEnabled()
    assert serving.recall_action.isEnabled()
    called = serving.current.ticket_number if serving.current else ""
    qtbot.waitUntil(lambda: window.visit_zone.heading.text().startswith(called), timeout=10_000)
    assert window.visit_zone.step_model.rowCount() >= 1

    click(qtbot, serving.recall_action)
    qtbot.waitUntil(
        lambda: serving.current is not None and serving.current.recalls == 1, timeout=10_000
    )
    click(qtbot, serving.start_action)
    qtbot.waitUntil(
        lambda: serving.current is not None and serving.current.state is StepState.SERVING,
        timeout=10_000,
    )
    assert not serving.recall_action.isEnabled()
    ticket = serving.current.ticket_number if serving.current else ""

    click(qtbot, serving.finish_action)
    qtbot.waitUntil(lambda: serving.current is None, timeout=10_000)
    assert window.queue_zone.ticket_panel.number.text() == "–"
    # The change feed may show the counter empty before Done's own answer is back; Call
    # next comes back with that answer.
    qtbot.waitUntil(serving.call_next_action.isEnabled, timeout=10_000)
    desk = Desk(demo_database)
    step = desk.queue.find_ticket(supervisor(desk), ticket)
    assert step.state in (StepState.DONE, StepState.WAITING)  # a multi-service visit goes on
    close(window)


def test_the_actions_come_back_only_with_the_counter_as_it_is_now(
    qtbot: QtBot, demo_database: Database
) -> None:
    """A second Done, or a note typed the moment Done succeeded, must not reach the
    ticket that has moved on: the window shows the counter before it is idle again."""
    window = open_console(qtbot, demo_database, "aino.virtanen", "T1")
    serving = window.serving
    click(qtbot, serving.call_next_action)
    qtbot.waitUntil(lambda: window.case_panel.step is not None, timeout=10_000)
    finished = serving.current.step_id if serving.current else None
    assert finished is not None
    # Each moment Done is offered again after this Done, and for which ticket.
    offered_for: list[int | None] = []

    def changed() -> None:
        if serving.finish_action.isEnabled():
            offered_for.append(serving.current.step_id if serving.current else None)

    serving.finish_action.changed.connect(changed)
    click(qtbot, serving.finish_action)
    assert serving.busy
    qtbot.waitUntil(lambda: not serving.busy, timeout=10_000)
    assert finished not in offered_for
    assert serving.current is None or serving.current.step_id != finished
    step = window.case_panel.step
    assert step is None or step.step_id != finished
    assert serving.call_next_action.isEnabled() == (serving.current is None)
    close(window)


def test_park_then_call_next_then_take_back(qtbot: QtBot, demo_database: Database) -> None:
    window = open_console(qtbot, demo_database, "aino.virtanen", "T1")
    serving = window.serving
    click(qtbot, serving.call_next_action)
    qtbot.waitUntil(lambda: serving.current is not None, timeout=10_000)
    first = serving.current.ticket_number if serving.current else ""
    click(qtbot, serving.park_action)
    qtbot.waitUntil(lambda: serving.current is None, timeout=10_000)
    panel = window.queue_zone.ticket_panel
    assert panel.parked_row.isVisibleTo(window)
    assert panel.parked_model.row(0).text.startswith(first)

    click(qtbot, serving.call_next_action)
    qtbot.waitUntil(lambda: serving.current is not None, timeout=10_000)
    assert serving.current is not None
    assert serving.current.ticket_number != first
    click(qtbot, serving.finish_action)
    qtbot.waitUntil(lambda: serving.current is None, timeout=10_000)
    panel.resume_button.click()
    qtbot.waitUntil(lambda: serving.current is not None, timeout=10_000)
    assert serving.current is not None
    assert serving.current.ticket_number == first
    close(window)


def test_guides_see_the_starvation_alarm_and_advisors_do_not(
    qtbot: QtBot, demo_database: Database
) -> None:
    guide = open_console(qtbot, demo_database, "mikael.sjoberg", "T8")
    assert guide.alarm.isVisibleTo(guide)
    assert "53 min" in guide.alarm.text()
    advisor = open_console(qtbot, demo_database, "aino.virtanen", "T1")
    assert not advisor.alarm.isVisibleTo(advisor)
    assert not guide.serving.call_next_action.isEnabled()  # guides issue, they do not call
    assert guide.serving.issue_action.isEnabled()
    close(guide)
    close(advisor)


def test_add_a_service_to_the_visit_at_my_counter(
    qtbot: QtBot, demo_database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QInputDialog

    window = open_console(qtbot, demo_database, "aino.virtanen", "T1")
    serving = window.serving
    serving.call_next_action.trigger()
    qtbot.waitUntil(lambda: serving.current is not None, timeout=10_000)
    qtbot.waitUntil(serving.add_service_action.isEnabled, timeout=10_000)
    current = serving.current
    assert current is not None
    qtbot.waitUntil(lambda: window.visit_zone.step_model.rowCount() > 0, timeout=10_000)
    before = window.visit_zone.step_model.rowCount()

    def pick_tax_card(
        _parent: object, _title: str, _label: str, items: list[str], *_args: object
    ) -> tuple[str, bool]:
        # The person picks "V  Verokortti ja veroilmoitus" in the list they are shown.
        return next(item for item in items if item.startswith("V ")), True

    monkeypatch.setattr(QInputDialog, "getItem", pick_tax_card)
    click(qtbot, serving.add_service_action)
    qtbot.waitUntil(lambda: window.visit_zone.step_model.rowCount() == before + 1, timeout=10_000)
    desk = Desk(demo_database)
    steps = desk.queue.visit_steps(supervisor(desk), [current.visit_id])
    assert steps[-1].service_code == "vero-taxcard"
    assert steps[-1].queued_at == min(step.queued_at for step in steps)
    close(window)


def test_with_more_waiting_than_one_read_a_ticket_called_away_makes_room_for_the_next(
    qtbot: QtBot,
    demo_database: Database,
    second_connection: Database,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A whole read holds the 500 longest waiting; the feed brings only what changed.
    When a shown ticket is called elsewhere, the 501st longest waiting must appear."""
    monkeypatch.setattr(console_window, "BACKFILL_MS", 200)
    desk = Desk(second_connection)
    for _ in range(WAITING_LIST_LIMIT + 5 - len(desk.snapshot().waiting)):
        desk.queue.issue(["kela-general"])
    stored = [step.ticket_number for step in desk.snapshot().waiting]
    window = open_console(qtbot, demo_database, "aino.virtanen", "T1")
    assert len(waiting_tickets(window)) == WAITING_LIST_LIMIT
    with transaction(second_connection) as tx:
        # The console's office's (the demo's Ulvila waits in a queue of its own).
        every = tx.waiting_steps(limit=1_000_000, names=False, site_id=tx.site_id("pori"))
    after_the_list = every[WAITING_LIST_LIMIT].ticket_number
    assert after_the_list not in waiting_tickets(window)
    # The title says the list holds the longest waiting, not everyone.
    everyone = len(every)
    assert window.queue_zone.waiting_box.title() == (
        f"Waiting tickets (longest {WAITING_LIST_LIMIT} of {everyone})"
    )

    called = desk.queue.call_next(desk.sign_in_by_username("johanna.lindholm", "T2").actor)
    assert called is not None
    assert called.step.ticket_number in stored
    qtbot.waitUntil(lambda: after_the_list in waiting_tickets(window), timeout=15_000)
    assert called.step.ticket_number not in waiting_tickets(window)
    close(window)
