"""Garbage is collected on the GUI thread, never by a background worker."""

from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QObject
from pytestqt.qtbot import QtBot

from console.ui.shared.gc_guard import collect_if_due, collect_on_gui_thread


@pytest.fixture
def automatic_gc_restored() -> Iterator[None]:
    was = gc.isenabled()
    yield
    if was:
        gc.enable()
    else:
        gc.disable()


def test_the_guard_turns_automatic_collection_off_and_collects_itself(
    qtbot: QtBot, automatic_gc_restored: None
) -> None:
    gc.enable()
    owner = QObject()
    timer = collect_on_gui_thread(owner)
    assert not gc.isenabled()
    assert timer.isActive()

    class Cycle:
        def __init__(self) -> None:
            self.me = self

    for _ in range(gc.get_threshold()[0] + 10):
        Cycle()
    assert gc.get_count()[0] > gc.get_threshold()[0]
    collect_if_due()
    assert gc.get_count()[0] < gc.get_threshold()[0]
    timer.stop()


def test_start_up_objects_are_left_out_of_later_collections(automatic_gc_restored: None) -> None:
    from console.ui.shared.gc_guard import settle_start_up

    made_at_start = [{"n": n} for n in range(1000)]
    try:
        settle_start_up()
        assert gc.get_freeze_count() >= len(made_at_start)
        assert not any(o is made_at_start for o in gc.get_objects(2))
    finally:
        gc.unfreeze()


def test_reading_the_queue_leaves_almost_nothing_for_the_collector(
    demo_database: object, automatic_gc_restored: None
) -> None:
    """Each read of the counter's queue once built new query aliases, a web of about 250
    objects in reference cycles; freeing them was most of what the GUI thread's
    collections did in the soak's busy day (collections of 10-40 ms every half second).
    The queries now share aliases made at import, so a read leaves only a few."""
    from console.desk.desk import Desk

    desk = Desk(demo_database)  # type: ignore[arg-type]
    aino = desk.sign_in_by_username("aino.virtanen", "T1").actor
    desk.snapshot(aino.counter_id, actor=aino)  # the first read fills SQLAlchemy's caches
    gc.disable()
    gc.collect()
    for _ in range(20):
        desk.snapshot(aino.counter_id, actor=aino)
    freed = gc.collect()
    # Before the shared aliases: 20 reads left 35,600 objects in cycles.
    assert freed < 2_000, f"20 queue reads left {freed} objects in reference cycles"
