"""A table of a plugin's view, drawn with lazy rows.

A view's table may hold up to a few thousand records (``LIMITS["table_rows"]``).
The model hands the table view one page of rows at a time
(``canFetchMore``/``fetchMore``): the view measures and paints only the rows it
was given, and asks for the next page when the advisor scrolls to the end.
Cells are plain text (a delegate never renders markup); a row's http(s) link is
drawn as a link in the first column and opens by clicking it, or by Enter or a
double click anywhere on the row, through :attr:`TableBlock.link_activated`.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, cast

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QModelRoleData,
    QModelRoleDataSpan,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont, QPalette, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QGroupBox,
    QHeaderView,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from console.plugin_api.drawing import is_web_link, wrapping_label
from console.plugin_api.view import Table

Index = QModelIndex | QPersistentModelIndex

PAGE = 100  # rows handed to the view at a time
VISIBLE_ROWS = 10  # a longer table scrolls inside its own box
MEASURED_ROWS = 30  # rows measured for the column widths (each costs a call per cell)
WIDEST_COLUMN = 220  # px; the cell's tooltip holds the rest of a longer text

_DISPLAY = Qt.ItemDataRole.DisplayRole.value
_TOOLTIP = Qt.ItemDataRole.ToolTipRole.value
_FOREGROUND = Qt.ItemDataRole.ForegroundRole.value
_FONT = Qt.ItemDataRole.FontRole.value


class LazyRowsModel(QAbstractTableModel):
    """The rows of a :class:`Table`, given to the view a page at a time."""

    def __init__(self, table: Table, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._columns = tuple(table.columns)
        self._rows = tuple(table.rows)
        links = tuple(table.links)
        self._links = tuple(
            link.strip() if link is not None and is_web_link(link) else None
            for link in links + (None,) * (len(self._rows) - len(links))
        )
        self._shown = min(PAGE, len(self._rows))
        palette = QApplication.palette()
        self._link_brush = palette.brush(QPalette.ColorRole.Link)
        self._link_font = QFont()
        self._link_font.setUnderline(True)

    # ------------------------------------------------------------ Qt's interface
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._shown

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        # As KeyedTableModel: Qt's own index() asks rowCount() and columnCount(), two more
        # calls into Python (and waits for the interpreter lock) for every cell painted.
        if parent.isValid() or not (0 <= row < self._shown):
            return QModelIndex()
        if not (0 <= column < len(self._columns)):
            return QModelIndex()
        return self.createIndex(row, column)

    def canFetchMore(self, parent: Index) -> bool:
        return not parent.isValid() and self._shown < len(self._rows)

    def fetchMore(self, parent: Index) -> None:
        if parent.isValid():
            return
        more = min(PAGE, len(self._rows) - self._shown)
        if more <= 0:
            return
        self.beginInsertRows(QModelIndex(), self._shown, self._shown + more - 1)
        self._shown += more
        self.endInsertRows()

    def multiData(self, index: Index, span: QModelRoleDataSpan | QModelRoleData) -> None:
        # A delegate asks for seven roles per cell: one call into Python, not seven
        # (console/ui/shared/table_model.py says why that matters).
        if not index.isValid() or index.row() >= self._shown:
            return
        roles = (
            [span] if isinstance(span, QModelRoleData) else cast("Iterable[QModelRoleData]", span)
        )
        for role_data in roles:
            value = self._role(index.row(), index.column(), role_data.role())
            # The delegate reuses its span from cell to cell: a role left alone would
            # keep the previous cell's value (a link's colour on a row without one).
            if value is None:
                role_data.clearData()
            else:
                role_data.setData(value)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= self._shown:
            return None
        return self._role(index.row(), index.column(), int(role))

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._columns[section] if 0 <= section < len(self._columns) else None
        return None

    # ------------------------------------------------------------ ours
    def total_rows(self) -> int:
        """How many rows the model holds, given to the view or not yet."""
        return len(self._rows)

    def link(self, row: int) -> str | None:
        """Row ``row``'s http(s) link, if it has one."""
        return self._links[row] if 0 <= row < len(self._links) else None

    def _cell(self, row: int, column: int) -> str:
        cells = self._rows[row]
        # A record may have fewer cells than the table has columns; the rest are empty.
        return cells[column] if column < len(cells) else ""

    def _role(self, row: int, column: int, role: int) -> Any:
        if role == _DISPLAY:
            return self._cell(row, column)
        link = self._links[row]
        if role == _TOOLTIP:
            text = self._cell(row, column)
            return f"{text}\n{link}" if link is not None and column == 0 else text or None
        if link is not None and column == 0:
            if role == _FOREGROUND:
                return self._link_brush
            if role == _FONT:
                return self._link_font
        return None


