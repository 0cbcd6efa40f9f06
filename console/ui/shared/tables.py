"""The read-only tables of rows the windows show (queues, counters, appointments)."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView


def row_table(
    model: QAbstractItemModel,
    name: str,
    *,
    accessible: str = "",
    stretch: int | None = None,
    fit_contents: bool = True,
) -> QTableView:
    """A table of ``model`` chosen a whole row at a time, one row, never edited; its
    columns fit their contents (unless ``fit_contents`` is off) and column ``stretch``
    takes the rest of the width."""
    view = QTableView()
    view.setObjectName(name)
    if accessible:
        view.setAccessibleName(accessible)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().hide()
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    # Tab moves on to the next control, not from cell to cell (a waiting list of 30
    # rows would take 150 presses to leave); the arrows move within the table.
    view.setTabKeyNavigation(False)
    header = view.horizontalHeader()
    header.setMinimumSectionSize(48)
    if fit_contents:
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    if stretch is not None:
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return view
