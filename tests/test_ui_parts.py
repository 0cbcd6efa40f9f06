"""The small Qt parts the windows are made of."""

from __future__ import annotations

import threading
from dataclasses import dataclass

from PySide6.QtCore import QModelIndex, QModelRoleData, Qt
from PySide6.QtGui import QBrush, QColor, QPalette
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem
from pytestqt.qtbot import QtBot

from console.ui.shared.table_model import Column, KeyedTableModel
from console.ui.shared.worker import run_in_background


@dataclass(frozen=True)
class Item:
    key: int
    label: str


def make_model() -> KeyedTableModel[Item]:
    return KeyedTableModel(
        [Column(lambda: "Label", lambda item: item.label)], key=lambda item: item.key
    )


def test_apply_changes_rows_in_place(qtbot: QtBot) -> None:
    model = make_model()
    QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    events: list[str] = []
    model.modelReset.connect(lambda: events.append("reset"))
    model.rowsInserted.connect(lambda _p, first, last: events.append(f"insert {first}"))
    model.rowsRemoved.connect(lambda _p, first, last: events.append(f"remove {first}"))
    model.rowsMoved.connect(lambda *args: events.append("move"))
    model.dataChanged.connect(lambda top, _bottom, _roles=(): events.append(f"change {top.row()}"))

    model.apply([Item(1, "a"), Item(2, "b"), Item(3, "c")])
    assert events == ["insert 0", "insert 1", "insert 2"]
    events.clear()
    model.apply([Item(1, "a"), Item(3, "C"), Item(4, "d")])
    assert events == ["remove 1", "change 1", "insert 2"]
    events.clear()
    model.apply([Item(4, "d"), Item(1, "a"), Item(3, "C")])
    assert "reset" not in events
    assert [model.index(row, 0).data() for row in range(3)] == ["d", "a", "C"]


def test_worker_delivers_results_and_errors_on_the_gui_thread(qtbot: QtBot) -> None:
    gui = threading.get_ident()
    seen: dict[str, object] = {}

    def work() -> int:
        seen["worker"] = threading.get_ident()
        return 42

    def fail() -> None:
        raise ValueError("back office down")

    run_in_background(
        work, lambda value: seen.update(value=value, on=threading.get_ident()), seen.update
    )
    qtbot.waitUntil(lambda: "value" in seen, timeout=15_000)
    assert seen["value"] == 42
    assert seen["on"] == gui
    assert seen["worker"] != gui

    errors: list[BaseException] = []
    run_in_background(fail, lambda _v: None, errors.append)
    qtbot.waitUntil(lambda: bool(errors), timeout=15_000)
    assert str(errors[0]) == "back office down"


def test_merge_updates_inserts_and_removes_in_sorted_place(qtbot: QtBot) -> None:
    model = make_model()
    QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    model.apply([Item(1, "a"), Item(3, "c"), Item(5, "e")])
    events: list[str] = []
    model.modelReset.connect(lambda: events.append("reset"))
    model.rowsInserted.connect(lambda _p, first, _last: events.append(f"insert {first}"))
    model.rowsRemoved.connect(lambda _p, first, _last: events.append(f"remove {first}"))

    model.merge([Item(4, "d"), Item(3, "C")], removed=[1], sort_key=lambda item: item.label.lower())
    assert [model.index(row, 0).data() for row in range(model.rowCount())] == ["C", "d", "e"]
    assert events == ["remove 0", "insert 1"]

    model.merge([Item(5, "b")], removed=[], sort_key=lambda item: item.label.lower())
    assert [model.index(row, 0).data() for row in range(model.rowCount())] == ["b", "C", "d"]
    assert "reset" not in events


def test_a_cell_answers_every_role_in_one_call(qtbot: QtBot) -> None:
    model: KeyedTableModel[Item] = KeyedTableModel(
        [
            Column(
                lambda: "Label",
                lambda item: item.label,
                tooltip=lambda item: f"tip {item.key}",
                foreground=lambda item: QBrush(QColor("red")) if item.key == 2 else None,
                alignment=Qt.AlignmentFlag.AlignRight,
            )
        ],
        key=lambda item: item.key,
    )
    QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    model.apply([Item(1, "a"), Item(2, "b")])
    roles = [
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.ForegroundRole,
        Qt.ItemDataRole.TextAlignmentRole,
        Qt.ItemDataRole.FontRole,
    ]
    for row in range(2):
        index = model.index(row, 0)
        for role in roles:
            # What a delegate reads is what data() answers, role by role.
            asked = QModelRoleData(role)
            model.multiData(index, asked)
            assert asked.data() == model.data(index, role)
    # And as a delegate asks, all roles at once.
    delegate = QStyledItemDelegate()
    option = QStyleOptionViewItem()
    delegate.initStyleOption(option, model.index(1, 0))
    assert option.text == "b"
    assert option.displayAlignment == Qt.AlignmentFlag.AlignRight
    assert option.palette.color(QPalette.ColorRole.Text) == QColor("red")
    # The same delegate paints the next cell with the same span of roles: the red of
    # the late row must not stay on a row that has no colour of its own.
    option = QStyleOptionViewItem()
    delegate.initStyleOption(option, model.index(0, 0))
    assert option.text == "a"
    assert option.palette.color(QPalette.ColorRole.Text) != QColor("red")
    assert model.index(2, 0) == QModelIndex()
    assert model.index(0, 1) == QModelIndex()


def test_the_filter_shows_matching_rows_and_follows_changes(qtbot: QtBot) -> None:
    model = make_model()
    QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    model.apply([Item(1, "Anna"), Item(2, "Bertil"), Item(3, "Hanna")])
    model.set_filter("ANN")
    assert [item.key for item in model.rows()] == [1, 3]
    assert model.total() == 3

    def label(item: Item) -> str:
        return item.label.lower()

    # A change brings a row into the filter, takes one out of it, and adds one hidden.
    model.merge([Item(2, "Annika"), Item(3, "Heidi"), Item(4, "Zoe")], [], sort_key=label)
    assert [item.label for item in model.rows()] == ["Anna", "Annika"]
    assert model.total() == 4
    model.apply([Item(5, "Joanna"), Item(1, "Anna")])
    assert [item.label for item in model.rows()] == ["Joanna", "Anna"]
    model.set_filter("")
    assert [item.label for item in model.rows()] == ["Joanna", "Anna"]
    model.merge([Item(6, "Aaron")], [5], sort_key=label)
    assert [item.label for item in model.rows()] == ["Aaron", "Anna"]
