"""A one-line label that cuts its text with "…" when narrow, instead of widening the
window or wrapping over the zone below. The whole text is in its tooltip."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

from console.ui.shared.painting import painting

# The narrowest it goes: a few characters of the heading stay readable.
MIN_CHARACTERS = 8


class ElidedLabel(QLabel):
    """A heading that fits any width: whole when there is room, cut with "…" when not."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.setToolTip(text)

    def setText(self, text: str) -> None:
        super().setText(text)
        self.setToolTip(text)

    def minimumSizeHint(self) -> QSize:
        metrics = self.fontMetrics()
        margins = self.contentsMargins()
        width = metrics.horizontalAdvance("M" * MIN_CHARACTERS) + margins.left() + margins.right()
        return QSize(width, super().minimumSizeHint().height())

    def is_cut(self) -> bool:
        """Whether the text shown is shorter than the text (a test, a screen reader)."""
        return self.fontMetrics().horizontalAdvance(self.text()) > self.contentsRect().width()

    def paintEvent(self, _event: QPaintEvent) -> None:
        rect = self.contentsRect()
        shown = self.fontMetrics().elidedText(
            self.text(), Qt.TextElideMode.ElideRight, rect.width()
        )
        with painting(self) as painter:
            painter.setPen(self.palette().color(self.foregroundRole()))
            painter.drawText(rect, int(self.alignment() | Qt.AlignmentFlag.AlignVCenter), shown)
