"""The kiosk as a visitor uses it: real buttons, a real database, a real PDF ticket."""

from __future__ import annotations

import logging
import subprocess
import sys
from collections.abc import Callable, Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot
from queue_kit import supervisor
from tiski_process import run_until_logged

from console.core.queue import Language, utc_now
from console.core.records import IssuedTicket
from console.desk.appointments import BOOKING_ALPHABET
from console.desk.desk import Desk
from console.i18n import install_translators
from console.store.database import Database
from console.ui.kiosk import KioskWindow
from console.ui.kiosk.parts import ChoiceButton
from console.ui.queue.ticket_print import TicketPrintError, print_ticket
from console.ui.shared.visitor_text import VisitorText

MakeKiosk = Callable[..., KioskWindow]


@pytest.fixture
def desk(demo_database: Database) -> Desk:
    return Desk(demo_database)


@pytest.fixture
def ticket_pdf(tmp_path: Path) -> Path:
    return tmp_path / "tickets" / "ticket.pdf"


@pytest.fixture
def make_kiosk(qtbot: QtBot, desk: Desk, ticket_pdf: Path) -> Iterator[MakeKiosk]:
    made: list[KioskWindow] = []

    def make(**options: object) -> KioskWindow:
        options.setdefault("print_to_pdf", str(ticket_pdf))
        window = KioskWindow(desk, **options)  # type: ignore[arg-type]
        qtbot.addWidget(window)
        window.resize(1280, 800)
        window.show()
        with qtbot.waitSignal(window.catalogue_loaded, timeout=10_000):
            window.start()
        made.append(window)
        return window

    yield make
    for window in made:
        window.close()  # stops its timers


@pytest.fixture
def kiosk(make_kiosk: MakeKiosk) -> KioskWindow:
    return make_kiosk()


def click(qtbot: QtBot, widget: QWidget) -> None:
    assert widget.isVisible(), widget.objectName()
    assert widget.isEnabled(), widget.objectName()
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def shown_titles(window: KioskWindow) -> list[str]:
    return [button.title() for button in window.findChildren(ChoiceButton) if button.isVisible()]


def button_titled(window: KioskWindow, title: str) -> ChoiceButton:
    for button in window.findChildren(ChoiceButton):
        if button.isVisible() and button.title() == title:
            return button
    raise AssertionError(f"no button {title!r}; shown: {shown_titles(window)}")


def take_ticket(qtbot: QtBot, window: KioskWindow, button: QWidget) -> IssuedTicket:
    with qtbot.waitSignal(window.ticket_shown, timeout=10_000) as shown:
        click(qtbot, button)
    ticket = shown.args[0]
    assert isinstance(ticket, IssuedTicket)
    return ticket


def pdf_text(path: Path) -> str:
    from pypdf import PdfReader

    text = " ".join(page.extract_text() for page in PdfReader(path).pages)
    return " ".join(text.split())


def test_a_visitor_takes_a_ticket_by_touch_and_it_is_printed(
    qtbot: QtBot, kiosk: KioskWindow, desk: Desk, ticket_pdf: Path
) -> None:
    assert kiosk.stack.currentIndex() == KioskWindow.PAGE_LANGUAGE
    assert shown_titles(kiosk) == ["Suomi", "Svenska", "English"]
    click(qtbot, kiosk.language_page.buttons["fi"])
    assert kiosk.stack.currentIndex() == KioskWindow.PAGE_NEED
    click(qtbot, button_titled(kiosk, "Kela"))
    assert shown_titles(kiosk) == ["Kelan etuudet, yleinen neuvonta", "Lapsiperheiden etuudet"]
    assert not kiosk.choice_page.take_button.isEnabled(), "nothing chosen yet"
    click(qtbot, button_titled(kiosk, "Kelan etuudet, yleinen neuvonta"))

    ticket = take_ticket(qtbot, kiosk, kiosk.choice_page.take_button)

    assert kiosk.stack.currentIndex() == KioskWindow.PAGE_TICKET
    assert kiosk.ticket_page.number.text() == ticket.ticket_number
    assert ticket.ticket_number.startswith("K")
    assert "Kelan etuudet, yleinen neuvonta" in kiosk.ticket_page.services.text()
    assert not kiosk.ticket_page.print_problem.isVisible()
    step = desk.queue.find_ticket(supervisor(desk), ticket.ticket_number)
    assert (step.service_code, step.language) == ("kela-general", Language.FI)
    printed = pdf_text(ticket_pdf)
    assert ticket.ticket_number in printed
    assert "Kelan etuudet, yleinen neuvonta" in printed
    assert "Porin yhteispalvelupiste" in printed


