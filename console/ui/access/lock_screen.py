"""The page a locked console shows over its window: who is signed in, at which counter,
a password field, Unlock and Switch user; nothing of anyone's work.

It only asks: :class:`~console.ui.access.lock.ConsoleLock` checks the password, hides
the window's parts and switches the user.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from console.desk.desk import SignedIn
from console.ui.access.password_field import PasswordField
from console.ui.shared.colours import set_tone
from console.ui.shared.labels import role_label, ui_language


class LockScreen(QFrame):
    """The page a locked console shows: nobody's data, only who may unlock it."""

    unlock_requested = Signal(str)
    switch_requested = Signal()

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("lockScreen")
        self.setAutoFillBackground(True)  # its colours are the theme's (resources/themes/)
        card = QFrame()
        card.setObjectName("lockCard")
        card.setFixedWidth(440)
        self.heading = QLabel(self.tr("Tiski is locked"))
        self.heading.setObjectName("dialogHeading")
        self.person_label = QLabel()
        self.person_label.setObjectName("lockPerson")
        self.person_label.setWordWrap(True)
        self.counter_label = QLabel()
        self.counter_label.setObjectName("lockCounter")
        self.password = PasswordField()
        self.password.setObjectName("lockPassword")
        self.password.setPlaceholderText(self.tr("Password"))
        self.password.setAccessibleName(self.tr("Password"))  # a placeholder is no name
        self.password.returnPressed.connect(self._unlock_clicked)
        self.caps_hint = self.password.caps_hint
        self.hint = QLabel()
        self.hint.setObjectName("lockHint")
        self.hint.setWordWrap(True)
        set_tone(self.hint, "hint")
        self.hint.hide()
        self.message = QLabel()
        self.message.setObjectName("lockMessage")
        self.message.setWordWrap(True)
        set_tone(self.message, "late")
        self.message.hide()
        self.unlock_button = QPushButton(self.tr("Unlock"))
        self.unlock_button.setObjectName("unlockButton")
        self.unlock_button.setDefault(True)
        self.unlock_button.clicked.connect(self._unlock_clicked)
        self.switch_button = QPushButton(self.tr("Switch user…"))
        self.switch_button.setObjectName("switchUserButton")
        self.switch_button.clicked.connect(self.switch_requested)
        buttons = QHBoxLayout()
        buttons.addWidget(self.switch_button)
        buttons.addStretch(1)
        buttons.addWidget(self.unlock_button)
        inner = QVBoxLayout(card)
        inner.setContentsMargins(28, 24, 28, 24)
        inner.setSpacing(10)
        inner.addWidget(self.heading)
        inner.addWidget(self.person_label)
        inner.addWidget(self.counter_label)
        inner.addSpacing(8)
        inner.addWidget(QLabel(self.tr("Type your password to go on working:")))
        inner.addWidget(self.password)
        inner.addWidget(self.caps_hint)
        inner.addWidget(self.message)
        inner.addWidget(self.hint)
        inner.addLayout(buttons)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(card)
        row.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(2)

    def show_person(self, signed_in: SignedIn) -> None:
        staff = signed_in.staff
        self.person_label.setText(
            self.tr("Signed in: %1 (%2)")
            .replace("%1", staff.full_name)
            .replace("%2", role_label(staff.role))
        )
        self.counter_label.setText(
            self.tr("Counter: %1").replace("%1", signed_in.counter.names.get(ui_language()))
        )

    def show_hint(self, text: str) -> None:
        self.hint.setText(text)
        self.hint.setVisible(bool(text))

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def _unlock_clicked(self) -> None:
        if self.unlock_button.isEnabled():
            self.unlock_requested.emit(self.password.text())
