"""A table model that applies new data as row inserts, updates and removals.

Views keep their selection and scroll position because rows are never reset:
:meth:`KeyedTableModel.apply` compares keys and emits ``beginRemoveRows``,
``beginInsertRows`` and ``dataChanged`` for exactly what changed.

Each call from Qt into this Python model takes Python's interpreter lock (the GIL)
and gives it back afterwards. A view painting or measuring its rows makes thousands
of such calls, and while a background thread runs Python (a database read, the change
feed) each one may wait for that thread to let go: the GUI thread then stalls for
100-300 ms doing almost nothing (the soak test, docs/reliability.md). So the model
answers a cell's roles in one call (:meth:`~KeyedTableModel.multiData`), makes its
indexes without asking Python for its row and column counts again
(:meth:`~KeyedTableModel.index`), and filters its rows itself
(:meth:`~KeyedTableModel.set_filter`) rather than behind a
``QSortFilterProxyModel``, which would ask for every role of every cell separately.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Hashable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar, cast

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QModelRoleData,
    QModelRoleDataSpan,
    QObject,
    QPersistentModelIndex,
    Qt,
)

Row = TypeVar("Row")
Index = QModelIndex | QPersistentModelIndex

_DISPLAY = Qt.ItemDataRole.DisplayRole.value
_TOOLTIP = Qt.ItemDataRole.ToolTipRole.value
_FOREGROUND = Qt.ItemDataRole.ForegroundRole.value
_ALIGNMENT = Qt.ItemDataRole.TextAlignmentRole.value
_FONT = Qt.ItemDataRole.FontRole.value


@dataclass(frozen=True)
class Column(Generic[Row]):
    """One column: its header and how a row shows in it for each role."""

    title: Callable[[], str]
    display: Callable[[Row], str]
    tooltip: Callable[[Row], str] | None = None
    foreground: Callable[[Row], Any] | None = None
    font: Callable[[Row], Any] | None = None  # a QFont, or None for the view's own
    alignment: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter


class KeyedTableModel(QAbstractTableModel, Generic[Row]):
    """Rows identified by a key, kept in the order given to :meth:`apply`."""

    def __init__(
        self,
        columns: Sequence[Column[Row]],
        key: Callable[[Row], Hashable],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._key = key
        self._all: list[Row] = []  # every row, in order
        self._rows: list[Row] = []  # the rows shown: those that pass the filter
        self._filter = ""  # case-folded; empty shows every row

    # ------------------------------------------------------------ Qt's interface
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        # Qt's own index() asks rowCount() and columnCount(): two more calls into Python.
        if parent.isValid() or not (0 <= row < len(self._rows)):
            return QModelIndex()
        if not (0 <= column < len(self._columns)):
            return QModelIndex()
        return self.createIndex(row, column)

    def multiData(self, index: Index, span: QModelRoleDataSpan | QModelRoleData) -> None:
        # What a delegate asks when it paints or measures a cell (seven roles at once):
        # one call into Python instead of one per role.
        if not index.isValid() or index.row() >= len(self._rows):
            return
        row = self._rows[index.row()]
        column = self._columns[index.column()]
        # A span iterates over its roles; the stubs do not know it.
        roles = (
            [span] if isinstance(span, QModelRoleData) else cast("Iterable[QModelRoleData]", span)
        )
        for role_data in roles:
            # The delegate hands the same span for every cell: a role this cell has no
            # value for must be emptied, or the previous cell's (a warning colour) stays.
            role_data.clearData()
            role = role_data.role()
            if role == _DISPLAY:
                role_data.setData(column.display(row))
            elif role == _TOOLTIP and column.tooltip is not None:
                role_data.setData(column.tooltip(row))
            elif role == _FOREGROUND and column.foreground is not None:
                brush = column.foreground(row)
                if brush is not None:
                    role_data.setData(brush)
            elif role == _FONT and column.font is not None:
                font = column.font(row)
                if font is not None:
                    role_data.setData(font)
            elif role == _ALIGNMENT:
                role_data.setData(column.alignment)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = self._columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.display(row)
        if role == Qt.ItemDataRole.ToolTipRole and column.tooltip is not None:
            return column.tooltip(row)
        if role == Qt.ItemDataRole.ForegroundRole and column.foreground is not None:
            return column.foreground(row)
        if role == Qt.ItemDataRole.FontRole and column.font is not None:
            return column.font(row)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return column.alignment
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._columns[section].title()
        return None

    # ------------------------------------------------------------ ours
    def row(self, number: int) -> Row:
        return self._rows[number]

    def rows(self) -> list[Row]:
        return list(self._rows)

    def total(self) -> int:
        """How many rows the model holds, shown or filtered out."""
        return len(self._all)

    def set_filter(self, text: str) -> None:
        """Show only the rows with ``text`` in one of their columns (any case); "" shows all."""
        self._filter = text.casefold()
        self._show([row for row in self._all if self._passes(row)])

    def _passes(self, row: Row) -> bool:
        return not self._filter or any(
            self._filter in column.display(row).casefold() for column in self._columns
        )

    def refresh_all(self) -> None:
        """Repaint every cell, e.g. because waiting times grew or the language changed."""
        if self._rows:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._rows) - 1, len(self._columns) - 1)
            )
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self._columns) - 1)

    def apply(self, new_rows: Sequence[Row]) -> None:
        """Make the model hold ``new_rows`` with as few row changes as possible."""
        self._all = list(new_rows)
        self._show([row for row in self._all if self._passes(row)])

    def _show(self, new_rows: Sequence[Row]) -> None:
        """Make the shown rows ``new_rows`` with as few row changes as possible."""
        new_keys = [self._key(row) for row in new_rows]
        wanted = set(new_keys)
        # 1. Remove rows that are gone, from the bottom so numbers stay valid.
        for number in range(len(self._rows) - 1, -1, -1):
            if self._key(self._rows[number]) not in wanted:
                self.beginRemoveRows(QModelIndex(), number, number)
                del self._rows[number]
                self.endRemoveRows()
        # 2. Walk the new order: update rows in place, move or insert the rest.
        for target, (key, new_row) in enumerate(zip(new_keys, new_rows, strict=True)):
            current = self._find(key, target)
            if current is None:
                self.beginInsertRows(QModelIndex(), target, target)
                self._rows.insert(target, new_row)
                self.endInsertRows()
                continue
            if current != target:
                self.beginMoveRows(QModelIndex(), current, current, QModelIndex(), target)
                self._rows.insert(target, self._rows.pop(current))
                self.endMoveRows()
            if self._rows[target] != new_row:
                self._rows[target] = new_row
                self.dataChanged.emit(
                    self.index(target, 0), self.index(target, len(self._columns) - 1)
                )

    def merge(
        self,
        changed: Sequence[Row],
        removed: Iterable[Hashable],
        sort_key: Callable[[Row], Any],
    ) -> None:
        """Apply a change event: update or insert ``changed`` rows in sorted place,
        remove the rows whose keys are in ``removed``; every other row stays put."""
        changed_keys = {self._key(row) for row in changed}
        gone = set(removed) - changed_keys
        replaced = gone | changed_keys
        kept = [row for row in self._all if self._key(row) not in replaced]
        order = [sort_key(row) for row in kept]
        for row in changed:
            place = bisect.bisect_left(order, sort_key(row))
            kept.insert(place, row)
            order.insert(place, sort_key(row))
        self._all = kept
        # The shown rows: a changed row filtered out now goes, as a removed one does.
        shown = [row for row in changed if self._passes(row)]
        gone |= changed_keys - {self._key(row) for row in shown}
        for number in range(len(self._rows) - 1, -1, -1):
            if self._key(self._rows[number]) in gone:
                self.beginRemoveRows(QModelIndex(), number, number)
                del self._rows[number]
                self.endRemoveRows()
        for row in shown:
            current = self._find(self._key(row), 0)
            keys = [sort_key(other) for other in self._rows]
            if current is not None:
                del keys[current]
            target = bisect.bisect_left(keys, sort_key(row))
            if current is None:
                self.beginInsertRows(QModelIndex(), target, target)
                self._rows.insert(target, row)
                self.endInsertRows()
                continue
            if target != current:
                # Qt's move API counts the destination before the row is taken out.
                destination = target + 1 if target > current else target
                self.beginMoveRows(QModelIndex(), current, current, QModelIndex(), destination)
                self._rows.insert(target, self._rows.pop(current))
                self.endMoveRows()
            if self._rows[target] != row:
                self._rows[target] = row
                self.dataChanged.emit(
                    self.index(target, 0), self.index(target, len(self._columns) - 1)
                )

    def _find(self, key: Hashable, start: int) -> int | None:
        for number in range(start, len(self._rows)):
            if self._key(self._rows[number]) == key:
                return number
        return None
