"""A painter ends with its paint event, even when something holds the frame it was made
in (a traceback, a profiler, the soak test's stall watch sampling the GUI thread)."""

from __future__ import annotations

import sys
from types import FrameType

from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from console.ui.shared.elided_label import ElidedLabel
from console.ui.shared.painting import painting


class HeldFrames(QWidget):
    """Paints through ``painting`` and keeps its paint event's frame, as a stack sampler
    on another thread does for a moment."""

    def __init__(self) -> None:
        super().__init__()
        self.frames: list[FrameType] = []
        self.used: list[QPainter] = []

    def paintEvent(self, _event: QPaintEvent) -> None:
        with painting(self) as painter:
            painter.drawLine(0, 0, 10, 10)
            self.used.append(painter)
            self.frames.append(sys._getframe())


def test_a_painter_has_ended_when_its_paint_event_returns(qtbot: QtBot) -> None:
    widget = HeldFrames()
    qtbot.addWidget(widget)
    widget.resize(40, 40)
    widget.grab()  # one paint event, now
    assert widget.frames, "the widget was not painted"
    assert widget.used[-1].isActive() is False


def test_a_cut_label_still_paints_its_text(qtbot: QtBot) -> None:
    label = ElidedLabel("Kela, perhe-etuudet ja asumistuki")
    qtbot.addWidget(label)
    label.resize(80, 30)
    picture = label.grab().toImage()
    inked = {picture.pixel(x, y) for x in range(picture.width()) for y in range(picture.height())}
    assert len(inked) > 1, "the label painted nothing"
