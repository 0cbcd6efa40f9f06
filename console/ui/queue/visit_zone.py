"""The middle zone: the visit at my counter, its services and its case
(console.ui.case.case_panel)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QGroupBox,
    QLabel,
    QListView,
    QVBoxLayout,
    QWidget,
)

from console.core.queue import StepState
from console.core.records import ServiceInfo, StepInfo
from console.core.steps import journey_numbers
from console.ui.shared.elided_label import ElidedLabel
from console.ui.shared.labels import state_label, ui_language
from console.ui.shared.table_model import Column, StoredTableModel

# Services of a visit that will not be served here any more are struck out.
_STRUCK = (StepState.TRANSFERRED, StepState.CANCELLED, StepState.NO_SHOW)


@dataclass(frozen=True)
class StepRow:
    """One service of the visit as the list shows it."""

    step_id: int
    text: str
    struck: bool


class VisitZone(QWidget):
    """Shows the visit being served; empty until a ticket is called."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("visitZone")

        self.heading = ElidedLabel(self.tr("No visitor at the counter"))
        self.heading.setObjectName("visitHeading")
        self.hint = QLabel(
            self.tr(
                "Call the next ticket with Call next (F5). The visit's services, the "
                "visitor's case and its notes open here."
            )
        )
        self.hint.setObjectName("visitHint")
        self.hint.setWordWrap(True)

        struck = QFont()
        struck.setStrikeOut(True)
        self.step_model: StoredTableModel[StepRow] = StoredTableModel(
            [
                Column(
                    title=lambda: "",
                    display=lambda row: row.text,
                    font=lambda row: struck if row.struck else None,
                    tooltip=lambda row: row.text,
                )
            ],
            key=lambda row: row.step_id,
            parent=self,
        )
        self.steps = QListView()
        self.steps.setModel(self.step_model)
        self.steps.setObjectName("visitSteps")
        self.steps.setEnabled(False)
        # A long service name wraps: the list never scrolls sideways.
        self.steps.setWordWrap(True)
        self.steps.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.steps.setResizeMode(QListView.ResizeMode.Adjust)
        steps_box = QGroupBox(self.tr("Services of this visit"))
        QVBoxLayout(steps_box).addWidget(self.steps)

        self.case_box = QGroupBox(self.tr("Case and notes"))
        self.case_box.setObjectName("caseBox")
        self.case_layout = QVBoxLayout(self.case_box)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.hint)
        layout.addWidget(steps_box, 1)
        layout.addWidget(self.case_box, 5)
        layout.setAlignment(self.heading, Qt.AlignmentFlag.AlignLeft)

    def set_case_panel(self, panel: QWidget) -> None:
        """The case part: given by the window, which knows the desk."""
        self.case_layout.addWidget(panel)

    def show_visit(self, steps: Sequence[StepInfo], services: dict[int, ServiceInfo]) -> None:
        """Show the visit at my counter: its ticket, visitor and services in order."""
        if not steps:
            self.step_model.apply([])
            self.heading.setText(self.tr("No visitor at the counter"))
            self.hint.show()
            self.steps.setEnabled(False)
            return
        language = ui_language()
        first = steps[0]
        name = first.visitor_name or self.tr("anonymous visitor")
        self.heading.setText(f"{first.ticket_number} – {name}")
        self.hint.hide()
        self.steps.setEnabled(True)
        rows = []
        # Numbered as the visitor lives the visit: a step a transfer replaced is struck
        # out without a number, and the service it went to carries it.
        numbers = journey_numbers(steps)
        for step in steps:
            service = services.get(step.service_id)
            title = service.names.get(language) if service else step.service_code
            number = numbers.get(step.step_id)
            text = f"{title} – {state_label(step.state)}"
            text = f"{number}. {text}" if number is not None else f"    {text}"
            rows.append(StepRow(step.step_id, text, step.state in _STRUCK))
        self.step_model.apply(rows)
