"""The password field the access dialogs share, and how a dialog grows to fit a message.

:class:`PasswordField` is the sign-in's, the lock page's, the change of password's and
the first start's; :func:`grow_to_fit` keeps the sign-in and the change of password
readable when a message appears in them.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDialog, QLabel, QLineEdit, QWidget

from console.ui.shared.dialog_parts import WARNING_STYLE, style_label


class PasswordField(QLineEdit):
    """A password line edit that notices Caps Lock from what is typed.

    Qt cannot ask the keyboard for Caps Lock's state on every platform; a capital
    letter typed without Shift (or a small one with Shift) says it is on, and is
    cheap to notice.
    """

    caps_lock_changed = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEchoMode(QLineEdit.EchoMode.Password)
        self.caps_lock = False
        self.caps_hint = QLabel(self.tr("Caps Lock is on."))
        self.caps_hint.setObjectName("capsLockHint")
        style_label(self.caps_hint, WARNING_STYLE)
        self.caps_hint.hide()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        text = event.text()
        if len(text) == 1 and text.isalpha() and text.lower() != text.upper():
            shift = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
            self._set_caps(text.isupper() != shift)
        elif event.key() == Qt.Key.Key_CapsLock:
            self._set_caps(not self.caps_lock)
        super().keyPressEvent(event)

    def _set_caps(self, on: bool) -> None:
        if on != self.caps_lock:
            self.caps_lock = on
            self.caps_hint.setVisible(on)
            self.caps_lock_changed.emit(on)


def grow_to_fit(dialog: QDialog) -> None:
    """Make a shown dialog taller when a message appeared in it.

    A top-level window keeps its size when its contents grow: without a window
    manager (a kiosk-like X session, seen under Xvfb) the fields were squeezed to a
    few pixels and their labels cut in half under a wrapped error message.
    """
    layout = dialog.layout()
    if layout is None:
        return
    layout.activate()
    if layout.hasHeightForWidth():
        needed = layout.totalHeightForWidth(dialog.width())
    else:
        needed = layout.totalSizeHint().height()
    if needed > dialog.height():
        dialog.resize(dialog.width(), needed)
