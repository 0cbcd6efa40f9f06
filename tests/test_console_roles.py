"""The console hides what the signed-in role may not do (the desk refuses it anyway).

The desk's own refusals are tested in test_permissions_matrix.py; this is the
courtesy on top: a lobby guide sees no counter actions and no case buttons, IT sees
the queues without visitors' names, a supervisor gets the stranded visitors and the
audit trail.
"""

from __future__ import annotations

from console_quit import quit_console
from PySide6.QtWidgets import QMenu
from pytestqt.qtbot import QtBot

from console.desk.desk import Desk
from console.store.database import Database
from console.ui.console_window import ConsoleWindow


def _open(qtbot: QtBot, database: Database, username: str, counter: str) -> ConsoleWindow:
    desk = Desk(database)
    window = ConsoleWindow(desk, desk.sign_in_by_username(username, counter))
    qtbot.addWidget(window)
    window.resize(1440, 900)
    window.show()
    window.start()
    qtbot.waitUntil(lambda: window.queue_zone.waiting_model.rowCount() > 0, timeout=10_000)
    return window


def _desk_menu(window: ConsoleWindow) -> list[str]:
    menu = window.menuBar().actions()[0].menu()
    assert isinstance(menu, QMenu)
    return [action.objectName() for action in menu.actions() if action.objectName()]


def test_a_lobby_guide_sees_no_counter_actions_and_no_case_buttons(
    qtbot: QtBot, demo_database: Database
) -> None:
    window = _open(qtbot, demo_database, "sanna.heinonen", "T6")
    try:
        assert not window.call_next_action.isVisible()
        assert not any(action.isVisible() for action in window.serving.counter_actions)
        assert not window.ask_specialist_action.isVisible()
        assert window.serving.issue_action.isEnabled()
        panel = window.case_panel
        for button in (panel.identify_button, panel.consent_button, panel.audit_button):
            assert button.isHidden()
        menu = _desk_menu(window)
        assert "searchNotes" not in menu
        assert "strandedVisitors" not in menu
        assert "issueTicket" in menu
        # The guide reads the queue with the names typed on tickets.
        assert any(row.visitor_name for row in window.queue_zone.waiting_model.rows())
    finally:
        quit_console(window)


def test_it_sees_the_queues_without_visitors_names(qtbot: QtBot, demo_database: Database) -> None:
    window = _open(qtbot, demo_database, "ville.aaltonen", "T7")
    try:
        rows = window.queue_zone.waiting_model.rows()
        assert rows
        assert {row.visitor_name for row in rows} == {None}
        assert not window.serving.issue_action.isEnabled()
        assert not window.serving.appointments_action.isEnabled()
        assert not window.call_next_action.isVisible()
        assert "searchNotes" not in _desk_menu(window)
    finally:
        quit_console(window)


def test_a_supervisor_gets_stranded_visitors_and_the_audit_trail(
    qtbot: QtBot, demo_database: Database
) -> None:
    window = _open(qtbot, demo_database, "kaisa.mattila", "T8")
    try:
        menu = _desk_menu(window)
        assert "strandedVisitors" in menu
        assert "searchNotes" in menu
        assert not window.case_panel.audit_button.isHidden()
        assert window.call_next_action.isVisible()
    finally:
        quit_console(window)
