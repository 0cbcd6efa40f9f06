"""One list tab of the admin window: search, table, edit form, Add and Retire."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QItemSelection, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from console.core.text import Message
from console.ui.admin.fields import SpecForm
from console.ui.admin.spec_model import SpecColumn, SpecTableModel

Spec = TypeVar("Spec")
COLUMN_MAX = 240


class ListTab(QWidget, Generic[Spec]):
    """The specs of one kind: pick one in the table, edit it in the form beside it."""

    changed = Signal()
    # A spec taken off by Retire (before ``changed``): what names it may follow it.
    retired = Signal(object)

    def __init__(
        self,
        name: str,
        columns: Sequence[SpecColumn[Spec]],
        form: SpecForm[Spec],
        key: Callable[[Spec], str],
        make_new: Callable[[Sequence[Spec]], Spec],
        *,
        add_text: str,
        retire_text: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.key = key
        self.make_new = make_new
        self.form = form
        self.model: SpecTableModel[Spec] = SpecTableModel(columns, self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterKeyColumn(-1)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        # Codes in the database now: these are identities, not retyped (see SpecForm).
        self.applied_keys: set[str] = set()
        # Whether staff accounts themselves may change here (see AdminWindow).
        self.accounts_editable = True
        # What the form could not read, by row (hours that do not parse).
        self.problems: dict[int, list[Message]] = {}

        self.search = QLineEdit()
        self.search.setObjectName("search")
        self.search.setPlaceholderText(self.tr("Search"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.proxy.setFilterFixedString)
        search_label = QLabel(self.tr("&Find:"))
        search_label.setBuddy(self.search)

        self.table = QTableView()
        self.table.setTabKeyNavigation(False)  # Tab moves on; the arrows move within
        self.table.setObjectName("table")
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSortingEnabled(False)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        # One line a row: long names are elided (the form beside shows them whole).
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.table.selectionModel().selectionChanged.connect(self._selected)

        self.add_button = QPushButton(add_text)
        self.add_button.setObjectName("add")
        self.add_button.clicked.connect(self.add)
        self.retire_button = QPushButton(retire_text)
        self.retire_button.setObjectName("retire")
        self.retire_button.setToolTip(
            self.tr(
                "Takes it off the desk when you apply; its history is kept and it can be "
                "brought back under the same code"
            )
        )
        self.retire_button.clicked.connect(self.retire)

        self.notice = QLabel()
        self.notice.setObjectName("notice")
        self.notice.setWordWrap(True)
        self.notice.setVisible(False)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        search_row = QHBoxLayout()
        search_row.addWidget(search_label)
        search_row.addWidget(self.search, 1)
        left_layout.addLayout(search_row)
        left_layout.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.retire_button)
        buttons.addStretch(1)
        left_layout.addLayout(buttons)

        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(form)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter = splitter
        self._split = False
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(left)
        splitter.addWidget(scroll)
        # The table gets the room; the form's fields are short lines.
        splitter.setStretchFactor(0, 5)
        splitter.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.addWidget(self.notice)
        layout.addWidget(splitter, 1)

        form.edited.connect(self._form_edited)
        form.load(None, key_locked=True)
        self._update_buttons()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._split and self.width() > 0:
            # Size hints would give the form half (its combos are wide): the table the
            # larger part, once; after that the person's own split stays.
            self._split = True
            width = self.splitter.width()
            self.splitter.setSizes([width * 3 // 5, width - width * 3 // 5])

    # ------------------------------------------------------------ the specs
    def specs(self) -> tuple[Spec, ...]:
        return self.model.specs()

    def set_specs(self, specs: Sequence[Spec], applied_keys: set[str]) -> None:
        """Show ``specs``; ``applied_keys`` are the codes the database has."""
        chosen = self.current_row()
        chosen_key = self.key(self.model.spec(chosen)) if chosen is not None else None
        self.applied_keys = applied_keys
        self.problems = {}
        self.model.set_specs(specs)
        self._fit_columns()
        keys = [self.key(spec) for spec in specs]
        if chosen_key in keys:
            self.select_row(keys.index(chosen_key))
        elif specs:
            self.select_row(0)
        else:
            self.form.load(None, key_locked=True)
        self._update_buttons()

    def _fit_columns(self) -> None:
        """Columns as wide as their contents, none so wide that the others go off-screen."""
        self.table.resizeColumnsToContents()
        header = self.table.horizontalHeader()
        for column in range(self.model.columnCount() - 1):
            if header.sectionSize(column) > COLUMN_MAX:
                header.resizeSection(column, COLUMN_MAX)

    def all_problems(self) -> list[Message]:
        return [problem for problems in self.problems.values() for problem in problems]

    def set_notice(self, text: str) -> None:
        self.notice.setText(text)
        self.notice.setVisible(bool(text))

    # ------------------------------------------------------------ choosing
    def current_row(self) -> int | None:
        """The chosen row of the model (not of the filtered view)."""
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.proxy.mapToSource(rows[0]).row()

    def select_row(self, row: int) -> None:
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not index.isValid():
            # Hidden by the search: show everything again.
            self.search.clear()
            index = self.proxy.mapFromSource(self.model.index(row, 0))
        self.table.selectRow(index.row())
        self.table.scrollTo(index)

    def select_key(self, key: str) -> bool:
        for row, spec in enumerate(self.model.specs()):
            if self.key(spec) == key:
                self.select_row(row)
                return True
        return False

    def _selected(self, _new: QItemSelection, _old: QItemSelection) -> None:
        row = self.current_row()
        spec: Any = None if row is None else self.model.spec(row)
        locked = spec is not None and self.key(spec) in self.applied_keys
        self.form.load(spec, key_locked=locked, accounts=self.accounts_editable)
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.add_button.setEnabled(self.accounts_editable)
        self.retire_button.setEnabled(self.accounts_editable and self.current_row() is not None)

    def refresh_form(self) -> None:
        """Load the chosen spec again (the agencies or services to choose from changed)."""
        self._selected(QItemSelection(), QItemSelection())

    # ------------------------------------------------------------ editing
    def _form_edited(self) -> None:
        row = self.current_row()
        if row is None:
            return
        spec, problems = self.form.read()
        self.form.original = spec if not problems else self.form.original
        self.model.replace(row, spec)
        if problems:
            self.problems[row] = problems
        else:
            self.problems.pop(row, None)
        self.changed.emit()

    def add(self) -> None:
        spec = self.make_new(self.model.specs())
        row = self.model.append(spec)
        self.select_row(row)
        fields = self.form.key_fields or [self.form]
        fields[0].setFocus(Qt.FocusReason.OtherFocusReason)
        self.changed.emit()

    def retire(self) -> None:
        row = self.current_row()
        if row is None:
            return
        spec = self.model.remove(row)
        self.problems = {
            (number if number < row else number - 1): problems
            for number, problems in self.problems.items()
            if number != row
        }
        if self.model.rowCount():
            self.select_row(min(row, self.model.rowCount() - 1))
        else:
            self.form.load(None, key_locked=True)
        self._update_buttons()
        self.retired.emit(spec)
        self.changed.emit()


def first_free(stem: str, taken: set[str]) -> str:
    """``stem``, or ``stem-2``, ``stem-3``... whichever is not taken yet."""
    if stem not in taken:
        return stem
    number = 2
    while f"{stem}-{number}" in taken:
        number += 1
    return f"{stem}-{number}"