def test_the_ticket_is_a_receipt_sized_page(
    qtbot: QtBot, kiosk: KioskWindow, ticket_pdf: Path
) -> None:
    from pypdf import PdfReader

    click(qtbot, kiosk.language_page.buttons["en"])
    click(qtbot, button_titled(kiosk, "Finnish Tax Administration"))
    click(qtbot, button_titled(kiosk, "Tax card and tax return"))
    take_ticket(qtbot, kiosk, kiosk.choice_page.take_button)
    (page,) = PdfReader(ticket_pdf).pages
    millimetres = (float(page.mediabox.width) * 25.4 / 72, float(page.mediabox.height) * 25.4 / 72)
    assert millimetres == pytest.approx((80, 120), abs=1)


def test_in_swedish_the_kiosk_shows_swedish_names_and_prints_them(
    qtbot: QtBot, kiosk: KioskWindow, desk: Desk, ticket_pdf: Path
) -> None:
    click(qtbot, kiosk.language_page.buttons["sv"])
    titles = shown_titles(kiosk)
    assert "Björneborgs stad" in titles
    assert "Skatteförvaltningen" in titles
    assert "Porin kaupunki" not in titles
    click(qtbot, button_titled(kiosk, "FPA"))
    assert shown_titles(kiosk) == ["FPA:s förmåner, allmän rådgivning", "Förmåner för barnfamiljer"]
    click(qtbot, button_titled(kiosk, "Förmåner för barnfamiljer"))
    click(qtbot, button_titled(kiosk, "FPA:s förmåner, allmän rådgivning"))

    ticket = take_ticket(qtbot, kiosk, kiosk.choice_page.take_button)

    steps = desk.queue.visit_steps(supervisor(desk), [ticket.visit_id])
    assert [step.service_code for step in steps] == ["kela-general", "kela-family"]
    assert {step.language for step in steps} == {Language.SV}
    printed = pdf_text(ticket_pdf)
    assert "Förmåner för barnfamiljer" in printed
    assert "FPA:s förmåner, allmän rådgivning" in printed


def test_the_language_changes_at_runtime_whatever_the_staff_language(
    qtbot: QtBot, kiosk: KioskWindow, qapp: QApplication
) -> None:
    install_translators(qapp, "fi")
    try:
        click(qtbot, kiosk.language_page.buttons["sv"])
        assert "Björneborgs stad" in shown_titles(kiosk)
        click(qtbot, kiosk.need_page.back_button)
        assert kiosk.stack.currentIndex() == KioskWindow.PAGE_LANGUAGE
        click(qtbot, kiosk.language_page.buttons["en"])
        assert "City of Pori" in shown_titles(kiosk)
        assert "Björneborgs stad" not in shown_titles(kiosk)
    finally:
        install_translators(qapp, "fi")


def test_the_fixed_texts_of_every_page_follow_the_visitors_language(
    qtbot: QtBot, kiosk: KioskWindow
) -> None:
    fixed = {
        kiosk.need_page.back_button: "Back",
        kiosk.choice_page.back_button: "Back",
        kiosk.choice_page.take_button: "Take a ticket",
        kiosk.appointment_page.back_button: "Back",
        kiosk.appointment_page.check_in_button: "Check in",
        kiosk.appointment_page.keypad.clear_key: "Clear",
        kiosk.ticket_page.intro: "Your number is",
    }
    click(qtbot, kiosk.language_page.buttons["en"])
    assert {widget.text() for widget in fixed} == set(fixed.values())
    assert kiosk.appointment_page.keypad.erase_key.accessibleName() == "Erase"
    click(qtbot, kiosk.need_page.back_button)
    click(qtbot, kiosk.language_page.buttons["sv"])
    for widget, source in fixed.items():
        swedish = kiosk.texts.text("sv", "Kiosk", source)
        assert swedish != source, source
        assert widget.text() == swedish
    erase = kiosk.appointment_page.keypad.erase_key.accessibleName()
    assert erase == kiosk.texts.text("sv", "Kiosk", "Erase") != "Erase"


