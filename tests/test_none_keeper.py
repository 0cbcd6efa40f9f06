"""The guard against PySide6 6.12's lost references to None keeps a long session alive."""

from __future__ import annotations

import ctypes
import sys

import pytest
from PySide6.QtWidgets import QApplication

from console.ui.none_keeper import FLOOR, top_up

pytestmark = pytest.mark.skipif(
    sys.version_info >= (3, 12), reason="None is immortal from Python 3.12"
)


def test_lost_references_are_given_back() -> None:
    top_up()
    start = sys.getrefcount(None)
    # What the bug does, 5,000 times over: a reference to None dropped that no one took.
    ctypes.c_ssize_t.from_address(id(None)).value -= 5_000
    assert abs(sys.getrefcount(None) - (start - 5_000)) < 50
    top_up()
    assert sys.getrefcount(None) >= min(start, FLOOR)


def test_a_busy_event_loop_never_takes_none_below_the_floor(qapp: QApplication) -> None:
    top_up()
    start = sys.getrefcount(None)
    for _ in range(3_000):
        qapp.processEvents()
    top_up()
    assert sys.getrefcount(None) >= min(start, FLOOR) - 10
