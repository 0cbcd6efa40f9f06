"""A specialist ends the consultation with a summary for the case."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QLabel, QPushButton, QVBoxLayout, QWidget

from console.core.cases import clean_note_text
from console.core.consult import ConsultInfo
from console.core.text import TiskiError
from console.i18n import translate
from console.ui.consult.request_summary import RequestSummary
from console.ui.shared.dialog_parts import (
    message_label,
    ok_button,
    ok_cancel,
    show_message,
    text_edit,
)


class HandBackDialog(QDialog):
    """A specialist ends the consultation with a summary for the case."""

    def __init__(self, parent: QWidget | None, consult: ConsultInfo) -> None:
        super().__init__(parent)
        self.setObjectName("handBackDialog")
        self.setWindowTitle(self.tr("Hand back %1").replace("%1", consult.ticket_number))
        self.setMinimumSize(560, 460)

        explanation = QLabel(
            self.tr(
                "Write what you found out or agreed with the visitor. The summary is saved as a "
                "note in your agency's own notes of this case, and the visit goes back to %1 at "
                "counter %2."
            )
            .replace("%1", consult.requested_by)
            .replace("%2", consult.counter_code)
        )
        explanation.setWordWrap(True)
        self.summary_edit = text_edit("handBackSummary", self.tr("Summary (required)"), 6)
        self.summary_edit.setAccessibleName(self.tr("Summary (required)"))
        self.message = message_label("handBackMessage")
        self.buttons = ok_cancel(self, self.tr("Hand back"))
        self.request_view = RequestSummary(consult)
        layout = QVBoxLayout(self)
        layout.addWidget(self.request_view)
        layout.addWidget(explanation)
        layout.addWidget(self.summary_edit, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

        self.summary_edit.textChanged.connect(self._update)
        self._update()
        self.summary_edit.setFocus()

    @property
    def ok_button(self) -> QPushButton:
        return ok_button(self.buttons)

    def summary(self) -> str:
        return self.summary_edit.toPlainText().strip()

    def _update(self) -> None:
        try:
            clean_note_text(self.summary_edit.toPlainText())
        except TiskiError as error:
            self.ok_button.setEnabled(False)
            # An empty editor needs no scolding: the disabled button says enough.
            show_message(self.message, translate(error.message) if self.summary() else "")
            return
        self.ok_button.setEnabled(True)
        show_message(self.message, "")
