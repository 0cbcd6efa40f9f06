"""A layout that places widgets in a row and wraps to the next line when out of width.

Buttons under a panel in a 360 px dock: a plain row of them would push the dock
wider or cut the last ones off; these wrap instead (Qt's own "Flow Layout" example).

Qt asks a layout whose height follows its width for that height many times in one
layout pass (each parent asks, at each width it tries), and every question is a call
into Python on the GUI thread. The answers are kept until Qt invalidates the layout (a
widget in it changed its size hint, was shown or hidden, added or taken away): on a busy
day the panels' button rows were asked about 350 times a second, 1.8 s of the GUI
thread's Python in 40 s (the soak's profile, docs/reliability.md).
"""

from __future__ import annotations

from PySide6.QtCore import QMargins, QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QSizePolicy, QWidget


class FlowLayout(QLayout):
    """Items left to right, wrapping to a new line; its height follows its width."""

    def __init__(
        self, parent: QWidget | None = None, spacing: int = 6, *, one_row_hint: bool = False
    ) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._spacing = spacing
        # Whether it asks for the room of one row (and wraps only when not given it),
        # or only for its widest item (a dock's panel, which must not widen the dock).
        self._one_row_hint = one_row_hint
        self._heights: dict[int, int] = {}  # height for a width, until invalidated
        self.setContentsMargins(QMargins(0, 0, 0, 0))

    def invalidate(self) -> None:
        self._heights.clear()
        super().invalidate()

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)
        self._heights.clear()

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        self._heights.clear()
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        height = self._heights.get(width)
        if height is None:
            height = self._heights[width] = self._arrange(QRect(0, 0, width, 0), move=False)
        return height

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self) -> QSize:
        if not self._one_row_hint:
            return self.minimumSize()
        shown = [item.sizeHint() for item in self._items if not _hidden(item)]
        margins = self.contentsMargins()
        width = sum(hint.width() for hint in shown) + self._spacing * max(0, len(shown) - 1)
        height = max((hint.height() for hint in shown), default=0)
        return QSize(
            width + margins.left() + margins.right(), height + margins.top() + margins.bottom()
        )

    def minimumSize(self) -> QSize:
        size = QSize()
        for item in self._items:
            size = size.expandedTo(item.minimumSize())
        margins = self.contentsMargins()
        return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    def _arrange(self, rect: QRect, *, move: bool) -> int:
        margins = self.contentsMargins()
        area = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
        x, y, line_height = area.x(), area.y(), 0
        for item in self._items:
            widget = item.widget()
            if widget is not None and widget.isHidden():
                continue
            hint = item.sizeHint()
            spacing = self._spacing
            if widget is not None:
                spacing = max(
                    spacing,
                    widget.style().layoutSpacing(
                        QSizePolicy.ControlType.PushButton,
                        QSizePolicy.ControlType.PushButton,
                        Qt.Orientation.Horizontal,
                    ),
                )
            width = min(hint.width(), area.width())
            if x > area.x() and x + width > area.right() + 1:
                x, y, line_height = area.x(), y + line_height + self._spacing, 0
            if move:
                item.setGeometry(QRect(QPoint(x, y), QSize(width, hint.height())))
            x += width + spacing
            line_height = max(line_height, hint.height())
        return y + line_height - rect.y() + margins.bottom()


def _hidden(item: QLayoutItem) -> bool:
    widget = item.widget()
    return widget is not None and widget.isHidden()
