"""The console on the screens counters have: 1366x768 up to large, and a narrow window.

Laid out with the agency panels it has on the demo desk, in Finnish (the longest
labels of the three languages are Finnish ones)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from console_quit import quit_console
from PySide6.QtCore import QPoint, QRect, QSettings
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMainWindow, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from console.desk.desk import Desk
from console.i18n import install_translators
from console.store.database import Database
from console.ui.console_window import ConsoleWindow
from console.ui.shared.placement import remember_placement, restore_placement, screen_key

# Layout does not depend on the database: these run on the SQLite file only.
sqlite_only = pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)

LONG_NAME = "Maria-Elisabet Johanna Katariina Wahlström-Ahlqvist-Hämäläinen-Lindqvist"


@pytest.fixture
def finnish(qapp: QApplication) -> Iterator[None]:
    install_translators(qapp, "fi")
    yield
    install_translators(qapp, "en")


def open_console(qtbot: QtBot, database: Database, width: int, height: int) -> ConsoleWindow:
    desk = Desk(database)
    window = ConsoleWindow(desk, desk.sign_in_by_username("aino.virtanen", "T3"))
    qtbot.addWidget(window)
    window.resize(width, height)
    window.show()
    window.start()
    qtbot.waitUntil(lambda: window.queue_zone.waiting_model.rowCount() > 0, timeout=10_000)
    qtbot.waitUntil(lambda: window.feed.state.value == "live", timeout=10_000)
    return window


def inside(window: QWidget, widget: QWidget) -> bool:
    """Whether all of ``widget`` is shown within the window (not cut off at its edges)."""
    top_left = widget.mapTo(window, QPoint(0, 0))
    return widget.isVisible() and window.rect().contains(QRect(top_left, widget.size()))


def call_a_visitor(qtbot: QtBot, window: ConsoleWindow) -> None:
    window.call_next_action.trigger()
    qtbot.waitUntil(lambda: window.visit_zone.step_model.rowCount() > 0, timeout=10_000)


@sqlite_only
@pytest.mark.parametrize("size", [(1366, 768), (1920, 1080), (1000, 700)])
def test_everything_for_the_note_is_on_screen(
    qtbot: QtBot, demo_database: Database, finnish: None, size: tuple[int, int]
) -> None:
    window = open_console(qtbot, demo_database, *size)
    call_a_visitor(qtbot, window)
    qtbot.wait(50)
    # The window kept the size of the screen: nothing in it asked for more room.
    assert (window.width(), window.height()) == size
    panel = window.case_panel
    for widget in (panel.save_button, panel.partition, panel.editor, window.statusBar()):
        assert inside(window, widget), f"{widget.objectName() or widget} is cut off"
    # The waiting list never scrolls sideways: its columns share the width.
    waiting = window.queue_zone.waiting_view
    assert not waiting.horizontalScrollBar().isVisible()
    # The queue and the visit sit side by side, neither over the other.
    queue_rect = window.queue_zone.geometry()
    visit_rect = window.visit_zone.geometry()
    assert not queue_rect.intersects(visit_rect)
    quit_console(window)


@sqlite_only
def test_the_service_names_stay_readable_at_1366(
    qtbot: QtBot, demo_database: Database, finnish: None
) -> None:
    window = open_console(qtbot, demo_database, 1366, 768)
    call_a_visitor(qtbot, window)
    qtbot.wait(50)
    waiting = window.queue_zone.waiting_view
    # Twelve characters of a service's name at least (it shrank to four before).
    twelve = waiting.fontMetrics().horizontalAdvance("Muuttoilmoit")
    assert waiting.columnWidth(1) >= twelve
    # What is cut is in the cell's tooltip, whole.
    model = window.queue_zone.waiting_model
    for row in range(model.rowCount()):
        index = model.index(row, 1)
        assert model.data(index, 3) == model.data(index, 0)  # ToolTipRole == DisplayRole
    quit_console(window)


@sqlite_only
def test_a_narrow_window_leaves_the_language_column_out_and_tells_it_on_the_ticket(
    qtbot: QtBot, demo_database: Database, finnish: None
) -> None:
    window = open_console(qtbot, demo_database, 1000, 700)
    qtbot.wait(50)
    waiting = window.queue_zone.waiting_view
    assert waiting.isColumnHidden(3), "the language column should give its room away"
    model = window.queue_zone.waiting_model
    tips = [model.data(model.index(row, 0), 3) for row in range(model.rowCount())]
    assert any("ruotsi" in tip for tip in tips), tips
    # The queues by service leave the estimate out too; the service's tooltip says it.
    services = window.queue_zone.service_view
    assert services.isColumnHidden(2)
    assert not services.horizontalScrollBar().isVisible()
    queues = window.queue_zone.service_model
    assert "min" in queues.data(queues.index(0, 0), 3)
    window.resize(1920, 1080)
    qtbot.waitUntil(lambda: not waiting.isColumnHidden(3), timeout=2_000)
    assert not services.isColumnHidden(2)
    quit_console(window)


@sqlite_only
def test_calling_a_visitor_with_a_long_name_does_not_widen_the_window(
    qtbot: QtBot, demo_database: Database, finnish: None
) -> None:
    with demo_database.session() as session:
        session.execute(text("UPDATE visit SET visitor_name = :name"), {"name": LONG_NAME})
    window = open_console(qtbot, demo_database, 1000, 700)
    call_a_visitor(qtbot, window)
    qtbot.wait(50)
    assert window.width() == 1000
    heading = window.visit_zone.heading
    assert LONG_NAME in heading.text()
    assert heading.is_cut()
    # Cut on screen, whole in its tooltip.
    assert heading.toolTip() == heading.text()
    assert inside(window, heading)
    quit_console(window)


def test_the_window_opens_filling_a_new_screen_and_where_it_was_on_a_known_one(
    qapp: QApplication, tmp_path: Path
) -> None:
    settings = QSettings(str(tmp_path / "window.ini"), QSettings.Format.IniFormat)
    screen = QGuiApplication.primaryScreen()
    assert screen is not None

    first = QMainWindow()
    assert restore_placement(first, settings, "console") is True
    assert first.geometry() == screen.availableGeometry()
    first.setGeometry(40, 30, 500, 400)  # within the offscreen screen (800x600)
    remember_placement(first, settings, "console")
    settings.sync()
    assert settings.contains(f"console/{screen_key(screen)}/geometry")

    again = QMainWindow()
    assert restore_placement(again, settings, "console") is False
    assert again.size() == first.size()

    # What was kept for another screen (a laptop's, before it was docked) is not used.
    other = QSettings(str(tmp_path / "other.ini"), QSettings.Format.IniFormat)
    other.setValue("console/HDMI-9 800x600/geometry", first.saveGeometry())
    elsewhere = QMainWindow()
    assert restore_placement(elsewhere, other, "console") is True
    assert elsewhere.geometry() == screen.availableGeometry()
    for window in (first, again, elsewhere):
        window.deleteLater()
