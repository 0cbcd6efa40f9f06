"""What an advisor asked a specialist, as the specialist's dialogs show it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGroupBox, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from console.core.consult import ConsultInfo
from console.ui.shared.dialog_parts import MUTED_STYLE, clock, style_label


class RequestSummary(QGroupBox):
    """What the advisor asked: ticket, who and where, the topic and the question."""

    def __init__(self, consult: ConsultInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Request"))
        who = QLabel(
            self.tr("Ticket %1 · %2 at counter %3 · asked at %4")
            .replace("%1", consult.ticket_number)
            .replace("%2", consult.requested_by)
            .replace("%3", consult.counter_code)
            .replace("%4", clock(consult.requested_at))
        )
        who.setObjectName("consultRequester")
        style_label(who, MUTED_STYLE)
        who.setWordWrap(True)
        self.topic = QLabel(consult.topic or "")
        self.topic.setObjectName("consultTopic")
        self.topic.setTextFormat(Qt.TextFormat.PlainText)
        self.topic.setProperty("strong", True)  # bold, by the theme's stylesheet
        self.topic.setWordWrap(True)
        self.topic.setVisible(bool(consult.topic))
        self.question = QPlainTextEdit(consult.question)
        self.question.setObjectName("consultQuestion")
        self.question.setReadOnly(True)
        self.question.setTabChangesFocus(True)
        line = self.question.fontMetrics().lineSpacing()
        self.question.setMinimumHeight(line * 3 + 12)
        self.question.setMaximumHeight(line * 7 + 12)
        layout = QVBoxLayout(self)
        layout.addWidget(who)
        layout.addWidget(self.topic)
        layout.addWidget(self.question)
