"""Start-up problems: the error that stops Tiski starting, and the dialog that shows it."""

from __future__ import annotations

from console.core.text import TiskiError


class StartupError(TiskiError):
    """Tiski cannot start as configured; the message says what to do."""


def show_startup_error(error: TiskiError) -> None:
    """Someone who started Tiski from the desktop sees no terminal: tell them in a dialog."""
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QMessageBox

    from console.i18n import translate

    if QGuiApplication.platformName() in ("offscreen", "minimal"):
        return  # nobody would see it; the command line prints the message
    QMessageBox.critical(None, "Tiski", translate(error.message))
