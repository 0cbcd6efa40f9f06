"""A checkable list of the desk's services: a staff member's skills, a life event's steps.

Skills are a set (written back in the order of the services); a life event's
services are a sequence, so that list can also be reordered with Up and Down.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

CODE = Qt.ItemDataRole.UserRole


class ServiceChecklist(QWidget):
    """Services with a check box each; ``ordered`` adds Up and Down."""

    changed = Signal()

    def __init__(self, *, ordered: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ordered = ordered
        self.list = QListWidget()
        self.list.setObjectName("serviceChecklist")
        self.list.setMinimumHeight(120)
        self.list.itemChanged.connect(lambda _item: self.changed.emit())
        # The form's label (its buddy is this widget) takes the keyboard to the list.
        self.setFocusProxy(self.list)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list, 1)
        self.up_button = QPushButton(self.tr("Up"))
        self.down_button = QPushButton(self.tr("Down"))
        self.up_button.setObjectName("moveUp")
        self.down_button.setObjectName("moveDown")
        self.up_button.setToolTip(self.tr("Move the chosen service earlier"))
        self.down_button.setToolTip(self.tr("Move the chosen service later"))
        self.up_button.clicked.connect(lambda: self._move(-1))
        self.down_button.clicked.connect(lambda: self._move(1))
        buttons = QVBoxLayout()
        buttons.addWidget(self.up_button)
        buttons.addWidget(self.down_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.up_button.setVisible(ordered)
        self.down_button.setVisible(ordered)
        self._names: dict[str, str] = {}

    def set_services(self, services: Sequence[tuple[str, str]], checked: Sequence[str]) -> None:
        """Show ``services`` (code, name), ``checked`` ticked; ordered: checked ones first,
        in their order, then the rest."""
        self._names = dict(services)
        codes = [code for code, _name in services]
        chosen = [code for code in checked]
        order = (
            chosen + [code for code in codes if code not in chosen]
            if self.ordered
            else codes + [code for code in chosen if code not in codes]
        )
        self.list.blockSignals(True)
        self.list.clear()
        for code in order:
            name = self._names.get(code, "")
            item = QListWidgetItem(f"{code} – {name}" if name else code)
            item.setData(CODE, code)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if code in chosen else Qt.CheckState.Unchecked)
            self.list.addItem(item)
        self.list.blockSignals(False)

    def checked(self) -> tuple[str, ...]:
        return tuple(
            str(self.list.item(row).data(CODE))
            for row in range(self.list.count())
            if self.list.item(row).checkState() == Qt.CheckState.Checked
        )

    def set_checked(self, code: str, on: bool) -> None:
        for row in range(self.list.count()):
            item = self.list.item(row)
            if item.data(CODE) == code:
                item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)

    def _move(self, step: int) -> None:
        row = self.list.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.list.count():
            return
        item = self.list.takeItem(row)
        self.list.insertItem(target, item)
        self.list.setCurrentRow(target)
        self.changed.emit()
