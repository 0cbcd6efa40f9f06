"""Table models that apply new data as row inserts, updates and removals.

Views keep their selection and scroll position because rows are never reset:
``apply`` and ``merge`` compare keys and change exactly the rows that changed.

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

The console window's own tables are painted all day while database threads run, so
they go one step further: :class:`StoredTableModel` keeps every cell in Qt's own
``QStandardItemModel`` and Python is asked nothing when they paint (PySide calls a
virtual method that Python does not override without taking the interpreter lock).
Its cells are made when a row changes, not when it is painted; a row that moves is
taken out and put back (``QStandardItemModel`` cannot move rows), so a selected row
loses its selection when it moves. Both share the rows and their comparison
(:class:`_KeyedRows`).
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
from PySide6.QtGui import QStandardItem, QStandardItemModel

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


_CELL_FLAGS = (
    Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemNeverHasChildren
)


class _KeyedRows(Generic[Row]):
    """Rows identified by a key, kept in the order given to :meth:`apply`, filtered.

    The comparison of old rows with new ones; the Qt model it is mixed into says how
    a row is removed, inserted, moved and changed (the ``_*_row`` methods).
    """

    _columns: list[Column[Row]]
    _key: Callable[[Row], Hashable]
    _all: list[Row]  # every row, in order
    _rows: list[Row]  # the rows shown: those that pass the filter
    _filter: str  # case-folded; empty shows every row

    def _hold(self, columns: Sequence[Column[Row]], key: Callable[[Row], Hashable]) -> None:
        self._columns = list(columns)
        self._key = key
        self._all = []
        self._rows = []
        self._filter = ""

    # ------------------------------------------------------------ what the Qt side does
    def _remove_row(self, number: int) -> None:
        raise NotImplementedError

    def _insert_row(self, number: int, row: Row) -> None:
        raise NotImplementedError

    def _move_row(self, current: int, target: int) -> None:
        """Move the row at ``current`` so that it ends at ``target``."""
        raise NotImplementedError

    def _change_row(self, number: int, row: Row) -> None:
        raise NotImplementedError

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
                self._remove_row(number)
        # 2. Walk the new order: update rows in place, move or insert the rest.
        for target, (key, new_row) in enumerate(zip(new_keys, new_rows, strict=True)):
            current = self._find(key, target)
            if current is None:
                self._insert_row(target, new_row)
                continue
            if current != target:
                self._move_row(current, target)
            if self._rows[target] != new_row:
                self._change_row(target, new_row)

    def merge(
        self,
        changed: Sequence[Row],
        removed: Iterable[Hashable],
        sort_key: Callable[[Row], Any],
    ) -> None:
        """Apply a change event: update or insert ``changed`` rows in sorted place,
        remove the rows whose keys are in ``removed``; every other row stays put.

        Every row's key and sort key are worked out once per event, and rows are found
        by ``list.index``: a change event comes many times a second on a busy day, and
        looking each changed row up by calling ``key`` on every row again took 3-4 ms
        of the GUI thread per event with 500 waiting (the soak's profile)."""
        key = self._key
        changed_keys = {key(row) for row in changed}
        gone = set(removed) - changed_keys
        replaced = gone | changed_keys
        kept = [row for row in self._all if key(row) not in replaced]
        order = list(map(sort_key, kept))
        for row in changed:
            place = bisect.bisect_left(order, sort_key(row))
            kept.insert(place, row)
            order.insert(place, sort_key(row))
        self._all = kept
        # The shown rows: a changed row filtered out now goes, as a removed one does.
        shown = [row for row in changed if self._passes(row)]
        gone |= changed_keys - {key(row) for row in shown}
        shown_keys = list(map(key, self._rows))
        for number in range(len(shown_keys) - 1, -1, -1):
            if shown_keys[number] in gone:
                self._remove_row(number)
                del shown_keys[number]
        shown_order = list(map(sort_key, self._rows))
        for row in shown:
            row_key = key(row)
            current = shown_keys.index(row_key) if row_key in shown_keys else None
            if current is not None:
                del shown_keys[current]
                del shown_order[current]
            place = sort_key(row)
            target = bisect.bisect_left(shown_order, place)
            shown_keys.insert(target, row_key)
            shown_order.insert(target, place)
            if current is None:
                self._insert_row(target, row)
                continue
            if target != current:
                self._move_row(current, target)
            if self._rows[target] != row:
                self._change_row(target, row)

    def _find(self, key: Hashable, start: int) -> int | None:
        for number in range(start, len(self._rows)):
            if self._key(self._rows[number]) == key:
                return number
        return None


class KeyedTableModel(QAbstractTableModel, _KeyedRows[Row]):
    """A keyed table whose cells Python answers as they are painted (see the module)."""

    def __init__(
        self,
        columns: Sequence[Column[Row]],
        key: Callable[[Row], Hashable],
        parent: QObject | None = None,
    ) -> None:
        QAbstractTableModel.__init__(self, parent)
        self._hold(columns, key)

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

    def refresh_all(self, columns: Sequence[int] | None = None) -> None:
        """Repaint every cell, e.g. because waiting times grew or the language changed
        (``columns``: only these, e.g. the waiting times)."""
        first, last = (
            (0, len(self._columns) - 1) if columns is None else (min(columns), max(columns))
        )
        if self._rows:
            self.dataChanged.emit(self.index(0, first), self.index(len(self._rows) - 1, last))
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self._columns) - 1)

    # ------------------------------------------------------------ rows changing
    def _remove_row(self, number: int) -> None:
        self.beginRemoveRows(QModelIndex(), number, number)
        del self._rows[number]
        self.endRemoveRows()

    def _insert_row(self, number: int, row: Row) -> None:
        self.beginInsertRows(QModelIndex(), number, number)
        self._rows.insert(number, row)
        self.endInsertRows()

    def _move_row(self, current: int, target: int) -> None:
        # Qt's move API counts the destination before the row is taken out.
        destination = target + 1 if target > current else target
        self.beginMoveRows(QModelIndex(), current, current, QModelIndex(), destination)
        self._rows.insert(target, self._rows.pop(current))
        self.endMoveRows()

    def _change_row(self, number: int, row: Row) -> None:
        self._rows[number] = row
        self.dataChanged.emit(self.index(number, 0), self.index(number, len(self._columns) - 1))


