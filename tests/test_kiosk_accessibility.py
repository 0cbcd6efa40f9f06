"""The kiosk without touch, with larger text, in high contrast, for a seated visitor,
and with time to answer before it starts over (EN 301 549 chapters 5 and 8, WCAG 2.1 AA).

Driven like a visitor with a keyboard or a tactile keypad: key presses only, to the
widget that has the focus, on a real window and a real SQLite desk.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from kiosk_kit import KioskWindows, sqlite_file_url
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from console.core.contrast import contrast_ratio
from console.core.records import IssuedTicket
from console.desk.desk import Desk
from console.store.database import Database
from console.ui.kiosk import KioskWindow
from console.ui.kiosk.access import Mode
from console.ui.kiosk.parts import ChoiceButton
from console.ui.kiosk.style import (
    FONT_SIZES,
    HIGH_CONTRAST,
    HIGH_CONTRAST_MINIMUM,
    LARGE_TEXT_CAP,
    NORMAL,
    KioskLook,
    colour_pairs,
    font_size,
    kiosk_style,
    palette_colours,
)
from console.ui.kiosk.window import REACH_TOP

MakeKiosk = Callable[..., KioskWindow]


@pytest.fixture
def db_url(tmp_path: Path, sqlite_template: Path) -> str:
    """Accessibility does not depend on the database: a real SQLite file is enough."""
    return sqlite_file_url(tmp_path, sqlite_template)


@pytest.fixture
def desk(demo_database: Database) -> Desk:
    return Desk(demo_database)


@pytest.fixture
def make_kiosk(qtbot: QtBot, desk: Desk, tmp_path: Path) -> Iterator[MakeKiosk]:
    kiosks = KioskWindows(qtbot, desk, tmp_path)
    yield kiosks.open
    kiosks.close_all()


@pytest.fixture
def kiosk(make_kiosk: MakeKiosk) -> KioskWindow:
    return make_kiosk()


def press(qtbot: QtBot, kiosk: KioskWindow, key: Qt.Key, times: int = 1) -> None:
    """A key as a keyboard sends it: to whatever has the focus."""
    for _ in range(times):
        target = QApplication.focusWidget() or kiosk
        qtbot.keyClick(target, key)


def type_text(qtbot: QtBot, kiosk: KioskWindow, text: str) -> None:
    for character in text:
        target = QApplication.focusWidget() or kiosk
        qtbot.keyClicks(target, character)


def focused(kiosk: KioskWindow) -> QWidget | None:
    widget = QApplication.focusWidget()
    assert widget is None or kiosk.isAncestorOf(widget) or widget is kiosk
    return widget


def focused_title(kiosk: KioskWindow) -> str:
    widget = focused(kiosk)
    if isinstance(widget, ChoiceButton):
        return widget.title()
    if isinstance(widget, QAbstractButton):
        return widget.text()
    return ""


def move_focus_to(
    qtbot: QtBot, kiosk: KioskWindow, wanted: Callable[[QWidget | None], bool], limit: int = 60
) -> None:
    """Press Down (next) until ``wanted`` has the focus."""
    for _ in range(limit):
        if wanted(focused(kiosk)):
            return
        press(qtbot, kiosk, Qt.Key.Key_Down)
    raise AssertionError(f"never reached; the focus is on {focused_title(kiosk)!r}")


def focus_titled(qtbot: QtBot, kiosk: KioskWindow, title: str) -> None:
    move_focus_to(qtbot, kiosk, lambda w: isinstance(w, ChoiceButton) and w.title().endswith(title))


def focus_on(qtbot: QtBot, kiosk: KioskWindow, target: QWidget) -> None:
    move_focus_to(qtbot, kiosk, lambda w: w is target)


def choose_by_keys(qtbot: QtBot, kiosk: KioskWindow, language: str, agency: str) -> None:
    focus_on(qtbot, kiosk, kiosk.language_page.buttons[language])
    press(qtbot, kiosk, Qt.Key.Key_Return)
    focus_titled(qtbot, kiosk, agency)
    press(qtbot, kiosk, Qt.Key.Key_Return)
    assert kiosk.stack.currentIndex() == KioskWindow.PAGE_CHOICE


# ---------------------------------------------------------------- contrast
@pytest.mark.parametrize("palette", [NORMAL, HIGH_CONTRAST], ids=["normal", "high-contrast"])
def test_every_colour_pair_of_the_kiosk_has_enough_contrast(palette: object) -> None:
    failing = [
        f"{pair.what}: {pair.foreground} on {pair.background} is "
        f"{contrast_ratio(pair.foreground, pair.background):.2f}, needs {pair.minimum}"
        for pair in colour_pairs(palette)  # type: ignore[arg-type]
        if contrast_ratio(pair.foreground, pair.background) < pair.minimum
    ]
    assert not failing, "\n".join(failing)
    if palette is HIGH_CONTRAST:
        assert all(pair.minimum >= HIGH_CONTRAST_MINIMUM for pair in colour_pairs(HIGH_CONTRAST))
    else:
        assert {pair.minimum for pair in colour_pairs(NORMAL)} == {4.5, 3.0}


@pytest.mark.parametrize("high_contrast", [False, True], ids=["normal", "high-contrast"])
@pytest.mark.parametrize("large_text", [False, True], ids=["text", "large-text"])
def test_the_style_sheet_paints_only_colours_whose_contrast_is_checked(
    high_contrast: bool, large_text: bool
) -> None:
    look = KioskLook(high_contrast=high_contrast, large_text=large_text, focus_ring=True)
    sheet = kiosk_style(look)
    used = {colour.lower() for colour in re.findall(r"#[0-9a-fA-F]{6}\b", sheet)}
    assert used <= palette_colours(look.palette)
    paired = {
        colour.lower()
        for pair in colour_pairs(look.palette)
        for colour in (pair.foreground, pair.background)
    }
    assert used <= paired, f"colours never checked: {used - paired}"
    assert "rgb" not in sheet.lower(), "colours are #rrggbb from the palette only"


def test_large_text_is_at_least_twice_the_size() -> None:
    for role, size in FONT_SIZES.items():
        large = font_size(role, large=True)
        assert large >= min(2 * size, LARGE_TEXT_CAP), role
        assert large >= size, role
    assert font_size("choice_subtitle", large=True) == 42


def test_high_contrast_turns_the_kiosk_black_with_light_text(
    qtbot: QtBot, kiosk: KioskWindow
) -> None:
    press(qtbot, kiosk, Qt.Key.Key_NumberSign)
    assert kiosk.access_bar.is_on(Mode.HIGH_CONTRAST)
    assert kiosk.look.high_contrast
    image = kiosk.grab().toImage()
    assert QColor(image.pixel(5, 5)).name() == HIGH_CONTRAST.window
    title = kiosk.language_page.buttons["fi"].findChild(QLabel, "choiceTitle")
    assert title is not None
    assert title.palette().color(title.foregroundRole()).name() == HIGH_CONTRAST.text
    press(qtbot, kiosk, Qt.Key.Key_F11)
    assert QColor(kiosk.grab().toImage().pixel(5, 5)).name() == NORMAL.window


# ---------------------------------------------------------------- without touch
def test_a_ticket_by_keys_alone_from_the_first_page_to_the_printed_ticket(
    qtbot: QtBot, kiosk: KioskWindow, tmp_path: Path
) -> None:
    assert focused(kiosk) is kiosk.language_page.buttons["fi"], "focus starts on the first"
    press(qtbot, kiosk, Qt.Key.Key_Down)
    assert focused(kiosk) is kiosk.language_page.buttons["sv"]
    press(qtbot, kiosk, Qt.Key.Key_Right)
    assert focused(kiosk) is kiosk.language_page.buttons["en"]
    press(qtbot, kiosk, Qt.Key.Key_Up)
    press(qtbot, kiosk, Qt.Key.Key_Tab)
    assert focused(kiosk) is kiosk.language_page.buttons["en"]
    press(qtbot, kiosk, Qt.Key.Key_Enter)  # the keypad's Enter
    assert kiosk.stack.currentIndex() == KioskWindow.PAGE_NEED
    assert focused_title(kiosk) == "City of Pori", "the page's first choice has the focus"

    focus_titled(qtbot, kiosk, "Kela")
    press(qtbot, kiosk, Qt.Key.Key_Space)
    assert kiosk.stack.currentIndex() == KioskWindow.PAGE_CHOICE
    assert focused_title(kiosk) == "Kela benefits, general advice"
    press(qtbot, kiosk, Qt.Key.Key_Space)
    assert kiosk.choice_page.chosen_codes() == ["kela-general"]
    press(qtbot, kiosk, Qt.Key.Key_Backtab)  # Shift+Tab wraps round to the bar
    assert focused(kiosk) in kiosk.access_bar.buttons.values()
    focus_on(qtbot, kiosk, kiosk.choice_page.take_button)
    with qtbot.waitSignal(kiosk.ticket_shown, timeout=10_000) as shown:
        press(qtbot, kiosk, Qt.Key.Key_Return)
    ticket = shown.args[0]
    assert isinstance(ticket, IssuedTicket)
    assert kiosk.stack.currentIndex() == KioskWindow.PAGE_TICKET
    assert (tmp_path / "ticket.pdf").is_file()
    with qtbot.waitSignal(kiosk.catalogue_loaded, timeout=10_000):
        press(qtbot, kiosk, Qt.Key.Key_Return)  # done: the next visitor
    assert kiosk.stack.currentIndex() == KioskWindow.PAGE_LANGUAGE


def test_escape_goes_back_a_page_and_never_closes_the_kiosk(
    qtbot: QtBot, kiosk: KioskWindow
) -> None:
    press(qtbot, kiosk, Qt.Key.Key_Escape)
    assert kiosk.isVisible()
    assert kiosk.stack.currentIndex() == KioskWindow.PAGE_LANGUAGE
    choose_by_keys(qtbot, kiosk, "fi", "Verohallinto")
    press(qtbot, kiosk, Qt.Key.Key_Escape)
    assert kiosk.stack.currentIndex() == KioskWindow.PAGE_NEED
    press(qtbot, kiosk, Qt.Key.Key_Escape)
    assert kiosk.stack.currentIndex() == KioskWindow.PAGE_LANGUAGE
    assert kiosk.isVisible()


def test_the_keys_reach_every_key_of_the_check_in_keypad(qtbot: QtBot, kiosk: KioskWindow) -> None:
    focus_on(qtbot, kiosk, kiosk.language_page.buttons["en"])
    press(qtbot, kiosk, Qt.Key.Key_Return)
    focus_titled(qtbot, kiosk, "I have an appointment")
    press(qtbot, kiosk, Qt.Key.Key_Return)
    page = kiosk.appointment_page
    assert kiosk.stack.currentIndex() == KioskWindow.PAGE_APPOINTMENT
    keys = list(page.keypad.keys.values())
    assert focused(kiosk) is keys[0]
    reached = {focused(kiosk)}
    for _ in range(len(keys) + 1):
        press(qtbot, kiosk, Qt.Key.Key_Right)
        reached.add(focused(kiosk))
    assert set(keys) | {page.keypad.erase_key, page.keypad.clear_key} <= reached
    focus_on(qtbot, kiosk, page.keypad.keys["C"])
    press(qtbot, kiosk, Qt.Key.Key_Return, times=2)
    focus_on(qtbot, kiosk, page.keypad.keys["7"])
    press(qtbot, kiosk, Qt.Key.Key_Space)
    assert page.booking_code() == "CC7"
    focus_on(qtbot, kiosk, page.keypad.erase_key)
    press(qtbot, kiosk, Qt.Key.Key_Return)
    assert page.booking_code() == "CC"
    type_text(qtbot, kiosk, "aaaa")  # a keyboard types too; then Check in has the focus
    assert page.booking_code() == "CCAAAA"
    assert focused(kiosk) is page.check_in_button
    press(qtbot, kiosk, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "CCAAAA" in page.status.text(), timeout=10_000)


def test_the_feedback_page_works_by_keys(qtbot: QtBot, kiosk: KioskWindow) -> None:
    focus_on(qtbot, kiosk, kiosk.language_page.buttons["en"])
    press(qtbot, kiosk, Qt.Key.Key_Return)
    focus_on(qtbot, kiosk, kiosk.need_page.feedback_button)
    press(qtbot, kiosk, Qt.Key.Key_Return)
    page = kiosk.feedback_page
    assert kiosk.stack.currentIndex() == KioskWindow.PAGE_FEEDBACK
    faces = list(page.face_buttons.values())
    assert focused(kiosk) is faces[0]
    press(qtbot, kiosk, Qt.Key.Key_Right, times=3)
    assert focused(kiosk) is faces[3]
    press(qtbot, kiosk, Qt.Key.Key_Space)
    assert page.score is list(page.face_buttons)[3]
    reasons = list(page.reason_buttons.values())
    focus_on(qtbot, kiosk, reasons[0])
    press(qtbot, kiosk, Qt.Key.Key_Return)
    focus_on(qtbot, kiosk, page.next_button)
    press(qtbot, kiosk, Qt.Key.Key_Return)
    assert page.steps.currentIndex() == 1
    assert focused(kiosk) is page.keypad.keys["A"]
    press(qtbot, kiosk, Qt.Key.Key_Escape)
    assert page.steps.currentIndex() == 0
    focus_on(qtbot, kiosk, page.next_button)
    press(qtbot, kiosk, Qt.Key.Key_Return)
    focus_on(qtbot, kiosk, page.send_button)
    with qtbot.waitSignal(kiosk.feedback_shown, timeout=10_000):
        press(qtbot, kiosk, Qt.Key.Key_Return)


def test_the_focus_shows_once_keys_are_used_and_not_as_a_chosen_item(
    qtbot: QtBot, kiosk: KioskWindow
) -> None:
    finnish = kiosk.language_page.buttons["fi"]
    assert focused(kiosk) is finnish

    def edge(button: QWidget) -> str:
        # The middle of the left border: the focus ring is 7 px wide.
        return QColor(button.grab().toImage().pixel(1, button.height() // 2)).name()

    assert edge(finnish) == NORMAL.outline, "a touch-only visitor sees no ring"
    press(qtbot, kiosk, Qt.Key.Key_Down)
    press(qtbot, kiosk, Qt.Key.Key_Up)
    assert focused(kiosk) is finnish
    assert edge(finnish) == NORMAL.focus_ring
    assert QColor(finnish.grab().toImage().pixel(40, 12)).name() == NORMAL.focus
    swedish = kiosk.language_page.buttons["sv"]
    assert edge(swedish) == NORMAL.outline
    ring = contrast_ratio(NORMAL.focus_ring, NORMAL.window)
    assert ring >= 3.0
    # Not like a chosen item: another fill and another border than :checked.
    assert {NORMAL.focus, NORMAL.focus_ring}.isdisjoint({NORMAL.chosen, NORMAL.accent})


# ---------------------------------------------------------------- large text
def clipped(kiosk: KioskWindow) -> list[str]:
    """Texts on screen that do not fit their widget, by their object names."""
    problems = []
    for label in kiosk.findChildren(QLabel):
        if not label.isVisible() or not label.text():
            continue
        if label.wordWrap():
            needed = label.heightForWidth(label.width())
            if needed > label.height() + 1:
                problems.append(
                    f"{label.objectName()} {label.text()!r}: {needed} > {label.height()}"
                )
        else:
            hint = label.sizeHint()
            if hint.width() > label.width() + 1 or hint.height() > label.height() + 1:
                problems.append(f"{label.objectName()} {label.text()!r}: {hint} > {label.size()}")
    for button in kiosk.findChildren(QPushButton):
        if not button.isVisible() or not button.text():
            continue
        hint = button.sizeHint()
        if hint.width() > button.width() + 1 or hint.height() > button.height() + 1:
            problems.append(f"{button.objectName()} {button.text()!r}: {hint} > {button.size()}")
    return problems


def settle(qtbot: QtBot) -> None:
    qtbot.wait(50)


@pytest.mark.parametrize("language", ["fi", "sv", "en"])
def test_large_text_cuts_nothing_off_on_any_page(
    qtbot: QtBot, kiosk: KioskWindow, language: str
) -> None:
    press(qtbot, kiosk, Qt.Key.Key_Plus)
    assert kiosk.look.large_text
    settle(qtbot)
    pages = {"language": clipped(kiosk)}
    kiosk.choose_language(language)
    settle(qtbot)
    pages["need"] = clipped(kiosk)
    assert kiosk.need_page.columns == 1
    heading = kiosk.need_page.findChild(QLabel, "kioskHeading")
    assert heading is not None
    assert heading.font().pixelSize() == font_size("heading", large=True)
    kiosk.need_page.buttons[0].click()
    settle(qtbot)
    pages["choice"] = clipped(kiosk)
    kiosk.choice_page.back_button.click()
    kiosk.need_page.findChild(ChoiceButton, "appointment").click()
    settle(qtbot)
    pages["appointment"] = clipped(kiosk)
    kiosk.appointment_page.back_button.click()
    kiosk.need_page.feedback_button.click()
    settle(qtbot)
    pages["feedback"] = clipped(kiosk)
    kiosk.feedback_page.choose_score(next(iter(kiosk.feedback_page.face_buttons)))
    kiosk.feedback_page.next_button.click()
    settle(qtbot)
    pages["feedback number"] = clipped(kiosk)
    kiosk.feedback_page.number_back.click()
    kiosk.feedback_page.back_button.click()
    kiosk.need_page.buttons[1].click()
    kiosk.choice_page.findChildren(ChoiceButton)[0].click()
    with qtbot.waitSignal(kiosk.ticket_shown, timeout=10_000):
        kiosk.choice_page.take_button.click()
    settle(qtbot)
    pages["ticket"] = clipped(kiosk)
    assert not any(pages.values()), pages
    # Whatever the page, it scrolls rather than spills sideways.
    assert kiosk.page_area.widget().width() <= kiosk.page_area.viewport().width()


def test_large_text_scrolls_the_focused_choice_into_sight(qtbot: QtBot, kiosk: KioskWindow) -> None:
    press(qtbot, kiosk, Qt.Key.Key_Plus)
    focus_on(qtbot, kiosk, kiosk.language_page.buttons["en"])
    press(qtbot, kiosk, Qt.Key.Key_Return)
    focus_titled(qtbot, kiosk, "I have an appointment")
    button = focused(kiosk)
    assert button is not None
    viewport = kiosk.page_area.viewport()

    def in_sight() -> bool:
        return viewport.rect().contains(QRect(button.mapTo(viewport, QPoint(0, 0)), button.size()))

    qtbot.waitUntil(in_sight, timeout=5_000)
    assert kiosk.page_area.verticalScrollBar().value() > 0


# ---------------------------------------------------------------- seated visitors
def interactive_tops(kiosk: KioskWindow) -> dict[str, int]:
    """Where each button a visitor can touch now begins, in window pixels."""
    tops = {}
    for button in kiosk.findChildren(QAbstractButton):
        if not button.isVisible() or not button.isEnabled():
            continue
        shown = button.visibleRegion().boundingRect()
        if shown.isEmpty():
            continue  # scrolled out of sight
        tops[f"{button.objectName()} {button.text()!r}"] = button.mapTo(kiosk, shown.topLeft()).y()
    return tops


@pytest.mark.parametrize("size", [(1366, 768), (1920, 1080)], ids=["1366x768", "1920x1080"])
def test_buttons_lower_brings_every_button_into_a_seated_reach(
    qtbot: QtBot, make_kiosk: MakeKiosk, size: tuple[int, int]
) -> None:
    kiosk = make_kiosk(*size)
    limit = int(size[1] * REACH_TOP)

    def too_high() -> dict[str, int]:
        settle(qtbot)
        return {name: top for name, top in interactive_tops(kiosk).items() if top < limit}

    assert too_high(), "the normal layout uses the whole screen"
    press(qtbot, kiosk, Qt.Key.Key_F9)
    assert kiosk.access_bar.is_on(Mode.LOW_REACH)
    pages = {"language": too_high()}
    kiosk.choose_language("en")
    pages["need"] = too_high()
    kiosk.need_page.buttons[1].click()
    pages["choice"] = too_high()
    kiosk.choice_page.back_button.click()
    kiosk.need_page.findChild(ChoiceButton, "appointment").click()
    pages["appointment"] = too_high()
    kiosk.appointment_page.back_button.click()
    kiosk.need_page.feedback_button.click()
    pages["feedback"] = too_high()
    kiosk.feedback_page.choose_score(next(iter(kiosk.feedback_page.face_buttons)))
    kiosk.feedback_page.next_button.click()
    pages["feedback number"] = too_high()
    assert not any(pages.values()), pages
    choices = [b for b in kiosk.findChildren(ChoiceButton) if b.isVisible()]
    assert all(button.height() >= 72 for button in choices)


# ---------------------------------------------------------------- the next visitor
def test_every_mode_ends_with_the_visit(qtbot: QtBot, kiosk: KioskWindow) -> None:
    for key in (Qt.Key.Key_Plus, Qt.Key.Key_NumberSign, Qt.Key.Key_F9):
        press(qtbot, kiosk, key)
    assert kiosk.look.large_text
    assert kiosk.look.high_contrast
    assert kiosk.look.focus_ring
    focus_on(qtbot, kiosk, kiosk.language_page.buttons["en"])
    press(qtbot, kiosk, Qt.Key.Key_Return)
    with qtbot.waitSignal(kiosk.catalogue_loaded, timeout=10_000):
        kiosk.reset()
    assert kiosk.look == KioskLook()
    assert not any(button.isChecked() for button in kiosk.access_bar.buttons.values())
    assert all(gap.height() == 0 for gap in kiosk.language_page.gaps)
    assert kiosk.access_bar.buttons[Mode.LARGE_TEXT].text().strip() == "Larger text"


def test_a_mode_on_the_first_page_ends_when_the_visitor_leaves(
    qtbot: QtBot, make_kiosk: MakeKiosk
) -> None:
    kiosk = make_kiosk(idle_ms=200, warning_ms=200)
    press(qtbot, kiosk, Qt.Key.Key_Plus)
    qtbot.waitUntil(lambda: not kiosk.look.large_text, timeout=10_000)


# ---------------------------------------------------------------- time to answer
def test_before_starting_over_the_kiosk_asks_and_more_time_keeps_the_visit(
    qtbot: QtBot, make_kiosk: MakeKiosk
) -> None:
    kiosk = make_kiosk(idle_ms=300, warning_ms=3_000)
    focus_on(qtbot, kiosk, kiosk.language_page.buttons["en"])
    press(qtbot, kiosk, Qt.Key.Key_Return)
    focus_titled(qtbot, kiosk, "Kela")
    press(qtbot, kiosk, Qt.Key.Key_Return)
    qtbot.waitUntil(kiosk.warning.isVisible, timeout=10_000)
    assert kiosk.stack.currentIndex() == KioskWindow.PAGE_CHOICE, "asked, not started over"
    assert kiosk.warning.title.text() == "Are you still there?"
    assert re.fullmatch(r"The kiosk starts over in [1-3] s\.", kiosk.warning.countdown.text())
    assert focused(kiosk) is kiosk.warning.more_button
    assert kiosk.warning.more_button.text() == "More time"
    assert kiosk._focus_order() == [kiosk.warning.more_button], "nothing behind the question"
    press(qtbot, kiosk, Qt.Key.Key_Return)
    assert not kiosk.warning.isVisible()
    assert kiosk.stack.currentIndex() == KioskWindow.PAGE_CHOICE
    assert focused_title(kiosk) == "Kela benefits, general advice"
    # Asked again; any key answers too.
    qtbot.waitUntil(kiosk.warning.isVisible, timeout=10_000)
    press(qtbot, kiosk, Qt.Key.Key_A)
    assert not kiosk.warning.isVisible()
    # Nobody answers: then it starts over.
    qtbot.waitUntil(kiosk.warning.isVisible, timeout=10_000)
    with qtbot.waitSignal(kiosk.catalogue_loaded, timeout=10_000):
        qtbot.waitUntil(lambda: kiosk.stack.currentIndex() == KioskWindow.PAGE_LANGUAGE)
    assert not kiosk.warning.isVisible()


def test_a_touch_anywhere_answers_the_question(qtbot: QtBot, make_kiosk: MakeKiosk) -> None:
    kiosk = make_kiosk(idle_ms=200, warning_ms=5_000)
    kiosk.choose_language("fi")
    qtbot.waitUntil(kiosk.warning.isVisible, timeout=10_000)
    qtbot.mouseClick(kiosk.warning, Qt.MouseButton.LeftButton, pos=QPoint(10, 10))
    assert not kiosk.warning.isVisible()
    assert kiosk.stack.currentIndex() == KioskWindow.PAGE_NEED


def test_the_ticket_page_asks_before_it_goes(qtbot: QtBot, make_kiosk: MakeKiosk) -> None:
    kiosk = make_kiosk(result_ms=200, warning_ms=2_000)
    kiosk.choose_language("en")
    kiosk.need_page.buttons[1].click()
    kiosk.choice_page.findChildren(ChoiceButton)[0].click()
    with qtbot.waitSignal(kiosk.ticket_shown, timeout=10_000):
        kiosk.choice_page.take_button.click()
    qtbot.waitUntil(kiosk.warning.isVisible, timeout=10_000)
    assert kiosk.stack.currentIndex() == KioskWindow.PAGE_TICKET
    kiosk.warning.more_button.click()
    assert kiosk.stack.currentIndex() == KioskWindow.PAGE_TICKET
    with qtbot.waitSignal(kiosk.catalogue_loaded, timeout=10_000):
        qtbot.waitUntil(lambda: kiosk.stack.currentIndex() == KioskWindow.PAGE_LANGUAGE)


def test_by_default_a_visitor_has_twenty_seconds_to_answer(kiosk: KioskWindow) -> None:
    assert kiosk._warning_for(kiosk._idle_ms) >= 20_000
    assert kiosk._warning_for(kiosk._result_ms) >= 20_000
    assert kiosk._idle_seconds == 60
