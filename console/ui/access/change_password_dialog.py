"""Changing one's own password: the current one, the new one twice, checked off the GUI thread."""

from __future__ import annotations

import logging

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from console.core.text import TiskiError
from console.i18n import translate
from console.ui.access.password_field import PasswordField, grow_to_fit
from console.ui.access.session import Credentials
from console.ui.shared.database_pool import database_pool
from console.ui.shared.dialog_parts import HINT_STYLE, WARNING_STYLE, style_label
from console.ui.shared.worker import run_in_background

# The sign-in's logger, as before the dialog had a module of its own.
log = logging.getLogger("console.ui.access.signin")


class ChangePasswordDialog(QDialog):
    """The signed-in person changes their own password (the accounts API checks it)."""

    def __init__(self, credentials: Credentials, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("changePasswordDialog")
        self.setWindowTitle(self.tr("Change password"))
        self.setMinimumWidth(420)
        self._credentials = credentials
        self._busy = False
        self.current = PasswordField()
        self.current.setObjectName("currentPassword")
        self.new = PasswordField()
        self.new.setObjectName("newPassword")
        self.repeat = PasswordField()
        self.repeat.setObjectName("repeatPassword")
        self.new.caps_lock_changed.connect(self.current.caps_hint.setVisible)
        self.repeat.caps_lock_changed.connect(self.current.caps_hint.setVisible)
        form = QFormLayout()
        form.addRow(self.tr("C&urrent password:"), self.current)
        form.addRow(self.tr("&New password:"), self.new)
        form.addRow(self.tr("&Repeat the new password:"), self.repeat)
        form.addRow("", self.current.caps_hint)
        self.message = QLabel()
        self.message.setObjectName("changePasswordMessage")
        self.message.setWordWrap(True)
        self.message.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Change password"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.change)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

    def change(self) -> None:
        if self._busy:
            return
        current, new = self.current.text(), self.new.text()
        if not current or not new:
            self._show(self.tr("Type your current password and the new one."), error=True)
            return
        if new != self.repeat.text():
            self._show(self.tr("The new passwords are not the same. Type them again."), error=True)
            self.new.clear()
            self.repeat.clear()
            self.new.setFocus()
            return
        if new == current:
            self._show(self.tr("The new password must differ from the current one."), error=True)
            return
        credentials = self._credentials
        self._busy = True
        self.ok_button.setEnabled(False)
        self._show(self.tr("Changing your password…"), error=False)
        run_in_background(
            lambda: credentials.change(current, new),
            lambda _result: self.accept(),
            self._refused,
            context=self,
            pool=database_pool(),
        )

    def _refused(self, error: BaseException) -> None:
        self._busy = False
        self.ok_button.setEnabled(True)
        if isinstance(error, TiskiError):
            text = translate(error.message)
        else:
            log.error("Changing the password failed", exc_info=error)
            text = self.tr("The password was not changed (%1). Try again, or tell IT.").replace(
                "%1", type(error).__name__
            )
        self._show(text, error=True)

    def _show(self, text: str, *, error: bool) -> None:
        style_label(self.message, WARNING_STYLE if error else HINT_STYLE)
        self.message.setText(text)
        self.message.setVisible(bool(text))
        grow_to_fit(self)
