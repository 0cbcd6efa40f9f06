"""A kiosk window on the demo desk, as the kiosk tests open it.

Accessibility and speech do not depend on the database: each test gets a copy of the
migrated SQLite template (``sqlite_file_url``) and a kiosk shown, started and active
(``KioskWindows``), closed at the end.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from console.desk.desk import Desk
from console.ui.kiosk import KioskWindow


def sqlite_file_url(tmp_path: Path, sqlite_template: Path) -> str:
    """A real SQLite file, a copy of the session's migrated template."""
    path = tmp_path / "desk.sqlite3"
    shutil.copy(sqlite_template, path)
    return f"sqlite:///{path}"


class KioskWindows:
    """Opens kiosks the way a kiosk PC starts one; ``close_all`` at the end."""

    def __init__(self, qtbot: QtBot, desk: Desk, tmp_path: Path) -> None:
        self.qtbot = qtbot
        self.desk = desk
        self.tmp_path = tmp_path
        self.made: list[KioskWindow] = []

    def open(self, width: int = 1366, height: int = 768, **options: object) -> KioskWindow:
        options.setdefault("print_to_pdf", str(self.tmp_path / "ticket.pdf"))
        window = KioskWindow(self.desk, **options)  # type: ignore[arg-type]
        self.qtbot.addWidget(window)
        window.resize(width, height)
        window.show()
        with self.qtbot.waitSignal(window.catalogue_loaded, timeout=10_000):
            window.start()
        window.activateWindow()
        self.qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
        self.made.append(window)
        return window

    def close_all(self) -> None:
        for window in self.made:
            window.close()