def test_visitor_texts_use_the_visitors_language_not_the_installed_one(
    qapp: QApplication,
) -> None:
    install_translators(qapp, "en")
    try:
        texts = VisitorText()
        # A string the committed translations already hold.
        finnish = texts.text("fi", "Roles", "lobby guide")
        swedish = texts.text("sv", "Roles", "lobby guide")
        assert "lobby guide" not in (finnish, swedish)
        assert finnish != swedish
        assert texts.text("en", "Roles", "lobby guide") == "lobby guide"
        assert texts.text("sv", "Kiosk", "Not translated {n}", n=3) == "Not translated 3"
    finally:
        install_translators(qapp, "fi")


def test_a_life_event_issues_one_visit_with_all_its_steps(
    qtbot: QtBot, kiosk: KioskWindow, desk: Desk, ticket_pdf: Path
) -> None:
    click(qtbot, kiosk.language_page.buttons["en"])
    click(qtbot, button_titled(kiosk, "Life events"))
    moving = button_titled(kiosk, "Moving to Pori")
    assert "Change of address and population information" in moving.subtitle()
    click(qtbot, moving)

    ticket = take_ticket(qtbot, kiosk, kiosk.choice_page.take_button)

    steps = desk.queue.visit_steps(supervisor(desk), [ticket.visit_id])
    assert [step.service_code for step in steps] == [
        "dvv-population",
        "kela-general",
        "pori-general",
    ]
    assert {step.ticket_number for step in steps} == {ticket.ticket_number}
    assert ticket.ticket_number.startswith("D")
    assert ticket.ticket_number in pdf_text(ticket_pdf)


def test_a_double_tap_issues_one_ticket(qtbot: QtBot, kiosk: KioskWindow, desk: Desk) -> None:
    waiting_before = len(desk.snapshot().waiting)
    click(qtbot, kiosk.language_page.buttons["fi"])
    click(qtbot, button_titled(kiosk, "Verohallinto"))
    click(qtbot, button_titled(kiosk, "Verokortti ja veroilmoitus"))
    with qtbot.waitSignal(kiosk.ticket_shown, timeout=10_000):
        qtbot.mouseClick(kiosk.choice_page.take_button, Qt.MouseButton.LeftButton)
        qtbot.mouseClick(kiosk.choice_page.take_button, Qt.MouseButton.LeftButton)
    assert len(desk.snapshot().waiting) == waiting_before + 1


def type_on_keypad(qtbot: QtBot, kiosk: KioskWindow, code: str) -> None:
    for character in code:
        click(qtbot, kiosk.appointment_page.keypad.keys[character])


def test_appointment_check_in_on_the_keypad_gives_a_ticket(
    qtbot: QtBot, kiosk: KioskWindow, desk: Desk, ticket_pdf: Path
) -> None:
    # In 20 minutes: after 23:40 that is tomorrow, and the day's list is the booking's.
    at = utc_now() + timedelta(minutes=20)
    booked = desk.queue.book(supervisor(desk), "vero-taxcard", at, visitor_name="Testi Asiakas")
    click(qtbot, kiosk.language_page.buttons["en"])
    click(qtbot, button_titled(kiosk, "I have an appointment"))
    assert kiosk.stack.currentIndex() == KioskWindow.PAGE_APPOINTMENT
    assert not kiosk.appointment_page.check_in_button.isEnabled()
    type_on_keypad(qtbot, kiosk, booked.booking_code[:5] + "A")
    click(qtbot, kiosk.appointment_page.keypad.erase_key)
    type_on_keypad(qtbot, kiosk, booked.booking_code[5])
    assert kiosk.appointment_page.booking_code() == booked.booking_code
    assert kiosk.appointment_page.code_label.text() == " ".join(booked.booking_code)

    ticket = take_ticket(qtbot, kiosk, kiosk.appointment_page.check_in_button)

    assert ticket.ticket_number.startswith("V")
    assert kiosk.ticket_page.number.text() == ticket.ticket_number
    assert ticket.ticket_number in pdf_text(ticket_pdf)
    (appointment,) = desk.queue.appointments_on(supervisor(desk), at)
    assert (appointment.state, appointment.visit_id) == ("checked_in", ticket.visit_id)


