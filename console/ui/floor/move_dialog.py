"""Move a waiting visitor to another service or to one counter (the supervisor's floor).

The visitor keeps their place in time: the step they wait in is handed on as a
transfer (``QueueDesk.transfer``), which the audit trail and the reports count. The
dialog reads the desk once when it opens (``Desk.snapshot``) and again after a move
that failed, so what it offers is what the desk holds.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from console.core.records import ServiceInfo, WaitingStep
from console.desk.desk import Desk, DeskSnapshot, SignedIn
from console.i18n import error_text
from console.ui.shared.database_pool import database_pool
from console.ui.shared.labels import language_label, minutes_since, ui_language
from console.ui.shared.table_model import Column, KeyedTableModel
from console.ui.shared.worker import run_in_background


class MoveWaitingDialog(QDialog):
    """Choose one of a service's waiting visitors and where they wait from now on."""

    moved = Signal(str)  # the ticket number, once the desk has moved it

    def __init__(
        self, parent: QWidget | None, desk: Desk, signed_in: SignedIn, service: ServiceInfo
    ) -> None:
        super().__init__(parent)
        self.desk = desk
        self.signed_in = signed_in
        self.service = service
        self.setObjectName("moveWaiting")
        self.setWindowTitle(self.tr("Move a waiting visitor"))
        self.resize(640, 460)
        language = ui_language()
        heading = QLabel(
            self.tr("Waiting for %1. The visitor keeps their place in time.").replace(
                "%1", service.names.get(language)
            )
        )
        heading.setWordWrap(True)

        self.model: KeyedTableModel[WaitingStep] = KeyedTableModel(
            [
                Column(lambda: self.tr("Ticket"), lambda step: step.ticket_number),
                Column(lambda: self.tr("Waited"), self._waited),
                Column(lambda: self.tr("Language"), lambda step: language_label(step.language)),
                Column(lambda: self.tr("Visitor"), lambda step: step.visitor_name or ""),
            ],
            key=lambda step: step.step_id,
            parent=self,
        )
        self.table = QTableView()
        self.table.setTabKeyNavigation(False)  # Tab moves on; the arrows move within
        self.table.setObjectName("moveWaitingTickets")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.setAccessibleName(self.tr("Waiting visitors"))
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_move())

        self.service_combo = QComboBox()
        self.service_combo.setObjectName("moveToService")
        self.counter_combo = QComboBox()
        self.counter_combo.setObjectName("moveToCounter")
        for combo in (self.service_combo, self.counter_combo):
            combo.currentIndexChanged.connect(lambda _i: self._update_move())
        form = QFormLayout()
        form.addRow(self.tr("To &service:"), self.service_combo)
        form.addRow(self.tr("To &counter:"), self.counter_combo)

        self.status = QLabel(self.tr("Reading the queue…"))
        self.status.setObjectName("moveWaitingStatus")
        self.status.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.move_button = QPushButton(self.tr("&Move"))
        self.move_button.setObjectName("moveWaitingButton")
        self.move_button.setEnabled(False)
        buttons.addButton(self.move_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.rejected.connect(self.reject)
        self.move_button.clicked.connect(self.move_selected)

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.table, 1)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self.load()

    # ------------------------------------------------------------ reading
    def load(self) -> None:
        actor = self.signed_in.actor
        desk = self.desk
        run_in_background(
            lambda: desk.snapshot(actor=actor),
            self._show,
            self._failed,
            context=self,
            pool=database_pool(),
        )

    def _show(self, snapshot: DeskSnapshot) -> None:
        code = self.service.code
        self.model.apply([step for step in snapshot.waiting if step.service_code == code])
        language = ui_language()
        self.service_combo.clear()
        self.service_combo.addItem(self.tr("(the same service)"), "")
        for service in snapshot.services:
            if service.code != code:
                self.service_combo.addItem(
                    f"{service.prefix}  {service.names.get(language)}", service.code
                )
        self.counter_combo.clear()
        self.counter_combo.addItem(self.tr("(any counter)"), "")
        for counter in snapshot.counters:
            self.counter_combo.addItem(counter.code, counter.code)
        self.status.setText(
            self.tr("Choose the visitor, then where they wait.")
            if self.model.rowCount()
            else self.tr("Nobody is waiting for this service any more.")
        )
        if self.model.rowCount():
            self.table.selectRow(0)
        self._update_move()

    def _failed(self, error: BaseException) -> None:
        text = error_text(error)
        self.status.setText(self.tr("Not done: %1").replace("%1", text))
        self.move_button.setEnabled(False)

    def _waited(self, step: WaitingStep) -> str:
        return self.tr("%n min", "", minutes_since(step.queued_at))

    # ------------------------------------------------------------ acting
    def selected(self) -> WaitingStep | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row(rows[0].row()) if rows else None

    def _update_move(self) -> None:
        chosen = bool(self.service_combo.currentData() or self.counter_combo.currentData())
        self.move_button.setEnabled(self.selected() is not None and chosen)

    def move_selected(self) -> None:
        step = self.selected()
        service_code = self.service_combo.currentData() or None
        counter_code = self.counter_combo.currentData() or None
        if step is None or not (service_code or counter_code):
            return
        actor = self.signed_in.actor
        queue = self.desk.queue
        step_id, ticket = step.step_id, step.ticket_number
        self.move_button.setEnabled(False)
        self.status.setText(self.tr("Moving %1…").replace("%1", ticket))
        run_in_background(
            lambda: queue.transfer(
                actor, step_id, service_code=service_code, counter_code=counter_code
            ),
            lambda _step: self._moved(ticket),
            self._move_failed,
            context=self,
            pool=database_pool(),
        )

    def _moved(self, ticket: str) -> None:
        self.moved.emit(ticket)
        self.accept()

    def _move_failed(self, error: BaseException) -> None:
        text = error_text(error)
        QMessageBox.warning(self, self.tr("Not moved"), text)
        self.load()  # the visitor may have been called meanwhile: show the queue as it is
