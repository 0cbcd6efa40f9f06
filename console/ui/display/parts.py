"""Parts of the lobby display: its dark look and a two-line table cell."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QResizeEvent
from PySide6.QtWidgets import (
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from console.ui.shared.table_model import KeyedTableModel

PRIMARY = "#f0f3f6"
MUTED = "#9aa7b4"


def display_style(scale: float) -> str:
    """The display's look with every size scaled (1.0 is a 1920 x 1080 screen)."""

    def px(size: int) -> str:
        return f"{max(10, round(size * scale))}px"

    return f"""
QWidget#lobbyDisplay {{ background: #0d1117; }}
QLabel {{ color: {PRIMARY}; background: transparent; }}
QLabel#displaySite {{ font-size: {px(34)}; font-weight: 600; }}
QLabel#displayClock {{ font-size: {px(52)}; font-weight: 700; }}
QLabel#displayHeading {{ font-size: {px(44)}; font-weight: 700; }}
QLabel#displaySubheading {{ font-size: {px(26)}; color: {MUTED}; }}
QLabel#displayStatus {{ font-size: {px(26)}; font-weight: 600; color: #ffb4a9; }}
QLabel#displayMessage {{
    font-size: {px(30)}; font-weight: 600; border-left: {px(6)} solid #ffd33d;
    padding: 0 {px(16)};
}}
QLabel#displayMessageOther {{
    font-size: {px(24)}; color: {MUTED}; border-left: {px(6)} solid #ffd33d;
    padding: 0 {px(16)};
}}
QFrame#latestCall {{
    background: #1b2430; border: {px(4)} solid #30404f; border-radius: {px(18)};
}}
QFrame#latestCall[fresh="true"] {{ background: #ffd33d; border-color: #fff3b0; }}
QFrame#latestCall[fresh="true"] QLabel {{ color: #111418; }}
QLabel#latestCaption {{ font-size: {px(28)}; color: {MUTED}; }}
QLabel#latestTicket {{ font-size: {px(150)}; font-weight: 800; }}
QLabel#latestArrow {{ font-size: {px(80)}; font-weight: 700; }}
QLabel#latestCounter {{ font-size: {px(80)}; font-weight: 700; }}
QLabel#latestCounterOther {{ font-size: {px(32)}; color: {MUTED}; }}
QTableView {{
    background: #0d1117; alternate-background-color: #131a23; color: {PRIMARY};
    border: none; gridline-color: #0d1117;
    selection-background-color: #0d1117; selection-color: {PRIMARY};
}}
QHeaderView {{ background: #0d1117; border: none; }}
QHeaderView::section {{
    background: #161b22; color: #c9d1d9; font-size: {px(20)}; font-weight: 600;
    border: none; border-bottom: 2px solid #30363d; padding: {px(6)} {px(10)};
}}
"""


class TwoLineDelegate(QStyledItemDelegate):
    """A cell with its model text in large type and a second, smaller line under it."""

    def __init__(self, second_line: Callable[[Any], str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._second_line = second_line

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        self.initStyleOption(option, index)
        primary = option.text
        model = index.model()
        second = ""
        if isinstance(model, KeyedTableModel):
            second = self._second_line(model.row(index.row()))
        option.text = ""
        widget = option.widget
        style = widget.style() if widget is not None else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, widget)
        rect: QRect = option.rect.adjusted(10, 2, -10, -2)
        big = QFont(option.font)
        small = QFont(big)
        small.setPixelSize(max(12, int(QFontMetrics(big).height() * 0.55)))
        big_metrics, small_metrics = QFontMetrics(big), QFontMetrics(small)
        painter.save()
        if big_metrics.height() + small_metrics.height() > rect.height():
            second = ""  # a crowded display shows the Finnish name alone
        top = rect.top() + (rect.height() - big_metrics.height()) // 2
        if second:
            top = rect.top() + (rect.height() - big_metrics.height() - small_metrics.height()) // 2
        painter.setFont(big)
        painter.setPen(QColor(PRIMARY))
        first_rect = QRect(rect.left(), top, rect.width(), big_metrics.height())
        elided = big_metrics.elidedText(primary, Qt.TextElideMode.ElideRight, rect.width())
        painter.drawText(first_rect, int(Qt.AlignmentFlag.AlignLeft), elided)
        if second:
            painter.setFont(small)
            painter.setPen(QColor(MUTED))
            second_rect = QRect(
                rect.left(), first_rect.bottom() + 1, rect.width(), small_metrics.height()
            )
            elided = small_metrics.elidedText(second, Qt.TextElideMode.ElideRight, rect.width())
            painter.drawText(second_rect, int(Qt.AlignmentFlag.AlignLeft), elided)
        painter.restore()


class FittingTable(QTableView):
    """A table whose rows share its height, so every row shows without scrolling."""

    def __init__(
        self, rows: Callable[[], int], *, font_share: float, widest: dict[int, str] | None = None
    ) -> None:
        super().__init__()
        self._rows = rows
        self._font_share = font_share
        self._widest = widest or {}
        self.least = 32
        self.most = 96

    def fit(self) -> None:
        row = max(self.least, min(self.most, self.viewport().height() // max(1, self._rows())))
        self.verticalHeader().setDefaultSectionSize(row)
        font = QFont(self.font())
        font.setPixelSize(max(12, int(row * self._font_share)))
        if font != self.font():
            self.setFont(font)
        header = self.horizontalHeader()
        for column, sample in self._widest.items():
            # As wide as the widest text the column can hold, whatever the rows hold now,
            # and never narrower than its (three-language) heading.
            cells = QFontMetrics(font).horizontalAdvance(sample) + row // 2
            self.setColumnWidth(column, max(cells, header.sectionSizeHint(column)))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit()