def test_a_wrong_booking_code_is_told_on_the_page(
    qtbot: QtBot, kiosk: KioskWindow, ticket_pdf: Path, caplog: pytest.LogCaptureFixture
) -> None:
    click(qtbot, kiosk.language_page.buttons["en"])
    click(qtbot, button_titled(kiosk, "I have an appointment"))
    type_on_keypad(qtbot, kiosk, "ACDEFH")
    click(qtbot, kiosk.appointment_page.check_in_button)
    qtbot.waitUntil(lambda: "ACDEFH" in kiosk.appointment_page.status.text(), timeout=10_000)
    assert kiosk.appointment_page.status.isVisible()
    assert kiosk.appointment_page.status.text() == (
        "No appointment with booking code ACDEFH. Check the code or ask at the lobby."
    )
    assert kiosk.stack.currentIndex() == KioskWindow.PAGE_APPOINTMENT
    assert kiosk.appointment_page.check_in_button.isEnabled(), (
        "the visitor may correct the code and try again"
    )
    assert not ticket_pdf.exists()
    assert "Traceback" not in caplog.text


def test_the_keypad_has_the_booking_alphabet_in_large_keys(
    qtbot: QtBot, kiosk: KioskWindow
) -> None:
    click(qtbot, kiosk.language_page.buttons["fi"])
    click(qtbot, button_titled(kiosk, "Minulla on ajanvaraus"))
    assert "".join(kiosk.appointment_page.keypad.keys) == BOOKING_ALPHABET
    keys = [
        *kiosk.appointment_page.keypad.keys.values(),
        kiosk.appointment_page.keypad.erase_key,
        kiosk.appointment_page.keypad.clear_key,
    ]
    assert all(key.isVisible() and key.height() >= 72 and key.width() >= 72 for key in keys)
    for key in ("A", "7", "X", "4", "9", "W"):
        click(qtbot, kiosk.appointment_page.keypad.keys[key])
    click(qtbot, kiosk.appointment_page.keypad.keys["K"])  # a seventh character does not fit
    assert kiosk.appointment_page.booking_code() == "A7X49W"
    click(qtbot, kiosk.appointment_page.keypad.clear_key)
    assert kiosk.appointment_page.booking_code() == ""


def test_every_choice_is_a_large_touch_target(qtbot: QtBot, kiosk: KioskWindow) -> None:
    buttons = [b for b in kiosk.findChildren(ChoiceButton) if b.isVisible()]
    click(qtbot, kiosk.language_page.buttons["fi"])
    buttons += [b for b in kiosk.findChildren(ChoiceButton) if b.isVisible()]
    buttons += [kiosk.need_page.back_button]
    assert all(button.height() >= 72 for button in buttons)


def test_a_printer_failure_is_shown_and_the_ticket_stands(
    qtbot: QtBot, make_kiosk: MakeKiosk, desk: Desk, caplog: pytest.LogCaptureFixture
) -> None:
    kiosk = make_kiosk(print_to_pdf="", printer_name="Tiski test printer that is not there")
    click(qtbot, kiosk.language_page.buttons["en"])
    click(qtbot, button_titled(kiosk, "Police permit services"))
    click(qtbot, button_titled(kiosk, "Passport and identity card"))
    with caplog.at_level(logging.WARNING, logger="console.ui.kiosk"):
        ticket = take_ticket(qtbot, kiosk, kiosk.choice_page.take_button)
    assert kiosk.ticket_page.print_problem.isVisible()
    assert kiosk.ticket_page.print_problem.text() == (
        f"Printing failed, please ask the lobby guide; your number is {ticket.ticket_number}."
    )
    assert kiosk.ticket_page.number.text() == ticket.ticket_number
    assert (
        desk.queue.find_ticket(supervisor(desk), ticket.ticket_number).service_code
        == "poliisi-passport"
    )
    assert "Printing ticket" in caplog.text


def test_printing_into_an_unwritable_place_raises_a_print_error(
    qtbot: QtBot, tmp_path: Path
) -> None:
    from console.core.records import Names, ServiceInfo

    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder", encoding="utf-8")
    service = ServiceInfo(1, "kela-general", "kela", "K", Names("Kela", "FPA", "Kela"), 20)
    ticket = IssuedTicket(1, "K001", (service,), Language.FI, utc_now(), 5)
    with pytest.raises(TicketPrintError):
        print_ticket(ticket, "fi", pdf_path=str(blocker / "ticket.pdf"))


def test_the_ticket_page_ends_on_a_touch(qtbot: QtBot, kiosk: KioskWindow) -> None:
    click(qtbot, kiosk.language_page.buttons["fi"])
    click(qtbot, button_titled(kiosk, "Kela"))
    click(qtbot, button_titled(kiosk, "Lapsiperheiden etuudet"))
    take_ticket(qtbot, kiosk, kiosk.choice_page.take_button)
    with qtbot.waitSignal(kiosk.catalogue_loaded, timeout=10_000):  # read again for the next
        qtbot.mouseClick(kiosk.stack.currentWidget(), Qt.MouseButton.LeftButton)
    assert kiosk.stack.currentIndex() == KioskWindow.PAGE_LANGUAGE


