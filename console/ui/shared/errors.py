"""Unexpected exceptions in the GUI: logged with traceback, shown as a short message."""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from console.logs import log_file, mask_sensitive
from console.ui.shared.contact import call_it

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
            "Something went wrong: %1\n\nTiski carries on. If it happens again: %3 Give "
            "them the log file:\n%2",
        )
        .replace("%1", mask_sensitive(f"{type(error).__name__}: {error}")[:300])
        .replace("%2", str(log_file()))
        .replace("%3", call_it())
    )
    box.finished.connect(lambda _result: _dialogs.remove(box) if box in _dialogs else None)
    _dialogs.append(box)
    box.open()
    return box


# Plugin folders and who to tell when code from them raises in a Qt slot.
_plugins: dict[str, tuple[str, Callable[[BaseException], None]]] = {}


def register_plugin(plugin_id: str, folder: Path, handler: Callable[[BaseException], None]) -> None:
    """Errors raised from code in ``folder`` go to ``handler`` (the plugin's panel)."""
    _plugins[plugin_id] = (str(folder.resolve()), handler)


def unregister_plugin(plugin_id: str) -> None:
    _plugins.pop(plugin_id, None)


def _plugin_handler(tb: TracebackType | None) -> Callable[[BaseException], None] | None:
    """The handler of the plugin whose code raised, walking the traceback innermost first."""
    frames = []
    while tb is not None:
        frames.append(tb.tb_frame.f_code.co_filename)
        tb = tb.tb_next
    for filename in reversed(frames):
        for folder, handler in _plugins.values():
            if filename.startswith(folder):
                return handler
    return None


def _hook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
    if issubclass(kind, KeyboardInterrupt):
        sys.__excepthook__(kind, error, tb)
        return
    handler = _plugin_handler(tb)
    if handler is not None:
        # A plugin's own slot raised: its panel says so; the console carries on.
        handler(error)
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
