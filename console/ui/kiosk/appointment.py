"""The kiosk's check-in page: the booking code of an appointment, on an on-screen keypad."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from console.core.text import QT_TRANSLATE_NOOP
from console.desk.appointments import BOOKING_ALPHABET
from console.ui.kiosk.context import KioskContext
from console.ui.kiosk.parts import (
    Keypad,
    ReachGap,
    back_button,
    bottom_bar,
    heading,
    style_kind,
)

CODE_LENGTH = 6


class AppointmentPage(QWidget):
    """The booking code typed on the keypad (or a keyboard), and Check in."""

    code_entered = Signal(str)  # Check in with a whole code
    back = Signal()
    activity = Signal()  # the visitor did something: the kiosk waits longer
    typed = Signal(str)  # the code so far, after a key or an erase (read aloud says it)

    def __init__(self, context: KioskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self._code = ""
        title = heading("kioskHeading")
        context.bind(title.setText, QT_TRANSLATE_NOOP("Kiosk", "Check in for your appointment"))
        hint = heading("kioskHint")
        context.bind(
            hint.setText,
            QT_TRANSLATE_NOOP(
                "Kiosk", "Type the six-character booking code from your appointment confirmation."
            ),
        )
        self.code_label = QLabel()
        self.code_label.setObjectName("bookingCode")
        self.code_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.keypad = Keypad(BOOKING_ALPHABET)
        self.keypad.typed.connect(self.type_code)
        self.keypad.erased.connect(self.erase_code)
        self.keypad.cleared.connect(lambda: self.set_code(""))
        context.bind(self.keypad.clear_key.setText, QT_TRANSLATE_NOOP("Kiosk", "Clear"))
        context.bind(self.keypad.erase_key.setAccessibleName, QT_TRANSLATE_NOOP("Kiosk", "Erase"))
        self.status = heading("kioskStatus")
        self.check_in_button: QPushButton = style_kind(QPushButton(), "primary")
        self.check_in_button.setObjectName("checkIn")
        context.bind(self.check_in_button.setText, QT_TRANSLATE_NOOP("Kiosk", "Check in"))
        self.check_in_button.clicked.connect(self.check_in)
        self.back_button = back_button("codeBack")
        context.bind(self.back_button.setText, QT_TRANSLATE_NOOP("Kiosk", "Back"))
        self.back_button.clicked.connect(self._go_back)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(hint)
        layout.addSpacing(8)
        layout.addWidget(self.code_label, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addSpacing(8)
        self.gap = ReachGap()
        self.gaps = [self.gap]
        layout.addWidget(self.gap)
        layout.addWidget(self.keypad, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.status, 1)
        layout.addLayout(bottom_bar(self.back_button, self.check_in_button))
        self.set_code("")

    def _go_back(self) -> None:
        self.activity.emit()
        self.back.emit()

    def clear(self) -> None:
        """An empty code and no message, for a new visitor."""
        self.set_code("")
        self.status.clear()

    def type_code(self, character: str) -> None:
        self.activity.emit()
        if len(self._code) < CODE_LENGTH:
            self.set_code(self._code + character)
        self.typed.emit(self._code)

    def erase_code(self) -> None:
        self.activity.emit()
        self.set_code(self._code[:-1])
        self.typed.emit(self._code)

    def set_code(self, code: str) -> None:
        self._code = code
        shown = code + "_" * (CODE_LENGTH - len(code))
        self.code_label.setText(" ".join(shown))
        self.code_label.setAccessibleName(code)
        self.status.clear()
        self.check_in_button.setEnabled(len(code) == CODE_LENGTH and not self.context.busy)

    def booking_code(self) -> str:
        return self._code

    def refresh(self) -> None:
        """Check in again possible once no ticket is being issued (the code stays)."""
        self.set_code(self._code)

    def hold(self) -> None:
        """A ticket is being issued: no second one meanwhile."""
        self.check_in_button.setEnabled(False)

    def check_in(self) -> None:
        code = self._code
        if self.context.busy or len(code) != CODE_LENGTH:
            return
        self.code_entered.emit(code)

    def handle_key(self, event: QKeyEvent) -> bool:
        """A keyboard works here too (for staff and for testing): True if ``event`` was used."""
        text = event.text().upper()
        if text and text in BOOKING_ALPHABET:
            self.type_code(text)
            if self.check_in_button.isEnabled():
                # Enter now checks in, rather than pressing the key that had the focus.
                self.check_in_button.setFocus()
            return True
        if event.key() == Qt.Key.Key_Backspace:
            self.erase_code()
            return True
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.check_in()
            return True
        return False
