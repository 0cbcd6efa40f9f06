"""Text colours that say how a row stands (late, warning, quiet), readable on white."""

from __future__ import annotations

from PySide6.QtGui import QBrush, QColor

LATE = QBrush(QColor("#b00020"))  # past twice the target, closed, down: 6.6:1 on white
WARN = QBrush(QColor("#8a4b00"))  # past the target, on a break, slow: 6.0:1 on white
QUIET = QBrush(QColor("#555555"))  # closed counters: 7.5:1 on white
