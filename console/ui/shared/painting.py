"""A QPainter that ends when the block does, not when Python frees it."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtGui import QPaintDevice, QPainter


@contextmanager
def painting(device: QPaintDevice, *, smooth: bool = False) -> Iterator[QPainter]:
    """Paint on ``device`` (a widget in its paintEvent, an image) within the block.

    A painter left to Python's reference counting lives as long as anything holds the
    frame it was made in: an exception's traceback, a profiler or a stall watch sampling
    the GUI thread's stack (the soak test's does). It then ends after the paint event,
    on whatever thread lets go of it: Qt warns "endPaint() called with active painter"
    and the process may crash (a soak run on 6 December died with SIGSEGV so). Ended
    here, what is left of it is harmless wherever it is freed.
    """
    painter = QPainter(device)
    try:
        if smooth:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        yield painter
    finally:
        painter.end()
