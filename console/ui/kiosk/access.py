"""The kiosk's accessibility bar: read aloud, larger text, high contrast and buttons
lower down for a seated visitor, on every page, with keys for a keyboard or a tactile
keypad. Each is on for one visit; the kiosk turns them off for the next visitor.

Keys (any page; none of them types into a booking code):

- ``*`` or F12: read aloud
- ``+`` or F10: larger text
- ``#`` or F11: high contrast
- F9: buttons lower down
"""

from __future__ import annotations

import enum
from collections.abc import Callable

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QIcon,
    QPainter,
    QPainterPath,
    QPen,
    QPixmap,
    QResizeEvent,
)
from PySide6.QtWidgets import QGridLayout, QPushButton, QSizePolicy, QWidget

from console.core.text import QT_TRANSLATE_NOOP
from console.ui.kiosk.context import KioskContext
from console.ui.kiosk.style import KioskLook, font_size


class Mode(enum.Enum):
    """What the visitor can turn on for their visit."""

    SPEECH = "speech"
    LARGE_TEXT = "large_text"
    HIGH_CONTRAST = "high_contrast"
    LOW_REACH = "low_reach"


LABELS = {
    Mode.SPEECH: QT_TRANSLATE_NOOP("Kiosk", "Read aloud"),
    Mode.LARGE_TEXT: QT_TRANSLATE_NOOP("Kiosk", "Larger text"),
    Mode.HIGH_CONTRAST: QT_TRANSLATE_NOOP("Kiosk", "High contrast"),
    Mode.LOW_REACH: QT_TRANSLATE_NOOP("Kiosk", "Buttons lower"),
}

KEYS: dict[Qt.Key, Mode] = {
    Qt.Key.Key_Asterisk: Mode.SPEECH,
    Qt.Key.Key_F12: Mode.SPEECH,
    Qt.Key.Key_Plus: Mode.LARGE_TEXT,
    Qt.Key.Key_F10: Mode.LARGE_TEXT,
    Qt.Key.Key_NumberSign: Mode.HIGH_CONTRAST,
    Qt.Key.Key_F11: Mode.HIGH_CONTRAST,
    Qt.Key.Key_F9: Mode.LOW_REACH,
}

ICON_SIZE = 36
BAR_HEIGHT = 56


