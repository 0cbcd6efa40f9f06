"""My ticket: the step at my counter, why it was called, and my parked tickets."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from console.core.records import ServiceInfo, StepInfo
from console.ui.shared.labels import language_label, priority_label, state_label, ui_language
from console.ui.shared.table_model import Column, KeyedTableModel


@dataclass(frozen=True)
class ParkedRow:
    """A parked ticket as the list shows it."""

    step_id: int
    text: str


class TicketPanel(QGroupBox):
    """The ticket being served at this counter, and the parked ones."""

    resume_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("My ticket"), parent)
        self.setObjectName("ticketPanel")
        self.current: StepInfo | None = None
        self.parked: list[StepInfo] = []

        self.number = QLabel("–")
        self.number.setObjectName("ticketNumber")
        self.summary = QLabel(self.tr("No ticket at your counter"))
        self.summary.setObjectName("currentTicket")
        self.summary.setWordWrap(True)
        self.reason = QLabel("")
        self.reason.setObjectName("callReason")
        self.reason.setWordWrap(True)
        # The words beside the number, or under it where large text leaves no room.
        top = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self.top_layout = top
        top.addWidget(self.number)
        texts = QVBoxLayout()
        texts.addWidget(self.summary)
        texts.addWidget(self.reason)
        top.addLayout(texts, 1)

        self.parked_model: KeyedTableModel[ParkedRow] = KeyedTableModel(
            [Column(title=lambda: "", display=lambda row: row.text)],
            key=lambda row: row.step_id,
            parent=self,
        )
        self.parked_list = QListView()
        self.parked_list.setModel(self.parked_model)
        self.parked_list.setObjectName("parkedTickets")
        self.parked_list.setMaximumHeight(70)
        self.resume_button = QPushButton(self.tr("Take back"))
        self.resume_button.setObjectName("resumeButton")
        self.resume_button.clicked.connect(self._resume)
        self.parked_row = QWidget()
        parked_layout = QHBoxLayout(self.parked_row)
        parked_layout.setContentsMargins(0, 0, 0, 0)
        parked_layout.addWidget(QLabel(self.tr("Parked:")))
        parked_layout.addWidget(self.parked_list, 1)
        parked_layout.addWidget(self.resume_button, 0, Qt.AlignmentFlag.AlignTop)
        self.parked_row.hide()

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.parked_row)

    def resizeEvent(self, event: QResizeEvent) -> None:
        # Its own resizes only (no event filter): a few times a session, not per paint.
        super().resizeEvent(event)
        self._place_words(event.size().width())

    def _place_words(self, width: int) -> None:
        """Beside the number while the number and the longest word fit side by side
        (the words wrap), under it otherwise (large text in a narrow zone)."""
        metrics = self.summary.fontMetrics()
        longest = max(
            (metrics.horizontalAdvance(word) for word in self.summary.text().split()), default=0
        )
        needed = self.number.sizeHint().width() + longest + 40  # 40: margins and spacing
        beside = width >= needed
        direction = QBoxLayout.Direction.LeftToRight if beside else QBoxLayout.Direction.TopToBottom
        if self.top_layout.direction() != direction:
            self.top_layout.setDirection(direction)

    def show_reason(self, reason: str | None) -> None:
        """Why call next chose the ticket shown (none for a ticket this console did not
        call, or before the call's answer came)."""
        why = self.tr("Why this ticket: %1").replace("%1", reason) if reason else ""
        self.reason.setText(why)

    def show_steps(
        self,
        steps: Sequence[StepInfo],
        services: dict[int, ServiceInfo],
        reason: str | None = None,
    ) -> None:
        """Show the steps at my counter; ``reason`` when call next just chose one."""
        active = [step for step in steps if not step.parked]
        self.parked = [step for step in steps if step.parked]
        current = active[0] if active else None
        self.current = current
        language = ui_language()
        if current is None:
            self.number.setText("–")
            self.summary.setText(self.tr("No ticket at your counter"))
        else:
            service = services.get(current.service_id)
            parts = [
                service.names.get(language) if service else current.service_code,
                state_label(current.state),
                language_label(current.language),
            ]
            if current.priority is not None:
                parts.append(priority_label(current.priority))
            if current.visitor_name:
                parts.append(current.visitor_name)
            if current.recalls:
                parts.append(self.tr("recalled %n times", "", current.recalls))
            self.number.setText(current.ticket_number)
            self.summary.setText(" · ".join(parts))
        self.show_reason(reason)
        self._place_words(self.width())
        rows = []
        for step in self.parked:
            service = services.get(step.service_id)
            name = service.names.get(language) if service else ""
            rows.append(ParkedRow(step.step_id, f"{step.ticket_number}  {name}"))
        self.parked_model.apply(rows)
        if self.parked and not self.parked_list.currentIndex().isValid():
            self.parked_list.setCurrentIndex(self.parked_model.index(0, 0))
        self.parked_row.setVisible(bool(self.parked))

    def _resume(self) -> None:
        index = self.parked_list.currentIndex()
        if index.isValid():
            self.resume_requested.emit(self.parked_model.row(index.row()).step_id)
