"""Dialogs of the queue: issue a ticket, transfer, appointments (and the question before
a booking is closed)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, Qt, QTime
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from console.core.booking import first_free_slot
from console.core.queue import DESK_TIMEZONE, Language, Priority, local_time, utc_now
from console.core.records import (
    AppointmentInfo,
    CounterInfo,
    LifeEventInfo,
    ServiceInfo,
    StaffInfo,
)
from console.ui.shared.dialog_parts import ConfirmQuestion, ok_cancel
from console.ui.shared.labels import (
    appointment_state_label,
    language_label,
    priority_label,
    role_label,
    ui_language,
)


def _language_box() -> QComboBox:
    box = QComboBox()
    for language in Language:
        box.addItem(language_label(language), language.value)
    return box


class IssueDialog(QDialog):
    """A lobby guide issues one ticket for one or more services, or a life event."""

    def __init__(
        self,
        services: Sequence[ServiceInfo],
        life_events: Sequence[LifeEventInfo],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("issueDialog")
        self.setWindowTitle(self.tr("Issue a ticket"))
        self.setMinimumSize(560, 520)
        language = ui_language()
        self.services_mode = QRadioButton(self.tr("&Services, in this order:"))
        self.services_mode.setChecked(True)
        self.life_event_mode = QRadioButton(self.tr("&Life event:"))
        self.service_list = QListWidget()
        self.service_list.setObjectName("issueServices")
        # Named as the choice that enables it ("Services, in this order").
        self.service_list.setAccessibleName(
            self.services_mode.text().replace("&", "").rstrip(":").strip()
        )
        self.service_list.setSelectionMode(QAbstractItemView.SelectionMode.MultiSelection)
        for service in services:
            item = QListWidgetItem(f"{service.prefix}  {service.names.get(language)}")
            item.setData(Qt.ItemDataRole.UserRole, service.code)
            self.service_list.addItem(item)
        self.life_event_box = QComboBox()
        self.life_event_box.setObjectName("issueLifeEvent")
        for event in life_events:
            self.life_event_box.addItem(event.names.get(language), event.code)
        self.life_event_box.setEnabled(False)
        self.life_event_mode.toggled.connect(self.life_event_box.setEnabled)
        self.life_event_mode.toggled.connect(lambda on: self.service_list.setEnabled(not on))
        self._order: list[str] = []
        self.service_list.itemSelectionChanged.connect(self._track_order)
        self.order_label = QLabel()
        self.order_label.setObjectName("issueOrder")
        self.order_label.setWordWrap(True)

        self.language_box = _language_box()
        self.priority_box = QComboBox()
        self.priority_box.addItem(self.tr("none"), "")
        for priority in Priority:
            self.priority_box.addItem(priority_label(priority), priority.value)
        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText(self.tr("optional"))
        self.name_edit.setMaxLength(200)
        form = QFormLayout()
        form.addRow(self.tr("Visitor's &language:"), self.language_box)
        form.addRow(self.tr("&Priority:"), self.priority_box)
        form.addRow(self.tr("&Name:"), self.name_edit)

        self.buttons = ok_cancel(self, self.tr("Issue ticket"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.services_mode)
        layout.addWidget(self.service_list, 1)
        layout.addWidget(self.order_label)
        layout.addWidget(self.life_event_mode)
        layout.addWidget(self.life_event_box)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.life_event_mode.toggled.connect(lambda _on: self._update_ok())
        self._track_order()

    def _track_order(self) -> None:
        selected = {
            item.data(Qt.ItemDataRole.UserRole) for item in self.service_list.selectedItems()
        }
        self._order = [code for code in self._order if code in selected]
        self._order += sorted(selected - set(self._order))
        texts = {
            self.service_list.item(row).data(Qt.ItemDataRole.UserRole): self.service_list.item(
                row
            ).text()
            for row in range(self.service_list.count())
        }
        self.order_label.setText(
            " → ".join(texts[code] for code in self._order) if self._order else ""
        )
        self._update_ok()

    def _update_ok(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(
            bool(self._order) or self.life_event_mode.isChecked()
        )

    def service_codes(self) -> list[str]:
        return list(self._order)

    def life_event(self) -> str | None:
        return str(self.life_event_box.currentData()) if self.life_event_mode.isChecked() else None

    def language(self) -> Language:
        return Language(self.language_box.currentData())

    def priority(self) -> Priority | None:
        value = self.priority_box.currentData()
        return Priority(value) if value else None

    def visitor_name(self) -> str | None:
        return self.name_edit.text().strip() or None


class TransferDialog(QDialog):
    """Where the ticket goes next: another service, a counter or a person."""

    def __init__(
        self,
        ticket: str,
        services: Sequence[ServiceInfo],
        counters: Sequence[CounterInfo],
        staff: Sequence[StaffInfo],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("transferDialog")
        self.setWindowTitle(self.tr("Transfer %1").replace("%1", ticket))
        self.setMinimumWidth(460)
        language = ui_language()
        self.service_box = QComboBox()
        self.service_box.setObjectName("transferService")
        self.service_box.addItem(self.tr("same service"), "")
        for service in services:
            self.service_box.addItem(
                f"{service.prefix}  {service.names.get(language)}", service.code
            )
        self.counter_box = QComboBox()
        self.counter_box.setObjectName("transferCounter")
        self.counter_box.addItem(self.tr("any counter"), "")
        for counter in counters:
            self.counter_box.addItem(counter.names.get(language), counter.code)
        self.staff_box = QComboBox()
        self.staff_box.setObjectName("transferStaff")
        self.staff_box.addItem(self.tr("anyone with the skill"), "")
        for member in staff:
            self.staff_box.addItem(
                f"{member.full_name} – {role_label(member.role)}", member.username
            )
        hint = QLabel(self.tr("The visitor keeps their place in the queue."))
        hint.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("&Service:"), self.service_box)
        form.addRow(self.tr("&Counter:"), self.counter_box)
        form.addRow(self.tr("&Person:"), self.staff_box)
        self.buttons = ok_cancel(self, self.tr("Transfer"))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.buttons)

    def choice(self) -> tuple[str | None, str | None, str | None]:
        """(service code, counter code, staff username), each None when not chosen."""
        return (
            self.service_box.currentData() or None,
            self.counter_box.currentData() or None,
            self.staff_box.currentData() or None,
        )


class AppointmentsDialog(QDialog):
    """Today's appointments, booking a new one and checking one in."""

    def __init__(self, services: Sequence[ServiceInfo], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("appointmentsDialog")
        self.setWindowTitle(self.tr("Appointments"))
        self.setMinimumSize(720, 520)
        language = ui_language()
        self._services = {service.code: service for service in services}
        self._appointments: list[AppointmentInfo] = []
        self.table = QTableWidget(0, 5)
        self.table.setObjectName("appointmentTable")
        self.table.setAccessibleName(self.windowTitle())
        self.table.setTabKeyNavigation(False)  # Tab moves on; the arrows move within
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Time"),
                self.tr("Service"),
                self.tr("Name"),
                self.tr("Code"),
                self.tr("State"),
            ]
        )
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.check_in_button = QPushButton(self.tr("Check in"))
        self.check_in_button.setObjectName("checkInButton")
        self.cancel_booking_button = QPushButton(self.tr("Cancel booking"))
        self.cancel_booking_button.setObjectName("cancelBookingButton")
        self.no_show_button = QPushButton(self.tr("Did not come"))
        self.no_show_button.setObjectName("appointmentNoShowButton")

        self.service_box = QComboBox()
        self.service_box.setObjectName("bookService")
        for service in services:
            self.service_box.addItem(
                f"{service.prefix}  {service.names.get(language)}", service.code
            )
        self.when_edit = QDateTimeEdit()
        self.when_edit.setObjectName("bookWhen")
        self.when_edit.setCalendarPopup(True)
        self.when_edit.setDisplayFormat("dd.MM.yyyy HH:mm")
        # The desk's clock, not this PC's: a PC on UTC offered 10:00 at 11:54 in Pori.
        today = local_time(utc_now()).date()
        self.when_edit.setMinimumDate(QDate(today.year, today.month, today.day))
        # Until the advisor picks a time, the first free one of the service is offered.
        self._time_chosen = False
        self._offering = False
        self._offer_free_slot()
        self.when_edit.dateTimeChanged.connect(self._time_picked)
        self.name_edit = QLineEdit()
        self.name_edit.setObjectName("bookName")
        self.language_box = _language_box()
        self.book_button = QPushButton(self.tr("Book"))
        self.book_button.setObjectName("bookButton")
        self.message = QLabel()
        self.message.setObjectName("appointmentMessage")
        self.message.setWordWrap(True)
        self.service_box.currentIndexChanged.connect(lambda _index: self._offer_free_slot())
        # The buttons act on the chosen booking: greyed out until one still open is chosen.
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self._update_buttons()

        form = QFormLayout()
        form.addRow(self.tr("&Service:"), self.service_box)
        form.addRow(self.tr("&Time:"), self.when_edit)
        form.addRow(self.tr("&Name:"), self.name_edit)
        form.addRow(self.tr("&Language:"), self.language_box)
        book_row = QHBoxLayout()
        book_row.addStretch(1)
        book_row.addWidget(self.book_button)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Today")))
        layout.addWidget(self.table, 1)
        check_row = QHBoxLayout()
        check_row.addStretch(1)
        check_row.addWidget(self.cancel_booking_button)
        check_row.addWidget(self.no_show_button)
        check_row.addWidget(self.check_in_button)
        layout.addLayout(check_row)
        layout.addWidget(QLabel(self.tr("Book an appointment")))
        layout.addLayout(form)
        layout.addLayout(book_row)
        layout.addWidget(self.message)
        layout.addWidget(close)

    def show_appointments(self, appointments: Sequence[AppointmentInfo]) -> None:
        self._appointments = list(appointments)
        self.table.setRowCount(len(appointments))
        for row, appointment in enumerate(appointments):
            cells = [
                local_time(appointment.starts_at).strftime("%H:%M"),
                self.service_name(appointment),
                appointment.visitor_name or "",
                appointment.booking_code,
                appointment_state_label(appointment.state),
            ]
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()
        self._offer_free_slot()
        self._update_buttons()

    def appointments(self) -> list[AppointmentInfo]:
        """Today's bookings as the table shows them."""
        return list(self._appointments)

    def _update_buttons(self) -> None:
        appointment = self.selected_appointment() if self.table.selectedItems() else None
        open_booking = appointment is not None and appointment.state == "booked"
        for button in (self.check_in_button, self.cancel_booking_button, self.no_show_button):
            button.setEnabled(open_booking)

    def _time_picked(self) -> None:
        if not self._offering:
            self._time_chosen = True

    def _offer_free_slot(self) -> None:
        """The first free quarter hour of the chosen service, unless a time was picked."""
        if self._time_chosen:
            return
        code = self.service_box.currentData()
        taken = [
            local_time(a.starts_at)
            for a in self._appointments
            if a.service_code == code and a.state == "booked"
        ]
        slot = first_free_slot(local_time(utc_now()), taken)
        self._offering = True
        try:
            self.when_edit.setDateTime(
                QDateTime(QDate(slot.year, slot.month, slot.day), QTime(slot.hour, slot.minute))
            )
        finally:
            self._offering = False

    def set_booking(self, busy: bool) -> None:
        """While a booking is being saved, Book does nothing more (a double click books
        once)."""
        self.book_button.setEnabled(not busy)

    def selected_code(self) -> str | None:
        row = self.table.currentRow()
        item = self.table.item(row, 3) if row >= 0 else None
        return item.text() if item is not None else None

    def selected_appointment(self) -> AppointmentInfo | None:
        """The booking on the table's current row, as the table shows it."""
        row = self.table.currentRow()
        return self._appointments[row] if 0 <= row < len(self._appointments) else None

    def service_name(self, appointment: AppointmentInfo) -> str:
        service = self._services.get(appointment.service_code)
        return service.names.get(ui_language()) if service else appointment.service_code

    def booking(self) -> tuple[str, datetime, str | None, Language]:
        moment = self.when_edit.dateTime().toPython()
        assert isinstance(moment, datetime)
        starts_at = moment.replace(tzinfo=DESK_TIMEZONE)
        return (
            str(self.service_box.currentData()),
            starts_at,
            self.name_edit.text().strip() or None,
            Language(self.language_box.currentData()),
        )


