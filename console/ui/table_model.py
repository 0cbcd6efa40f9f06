"""A table model that applies new data as row inserts, updates and removals.

Views keep their selection and scroll position because rows are never reset:
:meth:`KeyedTableModel.apply` compares keys and emits ``beginRemoveRows``,
``beginInsertRows`` and ``dataChanged`` for exactly what changed.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Hashable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

Row = TypeVar("Row")
Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Column(Generic[Row]):
    """One column: its header and how a row shows in it for each role."""

    title: Callable[[], str]
    display: Callable[[Row], str]
    tooltip: Callable[[Row], str] | None = None
    foreground: Callable[[Row], Any] | None = None
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
        self._rows: list[Row] = []

    # ------------------------------------------------------------ Qt's interface
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

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

    def refresh_all(self) -> None:
        """Repaint every cell, e.g. because waiting times grew or the language changed."""
        if self._rows:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._rows) - 1, len(self._columns) - 1)
            )
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self._columns) - 1)

    def apply(self, new_rows: Sequence[Row]) -> None:
        """Make the model hold ``new_rows`` with as few row changes as possible."""
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
        gone = set(removed) - {self._key(row) for row in changed}
        for number in range(len(self._rows) - 1, -1, -1):
            if self._key(self._rows[number]) in gone:
                self.beginRemoveRows(QModelIndex(), number, number)
                del self._rows[number]
                self.endRemoveRows()
        for row in changed:
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
