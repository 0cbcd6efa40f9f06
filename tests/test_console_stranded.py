"""Quitting the console with a visitor at the counter, and the supervisor's list of
stranded visitors: real windows (offscreen), a real SQLite file and PostgreSQL.

The quit question is a dialog opened with ``open()``: the test answers it by
clicking its buttons while the event loop runs, as a person would.
"""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot
from qt_jobs import settle_background_jobs
from sqlalchemy import select

from console.core.cases import AuditAction
from console.core.queue import StepState, utc_now
from console.core.records import StepInfo
from console.desk.desk import Desk
from console.store.database import Database
from console.store.models import AuditEvent, DeskSession, VisitStep
from console.ui.console_window import ConsoleWindow
from console.ui.queue.stranded_dialogs import LeaveCounterDialog, StrandedDialog


def open_console(qtbot: QtBot, database: Database, username: str, counter: str) -> ConsoleWindow:
    desk = Desk(database)
    window = ConsoleWindow(desk, desk.sign_in_by_username(username, counter))
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    window.start()
    qtbot.waitUntil(lambda: window.queue_zone.waiting_model.rowCount() > 0, timeout=10_000)
    qtbot.waitUntil(lambda: window.presence.session_id is not None, timeout=10_000)
    return window


def call_a_visitor(qtbot: QtBot, window: ConsoleWindow) -> StepInfo:
    window.serving.call_next_action.trigger()
    qtbot.waitUntil(lambda: window.serving.current is not None, timeout=10_000)
    current = window.serving.current
    assert current is not None
    return current


def ask_to_quit(qtbot: QtBot, window: ConsoleWindow) -> LeaveCounterDialog:
    window.commands.quit_action.trigger()
    qtbot.waitUntil(lambda: window.leave_dialog is not None, timeout=5_000)
    dialog = window.leave_dialog
    assert isinstance(dialog, LeaveCounterDialog)
    qtbot.waitUntil(dialog.isVisible, timeout=5_000)
    assert window.isVisible()  # nothing closes before the person answers
    return dialog


def step_row(database: Database, step_id: int) -> VisitStep:
    with database.session() as session:
        row = session.get(VisitStep, step_id)
        assert row is not None
        session.expunge(row)
        return row


def audit_actions(database: Database) -> list[str]:
    with database.session() as session:
        return list(session.scalars(select(AuditEvent.action).order_by(AuditEvent.id)))


def signed_out(database: Database, staff_id: int) -> bool:
    with database.session() as session:
        rows = session.scalars(select(DeskSession).where(DeskSession.staff_id == staff_id)).all()
        return bool(rows) and all(row.signed_out_at is not None for row in rows)


def leave_text(dialog: LeaveCounterDialog) -> str:
    label = dialog.findChild(QLabel, "leaveText")
    assert label is not None
    return label.text()


@pytest.mark.parametrize("choice", ["finish", "put_back", "keep"])
def test_quitting_with_a_visitor_asks_what_happens_and_does_it(
    qtbot: QtBot, demo_database: Database, choice: str
) -> None:
    window = open_console(qtbot, demo_database, "aino.virtanen", "T1")
    called = call_a_visitor(qtbot, window)
    dialog = ask_to_quit(qtbot, window)
    assert called.ticket_number in leave_text(dialog)
    button = {
        "finish": dialog.finish_button,
        "put_back": dialog.put_back_button,
        "keep": dialog.keep_button,
    }[choice]
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=10_000)
    settle_background_jobs()

    row = step_row(demo_database, called.step_id)
    if choice == "finish":
        assert row.state == StepState.DONE.value
        assert row.finished_at is not None
    elif choice == "put_back":
        assert row.state == StepState.WAITING.value
        assert row.counter_id is None
        assert row.queued_at == called.queued_at  # their original place in time
        assert AuditAction.STEP_PUT_BACK in audit_actions(demo_database)
    else:
        assert row.state == StepState.CALLED.value
        assert row.staff_id == window.signed_in.staff.id
        assert row.counter_id is None  # the next person at T1 does not get it
        assert row.parked_at is not None
        assert row.kept_at is not None
        assert AuditAction.STEP_KEPT in audit_actions(demo_database)
    assert signed_out(demo_database, window.signed_in.staff.id)