def mode_icon(mode: Mode, colour: str, size: int = ICON_SIZE) -> QIcon:
    """A simple drawn icon for ``mode`` in ``colour`` (the font has no speaker glyph)."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    ink = QColor(colour)
    painter.setPen(QPen(ink, size / 14))
    s = size
    if mode is Mode.SPEECH:
        painter.setBrush(ink)
        cone = QPainterPath()
        cone.moveTo(s * 0.1, s * 0.38)
        cone.lineTo(s * 0.28, s * 0.38)
        cone.lineTo(s * 0.5, s * 0.16)
        cone.lineTo(s * 0.5, s * 0.84)
        cone.lineTo(s * 0.28, s * 0.62)
        cone.lineTo(s * 0.1, s * 0.62)
        cone.closeSubpath()
        painter.drawPath(cone)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        for radius in (0.18, 0.32):
            box = QRectF(s * (0.5 - radius), s * (0.5 - radius), s * 2 * radius, s * 2 * radius)
            painter.drawArc(box, -45 * 16, 90 * 16)
    elif mode is Mode.LARGE_TEXT:
        for letter, pixels, x in (("A", 0.42, 0.02), ("A", 0.78, 0.36)):
            font = QFont()
            font.setPixelSize(int(s * pixels))
            font.setBold(True)
            painter.setFont(font)
            painter.drawText(
                QRectF(s * x, 0, s * 0.7, s * 0.95), Qt.AlignmentFlag.AlignBottom, letter
            )
    elif mode is Mode.HIGH_CONTRAST:
        circle = QRectF(s * 0.1, s * 0.1, s * 0.8, s * 0.8)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(circle)
        painter.setBrush(ink)
        painter.drawPie(circle, 90 * 16, 180 * 16)
    else:  # buttons lower: an arrow down onto a line
        painter.drawLine(QPointF(s * 0.5, s * 0.08), QPointF(s * 0.5, s * 0.7))
        painter.drawLine(QPointF(s * 0.25, s * 0.45), QPointF(s * 0.5, s * 0.7))
        painter.drawLine(QPointF(s * 0.75, s * 0.45), QPointF(s * 0.5, s * 0.7))
        painter.drawLine(QPointF(s * 0.12, s * 0.88), QPointF(s * 0.88, s * 0.88))
    painter.end()
    return QIcon(pixmap)


class AccessBar(QWidget):
    """A row of toggles at the bottom of every page (two rows in large text)."""

    toggled = Signal(object, bool)  # Mode, on

    def __init__(
        self, context: KioskContext, *, speech: bool, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("accessBar")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.context = context
        self.buttons: dict[Mode, QPushButton] = {}
        self._large = False
        self._columns = 0  # none placed yet
        self._layout = QGridLayout(self)
        self._layout.setContentsMargins(16, 6, 16, 6)
        self._layout.setSpacing(10)
        for mode in Mode:
            if mode is Mode.SPEECH and not speech:
                continue
            button = QPushButton()
            button.setObjectName(f"access_{mode.value}")
            button.setProperty("kind", "access")
            button.setCheckable(True)
            button.setMinimumHeight(BAR_HEIGHT)
            button.setIconSize(QSize(ICON_SIZE, ICON_SIZE))
            button.setCursor(Qt.CursorShape.PointingHandCursor)
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            button.toggled.connect(lambda on, m=mode: self._toggled(m, on))
            self.buttons[mode] = button
            context.bind(self._labeller(mode), LABELS[mode])
        self._fit()

    def _labeller(self, mode: Mode) -> Callable[[str], None]:
        def label(text: str) -> None:
            button = self.buttons[mode]
            # A mark as well as the fill: on or off shows without colour vision.
            button.setText(f" ✓ {text}" if button.isChecked() else f" {text}")
            button.setAccessibleName(text)
            if self._columns:
                self._fit()  # a language's longer words may need two rows

        return label

    def _toggled(self, mode: Mode, on: bool) -> None:
        self._labeller(mode)(self.context.t(LABELS[mode]))
        self.toggled.emit(mode, on)

    def _place(self, columns: int) -> None:
        for button in self.buttons.values():
            self._layout.removeWidget(button)
        for number, button in enumerate(self.buttons.values()):
            self._layout.addWidget(button, number // columns, number % columns)

    def is_on(self, mode: Mode) -> bool:
        button = self.buttons.get(mode)
        return button is not None and button.isChecked()

    def set_on(self, mode: Mode, on: bool) -> None:
        """Turn ``mode`` on or off as if its button were pressed (keys, a new visitor)."""
        button = self.buttons.get(mode)
        if button is not None and button.isChecked() != on:
            button.setChecked(on)

    def restyle(self, look: KioskLook) -> None:
        """Icons in the look's ink, as large as its text; two rows when the text is large."""
        size = int(
            ICON_SIZE
            * font_size("access", large=look.large_text)
            / font_size("access", large=False)
        )
        for mode, button in self.buttons.items():
            icon = QIcon()
            for colour, state in (
                (look.palette.text, QIcon.State.Off),
                (look.palette.bar_on_text, QIcon.State.On),
            ):
                icon.addPixmap(
                    mode_icon(mode, colour, size).pixmap(size, size), QIcon.Mode.Normal, state
                )
            button.setIcon(icon)
            button.setIconSize(QSize(size, size))
        self._large = look.large_text
        self._fit()

    def _needed(self, columns: int) -> int:
        """The width the buttons need in ``columns`` columns, each as wide as its widest."""
        margins = self._layout.contentsMargins()
        widths = [0] * columns
        for number, button in enumerate(self.buttons.values()):
            column = number % columns
            widths[column] = max(widths[column], button.sizeHint().width())
        spacing = self._layout.horizontalSpacing()
        return margins.left() + margins.right() + sum(widths) + (columns - 1) * spacing

    def _fit(self) -> None:
        """One row when it fits the kiosk's width, else two (always two in large text):
        a long translation ("Painikkeet alemmas") must not make the window wider."""
        every = max(1, len(self.buttons))
        two = min(2, every)
        self.setMinimumWidth(self._needed(two))
        wanted = two if self._large or self.width() < self._needed(every) else every
        if wanted != self._columns:
            self._columns = wanted
            self._place(wanted)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()
