"""A new advisor's first look at the console: its zones one at a time, each lit up with
a few words beside it. Skippable at any step; once seen or skipped, it is not shown to
that person on this PC again (Help ▸ Tour of the console shows it again)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QPoint, QRect, Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent, QPainterPath, QPaintEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from console.ui.shared.painting import painting

# The dimming over the rest of the window.
_SHADE = QColor(20, 28, 40, 150)
_CARD_WIDTH = 360
_GAP = 12


@dataclass(frozen=True)
class TourStep:
    """One zone of the window and what to say of it."""

    heading: str
    text: str
    target: Callable[[], QWidget | None]


class TourOverlay(QWidget):
    """Dims the window but for one zone, with a card that explains it.

    ``finished`` says how it ended: True when the person went through it all, False
    when they skipped it. Either way it is not offered again.
    """

    finished = Signal(bool)

    def __init__(self, window: QWidget, steps: Sequence[TourStep]) -> None:
        super().__init__(window)
        self.setObjectName("consoleTour")
        self.window_ = window
        self.steps = [step for step in steps if step.target() is not None]
        self.index = 0
        self.card = QFrame(self)
        self.card.setObjectName("tourCard")
        self.card.setFixedWidth(_CARD_WIDTH)
        # Its colours are the theme's (resources/themes/): white here, black in high contrast.
        self.counter = QLabel()
        self.counter.setObjectName("tourCounter")
        self.heading = QLabel()
        self.heading.setObjectName("dialogHeading")
        self.heading.setWordWrap(True)
        self.text = QLabel()
        self.text.setObjectName("tourText")
        self.text.setWordWrap(True)
        self.skip_button = QPushButton(self.tr("Skip the tour"))
        self.skip_button.setObjectName("tourSkip")
        self.skip_button.clicked.connect(self.skip)
        self.back_button = QPushButton(self.tr("Back"))
        self.back_button.setObjectName("tourBack")
        self.back_button.clicked.connect(self.back)
        self.next_button = QPushButton()
        self.next_button.setObjectName("tourNext")
        self.next_button.setDefault(True)
        self.next_button.clicked.connect(self.forward)
        buttons = QHBoxLayout()
        buttons.addWidget(self.skip_button)
        buttons.addStretch(1)
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.next_button)
        layout = QVBoxLayout(self.card)
        layout.setContentsMargins(18, 14, 18, 14)
        layout.addWidget(self.counter)
        layout.addWidget(self.heading)
        layout.addWidget(self.text)
        layout.addLayout(buttons)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    # ------------------------------------------------------------ running
    def start(self) -> None:
        if not self.steps:
            self.finished.emit(True)
            self.deleteLater()
            return
        self.setGeometry(self.window_.rect())
        self.show()
        self.raise_()
        self._show_step()
        self.next_button.setFocus()

    def forward(self) -> None:
        if self.index + 1 >= len(self.steps):
            self._end(completed=True)
            return
        self.index += 1
        self._show_step()

    def back(self) -> None:
        if self.index > 0:
            self.index -= 1
            self._show_step()

    def skip(self) -> None:
        self._end(completed=False)

    def _end(self, *, completed: bool) -> None:
        self.hide()
        self.finished.emit(completed)
        self.deleteLater()

    # ------------------------------------------------------------ drawing
    def target_rect(self) -> QRect:
        """The zone of this step, in the overlay's coordinates."""
        widget = self.steps[self.index].target()
        if widget is None or not widget.isVisible():
            return QRect()
        top_left = widget.mapTo(self.window_, QPoint(0, 0))
        return QRect(top_left, widget.size()).adjusted(-4, -4, 4, 4)

    def _show_step(self) -> None:
        step = self.steps[self.index]
        self.counter.setText(
            self.tr("%1 of %2")
            .replace("%1", str(self.index + 1))
            .replace("%2", str(len(self.steps)))
        )
        self.heading.setText(step.heading)
        self.text.setText(step.text)
        last = self.index + 1 == len(self.steps)
        self.next_button.setText(self.tr("Done") if last else self.tr("Next"))
        self.back_button.setEnabled(self.index > 0)
        self._place_card()
        self.update()

    def _place_card(self) -> None:
        """Beside the zone where there is room (right, left, below, above), else over it."""
        self.card.adjustSize()
        card = self.card.size()
        area = self.rect()
        zone = self.target_rect()
        middle_y = zone.center().y() - card.height() // 2
        middle_x = zone.center().x() - card.width() // 2
        places = [
            QPoint(zone.right() + _GAP, middle_y),
            QPoint(zone.left() - _GAP - card.width(), middle_y),
            QPoint(middle_x, zone.bottom() + _GAP),
            QPoint(middle_x, zone.top() - _GAP - card.height()),
        ]
        for place in places:
            rect = QRect(place, card)
            if area.contains(rect):
                self.card.move(place)
                return
        inside = QRect(QPoint(middle_x, middle_y), card)
        inside.moveLeft(max(area.left(), min(inside.left(), area.right() - card.width())))
        inside.moveTop(max(area.top(), min(inside.top(), area.bottom() - card.height())))
        self.card.move(inside.topLeft())

    def paintEvent(self, _event: QPaintEvent) -> None:
        shade = QPainterPath()
        shade.addRect(self.rect().toRectF())
        hole = QPainterPath()
        hole.addRoundedRect(self.target_rect().toRectF(), 6, 6)
        with painting(self, smooth=True) as painter:
            painter.fillPath(shade.subtracted(hole), _SHADE)
            painter.setPen(QColor("#ffcc33"))
            painter.drawPath(hole)

    # ------------------------------------------------------------ following the window
    def follow_window(self) -> None:
        """The window was resized (its resizeEvent calls this: an event filter on the
        window would call into Python at each of its events, and during its
        destruction)."""
        self.setGeometry(self.window_.rect())
        self._place_card()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.skip()
        elif event.key() in (Qt.Key.Key_Right, Qt.Key.Key_PageDown):
            self.forward()
        elif event.key() in (Qt.Key.Key_Left, Qt.Key.Key_PageUp):
            self.back()
        else:
            super().keyPressEvent(event)
