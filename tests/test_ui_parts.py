"""The small Qt parts the windows are made of."""

from __future__ import annotations

import threading
from dataclasses import dataclass

from PySide6.QtTest import QAbstractItemModelTester
from pytestqt.qtbot import QtBot

from console.ui.table_model import Column, KeyedTableModel
from console.ui.worker import run_in_background


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
