"""One table model for every list of the admin window: a tuple of specs, by position.

The specs are frozen dataclasses of the desk file; a tab replaces one when its form
is edited, appends one on Add and drops one on Retire. Rows are positions, not keys,
because a code may be typed (and so change) while a new row is being filled in.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

Spec = TypeVar("Spec")
Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class SpecColumn(Generic[Spec]):
    """A column: its header (translated when asked) and the text of a spec in it."""

    title: Callable[[], str]
    text: Callable[[Spec], str]


class SpecTableModel(QAbstractTableModel, Generic[Spec]):
    """The specs of one kind, shown a row each."""

    def __init__(self, columns: Sequence[SpecColumn[Spec]], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._specs: list[Spec] = []

    # ------------------------------------------------------------ Qt's interface
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._specs)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._columns[index.column()].text(self._specs[index.row()])
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._columns[section].title()
        return None

    # ------------------------------------------------------------ ours
    def specs(self) -> tuple[Spec, ...]:
        return tuple(self._specs)

    def spec(self, row: int) -> Spec:
        return self._specs[row]

    def set_specs(self, specs: Sequence[Spec]) -> None:
        self.beginResetModel()
        self._specs = list(specs)
        self.endResetModel()

    def replace(self, row: int, spec: Spec) -> None:
        if self._specs[row] == spec:
            return
        self._specs[row] = spec
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(self._columns) - 1))

    def append(self, spec: Spec) -> int:
        row = len(self._specs)
        self.beginInsertRows(QModelIndex(), row, row)
        self._specs.append(spec)
        self.endInsertRows()
        return row

    def remove(self, row: int) -> Spec:
        self.beginRemoveRows(QModelIndex(), row, row)
        spec = self._specs.pop(row)
        self.endRemoveRows()
        return spec
