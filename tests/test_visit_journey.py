"""One visitor's way through the desk: the kiosk, a console, the lobby display."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from console_quit import quit_console
from pypdf import PdfReader
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from console.core.demo import load_demo_desk
from console.core.queue import utc_now
from console.desk.desk import Desk, demo_data_file
from console.store.database import Database
from console.store.queries import transaction
from console.ui.console_window import ConsoleWindow
from console.ui.display.window import LobbyDisplay
from console.ui.kiosk import KioskWindow
from console.ui.kiosk.parts import ChoiceButton


def touch(qtbot: QtBot, window: KioskWindow, title: str) -> None:
    for button in window.findChildren(ChoiceButton):
        if button.isVisible() and button.title() == title:
            qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
            return
    raise AssertionError(f"no button {title!r}")


def test_kiosk_ticket_is_called_at_a_console_and_shown_in_the_lobby(
    qtbot: QtBot, demo_database: Database, tmp_path: Path
) -> None:
    desk = Desk(demo_database)
    # An empty lobby, so that call next has only this visitor to choose.
    empty = dataclasses.replace(load_demo_desk(demo_data_file()), visits=())
    with transaction(demo_database) as tx:
        tx.seed_demo_visits(empty, utc_now())

    pdf = tmp_path / "ticket.pdf"
    kiosk = KioskWindow(desk, print_to_pdf=str(pdf))
    qtbot.addWidget(kiosk)
    kiosk.show()
    with qtbot.waitSignal(kiosk.catalogue_loaded, timeout=10_000):
        kiosk.start()
    qtbot.mouseClick(kiosk.language_page.buttons["sv"], Qt.MouseButton.LeftButton)
    touch(qtbot, kiosk, "FPA")
    touch(qtbot, kiosk, "FPA:s förmåner, allmän rådgivning")
    with qtbot.waitSignal(kiosk.ticket_shown, timeout=10_000) as shown:
        qtbot.mouseClick(kiosk.choice_page.take_button, Qt.MouseButton.LeftButton)
    ticket = shown.args[0].ticket_number
    printed = " ".join(page.extract_text() for page in PdfReader(pdf).pages)
    assert ticket in printed

    console = ConsoleWindow(desk, desk.sign_in_by_username("aino.virtanen", "T1"))
    qtbot.addWidget(console)
    console.show()
    console.start()
    qtbot.waitUntil(lambda: console.queue_zone.waiting_model.rowCount() == 1, timeout=10_000)
    console.call_next_action.trigger()
    qtbot.waitUntil(lambda: console.serving.current is not None, timeout=10_000)
    assert console.serving.current is not None
    assert console.serving.current.ticket_number == ticket
    assert console.queue_zone.ticket_panel.number.text() == ticket

    display = LobbyDisplay(desk, 6, False)
    qtbot.addWidget(display)
    display.show()
    display.start()
    qtbot.waitUntil(lambda: display.latest_ticket.text() == ticket, timeout=10_000)
    assert display.latest_counter.text() == "Tiski 1"
    kiosk.close()
    quit_console(console)
    display.close()