def test_cancel_keeps_the_console_open_and_the_visitor_called(
    qtbot: QtBot, demo_database: Database
) -> None:
    window = open_console(qtbot, demo_database, "aino.virtanen", "T1")
    called = call_a_visitor(qtbot, window)
    dialog = ask_to_quit(qtbot, window)
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.leave_dialog is None, timeout=5_000)
    assert window.isVisible()
    assert step_row(demo_database, called.step_id).state == StepState.CALLED.value
    assert not signed_out(demo_database, window.signed_in.staff.id)
    # Asked again on the next try; this time the visit is done.
    dialog = ask_to_quit(qtbot, window)
    qtbot.mouseClick(dialog.finish_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=10_000)
    settle_background_jobs()
    assert step_row(demo_database, called.step_id).state == StepState.DONE.value


def test_a_note_being_typed_is_kept_as_a_draft_when_quitting(
    qtbot: QtBot, demo_database: Database
) -> None:
    window = open_console(qtbot, demo_database, "aino.virtanen", "T1")
    called = call_a_visitor(qtbot, window)
    editor = window.case_panel.editor
    qtbot.waitUntil(editor.isEnabled, timeout=10_000)
    editor.setPlainText("Vuokrasopimus tuotu, hakemus kesken")
    dialog = ask_to_quit(qtbot, window)
    kept_label = dialog.findChild(QLabel, "unsavedNoteKept")
    assert kept_label is not None
    assert "draft" in kept_label.text()
    qtbot.mouseClick(dialog.put_back_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=10_000)
    settle_background_jobs()
    journal = window.journal
    assert journal is not None
    drafts = journal.drafts(window.case_panel.database, window.signed_in.staff.id)
    assert [(d.visit_id, d.text) for d in drafts] == [
        (called.visit_id, "Vuokrasopimus tuotu, hakemus kesken")
    ]


def test_quitting_with_no_visitor_closes_at_once(qtbot: QtBot, demo_database: Database) -> None:
    window = open_console(qtbot, demo_database, "aino.virtanen", "T1")
    window.commands.quit_action.trigger()
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=5_000)
    assert window.leave_dialog is None


# ---------------------------------------------------------------- the supervisor
def strand_a_visitor(database: Database, minutes_ago: int) -> StepInfo:
    """Aino called a visitor at T1; her console's last heartbeat was minutes ago."""
    desk = Desk(database)
    aino = desk.sign_in_by_username("aino.virtanen", "T1").actor
    then = utc_now() - timedelta(minutes=minutes_ago)
    session = desk.queue.open_session(aino, now=then)
    called = desk.queue.call_next(aino, now=then)
    assert called is not None
    desk.queue.heartbeat(aino, session, now=then)
    return called.step


def test_a_supervisor_returns_a_stranded_visitor_from_the_menu(
    qtbot: QtBot, demo_database: Database
) -> None:
    stranded = strand_a_visitor(demo_database, minutes_ago=5)
    window = open_console(qtbot, demo_database, "kaisa.mattila", "T8")
    assert window.commands.stranded_action in window.menuBar().actions()[0].menu().actions()
    window.commands.stranded_action.trigger()
    dialog = window.commands.stranded_dialog
    assert isinstance(dialog, StrandedDialog)
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1, timeout=10_000)
    held = dialog.model.row(0)
    assert held.step.step_id == stranded.step_id
    assert held.counter_code == "T1"
    dialog.table.selectRow(0)
    assert dialog.release_button.isEnabled()
    qtbot.mouseClick(dialog.release_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 0, timeout=10_000)
    assert stranded.ticket_number in dialog.message.text()
    row = step_row(demo_database, stranded.step_id)
    assert row.state == StepState.WAITING.value
    assert row.queued_at == stranded.queued_at
    assert AuditAction.STEP_RELEASED in audit_actions(demo_database)
    dialog.close()
    window.close()
    settle_background_jobs()