class BookingQuestion(ConfirmQuestion):
    """Cancel a booking, or mark that its visitor did not come? Names the booking: who,
    which service, when, and its code. ``state`` is what the booking becomes
    (``"cancelled"`` or ``"no_show"``); "Keep booking" is the safe answer.
    """

    def __init__(
        self, appointment: AppointmentInfo, service_name: str, state: str, parent: QWidget | None
    ) -> None:
        name = appointment.visitor_name
        when = local_time(appointment.starts_at).strftime("%d.%m.%Y %H:%M")
        if state == "cancelled":
            title = QCoreApplication.translate("BookingQuestion", "Cancel booking")
            text = (
                QCoreApplication.translate(
                    "BookingQuestion", "Cancel the booking of %1 for %2 at %3?"
                )
                if name
                else QCoreApplication.translate(
                    "BookingQuestion", "Cancel booking %1 for %2 at %3?"
                )
            )
            verb = QCoreApplication.translate("BookingQuestion", "Cancel booking")
        else:
            title = QCoreApplication.translate("BookingQuestion", "Did not come")
            text = (
                QCoreApplication.translate(
                    "BookingQuestion", "Mark that %1 did not come to the appointment for %2 at %3?"
                )
                if name
                else QCoreApplication.translate(
                    "BookingQuestion",
                    "Mark that the visitor of booking %1 did not come to %2 at %3?",
                )
            )
            verb = QCoreApplication.translate("BookingQuestion", "Did not come")
        # Who: the visitor's name, or the booking's code for a booking without one.
        who = name or appointment.booking_code
        super().__init__(
            parent,
            name="bookingQuestion",
            title=title,
            text=text.replace("%1", who).replace("%2", service_name).replace("%3", when),
            yes=(verb, "closeBookingButton"),
            no=(QCoreApplication.translate("BookingQuestion", "Keep booking"), "keepBookingButton"),
        )
        self.setInformativeText(
            self.tr("Booking code %1 can no longer be checked in. This cannot be undone.").replace(
                "%1", appointment.booking_code
            )
        )


class SecondBookingQuestion(ConfirmQuestion):
    """The visitor already has a booking of the service that day: book another? Asked,
    not refused (two people may share a name); "Don't book" is the safe answer."""

    def __init__(
        self, existing: AppointmentInfo, service_name: str, parent: QWidget | None
    ) -> None:
        when = local_time(existing.starts_at)
        super().__init__(
            parent,
            name="secondBookingQuestion",
            icon=QMessageBox.Icon.Warning,
            title=QCoreApplication.translate("SecondBookingQuestion", "Already booked"),
            text=QCoreApplication.translate(
                "SecondBookingQuestion",
                "%1 already has a booking for %2 on %3 at %4 (code %5). Book another one?",
            )
            .replace("%1", existing.visitor_name or "")
            .replace("%2", service_name)
            .replace("%3", when.strftime("%d.%m.%Y"))
            .replace("%4", when.strftime("%H:%M"))
            .replace("%5", existing.booking_code),
            yes=(
                QCoreApplication.translate("SecondBookingQuestion", "Book another"),
                "bookAnotherButton",
            ),
            no=(
                QCoreApplication.translate("SecondBookingQuestion", "Don't book"),
                "dontBookButton",
            ),
        )