_Cell = tuple[str, str | None, Any, Any]  # display, tooltip, foreground, font


class StoredTableModel(QStandardItemModel, _KeyedRows[Row]):
    """A keyed table whose cells Qt keeps: painting it runs no Python (see the module)."""

    def __init__(
        self,
        columns: Sequence[Column[Row]],
        key: Callable[[Row], Hashable],
        parent: QObject | None = None,
    ) -> None:
        QStandardItemModel.__init__(self, 0, len(columns), parent)
        self._hold(columns, key)
        self._cells: list[list[_Cell]] = []  # what each shown row's cells hold now
        self._set_titles()

    def refresh_all(self, columns: Sequence[int] | None = None) -> None:
        """Make every cell say what its row says now (the language changed), or only
        those of ``columns`` (waiting times grew): the table's cells are all worked out
        here, not only those on screen, so a refresh names what can have changed. Only
        the cells whose text, tip, colour or font differ are touched."""
        wanted = range(len(self._columns)) if columns is None else columns
        for number, row in enumerate(self._rows):
            self._update_cells(number, row, wanted)
        self._set_titles()

    def _update_cells(self, number: int, row: Row, columns: Iterable[int]) -> None:
        """Work out ``columns`` of the shown row ``number`` and set those that differ."""
        cells = self._cells[number]
        for column in columns:
            cell = self._cell(self._columns[column], row)
            if cell != cells[column]:
                cells[column] = cell
                self.setItem(number, column, self._item(column, cell))

    def _set_titles(self) -> None:
        self.setHorizontalHeaderLabels([column.title() for column in self._columns])

    def _cells_of(self, row: Row) -> list[_Cell]:
        return [self._cell(column, row) for column in self._columns]

    @staticmethod
    def _cell(column: Column[Row], row: Row) -> _Cell:
        return (
            column.display(row),
            None if column.tooltip is None else column.tooltip(row),
            None if column.foreground is None else column.foreground(row),
            None if column.font is None else column.font(row),
        )

    def _item(self, column: int, cell: _Cell) -> QStandardItem:
        display, tooltip, foreground, font = cell
        item = QStandardItem(display)
        item.setFlags(_CELL_FLAGS)
        item.setTextAlignment(self._columns[column].alignment)
        if tooltip is not None:
            item.setToolTip(tooltip)
        if foreground is not None:
            item.setForeground(foreground)
        if font is not None:
            item.setFont(font)
        return item

    # ------------------------------------------------------------ rows changing
    def _remove_row(self, number: int) -> None:
        del self._rows[number]
        del self._cells[number]
        self.removeRow(number)

    def _insert_row(self, number: int, row: Row) -> None:
        cells = self._cells_of(row)
        self._rows.insert(number, row)
        self._cells.insert(number, cells)
        self.insertRow(number, [self._item(column, cell) for column, cell in enumerate(cells)])

    def _move_row(self, current: int, target: int) -> None:
        self._rows.insert(target, self._rows.pop(current))
        self._cells.insert(target, self._cells.pop(current))
        self.insertRow(target, self.takeRow(current))

    def _change_row(self, number: int, row: Row) -> None:
        self._rows[number] = row
        self._update_cells(number, row, range(len(self._columns)))
