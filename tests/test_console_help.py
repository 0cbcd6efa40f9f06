"""Help in the console: where its logs are, for the advisor to tell IT."""

from __future__ import annotations

import pytest
from console_quit import quit_console
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from console import paths
from console.desk.desk import Desk
from console.store.database import Database
from console.ui.console_window import ConsoleWindow

sqlite_only = pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)


def open_console(qtbot: QtBot, database: Database) -> ConsoleWindow:
    desk = Desk(database)
    window = ConsoleWindow(desk, desk.sign_in_by_username("aino.virtanen", "T3"))
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    window.start()
    qtbot.waitUntil(lambda: window.queue_zone.waiting_model.rowCount() > 0, timeout=10_000)
    return window


@sqlite_only
@pytest.mark.qt_log_ignore("does not support QPlatformServices::openDocument")
def test_open_log_folder_says_where_it_is_when_nothing_can_open_it(
    qtbot: QtBot, demo_database: Database
) -> None:
    window = open_console(qtbot, demo_database)
    # The offscreen platform, like a PC without a file manager, opens no folders.
    window.commands.log_folder_action.trigger()
    box = window.commands.log_folder_box
    assert box is not None
    assert box.isVisible()
    assert box.informativeText() == str(paths.user_log_dir())
    copy = next(b for b in box.buttons() if b.text() == "Copy the path")
    copy.click()
    assert QGuiApplication.clipboard().text() == str(paths.user_log_dir())
    assert box.isVisible(), "copying the path closed the box"
    box.button(QMessageBox.StandardButton.Close).click()
    qtbot.waitUntil(lambda: not box.isVisible(), timeout=2_000)
    quit_console(window)


@sqlite_only
@pytest.mark.qt_log_ignore("This plugin does not support raise")
def test_f1_opens_a_guide_to_the_console_with_its_real_keys(
    qtbot: QtBot, demo_database: Database, it_desk: None
) -> None:
    window = open_console(qtbot, demo_database)
    qtbot.keyClick(window, Qt.Key.Key_F1)
    dialog = window.commands.help_dialog
    assert dialog is not None
    assert dialog.isVisible()
    text = dialog.plain_text()
    # The keys are read off the window's actions: call next's, finish's, the lock's.
    for action in (window.call_next_action, window.finish_action):
        keys = action.shortcut().toString()
        assert f"{keys} – {action.text().replace('&', '')}" in text
    assert "Ctrl+Enter" in text
    # Call next's order, who reads a note, and whom to call.
    assert "appointment due now" in text
    assert "priority visitor" in text
    assert "waited longest" in text
    assert "consented" in text
    assert "IT help: IT help desk, 02 621 1234" in text
    # F1 again brings the same guide to the front, not a second one.
    qtbot.keyClick(window, Qt.Key.Key_F1)
    assert window.commands.help_dialog is dialog
    dialog.close()
    qtbot.waitUntil(lambda: window.commands.help_dialog is None, timeout=2_000)
    quit_console(window)


@sqlite_only
def test_without_an_it_contact_the_guide_says_where_it_is_set(
    qtbot: QtBot, demo_database: Database
) -> None:
    window = open_console(qtbot, demo_database)
    window.commands.help_action.trigger()
    dialog = window.commands.help_dialog
    assert dialog is not None
    assert "support.contact" in dialog.plain_text()
    dialog.close()
    quit_console(window)


@sqlite_only
def test_a_new_advisor_gets_the_tour_once_and_can_skip_it(
    qtbot: QtBot, demo_database: Database
) -> None:
    window = open_console(qtbot, demo_database)
    window.offer_tour()
    tour = window.commands.tour
    assert tour is not None
    assert tour.isVisible()
    # It lights up the zones one at a time, each named, with where it is.
    seen = []
    for _ in range(len(tour.steps)):
        seen.append(tour.heading.text())
        zone = tour.target_rect()
        assert zone.isValid()
        assert window.rect().intersects(zone)
        if tour.heading.text() in ("Your ticket and the queues", "The visit", "Notes"):
            # Beside the zone it explains, not over it.
            assert not tour.card.geometry().intersects(zone), tour.heading.text()
        assert window.rect().contains(tour.card.geometry())
        if tour.index + 1 < len(tour.steps):
            tour.next_button.click()
    assert seen[:4] == ["The counter's actions", "Your ticket and the queues", "The visit", "Notes"]
    assert tour.next_button.text() == "Done"
    tour.skip_button.click()
    qtbot.waitUntil(lambda: window.commands.tour is None, timeout=2_000)
    # Skipped is seen: the same person's next console on this PC does not show it.
    window.offer_tour()
    assert window.commands.tour is None
    # Help ▸ Tour of the console shows it again whenever asked.
    window.commands.tour_action.trigger()
    assert window.commands.tour is not None
    qtbot.keyClick(window.commands.tour, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.commands.tour is None, timeout=2_000)
    quit_console(window)
