"""The console's shell: its frame painted at once, while the desk is still being opened.

The console window itself needs the open desk and the person signed in to it; opening
the demo desk takes longer than Qt's whole start. Meanwhile this window stands where the
console will be, with its title, its menus (not yet usable), the queue and visit zones
empty and "Loading…" in the status bar, so that start-up shows at once
(docs/performance.md). The console window then takes its place and this one closes.

Only Qt and the zones' own widgets are imported here: nothing of the database.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSettings, Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QFrame, QMainWindow, QScrollArea, QSplitter, QVBoxLayout, QWidget

from console import paths
from console.ui.queue.queue_zone import QueueZone
from console.ui.queue.visit_zone import VisitZone
from console.ui.shared.placement import restore_placement

# The console's menus, named as the console names them (console_commands.py).
_MENUS = ("&Desk", "&View", "&Help")


class ConsoleShell(QMainWindow):
    """The console window's frame while the desk opens; ``cancelled`` when closed."""

    cancelled = Signal()

    def __init__(self, *, demo: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("consoleShell")
        self.setWindowTitle(console_title("", demo=demo))
        bar = self.menuBar()
        for text in _MENUS:
            bar.addMenu(QCoreApplication.translate("ConsoleCommands", text)).setEnabled(False)
        # The same zones, in the same splitter, as the console shows them (empty).
        splitter = zones_splitter(QueueZone(), VisitZone())
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(splitter, 1)
        scroller = QScrollArea()
        scroller.setFrameShape(QFrame.Shape.NoFrame)
        scroller.setWidgetResizable(True)
        scroller.setWidget(central)
        scroller.setEnabled(False)
        self.setCentralWidget(scroller)
        self.statusBar().showMessage(QCoreApplication.translate("AgencyPanel", "Loading…"))
        self._handed_over = False

    def show_where_console_was(self) -> None:
        """Show it where the console window was last on this screen (maximised on a
        screen it never was on), as the console window will be."""
        if restore_placement(self, window_settings(), "console", docks=False):
            self.showMaximized()
        else:
            self.show()

    def hand_over(self) -> None:
        """The console window is on screen: this one goes, without cancelling."""
        self._handed_over = True
        self.close()
        self.deleteLater()

    def closeEvent(self, event: QCloseEvent) -> None:
        super().closeEvent(event)
        if not self._handed_over:
            self.cancelled.emit()


def zones_splitter(queue_zone: QWidget, visit_zone: QWidget) -> QSplitter:
    """The queue beside the visit, as the console and its shell show them."""
    splitter = QSplitter(Qt.Orientation.Horizontal)
    splitter.setObjectName("mainSplitter")
    splitter.addWidget(queue_zone)
    splitter.addWidget(visit_zone)
    # The queue's tables need the room; the visit (where the note is typed) must not be
    # squeezed either.
    splitter.setStretchFactor(0, 3)
    splitter.setStretchFactor(1, 2)
    splitter.setChildrenCollapsible(False)
    return splitter


def console_title(site: str, *, demo: bool) -> str:
    """The console window's title: Tiski, the site's name, and whether it is the demo."""
    title = (
        QCoreApplication.translate("ConsoleWindow", "Tiski – %1").replace("%1", site)
        if site
        else QCoreApplication.translate("ConsoleWindow", "Tiski")
    )
    if demo:
        return QCoreApplication.translate("ConsoleWindow", "%1 – DEMO, not a real desk").replace(
            "%1", title
        )
    return title


def window_settings() -> QSettings:
    """Window geometry lives beside the other remembered choices, not in the registry."""
    return QSettings(str(paths.user_data_dir() / "window.ini"), QSettings.Format.IniFormat)
