"""The staff windows' two themes and large text: readable colours, nothing cut at 200 %
on a 1366x768 screen, a visible focus, and a switch in the View menu that takes at once
and is remembered for the person."""

from __future__ import annotations

import itertools
import subprocess
import sys
from array import array
from collections.abc import Iterator
from pathlib import Path

import pytest
from accessibility_tree import clipped_texts
from console_quit import quit_console
from PySide6.QtCore import QEvent, QSettings, Qt
from PySide6.QtGui import QImage, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QToolBar,
    QWidget,
)
from pytestqt.qtbot import QtBot

from console import paths
from console.core.contrast import AA_TEXT, AAA_TEXT, contrast_ratio
from console.desk.desk import Desk
from console.store.database import Database
from console.ui.console_window import ConsoleWindow
from console.ui.shared import colours, theme
from console.ui.shared.colours import COLOURS, HIGH_CONTRAST, STANDARD, TONES
from console.ui.shared.theme import Appearance, apply_appearance, make_palette

sqlite_only = pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
MINIMUM = {STANDARD: AA_TEXT, HIGH_CONTRAST: AAA_TEXT}


@pytest.fixture
def looks(qapp: QApplication) -> Iterator[None]:
    """Whatever a test applies, the next one starts with Qt's own look again."""
    palette, font, sheet = QPalette(qapp.palette()), qapp.font(), qapp.styleSheet()
    yield
    # The windows of this test go before the stylesheet does: Qt crashed restyling a
    # closed console of an earlier test that had not been deleted yet.
    for widget in QApplication.topLevelWidgets():
        widget.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    qapp.setStyleSheet(sheet)
    qapp.setPalette(palette)
    qapp.setFont(font)
    colours.use_colours(STANDARD)
    theme._Applied.appearance = theme._Applied.default = Appearance()
    theme._Applied.base_point_size = None


def hex_of(palette: QPalette, role: QPalette.ColorRole) -> str:
    return palette.color(QPalette.ColorGroup.Active, role).name()


# ---------------------------------------------------------------- contrast
@pytest.mark.parametrize("name", [STANDARD, HIGH_CONTRAST])
def test_every_text_colour_of_the_theme_reads_on_its_backgrounds(name: str) -> None:
    scheme = COLOURS[name]
    palette = make_palette(scheme)
    role = QPalette.ColorRole
    pairs = {
        "WindowText on Window": (role.WindowText, role.Window),
        "Text on Base": (role.Text, role.Base),
        "Text on AlternateBase": (role.Text, role.AlternateBase),
        "ButtonText on Button": (role.ButtonText, role.Button),
        "HighlightedText on Highlight": (role.HighlightedText, role.Highlight),
        "PlaceholderText on Base": (role.PlaceholderText, role.Base),
        "ToolTipText on ToolTipBase": (role.ToolTipText, role.ToolTipBase),
        "Link on Base": (role.Link, role.Base),
    }
    low = {
        label: round(ratio, 2)
        for label, (text, back) in pairs.items()
        if (ratio := contrast_ratio(hex_of(palette, text), hex_of(palette, back))) < MINIMUM[name]
    }
    # The rows' colours (late, warning, quiet, muted) on a row and an alternate row, and
    # the messages' tones on the window, the panels and the fields.
    backgrounds = {
        "base": scheme.base,
        "alternate row": scheme.alternate_base,
        "window": scheme.window,
        "panel": scheme.panel,
    }
    for tone in (*TONES, "quiet"):
        for where, back in backgrounds.items():
            ratio = contrast_ratio(getattr(scheme, tone), back)
            if ratio < MINIMUM[name]:
                low[f"{tone} on {where}"] = round(ratio, 2)
    assert not low, f"{name}: below {MINIMUM[name]}:1: {low}"
    # The focus outline stands out from what is around it (WCAG 1.4.11: 3:1).
    assert contrast_ratio(scheme.focus, scheme.base) >= 3
    assert contrast_ratio(scheme.focus, scheme.window) >= 3


def test_the_row_brushes_follow_the_theme_in_place(looks: None) -> None:
    late = colours.LATE  # what a table model holds
    colours.use_colours(HIGH_CONTRAST)
    assert late.color().name() == COLOURS[HIGH_CONTRAST].late
    colours.use_colours(STANDARD)
    assert late.color().name() == COLOURS[STANDARD].late


