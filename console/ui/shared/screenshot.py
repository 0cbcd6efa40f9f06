"""Rendering a window to a PNG without a screen."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QApplication, QWidget


def save_screenshot(widget: QWidget, out: Path, size: QSize) -> bool:
    """Lay ``widget`` out at ``size``, let it paint, and save it as a PNG."""
    widget.resize(size)
    widget.show()
    for _ in range(5):
        QApplication.processEvents()
    out.parent.mkdir(parents=True, exist_ok=True)
    return widget.grab().save(str(out), "PNG")