def test_the_ticket_page_returns_to_the_start_by_itself(
    qtbot: QtBot, make_kiosk: MakeKiosk
) -> None:
    kiosk = make_kiosk(result_ms=200)
    click(qtbot, kiosk.language_page.buttons["sv"])
    click(qtbot, button_titled(kiosk, "FPA"))
    click(qtbot, button_titled(kiosk, "Förmåner för barnfamiljer"))
    take_ticket(qtbot, kiosk, kiosk.choice_page.take_button)
    with qtbot.waitSignal(kiosk.catalogue_loaded, timeout=10_000):
        qtbot.waitUntil(lambda: kiosk.stack.currentIndex() == KioskWindow.PAGE_LANGUAGE)


def test_an_abandoned_kiosk_starts_over(qtbot: QtBot, make_kiosk: MakeKiosk) -> None:
    kiosk = make_kiosk(idle_ms=200)
    click(qtbot, kiosk.language_page.buttons["fi"])
    click(qtbot, button_titled(kiosk, "Kela"))
    with qtbot.waitSignal(kiosk.catalogue_loaded, timeout=10_000):
        qtbot.waitUntil(lambda: kiosk.stack.currentIndex() == KioskWindow.PAGE_LANGUAGE)


def test_escape_does_not_close_the_kiosk_but_staff_chord_does(
    qtbot: QtBot, kiosk: KioskWindow
) -> None:
    kiosk.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is kiosk)
    qtbot.keyClick(kiosk, Qt.Key.Key_Escape)
    assert kiosk.isVisible()
    qtbot.keyClick(
        kiosk,
        Qt.Key.Key_Q,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert not kiosk.isVisible()


@pytest.mark.slow
def test_screenshot_of_the_kiosk(tiski_env: dict[str, str], tmp_path: Path) -> None:
    out = tmp_path / "kiosk.png"
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "console",
            "screenshot",
            str(out),
            "--demo",
            "--window",
            "kiosk",
            "--size",
            "1280x800",
        ],
        env=tiski_env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1280, 800)
    colours = {image.pixel(x, y) for x in range(0, 1280, 8) for y in range(0, 800, 8)}
    assert len(colours) > 10, "the picture is nearly blank"


@pytest.mark.slow
@pytest.mark.skipif(sys.platform == "win32", reason="stopped by SIGTERM")
def test_the_kiosk_command_starts_on_the_demo_desk_and_stops_cleanly(
    tiski_env: dict[str, str], private_folders: Path
) -> None:
    started, errors, code = run_until_logged(
        tiski_env, private_folders, ["kiosk", "--demo"], "Kiosk started"
    )
    assert started, errors
    assert code == 0, errors
    assert "Traceback" not in errors


def test_when_the_database_is_out_of_reach_the_kiosk_says_whom_to_ask(
    qtbot: QtBot, tmp_path: Path
) -> None:
    database = Database(f"sqlite:///{tmp_path / 'missing' / 'desk.sqlite3'}")
    kiosk = KioskWindow(Desk(database))
    qtbot.addWidget(kiosk)
    kiosk.show()
    click(qtbot, kiosk.language_page.buttons["en"])
    qtbot.waitUntil(lambda: "lobby guide" in kiosk.need_page.status.text(), timeout=10_000)
    assert kiosk.need_page.status.isVisible()
    assert shown_titles(kiosk) == []
    kiosk.close()  # stops its retries
    database.dispose()


@pytest.mark.qt_log_ignore("This plugin does not support raise")
def test_f1_shows_staff_their_keys_and_whom_to_call_and_f1_again_hides_it(
    qtbot: QtBot, kiosk: KioskWindow, it_desk: None
) -> None:
    qtbot.keyClick(kiosk, Qt.Key.Key_F1)
    card = kiosk.staff_help
    assert card is not None
    assert card.isVisible()
    text = card.plain_text()  # type: ignore[attr-defined]
    assert "Ctrl+Shift+Q – Close the kiosk" in text
    assert "After 60 seconds without a touch" in text
    assert "Call IT: IT help desk, 02 621 1234." in text
    qtbot.keyClick(card, Qt.Key.Key_F1)
    qtbot.waitUntil(lambda: kiosk.staff_help is None, timeout=2_000)