def test_the_stylesheet_grows_with_the_text_but_large_text_by_half() -> None:
    sheet = theme.stylesheet(Appearance(STANDARD, 200))
    assert "font-size: 39pt" in sheet  # the ticket number, 26 pt at 100 %
    assert "font-size: 26pt" in sheet  # the current ticket's words, 13 pt at 100 %
    assert "font-size: 24pt" in sheet  # headings, 16 pt
    high = theme.stylesheet(Appearance(HIGH_CONTRAST, 100))
    assert "#ffff00" in high
    assert "QLabel#ticketNumber {\n    font-size: 26pt" in high


# ---------------------------------------------------------------- the console
def open_console(qtbot: QtBot, desk: Desk, size: tuple[int, int] = (1366, 768)) -> ConsoleWindow:
    window = ConsoleWindow(desk, desk.sign_in_by_username("aino.virtanen", "T3"))
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    window.start()
    qtbot.waitUntil(lambda: window.queue_zone.waiting_model.rowCount() > 0)
    return window


def serve(qtbot: QtBot, window: ConsoleWindow) -> None:
    window.call_next_action.trigger()
    qtbot.waitUntil(lambda: window.visit_zone.step_model.rowCount() > 0)
    qtbot.waitUntil(lambda: "…" not in window.case_panel.case_label.text())


def hidden_toolbar_actions(window: ConsoleWindow) -> list[str]:
    """Toolbar actions pushed into the » menu for want of room."""
    missing = []
    for toolbar in window.findChildren(QToolBar):
        for action in toolbar.actions():
            button = toolbar.widgetForAction(action)
            shown = action.isVisible() and not action.isSeparator()
            if shown and button is not None and not button.isVisible():
                missing.append(action.text())
    return missing


@sqlite_only
@pytest.mark.parametrize("name", [STANDARD, HIGH_CONTRAST])
def test_at_200_percent_on_1366x768_no_text_is_cut(
    qtbot: QtBot, qapp: QApplication, demo_database: Database, looks: None, name: str
) -> None:
    apply_appearance(qapp, Appearance(name, 200))
    theme._Applied.default = Appearance(name, 200)
    window = open_console(qtbot, Desk(demo_database))
    serve(qtbot, window)
    qtbot.wait(100)
    # The window kept the screen's size: the zones scroll rather than push it wider.
    assert (window.width(), window.height()) == (1366, 768)
    assert clipped_texts(window) == []
    assert hidden_toolbar_actions(window) == []
    number = window.queue_zone.ticket_panel.number
    assert number.width() >= number.sizeHint().width(), "the ticket number is cut"
    # The visit's heading may be cut in a narrow window, but says itself whole in its tip.
    heading = window.visit_zone.heading
    if heading.is_cut():
        assert heading.toolTip() == heading.text()
    quit_console(window)


@sqlite_only
def test_at_100_percent_the_zones_fit_without_scrolling(
    qtbot: QtBot, qapp: QApplication, demo_database: Database, looks: None
) -> None:
    apply_appearance(qapp, Appearance(STANDARD, 100))
    window = open_console(qtbot, Desk(demo_database))
    serve(qtbot, window)
    qtbot.wait(100)
    scroller = window.centralWidget()
    assert not scroller.horizontalScrollBar().isVisible()  # type: ignore[attr-defined]
    assert not scroller.verticalScrollBar().isVisible()  # type: ignore[attr-defined]
    assert clipped_texts(window) == []
    quit_console(window)