def test_an_advisor_has_no_stranded_menu(qtbot: QtBot, demo_database: Database) -> None:
    window = open_console(qtbot, demo_database, "aino.virtanen", "T1")
    assert window.commands.stranded_action not in window.menuBar().actions()[0].menu().actions()
    window.close()


def test_a_shutdown_closes_without_asking_and_leaves_the_visitor_to_the_stranded_check(
    qtbot: QtBot, demo_database: Database
) -> None:
    window = open_console(qtbot, demo_database, "aino.virtanen", "T1")
    called = call_a_visitor(qtbot, window)
    window.close_unattended()  # what SIGTERM does (console.app.quitting.close_on_terminate)
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=5_000)
    assert window.leave_dialog is None
    settle_background_jobs()
    assert step_row(demo_database, called.step_id).state == StepState.CALLED.value
    later = utc_now() + timedelta(minutes=11)
    returned = Desk(demo_database).queue.stranded.return_stranded(via="test", now=later)
    assert [step.step_id for step in returned] == [called.step_id]


def test_a_choice_that_cannot_be_saved_says_so_and_asks_before_quitting(
    qtbot: QtBot, demo_database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    from console.core.text import Message
    from console.desk.errors import DeskError

    window = open_console(qtbot, demo_database, "aino.virtanen", "T1")
    called = call_a_visitor(qtbot, window)

    def refused(*_args: object, **_kwargs: object) -> list[StepInfo]:
        # What the desk raises when the database is gone (the database itself is real).
        raise DeskError(Message("Queue", "The database cannot be reached."))

    monkeypatch.setattr(window.desk.queue.stranded, "leave_counter", refused)

    def failure_box() -> QMessageBox | None:
        box = window.findChild(QMessageBox, "leaveFailed")
        return box if box is not None and box.isVisible() else None

    dialog = ask_to_quit(qtbot, window)
    qtbot.mouseClick(dialog.put_back_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: failure_box() is not None, timeout=10_000)
    box = failure_box()
    assert box is not None
    assert "cannot be reached" in box.text()
    assert "10 minutes" in box.text()
    box.button(QMessageBox.StandardButton.Cancel).click()
    qtbot.waitUntil(lambda: failure_box() is None, timeout=5_000)
    assert window.isVisible()  # staying was the default

    dialog = ask_to_quit(qtbot, window)
    qtbot.mouseClick(dialog.put_back_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: failure_box() is not None, timeout=10_000)
    box = failure_box()
    assert box is not None
    box.button(QMessageBox.StandardButton.Close).click()
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=10_000)
    settle_background_jobs()
    assert step_row(demo_database, called.step_id).state == StepState.CALLED.value


def test_the_heartbeat_says_the_console_runs_and_checks_for_stranded_visitors(
    qtbot: QtBot, demo_database: Database
) -> None:
    window = open_console(qtbot, demo_database, "aino.virtanen", "T1")
    session_id = window.presence.session_id

    def last_seen() -> object:
        with demo_database.session() as session:
            row = session.get(DeskSession, session_id)
            assert row is not None
            return row.last_seen_at

    before = last_seen()
    # Riikka's console at T2 stopped eleven minutes ago with a visitor called.
    desk = Desk(demo_database)
    riikka = desk.sign_in_by_username("riikka.laine", "T2").actor
    then = utc_now() - timedelta(minutes=11)
    other = desk.queue.open_session(riikka, now=then)
    called = desk.queue.call_next(riikka, now=then)
    assert called is not None
    desk.queue.heartbeat(riikka, other, now=then)

    window.presence.touch()  # what the presence timer does every minute
    qtbot.waitUntil(
        lambda: step_row(demo_database, called.step.step_id).state == StepState.WAITING.value,
        timeout=10_000,
    )
    assert last_seen() != before
    window.close()
    settle_background_jobs()
