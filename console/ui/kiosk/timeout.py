"""Before the kiosk starts over by itself it asks first (WCAG 2.2.1): "Are you still
there?", the seconds left, and a More time button that has the focus. A touch anywhere
or any key gives more time too; only when nobody answers does the kiosk start over."""

from __future__ import annotations

import math
import time

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QFrame, QPushButton, QVBoxLayout, QWidget

from console.core.text import QT_TRANSLATE_NOOP
from console.ui.kiosk.context import KioskContext
from console.ui.kiosk.parts import heading, style_kind

# WCAG 2.2.1 asks for at least 20 seconds to answer.
WARNING_MS = 20_000

STILL_THERE = QT_TRANSLATE_NOOP("Kiosk", "Are you still there?")
COUNTDOWN = QT_TRANSLATE_NOOP("Kiosk", "The kiosk starts over in {seconds} s.")
SPOKEN_COUNTDOWN = QT_TRANSLATE_NOOP("Kiosk", "The kiosk starts over in {seconds} seconds.")
MORE_TIME = QT_TRANSLATE_NOOP("Kiosk", "More time")


class TimeoutWarning(QWidget):
    """Covers the page while it counts down; ``more_time`` or ``expired`` ends it."""

    more_time = Signal()
    expired = Signal()

    def __init__(self, context: KioskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("kioskWarning")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.context = context
        self.card = QFrame()
        self.card.setObjectName("warningCard")
        self.title = heading("warningTitle")
        context.bind(self.title.setText, STILL_THERE)
        self.countdown = heading("warningText")
        self.more_button: QPushButton = style_kind(QPushButton(), "primary", 96)
        self.more_button.setObjectName("moreTime")
        context.bind(self.more_button.setText, MORE_TIME)
        self.more_button.clicked.connect(self.more_time)
        inside = QVBoxLayout(self.card)
        inside.setContentsMargins(48, 40, 48, 40)
        inside.setSpacing(24)
        inside.addWidget(self.title)
        inside.addWidget(self.countdown)
        inside.addWidget(self.more_button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 36, 48, 36)
        layout.addStretch(1)
        layout.addWidget(self.card, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(1)
        self._deadline = 0.0
        self._tick = QTimer(self)
        self._tick.setSingleShot(True)
        self._tick.timeout.connect(self._count)
        self.hide()

    def start(self, milliseconds: int) -> None:
        """Show the warning and start over after ``milliseconds`` unless answered."""
        self._deadline = time.monotonic() + milliseconds / 1000
        parent = self.parentWidget()
        if parent is not None:
            self.setGeometry(parent.rect())
        self.show()
        self.raise_()
        self._count()

    def stop(self) -> None:
        self._tick.stop()
        self.hide()

    def seconds_left(self) -> int:
        return max(0, math.ceil(self._deadline - time.monotonic()))

    def spoken(self) -> list[str]:
        """The warning as speech reads it, in the visitor's language."""
        t = self.context.t
        return [t(STILL_THERE), t(SPOKEN_COUNTDOWN, seconds=self.seconds_left())]

    def _count(self) -> None:
        left = self._deadline - time.monotonic()
        if left <= 0:
            self.stop()
            self.expired.emit()
            return
        self.countdown.setText(self.context.t(COUNTDOWN, seconds=math.ceil(left)))
        # Wake on the next whole second (or at the end, when less is left).
        self._tick.start(max(1, int(min(left, (left % 1) or 1.0) * 1000)))

    def mousePressEvent(self, event: QMouseEvent) -> None:
        """A touch anywhere is an answer."""
        self.more_time.emit()
        event.accept()
