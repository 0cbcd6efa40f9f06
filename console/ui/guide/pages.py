"""The guide's right half: the queues with their estimates, the visitors over target,
and today's appointments to check in."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from console.core.queue import local_time
from console.core.records import AppointmentInfo, ServiceInfo, ServiceQueue
from console.desk.guide import OverTarget
from console.ui.shared.colours import LATE, WARN
from console.ui.shared.labels import appointment_state_label, language_label, ui_language
from console.ui.shared.table_model import Column, StoredTableModel
from console.ui.shared.tables import row_table

_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def _minutes(value: int) -> str:
    return QCoreApplication.translate("GuidePages", "%1 min").replace("%1", str(value))


@dataclass(frozen=True)
class QueueRow:
    queue: ServiceQueue
    estimate_minutes: int | None
    read_at: datetime

    @property
    def longest(self) -> int:
        return self.queue.longest_wait_minutes(self.read_at)


class QueuesPage(QWidget):
    """Every service: how many wait, the longest wait against the target, the estimate
    for a new ticket, and whether the kiosk still issues it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model: StoredTableModel[QueueRow] = StoredTableModel(
            [
                Column(
                    lambda: self.tr("Service"),
                    lambda row: (
                        f"{row.queue.service.prefix} · {row.queue.service.names.get(ui_language())}"
                    ),
                    tooltip=lambda row: row.queue.service.names.get(ui_language()),
                ),
                Column(
                    lambda: self.tr("Waiting"), lambda row: str(row.queue.waiting), alignment=_RIGHT
                ),
                Column(
                    lambda: self.tr("Longest"),
                    lambda row: _minutes(row.longest) if row.queue.waiting else "",
                    foreground=self._late,
                    tooltip=lambda row: self.tr("Target %1 min").replace(
                        "%1", str(row.queue.service.target_wait_minutes)
                    ),
                    alignment=_RIGHT,
                ),
                Column(
                    lambda: self.tr("New ticket waits"),
                    lambda row: (
                        self.tr("about %1 min").replace("%1", str(row.estimate_minutes))
                        if row.estimate_minutes is not None
                        else ""
                    ),
                    alignment=_RIGHT,
                ),
                Column(
                    lambda: self.tr("Kiosk"),
                    lambda row: (
                        self.tr("closed") if row.queue.service.tickets_closed else self.tr("open")
                    ),
                    foreground=lambda row: LATE if row.queue.service.tickets_closed else None,
                    tooltip=lambda row: (
                        self.tr("Closed for new tickets at the kiosk; you can still issue them.")
                        if row.queue.service.tickets_closed
                        else ""
                    ),
                ),
            ],
            key=lambda row: row.queue.service.id,
            parent=self,
        )
        self.view = row_table(self.model, "guideQueues", accessible=self.tr("Queues"), stretch=0)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.view)

    def _late(self, row: QueueRow) -> QBrush | None:
        if row.queue.over_target(row.read_at, 2):
            return LATE
        return WARN if row.queue.over_target(row.read_at) else None

    def show_queues(
        self, queues: Sequence[ServiceQueue], estimates: dict[int, int], read_at: datetime
    ) -> None:
        self.model.apply(
            [QueueRow(queue, estimates.get(queue.service.id), read_at) for queue in queues]
        )


class OverTargetPage(QWidget):
    """The visitors who have waited past their service's target, longest first: the
    guide goes and has a word with them."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model: StoredTableModel[OverTarget] = StoredTableModel(
            [
                Column(lambda: self.tr("Ticket"), lambda row: row.step.ticket_number),
                Column(
                    lambda: self.tr("Service"),
                    lambda row: f"{row.service.prefix} · {row.service.names.get(ui_language())}",
                    tooltip=lambda row: row.service.names.get(ui_language()),
                ),
                Column(
                    lambda: self.tr("Waited"),
                    lambda row: _minutes(row.waited_minutes),
                    foreground=lambda row: (
                        LATE if row.waited_minutes > 2 * row.service.target_wait_minutes else WARN
                    ),
                    alignment=_RIGHT,
                ),
                Column(
                    lambda: self.tr("Target"),
                    lambda row: _minutes(row.service.target_wait_minutes),
                    alignment=_RIGHT,
                ),
                Column(lambda: self.tr("Language"), lambda row: language_label(row.step.language)),
                Column(lambda: self.tr("Name"), lambda row: row.step.visitor_name or ""),
            ],
            key=lambda row: row.step.step_id,
            parent=self,
        )
        self.view = row_table(
            self.model, "guideOverTarget", accessible=self.tr("Over target"), stretch=1
        )
        self.empty = QLabel(self.tr("Nobody has waited past their service's target."))
        self.empty.setObjectName("guideNobodyOver")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.empty)
        layout.addWidget(self.view, 1)

    def show_rows(self, rows: Sequence[OverTarget]) -> None:
        self.model.apply(list(rows))
        self.empty.setVisible(not rows)


class AppointmentsPage(QWidget):
    """Today's appointments; a booking code, typed or chosen, checks the visitor in."""

    check_in_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services: dict[str, ServiceInfo] = {}
        self.model: StoredTableModel[AppointmentInfo] = StoredTableModel(
            [
                Column(
                    lambda: self.tr("Time"),
                    lambda row: local_time(row.starts_at).strftime("%H:%M"),
                ),
                Column(lambda: self.tr("Service"), self._service_name, tooltip=self._service_name),
                Column(lambda: self.tr("Name"), lambda row: row.visitor_name or ""),
                Column(lambda: self.tr("Code"), lambda row: row.booking_code),
                Column(lambda: self.tr("State"), lambda row: appointment_state_label(row.state)),
            ],
            key=lambda row: row.id,
            parent=self,
        )
        self.view = row_table(
            self.model,
            "guideAppointments",
            accessible=self.tr("Today's appointments"),
            stretch=1,
        )
        self.view.selectionModel().currentRowChanged.connect(
            lambda current, _: self._chose(current.row())
        )
        self.view.doubleClicked.connect(lambda _index: self.request_check_in())
        self.code_edit = QLineEdit()
        self.code_edit.setObjectName("guideBookingCode")
        self.code_edit.setPlaceholderText(self.tr("booking code"))
        self.code_edit.setMaxLength(20)
        self.code_edit.returnPressed.connect(self.request_check_in)
        code_label = QLabel(self.tr("&Booking code:"))
        code_label.setBuddy(self.code_edit)
        self.check_in_button = QPushButton(self.tr("&Check in"))
        self.check_in_button.setObjectName("guideCheckIn")
        self.check_in_button.clicked.connect(self.request_check_in)
        row = QHBoxLayout()
        row.addWidget(code_label)
        row.addWidget(self.code_edit, 1)
        row.addWidget(self.check_in_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.view, 1)
        layout.addLayout(row)

    def _service_name(self, row: AppointmentInfo) -> str:
        service = self.services.get(row.service_code)
        return service.names.get(ui_language()) if service else row.service_code

    def _chose(self, number: int) -> None:
        if 0 <= number < self.model.rowCount():
            appointment = self.model.row(number)
            if appointment.state == "booked":
                self.code_edit.setText(appointment.booking_code)

    def show_appointments(
        self, appointments: Sequence[AppointmentInfo], services: Sequence[ServiceInfo]
    ) -> None:
        self.services = {service.code: service for service in services}
        self.model.apply(list(appointments))

    def request_check_in(self) -> None:
        code = self.code_edit.text().strip()
        if code:
            self.check_in_requested.emit(code)
