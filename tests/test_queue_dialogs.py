"""The queue's dialogs: what the person picks is what the desk gets."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot
from queue_kit import supervisor

from console.core.queue import DESK_TIMEZONE, Language, Priority, local_time, utc_now
from console.desk.desk import Desk
from console.desk.errors import DeskError
from console.store.database import Database
from console.ui.queue.queue_dialogs import AppointmentsDialog, IssueDialog, TransferDialog


def test_issue_dialog_keeps_the_order_services_were_picked_in(
    qtbot: QtBot, demo_database: Database
) -> None:
    snapshot = Desk(demo_database).snapshot()
    dialog = IssueDialog(snapshot.services, snapshot.life_events)
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled(), "nothing chosen yet"
    codes = {
        dialog.service_list.item(row).data(Qt.ItemDataRole.UserRole): row
        for row in range(dialog.service_list.count())
    }
    dialog.service_list.item(codes["dvv-population"]).setSelected(True)
    dialog.service_list.item(codes["kela-general"]).setSelected(True)
    assert dialog.service_codes() == ["dvv-population", "kela-general"]
    assert ok.isEnabled()
    assert "→" in dialog.order_label.text()
    dialog.priority_box.setCurrentIndex(dialog.priority_box.findData("accessibility"))
    dialog.language_box.setCurrentIndex(dialog.language_box.findData("sv"))
    dialog.name_edit.setText("  Stina Grönqvist ")
    assert dialog.priority() is Priority.ACCESSIBILITY
    assert dialog.language() is Language.SV
    assert dialog.visitor_name() == "Stina Grönqvist"
    assert dialog.life_event() is None

    dialog.life_event_mode.setChecked(True)
    assert dialog.life_event() == snapshot.life_events[0].code
    assert not dialog.service_list.isEnabled()


def test_transfer_dialog_offers_services_counters_and_people(
    qtbot: QtBot, demo_database: Database
) -> None:
    snapshot = Desk(demo_database).snapshot()
    dialog = TransferDialog("K001", snapshot.services, snapshot.counters, snapshot.staff)
    qtbot.addWidget(dialog)
    assert dialog.choice() == (None, None, None)
    dialog.service_box.setCurrentIndex(dialog.service_box.findData("vero-taxcard"))
    dialog.counter_box.setCurrentIndex(dialog.counter_box.findData("R1"))
    assert dialog.choice() == ("vero-taxcard", "R1", None)
    assert "K001" in dialog.windowTitle()


def test_appointments_dialog_books_and_lists(qtbot: QtBot, demo_database: Database) -> None:
    desk = Desk(demo_database)
    snapshot = desk.snapshot()
    dialog = AppointmentsDialog(snapshot.services)
    qtbot.addWidget(dialog)
    dialog.service_box.setCurrentIndex(dialog.service_box.findData("kela-family"))
    dialog.name_edit.setText("Matti Mäkinen")
    service, starts_at, name, language = dialog.booking()
    assert (service, name, language) == ("kela-family", "Matti Mäkinen", Language.FI)
    assert starts_at.tzinfo is DESK_TIMEZONE
    booked = desk.queue.book(
        supervisor(desk), service, utc_now() + timedelta(minutes=30), visitor_name=name
    )
    dialog.show_appointments(desk.queue.appointments_on(supervisor(desk), booked.starts_at))
    assert dialog.table.rowCount() == 1
    assert dialog.table.item(0, 3).text() == booked.booking_code
    assert dialog.table.item(0, 0).text() == local_time(booked.starts_at).strftime("%H:%M")
    dialog.table.selectRow(0)
    assert dialog.selected_code() == booked.booking_code


def test_a_booking_can_be_cancelled_or_marked_as_not_come(demo_database: Database) -> None:
    desk = Desk(demo_database)
    guide = desk.sign_in_by_username("mikael.sjoberg", "T8").actor
    soon = utc_now() + timedelta(minutes=45)
    first = desk.queue.book(guide, "kela-general", soon, visitor_name="Matti Mäkinen")
    second = desk.queue.book(guide, "kela-general", soon, visitor_name="Stina Grönqvist")
    assert desk.queue.close_appointment(guide, first.booking_code, "cancelled").state == (
        "cancelled"
    )
    assert desk.queue.close_appointment(guide, second.booking_code, "no_show").state == "no_show"
    with pytest.raises(DeskError, match="already been checked in or cancelled"):
        desk.queue.check_in(first.booking_code)
    states = {a.booking_code: a.state for a in desk.queue.appointments_on(supervisor(desk), soon)}
    assert states == {first.booking_code: "cancelled", second.booking_code: "no_show"}
