"""The small Qt parts the windows are made of."""

from __future__ import annotations

import sys
import threading
from dataclasses import dataclass
from operator import attrgetter
from types import FrameType

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QModelIndex, QModelRoleData, Qt
from PySide6.QtGui import QBrush, QColor, QPalette
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem, QTableView
from pytestqt.qtbot import QtBot

from console.ui.shared.table_model import Column, KeyedTableModel, StoredTableModel
from console.ui.shared.worker import run_in_background


@dataclass(frozen=True)
class Item:
    key: int
    label: str


Model = KeyedTableModel[Item] | StoredTableModel[Item]
# Both keyed models: Python answers the first's cells as they are painted, Qt keeps the
# second's. They must show and change their rows alike.
BOTH = pytest.mark.parametrize("kind", [KeyedTableModel, StoredTableModel])


def make_model(kind: type = KeyedTableModel) -> Model:
    model: Model = kind(
        [Column(lambda: "Label", lambda item: item.label)], key=lambda item: item.key
    )
    return model


@BOTH
def test_apply_changes_rows_in_place(qtbot: QtBot, kind: type) -> None:
    model = make_model(kind)
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


@BOTH
def test_merge_updates_inserts_and_removes_in_sorted_place(qtbot: QtBot, kind: type) -> None:
    model = make_model(kind)
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


_ITEMS = st.lists(
    st.builds(Item, st.integers(0, 30), st.sampled_from(["a", "b", "c", "ab", "ba"])),
    max_size=12,
)


@BOTH
@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    start=_ITEMS,
    events=st.lists(st.tuples(_ITEMS, st.lists(st.integers(0, 30), max_size=4)), max_size=6),
    text=st.sampled_from(["", "a", "b"]),
)
def test_merging_events_ends_as_sorting_everything_again(
    qtbot: QtBot,
    kind: type,
    start: list[Item],
    events: list[tuple[list[Item], list[int]]],
    text: str,
) -> None:
    """However rows change, come and go, the shown rows are those that pass the filter,
    in sorted order, as if the whole list had been sorted again (the merge keeps keys
    and sort keys of its own: they must follow every insert, move and removal)."""
    model = make_model(kind)
    QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    order = attrgetter("label", "key")
    rows = {item.key: item for item in start}
    model.apply(sorted(rows.values(), key=order))
    model.set_filter(text)
    for changed, removed in events:
        unique = list({item.key: item for item in changed}.values())
        model.merge(unique, removed, sort_key=order)
        for key in removed:
            rows.pop(key, None)
        rows.update({item.key: item for item in unique})
        expected = sorted((r for r in rows.values() if text in r.label), key=order)
        assert model.rows() == expected
        assert [model.index(n, 0).data() for n in range(model.rowCount())] == [
            r.label for r in expected
        ]
        assert model.total() == len(rows)


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


@BOTH
def test_the_filter_shows_matching_rows_and_follows_changes(qtbot: QtBot, kind: type) -> None:
    model = make_model(kind)
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


def _late_model() -> StoredTableModel[Item]:
    return StoredTableModel(
        [
            Column(lambda: "Ticket", lambda item: f"K{item.key}"),
            Column(
                lambda: "Label",
                lambda item: item.label,
                tooltip=lambda item: f"tip {item.key}",
                foreground=lambda item: QBrush(QColor("red")) if item.label == "late" else None,
                alignment=Qt.AlignmentFlag.AlignRight,
            ),
        ],
        key=lambda item: item.key,
    )


def test_a_stored_cell_shows_its_text_tip_colour_and_alignment(qtbot: QtBot) -> None:
    model = _late_model()
    QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    model.apply([Item(1, "on time"), Item(2, "late")])
    assert model.headerData(1, Qt.Orientation.Horizontal) == "Label"
    delegate = QStyledItemDelegate()
    option = QStyleOptionViewItem()
    delegate.initStyleOption(option, model.index(1, 1))
    assert option.text == "late"
    assert option.displayAlignment == Qt.AlignmentFlag.AlignRight
    assert option.palette.color(QPalette.ColorRole.Text) == QColor("red")
    assert model.index(1, 1).data(Qt.ItemDataRole.ToolTipRole) == "tip 2"
    option = QStyleOptionViewItem()
    delegate.initStyleOption(option, model.index(0, 1))
    assert option.palette.color(QPalette.ColorRole.Text) != QColor("red")
    # A row that is no longer late loses its colour; nobody can edit a cell.
    model.apply([Item(1, "on time"), Item(2, "served")])
    assert model.index(1, 1).data(Qt.ItemDataRole.ForegroundRole) is None
    assert not model.flags(model.index(1, 1)) & Qt.ItemFlag.ItemIsEditable


def test_refreshing_a_stored_table_touches_only_the_cells_that_changed(qtbot: QtBot) -> None:
    waited = {1: 3, 2: 5}
    model: StoredTableModel[Item] = StoredTableModel(
        [
            Column(lambda: "Ticket", lambda item: f"K{item.key}"),
            Column(lambda: "Waited", lambda item: f"{waited[item.key]} min"),
        ],
        key=lambda item: item.key,
    )
    model.apply([Item(1, "a"), Item(2, "b")])
    changed: list[tuple[int, int]] = []
    model.dataChanged.connect(
        lambda top, _bottom, _roles=(): changed.append((top.row(), top.column()))
    )
    waited[2] = 6
    model.refresh_all()
    assert changed == [(1, 1)]
    assert [model.index(row, 1).data() for row in range(2)] == ["3 min", "6 min"]
    # A refresh of the clock's column alone leaves the others as they were worked out.
    changed.clear()
    waited[1] = 4
    model.refresh_all(columns=(1,))
    assert changed == [(0, 1)]
    assert [model.index(row, 1).data() for row in range(2)] == ["4 min", "6 min"]


@BOTH
def test_a_moved_row_keeps_its_cells(qtbot: QtBot, kind: type) -> None:
    model = make_model(kind)
    QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    model.apply([Item(1, "a"), Item(2, "b"), Item(3, "c"), Item(4, "d")])
    model.apply([Item(3, "c"), Item(1, "a"), Item(4, "D"), Item(2, "b")])
    assert [model.index(row, 0).data() for row in range(4)] == ["c", "a", "D", "b"]
    model.merge([Item(3, "z")], [], sort_key=lambda item: item.label.lower())
    assert [model.index(row, 0).data() for row in range(4)] == ["a", "D", "b", "z"]
    assert [item.key for item in model.rows()] == [1, 4, 2, 3]


def test_painting_a_stored_table_runs_no_python(qtbot: QtBot) -> None:
    """While a database thread runs Python, every call from Qt into Python on the GUI
    thread may wait for the interpreter lock; painting the console's tables makes none."""
    calls: dict[str, list[str]] = {}
    for kind in (KeyedTableModel, StoredTableModel):
        model = make_model(kind)
        model.apply([Item(key, f"row {key}") for key in range(30)])
        view = QTableView()
        qtbot.addWidget(view)
        view.setModel(model)
        view.resize(400, 600)
        view.grab()  # the first paint settles the header and the sizes
        seen: list[str] = []

        def profile(frame: FrameType, event: str, _arg: object, seen: list[str] = seen) -> None:
            if event == "call":
                seen.append(frame.f_code.co_name)

        sys.setprofile(profile)
        try:
            view.grab()
        finally:
            sys.setprofile(None)
        calls[kind.__name__] = seen
    assert len(calls["KeyedTableModel"]) > 30  # the test can tell: Python answers each cell
    assert calls["StoredTableModel"] == []
