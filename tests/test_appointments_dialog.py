"""Booking at the counter: the time offered first is a free one still to come, a second
booking of the same visitor and service that day is asked about, a double click books
once, and the buttons act only on a booking that is still open."""

from __future__ import annotations

from datetime import timedelta

import pytest
from clicking import click
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot
from queue_kit import supervisor
from test_console_cases import open_console

from console.core.booking import LEAD, first_free_slot
from console.core.queue import DESK_TIMEZONE, local_time, utc_now
from console.desk.desk import Desk
from console.store.database import Database
from console.ui.console_window import ConsoleWindow
from console.ui.queue.queue_dialogs import AppointmentsDialog


def test_the_first_free_slot_is_a_quarter_hour_ahead_and_skips_taken_ones() -> None:
    now = local_time(utc_now()).replace(hour=11, minute=54, second=12)
    assert first_free_slot(now, []) == now.replace(hour=12, minute=15, second=0, microsecond=0)
    taken = [now.replace(hour=12, minute=15, second=0), now.replace(hour=12, minute=30, second=0)]
    assert first_free_slot(now, taken).strftime("%H:%M") == "12:45"
    on_the_quarter = now.replace(hour=9, minute=45, second=0, microsecond=0)
    assert first_free_slot(on_the_quarter, []).strftime("%H:%M") == "10:00"


def open_appointments(qtbot: QtBot, window: ConsoleWindow) -> AppointmentsDialog:
    click(qtbot, window.serving.appointments_action)
    dialog = window.serving.appointments_dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.table.rowCount() >= 0 and dialog.isVisible(), timeout=5_000)
    return dialog


def bookings(desk: Desk) -> list[tuple[str, str | None, str]]:
    return [
        (a.service_code, a.visitor_name, a.state)
        for a in desk.queue.appointments_on(supervisor(desk), utc_now())
    ]


def offered(dialog: AppointmentsDialog) -> object:
    moment = dialog.when_edit.dateTime().toPython()
    return moment.replace(tzinfo=DESK_TIMEZONE)  # type: ignore[attr-defined]


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
def test_booking_offers_a_free_future_time_and_asks_before_a_second_booking(
    qtbot: QtBot, demo_database: Database
) -> None:
    if local_time(utc_now()).hour >= 23:
        pytest.skip("a booking offered after 23:00 falls on tomorrow")
    desk = Desk(demo_database)
    window = open_console(qtbot, demo_database)
    dialog = open_appointments(qtbot, window)
    qtbot.waitUntil(lambda: dialog.table.rowCount() == len(bookings(desk)), timeout=10_000)
    first = offered(dialog)
    now = local_time(utc_now())
    # In the future by at least the lead time (the desk's clock), on the quarter hour.
    assert first >= now + LEAD - timedelta(minutes=1)  # type: ignore[operator]
    assert first.minute % 15 == 0  # type: ignore[attr-defined]
    # Nothing chosen: the buttons for a booking are greyed out, not silently inert.
    for button in (dialog.check_in_button, dialog.cancel_booking_button, dialog.no_show_button):
        assert not button.isEnabled()

    dialog.name_edit.setText("Maria Santos")
    # A double click books once.
    dialog.book_button.click()
    dialog.book_button.click()
    qtbot.waitUntil(lambda: "Booked" in dialog.message.text(), timeout=10_000)
    qtbot.waitUntil(lambda: dialog.book_button.isEnabled(), timeout=10_000)
    service = str(dialog.service_box.currentData())
    assert bookings(desk).count((service, "Maria Santos", "booked")) == 1
    # The slot just taken is no longer the one offered.
    qtbot.waitUntil(lambda: offered(dialog) != first, timeout=10_000)

    # The same visitor, service and day again: asked; "Don't book" books nothing.
    dialog.name_edit.setText("maria  santos")
    dialog.book_button.click()
    qtbot.waitUntil(
        lambda: isinstance(QApplication.activeModalWidget(), QMessageBox), timeout=10_000
    )
    question = QApplication.activeModalWidget()
    assert question is not None
    assert question.objectName() == "secondBookingQuestion"
    assert "Maria Santos already has a booking" in question.text()  # type: ignore[attr-defined]
    question.no_button.click()  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: dialog.book_button.isEnabled(), timeout=10_000)
    assert bookings(desk).count((service, "Maria Santos", "booked")) == 1
    # "Book another" books the second one.
    dialog.book_button.click()
    qtbot.waitUntil(
        lambda: isinstance(QApplication.activeModalWidget(), QMessageBox), timeout=10_000
    )
    QApplication.activeModalWidget().yes_button.click()  # type: ignore[union-attr]
    qtbot.waitUntil(
        lambda: [b[1] for b in bookings(desk)].count("maria santos") == 1, timeout=10_000
    )

    # A booking chosen: its buttons work; a cancelled one's are greyed out again.
    qtbot.waitUntil(lambda: dialog.table.rowCount() == len(bookings(desk)), timeout=10_000)
    dialog.table.selectRow(0)
    assert dialog.cancel_booking_button.isEnabled()
    dialog.cancel_booking_button.click()
    qtbot.waitUntil(
        lambda: isinstance(QApplication.activeModalWidget(), QMessageBox), timeout=10_000
    )
    QApplication.activeModalWidget().yes_button.click()  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: "cancelled" in dialog.message.text(), timeout=10_000)
    assert "Booked" not in dialog.message.text()
    qtbot.waitUntil(lambda: "cancelled" in [b[2] for b in bookings(desk)], timeout=10_000)
    # A cancel keeps the number of rows: wait for the row to say it, not for the count.
    qtbot.waitUntil(
        lambda: any(a.state == "cancelled" for a in dialog.appointments()), timeout=10_000
    )
    cancelled_row = next(
        row
        for row in range(dialog.table.rowCount())
        if dialog.appointments()[row].state == "cancelled"
    )
    dialog.table.selectRow(cancelled_row)
    assert not dialog.cancel_booking_button.isEnabled()
    assert not dialog.check_in_button.isEnabled()
    dialog.reject()
    qtbot.waitUntil(lambda: window.serving.appointments_dialog is None, timeout=10_000)
    window.close()
