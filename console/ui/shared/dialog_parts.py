"""Parts the dialogs of the case, the consultation and the queue share.

Inline message labels and their styles, the OK/Cancel button box, form helpers
and the clock time a dialog shows.
"""

from __future__ import annotations

from datetime import datetime
from typing import NamedTuple

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from console.core.queue import local_time
from console.ui.shared.colours import set_tone


class Style(NamedTuple):
    """How a message reads: its tone (coloured by the theme, colours.py) and weight."""

    tone: str
    strong: bool = False


# Dark enough on the dialog background to read as text, red enough to read as a problem
# (in high contrast: light on black).
WARNING_STYLE = Style("problem", strong=True)
MUTED_STYLE = Style("muted")
HINT_STYLE = Style("hint")


def style_label(label: QWidget, style: Style) -> None:
    """Give ``label`` the colour and weight of ``style`` in whichever theme is on."""
    set_tone(label, style.tone, strong=style.strong)


def show_message(label: QLabel, text: str, style: Style = WARNING_STYLE) -> None:
    """Show ``text`` in ``label`` in ``style``; an empty text hides the label."""
    label.setText(text)
    style_label(label, style)
    label.setVisible(bool(text))


def message_label(object_name: str) -> QLabel:
    """A hidden, wrapping label for inline messages."""
    label = QLabel()
    label.setObjectName(object_name)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.hide()
    return label


def ok_cancel(dialog: QDialog, ok_text: str) -> QDialogButtonBox:
    """OK (labelled ``ok_text``) and Cancel, wired to the dialog's accept and reject."""
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    buttons.button(QDialogButtonBox.StandardButton.Ok).setText(ok_text)
    buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
        QCoreApplication.translate("Dialogs", "Cancel")
    )
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons


def ok_button(buttons: QDialogButtonBox) -> QPushButton:
    """The OK button of a box from :func:`ok_cancel`."""
    return buttons.button(QDialogButtonBox.StandardButton.Ok)


def buddy(text: str, widget: QWidget) -> QLabel:
    """A form label whose accelerator focuses ``widget`` (for fields that sit in a row)."""
    label = QLabel(text)
    label.setBuddy(widget)
    return label


def text_edit(object_name: str, placeholder: str, lines: int) -> QPlainTextEdit:
    """A plain-text editor at least ``lines`` high; Tab moves on rather than indenting."""
    edit = QPlainTextEdit()
    edit.setObjectName(object_name)
    edit.setPlaceholderText(placeholder)
    edit.setTabChangesFocus(True)
    edit.setMinimumHeight(edit.fontMetrics().lineSpacing() * lines + 12)
    return edit


def clock(moment: datetime | None) -> str:
    """A stored time as the desk's clock shows it (``14:05``); no time is a dash."""
    return "–" if moment is None else local_time(moment).strftime("%H:%M")


class ConfirmQuestion(QMessageBox):
    """A question before something that cannot be undone, opened (not executed). Its
    safe answer is the default: Enter, Escape and closing the box answer ``no``; only
    the ``yes`` button emits :attr:`confirmed`. :attr:`answered_yes` says which it was.

    ``yes`` and ``no`` are (text, object name): tests and screen readers find the
    buttons by name.
    """

    confirmed = Signal()

    def __init__(
        self,
        parent: QWidget | None,
        *,
        name: str,
        title: str,
        text: str,
        yes: tuple[str, str],
        no: tuple[str, str],
        icon: QMessageBox.Icon = QMessageBox.Icon.Question,
    ) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setIcon(icon)
        self.setWindowTitle(title)
        self.setText(text)
        self.yes_button = self.addButton(yes[0], QMessageBox.ButtonRole.AcceptRole)
        self.yes_button.setObjectName(yes[1])
        self.no_button = self.addButton(no[0], QMessageBox.ButtonRole.RejectRole)
        self.no_button.setObjectName(no[1])
        self.setDefaultButton(self.no_button)
        self.setEscapeButton(self.no_button)
        self.answered_yes = False
        self.finished.connect(self._answered)

    def _answered(self, _result: int) -> None:
        self.answered_yes = self.clickedButton() is self.yes_button
        if self.answered_yes:
            self.confirmed.emit()