@sqlite_only
def test_the_view_menu_switches_the_theme_at_once_and_remembers_it(
    qtbot: QtBot, qapp: QApplication, demo_database: Database, looks: None
) -> None:
    apply_appearance(qapp, Appearance())
    desk = Desk(demo_database)
    window = open_console(qtbot, desk)
    appearance = window.commands.appearance
    view_menu = next(
        action.menu()
        for action in window.menuBar().actions()
        if action.text().replace("&", "") == "View"
    )
    titles = [action.text() for action in view_menu.actions()]
    assert "&Theme" in titles
    assert "Te&xt size" in titles
    appearance.theme_actions[HIGH_CONTRAST].trigger()
    assert hex_of(qapp.palette(), QPalette.ColorRole.Window) == "#000000"
    assert colours.LATE.color().name() == COLOURS[HIGH_CONTRAST].late
    assert "#ffff00" in qapp.styleSheet()
    # The status bar's tone takes the high-contrast colour without rebuilding it.
    label = window.status.database_label
    assert label.palette().color(label.foregroundRole()).name() == COLOURS[HIGH_CONTRAST].good
    size = qapp.font().pointSizeF()
    appearance.larger_action.trigger()  # Ctrl++
    assert qapp.font().pointSizeF() == pytest.approx(size * 1.25)
    assert appearance.scale_actions[125].isChecked()
    ini = QSettings(str(paths.user_data_dir() / "window.ini"), QSettings.Format.IniFormat)
    assert ini.value("appearance/aino.virtanen/theme") == HIGH_CONTRAST
    assert int(str(ini.value("appearance/aino.virtanen/font_scale"))) == 125
    quit_console(window)

    # Back to the settings' look, as when Tiski starts again: her console restores hers.
    apply_appearance(qapp, Appearance())
    again = open_console(qtbot, desk)
    assert theme.current_appearance() == Appearance(HIGH_CONTRAST, 125)
    assert again.commands.appearance.theme_actions[HIGH_CONTRAST].isChecked()
    quit_console(again)
    # Another person on this PC gets the settings' look, not hers.
    other = ConsoleWindow(desk, desk.sign_in_by_username("jukka.niemi", "T4"))
    qtbot.addWidget(other)
    other.show()
    other.start()
    assert theme.current_appearance() == Appearance()
    quit_console(other)


# ---------------------------------------------------------------- focus
def _differing_pixels(before: QImage, after: QImage) -> int:
    a = before.convertToFormat(QImage.Format.Format_RGB32)
    b = after.convertToFormat(QImage.Format.Format_RGB32)
    first = array("I", bytes(a.constBits()))
    second = array("I", bytes(b.constBits()))
    return sum(1 for x, y in zip(first, second, strict=True) if x != y)


@pytest.mark.parametrize("name", [STANDARD, HIGH_CONTRAST])
def test_the_focus_is_visible_on_every_kind_of_control(
    qtbot: QtBot, qapp: QApplication, looks: None, name: str
) -> None:
    """Tab to each control: it looks different with the focus than without, by more
    than a text cursor (a frame, an outline)."""
    apply_appearance(qapp, Appearance(name, 100))
    window = QWidget()
    qtbot.addWidget(window)
    from PySide6.QtGui import QStandardItemModel
    from PySide6.QtWidgets import QVBoxLayout

    layout = QVBoxLayout(window)
    model = QStandardItemModel(3, 2)
    table, listing = QTableView(), QListView()
    table.setModel(model)
    listing.setModel(model)
    combo = QComboBox()
    combo.addItems(["Shared with the desk", "Kela only"])
    editor = QPlainTextEdit("A note")
    editor.setTabChangesFocus(True)
    controls: list[QWidget] = [
        QLineEdit("first"),
        QPushButton("Save note"),
        QCheckBox("Share with Kela"),
        combo,
        editor,
        listing,
        table,
    ]
    for control in controls:
        layout.addWidget(control)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    unseen = []
    for previous, control in itertools.pairwise(controls):
        before = control.grab().toImage()
        previous.setFocus()
        qtbot.waitUntil(previous.hasFocus)
        qtbot.keyClick(previous, Qt.Key.Key_Tab)
        qtbot.waitUntil(control.hasFocus)
        after = control.grab().toImage()
        perimeter = control.width() + control.height()
        if _differing_pixels(before, after) < perimeter:
            unseen.append(type(control).__name__)
    assert unseen == [], f"{name}: no visible focus on {unseen}"


# ---------------------------------------------------------------- screenshots
def run_tiski(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "console", "--language", "en", *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )


@pytest.mark.slow  # starts tiski twice
def test_the_screenshot_command_takes_a_theme_and_a_text_size(
    tiski_env: dict[str, str], tmp_path: Path
) -> None:
    out = tmp_path / "console-hc.png"
    done = run_tiski(
        tiski_env,
        "screenshot",
        str(out),
        "--demo",
        "--size",
        "1366x768",
        "--theme",
        "high-contrast",
        "--font-scale",
        "200",
    )
    assert done.returncode == 0, done.stderr
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1366, 768)
    corner = image.pixelColor(image.width() - 3, image.height() // 2).name()
    assert corner == "#000000"  # a black window, not a light one
    refused = run_tiski(tiski_env, "screenshot", str(out), "--demo", "--font-scale", "300")
    assert refused.returncode != 0
    assert "ui.font_scale" in refused.stderr