class TableBlock(QGroupBox):
    """A view's table: its title, "First N of M shown" when capped, and the rows."""

    link_activated = Signal(str)

    def __init__(self, table: Table, parent: QWidget | None = None) -> None:
        super().__init__(table.title, parent)
        self.setObjectName("viewTable")
        layout = QVBoxLayout(self)
        self.shown_label = wrapping_label("", "tableShownCount")
        self.shown_label.hide()
        layout.addWidget(self.shown_label)
        if table.total is not None and table.total > len(table.rows):
            locale = QLocale()
            self.shown_label.setText(
                QCoreApplication.translate("TableBlock", "First %1 of %2 shown")
                .replace("%1", locale.toString(len(table.rows)))
                .replace("%2", locale.toString(table.total))
            )
            self.shown_label.show()

        self.model = LazyRowsModel(table, self)
        self.empty_label = wrapping_label(
            QCoreApplication.translate("TableBlock", "No records."), "tableEmpty"
        )
        self.view = QTableView()
        self.view.setTabKeyNavigation(False)  # Tab moves on; the arrows move within
        self.view.setObjectName("viewTableRows")
        self.view.setAccessibleName(table.title)  # a screen reader names the table
        self.view.setModel(self.model)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setWordWrap(False)
        self.view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.view.setAlternatingRowColors(True)
        self.view.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.view.verticalHeader().hide()
        # Every row one line high: the view need not measure rows it has not shown.
        rows = self.view.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.view.fontMetrics().height() + 8)
        header = self.view.horizontalHeader()
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        # Widths from the first rows, so they do not jump as more rows come.
        header.setResizeContentsPrecision(MEASURED_ROWS)
        self.view.resizeColumnsToContents()
        for column in range(self.model.columnCount()):
            header.resizeSection(column, min(header.sectionSize(column), WIDEST_COLUMN))
        header.setStretchLastSection(True)
        self.view.clicked.connect(self._clicked)
        self.view.activated.connect(self._activated)
        self.model.rowsInserted.connect(self._fit_height)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.view)
        self.empty_label.setVisible(not table.rows)
        self.view.setVisible(bool(table.rows))
        self._fit_height()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_height()  # narrower: a sideways scroll bar may now need room

    def _fit_height(self) -> None:
        """As tall as its rows up to VISIBLE_ROWS (no empty space), then it scrolls."""
        view = self.view
        rows = min(self.model.rowCount(), VISIBLE_ROWS)
        height = view.horizontalHeader().sizeHint().height() + 2 * view.frameWidth()
        height += rows * view.verticalHeader().defaultSectionSize()
        viewport_width = view.width() - 2 * view.frameWidth()
        if self.model.rowCount() > VISIBLE_ROWS:
            viewport_width -= view.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        if view.horizontalHeader().length() > viewport_width:
            height += view.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        if view.height() != height or view.minimumHeight() != height:
            view.setFixedHeight(height)

    def _clicked(self, index: QModelIndex) -> None:
        # Where a single click activates (some desktops), _activated opens it already.
        single_click = self.view.style().styleHint(
            QStyle.StyleHint.SH_ItemView_ActivateItemOnSingleClick, None, self.view
        )
        if index.column() == 0 and not single_click:
            self._activated(index)

    def _activated(self, index: QModelIndex) -> None:
        link = self.model.link(index.row())
        if link is not None:
            self.link_activated.emit(link)
