"""Acts that cannot be undone ask first and say what follows: a no-show (F7) names what
becomes of the visit's other services, and closing a booking names the booking.

Each test drives the real console on a real desk, answers the question as a person
does, and reads what the window shows and what the database holds afterwards.
"""

from __future__ import annotations

from datetime import timedelta

from clicking import click
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from questions import asked, button
from queue_kit import fresh_desk, supervisor
from test_console_cases import open_console

from console.core.queue import local_time, utc_now
from console.desk.desk import Desk
from console.store.database import Database
from console.ui.console_window import ConsoleWindow
from console.ui.queue.queue_dialogs import AppointmentsDialog
from console.ui.shared.labels import ui_language


def service_name(desk: Desk, code: str) -> str:
    service = next(s for s in desk.snapshot().services if s.code == code)
    return service.names.get(ui_language())


def called(qtbot: QtBot, window: ConsoleWindow) -> str:
    """Call the next visitor; their ticket."""
    click(qtbot, window.call_next_action)
    qtbot.waitUntil(lambda: window.serving.current is not None, timeout=10_000)
    qtbot.waitUntil(window.serving.no_show_action.isEnabled, timeout=10_000)
    current = window.serving.current
    assert current is not None
    return current.ticket_number


def waiting(desk: Desk) -> list[tuple[str, str]]:
    """(ticket, service) of every step in a queue now, as the database has them."""
    return [(w.ticket_number, w.service_code) for w in desk.snapshot().waiting]


def test_a_no_show_of_a_visit_with_more_services_says_they_go_back_to_the_queue(
    qtbot: QtBot, database: Database
) -> None:
    desk = fresh_desk(database)
    issued = desk.queue.issue(["kela-general", "vero-taxcard", "dvv-population"])
    window = open_console(qtbot, database)
    ticket = called(qtbot, window)
    assert ticket == issued.ticket_number
    tax, population = service_name(desk, "vero-taxcard"), service_name(desk, "dvv-population")

    click(qtbot, window.serving.no_show_action)
    box = asked(qtbot, "noShowQuestion")
    assert box.text() == f"Mark {ticket} as a no-show?"
    assert box.informativeText() == (
        f"Their other services ({tax}, {population}) go back to the queue, one after "
        "another, at the visitor's original place."
    )
    # Enter and Escape mark nothing.
    assert box.defaultButton() is button(box, "cancelButton")
    qtbot.keyClick(box, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.serving.no_show_action.isEnabled(), timeout=10_000)
    assert waiting(desk) == []
    assert window.serving.current is not None

    click(qtbot, window.serving.no_show_action)
    button(asked(qtbot, "noShowQuestion"), "markNoShowButton").click()
    qtbot.waitUntil(lambda: window.serving.current is None, timeout=10_000)
    # The next service is in its queue at the visit's original place in time.
    assert waiting(desk) == [(ticket, "vero-taxcard")]
    queued = next(w for w in desk.snapshot().waiting if w.ticket_number == ticket)
    assert queued.queued_at == issued.issued_at
    qtbot.waitUntil(
        lambda: (
            window.statusBar().currentMessage()
            == (
                f"{ticket} marked as a no-show. Their other services ({tax}, {population}) are "
                "back in the queue, one after another, at the visitor's original place."
            )
        ),
        timeout=10_000,
    )
    window.close()


def test_a_no_show_of_the_last_service_says_the_ticket_is_closed(
    qtbot: QtBot, database: Database
) -> None:
    desk = fresh_desk(database)
    issued = desk.queue.issue(["kela-general", "vero-taxcard"])
    window = open_console(qtbot, database)
    ticket = called(qtbot, window)
    assert ticket == issued.ticket_number
    tax = service_name(desk, "vero-taxcard")

    # One service left: it is named as the next.
    click(qtbot, window.serving.no_show_action)
    box = asked(qtbot, "noShowQuestion")
    assert box.informativeText() == (
        f"Their next service, {tax}, goes back to the queue at the visitor's original place."
    )
    button(box, "markNoShowButton").click()
    qtbot.waitUntil(lambda: window.serving.current is None, timeout=10_000)
    qtbot.waitUntil(
        lambda: (
            window.statusBar().currentMessage()
            == (
                f"{ticket} marked as a no-show. Their next service, {tax}, is back in the queue "
                "at the visitor's original place."
            )
        ),
        timeout=10_000,
    )

    # The visit's last service: nothing follows.
    assert called(qtbot, window) == ticket
    click(qtbot, window.serving.no_show_action)
    box = asked(qtbot, "noShowQuestion")
    assert box.informativeText() == "It is the visit's only open service: the ticket is closed."
    button(box, "markNoShowButton").click()
    qtbot.waitUntil(lambda: window.serving.current is None, timeout=10_000)
    qtbot.waitUntil(
        lambda: (
            window.statusBar().currentMessage()
            == f"{ticket} marked as a no-show. The ticket is closed."
        ),
        timeout=10_000,
    )
    assert waiting(desk) == []
    window.close()


