"""The first start's last page: the first administrator, IT's own local account."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLineEdit, QVBoxLayout, QWidget, QWizardPage

from console.desk.accounts import MIN_PASSWORD_LENGTH, password_problem
from console.desk.first_start import FirstAdmin
from console.i18n import translate
from console.ui.access.first_start.shared import wrapped_label
from console.ui.access.password_field import PasswordField
from console.ui.shared.dialog_parts import HINT_STYLE, WARNING_STYLE, style_label


class AdminPage(QWizardPage):
    """The first IT person: user name, full name and password (twice)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("firstStartAdmin")
        self.setTitle(self.tr("The first administrator"))
        self.setSubTitle(
            self.tr(
                "Your own account as IT: you sign in with it, and add the other staff "
                "members in the admin window or with tiski staff add."
            )
        )
        self.username = QLineEdit()
        self.username.setObjectName("adminUsername")
        self.username.setMaxLength(63)
        self.full_name = QLineEdit()
        self.full_name.setObjectName("adminFullName")
        self.full_name.setMaxLength(200)
        self.password = PasswordField()
        self.password.setObjectName("adminPassword")
        self.password.setMaxLength(256)
        self.repeat = PasswordField()
        self.repeat.setObjectName("adminRepeat")
        self.repeat.setMaxLength(256)
        self.repeat.caps_lock_changed.connect(self.password.caps_hint.setVisible)
        form = QFormLayout()
        form.addRow(self.tr("&User name:"), self.username)
        form.addRow(self.tr("F&ull name:"), self.full_name)
        form.addRow(self.tr("&Password:"), self.password)
        form.addRow(self.tr("&Repeat the password:"), self.repeat)
        form.addRow("", self.password.caps_hint)
        rule = wrapped_label(
            self.tr(
                "The password needs at least %1 characters and must not contain the user name."
            ).replace("%1", str(MIN_PASSWORD_LENGTH)),
            "passwordRule",
            HINT_STYLE,
        )
        self.message = wrapped_label("", "firstStartMessage")
        self.message.hide()
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(rule)
        layout.addWidget(self.message)
        layout.addStretch(1)
        for field in (self.username, self.full_name, self.password, self.repeat):
            field.textChanged.connect(lambda _text: self.completeChanged.emit())

    def admin(self) -> FirstAdmin:
        return FirstAdmin(
            self.username.text().strip(), self.full_name.text().strip(), self.password.text()
        )

    def typed(self) -> bool:
        return any(
            field.text() for field in (self.username, self.full_name, self.password, self.repeat)
        )

    def isComplete(self) -> bool:
        return bool(
            self.username.text().strip()
            and self.full_name.text().strip()
            and self.password.text()
            and self.repeat.text()
        )

    def validatePage(self) -> bool:
        """Check what can be checked here; the wizard's finishing checks the rest."""
        admin = self.admin()
        if admin.password != self.repeat.text():
            self.show_message(self.tr("The passwords are not the same. Type them again."))
            self.password.clear()
            self.repeat.clear()
            self.password.setFocus()
            return False
        problem = password_problem(admin.username, admin.password)
        if problem is not None:
            self.show_message(translate(problem))
            self.password.setFocus()
            return False
        return True

    def show_message(self, text: str, *, error: bool = True) -> None:
        style_label(self.message, WARNING_STYLE if error else HINT_STYLE)
        self.message.setText(text)
        self.message.setVisible(bool(text))
