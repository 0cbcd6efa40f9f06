"""What the console tells the advisor: what to do at the counter and whom to call, and
only while it is true."""

from __future__ import annotations

import pytest
from console_quit import quit_console
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from test_console_help import open_console, sqlite_only

from console.store.database import Database
from console.ui.access.connection import ConnectionState


@sqlite_only
def test_a_lost_database_says_what_to_do_at_the_counter_until_it_is_back(
    qtbot: QtBot, demo_database: Database, it_desk: None
) -> None:
    window = open_console(qtbot, demo_database)
    monitor = window.monitor
    monitor.stop()  # checked by hand below
    banner = window.connection_banner
    # A moment's trouble: the status bar says it, the window does not shout yet.
    monitor.report_failure(ConnectionError("server closed the connection"))
    assert monitor.state is ConnectionState.RECONNECTING
    assert not banner.isVisible()
    while monitor.state is not ConnectionState.LOST:
        monitor.report_failure(ConnectionError("server closed the connection"))
    assert banner.isVisible()
    text = banner.text()
    assert "notes you save wait on this PC" in text
    assert "tell the visitor their matter is recorded" in text
    assert text.endswith("Call IT: IT help desk, 02 621 1234.")
    # Back: the line goes at once, as the status bar's dot turns green.
    with qtbot.waitSignal(monitor.checked, timeout=10_000):
        monitor.check_now()
    assert monitor.state is ConnectionState.CONNECTED
    assert not banner.isVisible()
    quit_console(window)


@pytest.mark.qt_log_ignore("QPrinter|printer|cups|CUPS")
def test_a_slip_that_did_not_print_says_what_to_tell_the_visitor(
    qtbot: QtBot, database: Database, it_desk: None
) -> None:
    from queue_kit import fresh_desk

    from console.ui.guide.window import GuideWindow

    desk = fresh_desk(database)
    guide = desk.sign_in_by_username("sanna.heinonen", None)
    window = GuideWindow(desk, guide, printer_name="No such printer")
    qtbot.addWidget(window)
    window.resize(1100, 720)
    window.show()
    with qtbot.waitSignal(window.refreshed, timeout=10_000):
        window.start()
    qtbot.keyClicks(window.panel.search, "kela")
    qtbot.keyClick(window.panel.search, Qt.Key.Key_Return)
    with qtbot.waitSignal(window.issued, timeout=10_000) as issued:
        window.panel.issue_button.click()
    ticket = issued.args[0]
    window.print_button.click()
    text = window.status.text()
    assert f"Tell the visitor their number, {ticket.ticket_number}" in text
    assert text.endswith("Call IT: IT help desk, 02 621 1234.")
    window.close()


@sqlite_only
def test_a_call_the_database_did_not_answer_says_what_to_tell_the_visitor(
    qtbot: QtBot, demo_database: Database, it_desk: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    from clicking import click
    from write_lock import write_lock_held_elsewhere

    from console.store import sqlite_lock

    window = open_console(qtbot, demo_database)
    monkeypatch.setattr(sqlite_lock, "WRITE_LOCK_DEADLINE_S", 0.5)
    assert demo_database.url.database is not None
    with write_lock_held_elsewhere(demo_database.url.database):
        click(qtbot, window.call_next_action)
        qtbot.waitUntil(lambda: window.serving.error_box is not None, timeout=15_000)
    box = window.serving.error_box
    assert box is not None
    assert box.text().startswith("The desk's database did not answer, so this was not done.")
    assert box.text().endswith("Call IT: IT help desk, 02 621 1234.")
    # What IT would check is there too, under Details.
    assert "database" in box.detailedText()
    box.close()
    quit_console(window)
