"""Read aloud at the kiosk: what a blind visitor hears, driven by keys alone, recorded by
espeak-ng into WAV files (``Speaker(record_to=...)``) instead of the loudspeaker.

Skipped without espeak-ng, unless TISKI_REQUIRE_SPEECH=1 (CI), which makes that a failure.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from kiosk_kit import KioskWindows, sqlite_file_url
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot
from support.speech import assert_audible, require_espeak

from console.desk.desk import Desk
from console.store.database import Database
from console.ui.kiosk import KioskWindow
from console.ui.kiosk.access import Mode
from console.ui.kiosk.parts import ChoiceButton
from console.ui.kiosk.reading import NORMAL_VOLUME
from console.ui.shared.speech import Speaker, Utterance, spoken_ticket

MakeKiosk = Callable[..., KioskWindow]
SPOKEN_WITHIN_S = 30.0


@pytest.fixture(autouse=True)
def espeak() -> None:
    require_espeak()


@pytest.fixture
def db_url(tmp_path: Path, sqlite_template: Path) -> str:
    """Speech does not depend on the database: a real SQLite file is enough."""
    return sqlite_file_url(tmp_path, sqlite_template)


@pytest.fixture
def desk(demo_database: Database) -> Desk:
    return Desk(demo_database)


@pytest.fixture
def speaker(tmp_path: Path) -> Speaker:
    return Speaker(record_to=tmp_path / "speech")


@pytest.fixture
def make_kiosk(qtbot: QtBot, desk: Desk, tmp_path: Path, speaker: Speaker) -> Iterator[MakeKiosk]:
    kiosks = KioskWindows(qtbot, desk, tmp_path)
    yield lambda **options: kiosks.open(speaker=speaker, **options)
    kiosks.close_all()  # stops the speaker's worker too
    speaker.stop()


@pytest.fixture
def kiosk(make_kiosk: MakeKiosk) -> KioskWindow:
    return make_kiosk()


def press(qtbot: QtBot, kiosk: KioskWindow, key: Qt.Key) -> None:
    qtbot.keyClick(QApplication.focusWidget() or kiosk, key)


def heard(speaker: Speaker) -> list[tuple[str, str]]:
    """Everything spoken to the end so far, as (text, language)."""
    assert speaker.wait_until_idle(SPOKEN_WITHIN_S), "speech did not finish"
    said = []
    for spoken in speaker.spoken:
        assert isinstance(spoken.item, Utterance)
        said.append((spoken.item.text, spoken.item.language))
    return said


def say_and_hear(qtbot: QtBot, kiosk: KioskWindow, speaker: Speaker, key: Qt.Key) -> list[str]:
    """Press ``key`` and return what was then read to the end, in order."""
    before = len(heard(speaker))
    press(qtbot, kiosk, key)
    return [text for text, _language in heard(speaker)[before:]]


def move_to(
    qtbot: QtBot, kiosk: KioskWindow, speaker: Speaker, wanted: Callable[[QWidget], bool]
) -> None:
    for _ in range(40):
        widget = QApplication.focusWidget()
        if widget is not None and wanted(widget):
            return
        press(qtbot, kiosk, Qt.Key.Key_Down)
        heard(speaker)  # each focus is read to its end before the next key
    raise AssertionError("the focus never got there")


def titled(title: str) -> Callable[[QWidget], bool]:
    return lambda widget: isinstance(widget, ChoiceButton) and widget.title().endswith(title)


def test_a_blind_visitor_hears_each_page_each_choice_and_the_ticket_in_english(
    qtbot: QtBot, kiosk: KioskWindow, speaker: Speaker
) -> None:
    assert kiosk.access_bar.buttons[Mode.SPEECH].isVisible(), "offered on the first page"
    said = say_and_hear(qtbot, kiosk, speaker, Qt.Key.Key_F12)
    assert kiosk.read_aloud.on
    assert [language for _text, language in heard(speaker)] == ["fi", "sv", "en", "fi"]
    assert said == [
        "Tervetuloa. Valitse kieli.",
        "Välkommen. Välj språk.",
        "Welcome. Choose your language.",
        "Suomi",
    ]
    assert say_and_hear(qtbot, kiosk, speaker, Qt.Key.Key_Down) == ["Svenska"]
    assert heard(speaker)[-1] == ("Svenska", "sv"), "each language is read in itself"
    assert say_and_hear(qtbot, kiosk, speaker, Qt.Key.Key_Down) == ["English"]

    said = say_and_hear(qtbot, kiosk, speaker, Qt.Key.Key_Return)
    assert said == [
        "What do you need?",
        "Choose the agency whose services you need.",
        "City of Pori",
    ]
    move_to(qtbot, kiosk, speaker, titled("Kela"))
    assert heard(speaker)[-1] == ("Kela", "en")

    said = say_and_hear(qtbot, kiosk, speaker, Qt.Key.Key_Return)
    assert said[:2] == ["Kela", "Choose one or more services, then take a ticket."]
    first = said[2]
    assert first.startswith("Kela benefits, general advice. "), first
    assert "wait" in first or "next in line" in first, "the second line, the wait, too"
    assert say_and_hear(qtbot, kiosk, speaker, Qt.Key.Key_Space) == ["Selected"]

    move_to(qtbot, kiosk, speaker, lambda widget: widget is kiosk.choice_page.take_button)
    assert heard(speaker)[-1] == ("Take a ticket", "en")
    with qtbot.waitSignal(kiosk.ticket_shown, timeout=10_000) as shown:
        press(qtbot, kiosk, Qt.Key.Key_Return)
    ticket = shown.args[0]
    number = spoken_ticket(ticket.ticket_number)
    assert number.startswith("K ")
    assert "0" not in number[:3]
    (said_ticket, language) = heard(speaker)[-1]
    assert language == "en"
    minutes = ticket.estimated_wait_minutes
    wait = (
        "You are next in line."
        if minutes <= 0
        else "Estimated wait about one minute."
        if minutes == 1
        else f"Estimated wait about {minutes} minutes."
    )
    assert said_ticket == f"Your number is {number}. {wait}"

    recorded = [spoken for spoken in speaker.spoken if isinstance(spoken.item, Utterance)]
    assert len(recorded) >= 12
    for spoken in recorded:
        assert_audible(spoken)

    with qtbot.waitSignal(kiosk.catalogue_loaded, timeout=10_000):
        kiosk.reset()  # the next visitor
    assert not kiosk.read_aloud.on
    assert not kiosk.access_bar.buttons[Mode.SPEECH].isChecked()
    count = len(heard(speaker))
    press(qtbot, kiosk, Qt.Key.Key_Down)
    assert len(heard(speaker)) == count, "silent for the next visitor"


def test_in_swedish_the_kiosk_speaks_swedish(
    qtbot: QtBot, kiosk: KioskWindow, speaker: Speaker
) -> None:
    move_to(qtbot, kiosk, speaker, lambda widget: widget is kiosk.language_page.buttons["sv"])
    press(qtbot, kiosk, Qt.Key.Key_Return)
    assert kiosk.language == "sv"
    said = say_and_hear(qtbot, kiosk, speaker, Qt.Key.Key_Asterisk)  # the keypad's star
    texts = kiosk.texts
    assert said[0] == texts.text("sv", "Kiosk", "What do you need?") != "What do you need?"
    assert said[-1] == "Björneborgs stad"
    assert {language for _text, language in heard(speaker)} == {"sv"}
    for spoken in speaker.spoken:
        assert_audible(spoken)


def test_a_new_focus_cuts_short_what_is_being_read(
    qtbot: QtBot, kiosk: KioskWindow, speaker: Speaker
) -> None:
    kiosk.choose_language("en")
    press(qtbot, kiosk, Qt.Key.Key_F12)
    for _ in range(4):
        press(qtbot, kiosk, Qt.Key.Key_Down)  # faster than anyone can listen
    widget = QApplication.focusWidget()
    assert isinstance(widget, ChoiceButton)
    said = heard(speaker)
    # Whatever was cut short or never started, nothing stale follows the last focus.
    assert said[-1] == (widget.title(), "en"), "the last focus is read to its end"
    assert said.count((widget.title(), "en")) == 1
    assert speaker.dropped == 0, "cut short, not queued up until announcements drop"


def test_the_question_before_starting_over_is_read_aloud(
    qtbot: QtBot, make_kiosk: MakeKiosk, speaker: Speaker
) -> None:
    kiosk = make_kiosk(idle_ms=400, warning_ms=20_000)
    kiosk.choose_language("en")
    kiosk.access_bar.buttons[Mode.SPEECH].click()
    qtbot.waitUntil(kiosk.warning.isVisible, timeout=10_000)
    said = [text for text, _language in heard(speaker)]
    assert said[-3:-1] == ["Are you still there?", "The kiosk starts over in 20 seconds."]
    assert said[-1] == "More time"
    press(qtbot, kiosk, Qt.Key.Key_Return)
    assert not kiosk.warning.isVisible()
    assert kiosk.stack.currentIndex() == KioskWindow.PAGE_NEED


def test_without_a_speaker_the_kiosk_offers_no_read_aloud(qtbot: QtBot, desk: Desk) -> None:
    kiosk = KioskWindow(desk)
    qtbot.addWidget(kiosk)
    assert Mode.SPEECH not in kiosk.access_bar.buttons
    assert not kiosk.read_aloud.offered
    kiosk.close()


def test_the_visitor_can_have_it_said_again_louder_and_the_next_visitor_starts_at_normal(
    qtbot: QtBot, kiosk: KioskWindow, speaker: Speaker
) -> None:
    kiosk.choose_language("en")
    first = say_and_hear(qtbot, kiosk, speaker, Qt.Key.Key_F12)
    assert first
    assert say_and_hear(qtbot, kiosk, speaker, Qt.Key.Key_Slash) == first  # said again
    normal = speaker.spoken[-1]
    assert say_and_hear(qtbot, kiosk, speaker, Qt.Key.Key_F8) == first  # louder, said again
    louder = speaker.spoken[-1]
    assert speaker.volume > NORMAL_VOLUME
    assert normal.file is not None
    assert louder.file is not None
    assert assert_audible(louder).rms > 1.15 * assert_audible(normal).rms
    press(qtbot, kiosk, Qt.Key.Key_Minus)
    press(qtbot, kiosk, Qt.Key.Key_Minus)
    heard(speaker)
    assert speaker.volume < NORMAL_VOLUME

    kiosk.reset()  # the next visitor
    assert not kiosk.read_aloud.on
    assert speaker.volume == NORMAL_VOLUME
    before = len(heard(speaker))
    press(qtbot, kiosk, Qt.Key.Key_Slash)  # speech is off: nothing is said
    assert len(heard(speaker)) == before


def test_the_booking_code_typed_so_far_is_read_letter_by_letter(
    qtbot: QtBot, kiosk: KioskWindow, speaker: Speaker
) -> None:
    kiosk.choose_language("en")
    press(qtbot, kiosk, Qt.Key.Key_F12)
    kiosk.need_page.appointment_chosen.emit()
    assert kiosk.stack.currentIndex() == KioskWindow.PAGE_APPOINTMENT
    heard(speaker)
    assert say_and_hear(qtbot, kiosk, speaker, Qt.Key.Key_C) == ["Code: C"]
    assert say_and_hear(qtbot, kiosk, speaker, Qt.Key.Key_4) == ["Code: C 4"]
    assert say_and_hear(qtbot, kiosk, speaker, Qt.Key.Key_Backspace) == ["Code: C"]
    assert say_and_hear(qtbot, kiosk, speaker, Qt.Key.Key_Backspace) == ["No code typed"]
