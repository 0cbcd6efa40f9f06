"""A specialist declines a request for help and says why; the advisor sees the reason."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from console.core.consult import ConsultInfo
from console.ui.consult.request_summary import RequestSummary
from console.ui.shared.dialog_parts import ok_button, ok_cancel

REASON_MAX_LENGTH = 500  # the desk keeps no more of a reason to decline


class DeclineDialog(QDialog):
    """A specialist declines a request and says why; the advisor sees the reason."""

    def __init__(self, parent: QWidget | None, consult: ConsultInfo) -> None:
        super().__init__(parent)
        self.setObjectName("declineDialog")
        self.setWindowTitle(
            self.tr("Decline the request of %1").replace("%1", consult.ticket_number)
        )
        self.setMinimumWidth(520)

        self.reason_edit = QLineEdit()
        self.reason_edit.setObjectName("declineReason")
        self.reason_edit.setMaxLength(REASON_MAX_LENGTH)
        self.reason_edit.setPlaceholderText(self.tr("required; the advisor sees it"))
        self.reason_edit.setClearButtonEnabled(True)
        self.quick_buttons: list[QPushButton] = []
        quick_row = QHBoxLayout()
        for reason in (
            self.tr("In another meeting"),
            self.tr("Not my area"),
            self.tr("Ending my shift"),
        ):
            button = QPushButton(reason)
            button.setAutoDefault(False)  # Enter in the reason declines, it does not refill it
            button.clicked.connect(lambda _checked=False, text=reason: self._choose(text))
            quick_row.addWidget(button)
            self.quick_buttons.append(button)
        quick_row.addStretch(1)
        form = QFormLayout()
        form.addRow(self.tr("&Reason:"), self.reason_edit)
        form.addRow("", quick_row)

        self.buttons = ok_cancel(self, self.tr("Decline"))
        self.request_view = RequestSummary(consult)
        layout = QVBoxLayout(self)
        layout.addWidget(self.request_view)
        layout.addLayout(form)
        layout.addWidget(self.buttons)

        self.reason_edit.textChanged.connect(self._update)
        self._update()
        self.reason_edit.setFocus()

    @property
    def ok_button(self) -> QPushButton:
        return ok_button(self.buttons)

    def reason(self) -> str:
        return self.reason_edit.text().strip()

    def _choose(self, text: str) -> None:
        self.reason_edit.setText(text)
        self.reason_edit.setFocus()

    def _update(self) -> None:
        self.ok_button.setEnabled(bool(self.reason()))
