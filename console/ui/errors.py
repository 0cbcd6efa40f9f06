"""Unexpected exceptions in the GUI: logged with traceback, shown as a short message."""

from __future__ import annotations

import logging
import sys
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from console.logs import log_file, mask_sensitive

log = logging.getLogger("console.unexpected")

_dialogs: list[QMessageBox] = []


def show_unexpected_error(error: BaseException) -> QMessageBox | None:
    """Tell the person something went wrong, where the details are, and carry on."""
    if QApplication.instance() is None:
        return None
    box = QMessageBox(QApplication.activeWindow())
    box.setObjectName("unexpectedError")
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(QCoreApplication.translate("Errors", "Tiski: unexpected error"))
    box.setText(
        QCoreApplication.translate(
            "Errors",
            "Something went wrong: %1\n\nTiski carries on. If it happens again, tell IT "
            "and give them the log file:\n%2",
        )
        .replace("%1", mask_sensitive(f"{type(error).__name__}: {error}")[:300])
        .replace("%2", str(log_file()))
    )
    box.finished.connect(lambda _result: _dialogs.remove(box) if box in _dialogs else None)
    _dialogs.append(box)
    box.open()
    return box


def _hook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
    if issubclass(kind, KeyboardInterrupt):
        sys.__excepthook__(kind, error, tb)
        return
    log.error("Unexpected error", exc_info=(kind, error, tb))
    show_unexpected_error(error)


def install_exception_hook() -> None:
    sys.excepthook = _hook


def exec_dialog(dialog: QDialog) -> int:
    """Run a modal dialog, then have it deleted on the GUI thread.

    Left to Python's collector, a finished dialog can be destroyed from whichever
    thread runs the collection, a background worker included; Qt then crashes on its
    timers (seen as a segfault after "QBasicTimer::stop: Failed").
    """
    try:
        return int(dialog.exec())
    finally:
        dialog.deleteLater()