def test_a_no_show_with_an_unsaved_note_asks_about_the_note_too(
    qtbot: QtBot, database: Database
) -> None:
    desk = fresh_desk(database)
    desk.queue.issue(["kela-general"])
    window = open_console(qtbot, database)
    ticket = called(qtbot, window)
    panel = window.case_panel
    qtbot.waitUntil(lambda: panel.editor.isEnabled(), timeout=10_000)
    panel.editor.insertPlainText("Soitettu kahdesti, ei vastausta.")

    click(qtbot, window.serving.no_show_action)
    button(asked(qtbot, "noShowQuestion"), "markNoShowButton").click()
    box = asked(qtbot, "unsavedNoteQuestion")
    assert box.text() == (
        f"The note for {ticket} is not saved. Save it before marking the no-show?"
    )
    button(box, "discardNoteButton").click()
    qtbot.waitUntil(lambda: window.serving.current is None, timeout=10_000)
    assert panel.editor.toPlainText() == ""
    assert panel.journal is not None
    assert panel.journal.drafts(panel.database, window.signed_in.staff.id) == []
    qtbot.waitUntil(
        lambda: (
            window.statusBar().currentMessage()
            == f"{ticket} marked as a no-show. The ticket is closed."
        ),
        timeout=10_000,
    )
    window.close()


def rows_by_code(dialog: AppointmentsDialog) -> dict[str, int]:
    """The appointments table's rows by the booking code they show."""
    rows = {}
    for row in range(dialog.table.rowCount()):
        item = dialog.table.item(row, 3)
        assert item is not None
        rows[item.text()] = row
    return rows


def booking_states(desk: Desk) -> dict[str, str]:
    return {
        a.booking_code: a.state for a in desk.queue.appointments_on(supervisor(desk), utc_now())
    }


def test_cancelling_a_booking_asks_first_naming_who_when_and_which_service(
    qtbot: QtBot, demo_database: Database
) -> None:
    desk = Desk(demo_database)
    guide = desk.sign_in_by_username("mikael.sjoberg", "T8").actor
    # Late enough in the day to stay today's, but not past midnight.
    now = local_time(utc_now())
    soon = utc_now() + min(timedelta(minutes=45), (now.replace(hour=23, minute=59) - now) / 2)
    matti = desk.queue.book(guide, "kela-family", soon, visitor_name="Matti Mäkinen")
    stina = desk.queue.book(guide, "kela-general", soon, visitor_name="Stina Grönqvist")
    window = open_console(qtbot, demo_database)
    click(qtbot, window.serving.appointments_action)
    dialog = window.serving.appointments_dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.table.rowCount() >= 2, timeout=10_000)
    rows = rows_by_code(dialog)
    when = local_time(soon).strftime("%d.%m.%Y %H:%M")

    dialog.table.selectRow(rows[matti.booking_code])
    dialog.cancel_booking_button.click()
    box = asked(qtbot, "bookingQuestion")
    family = service_name(desk, "kela-family")
    assert box.text() == f"Cancel the booking of Matti Mäkinen for {family} at {when}?"
    assert matti.booking_code in box.informativeText()
    assert box.defaultButton() is button(box, "keepBookingButton")
    button(box, "keepBookingButton").click()  # kept: nothing happens
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is dialog, timeout=10_000)
    assert booking_states(desk)[matti.booking_code] == "booked"

    dialog.cancel_booking_button.click()
    button(asked(qtbot, "bookingQuestion"), "closeBookingButton").click()
    qtbot.waitUntil(lambda: booking_states(desk)[matti.booking_code] == "cancelled", timeout=10_000)
    qtbot.waitUntil(
        lambda: dialog.message.text() == f"Booking {matti.booking_code} cancelled.",
        timeout=10_000,
    )

    # "Did not come" asks the same way, naming its booking.
    qtbot.waitUntil(lambda: dialog.table.rowCount() >= 2, timeout=10_000)
    rows = rows_by_code(dialog)
    dialog.table.selectRow(rows[stina.booking_code])
    dialog.no_show_button.click()
    box = asked(qtbot, "bookingQuestion")
    general = service_name(desk, "kela-general")
    assert box.text() == (
        f"Mark that Stina Grönqvist did not come to the appointment for {general} at {when}?"
    )
    qtbot.keyClick(box, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is dialog, timeout=10_000)
    assert booking_states(desk)[stina.booking_code] == "booked"
    dialog.no_show_button.click()
    button(asked(qtbot, "bookingQuestion"), "closeBookingButton").click()
    qtbot.waitUntil(lambda: booking_states(desk)[stina.booking_code] == "no_show", timeout=10_000)
    dialog.reject()
    qtbot.waitUntil(lambda: window.serving.appointments_dialog is None, timeout=10_000)
    window.close()
