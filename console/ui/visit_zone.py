"""The middle zone: the visit at my counter, its services and its case notes."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QGroupBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from console.core.queue import StepState
from console.core.records import ServiceInfo, StepInfo
from console.ui.labels import state_label, ui_language


class VisitZone(QWidget):
    """Shows the visit being served; empty until a ticket is called."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("visitZone")

        self.heading = QLabel(self.tr("No visitor at the counter"))
        self.heading.setObjectName("visitHeading")
        self.hint = QLabel(
            self.tr(
                "Call the next ticket with Call next (F5). The visit's services, the "
                "visitor's case and its notes open here."
            )
        )
        self.hint.setObjectName("visitHint")
        self.hint.setWordWrap(True)

        self.steps = QListWidget()
        self.steps.setObjectName("visitSteps")
        self.steps.setEnabled(False)
        steps_box = QGroupBox(self.tr("Services of this visit"))
        QVBoxLayout(steps_box).addWidget(self.steps)

        self.timeline = QListWidget()
        self.timeline.setObjectName("caseTimeline")
        self.timeline.setEnabled(False)
        timeline_box = QGroupBox(self.tr("Case notes"))
        QVBoxLayout(timeline_box).addWidget(self.timeline)

        self.editor = QPlainTextEdit()
        self.editor.setObjectName("noteEditor")
        self.editor.setPlaceholderText(self.tr("Notes can be written once a visit is open."))
        self.editor.setEnabled(False)
        editor_box = QGroupBox(self.tr("New note"))
        QVBoxLayout(editor_box).addWidget(self.editor)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.hint)
        layout.addWidget(steps_box, 2)
        layout.addWidget(timeline_box, 4)
        layout.addWidget(editor_box, 2)
        layout.setAlignment(self.heading, Qt.AlignmentFlag.AlignLeft)

    def show_visit(self, steps: Sequence[StepInfo], services: dict[int, ServiceInfo]) -> None:
        """Show the visit at my counter: its ticket, visitor and services in order."""
        self.steps.clear()
        if not steps:
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
        for step in steps:
            service = services.get(step.service_id)
            title = service.names.get(language) if service else step.service_code
            item = QListWidgetItem(f"{step.position}. {title} – {state_label(step.state)}")
            if step.state in (StepState.TRANSFERRED, StepState.CANCELLED, StepState.NO_SHOW):
                font = item.font()
                font.setStrikeOut(True)
                item.setFont(font)
            self.steps.addItem(item)
