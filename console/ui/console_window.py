"""The staff console: queue, visit and case, agency panels, toolbar, status bar."""

from __future__ import annotations

import logging

from PySide6.QtCore import QSettings, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QAction, QCloseEvent, QDesktopServices, QKeySequence
from PySide6.QtWidgets import (
    QDockWidget,
    QLabel,
    QMainWindow,
    QSplitter,
    QTabBar,
    QTabWidget,
    QToolBar,
    QWidget,
)

from console import paths
from console.desk.desk import Desk, DeskSnapshot, SignedIn
from console.ui.agency_docks import make_agency_dock
from console.ui.connection import ConnectionMonitor, ConnectionState
from console.ui.labels import role_label, ui_language
from console.ui.queue_zone import QueueZone
from console.ui.visit_zone import VisitZone
from console.ui.worker import run_in_background

log = logging.getLogger(__name__)

REFRESH_MS = 10_000
TICK_MS = 30_000


class ConsoleWindow(QMainWindow):
    """The one window a counter advisor works in."""

    snapshot_shown = Signal()

    def __init__(self, desk: Desk, signed_in: SignedIn, *, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("consoleWindow")
        self.desk = desk
        self.signed_in = signed_in
        self.snapshot: DeskSnapshot | None = None
        self._loading = False
        self.agency_docks: dict[str, QDockWidget] = {}
        self.setWindowTitle(self.tr("Tiski"))
        self.setDockNestingEnabled(True)
        self.setTabPosition(Qt.DockWidgetArea.RightDockWidgetArea, QTabWidget.TabPosition.North)

        self.queue_zone = QueueZone()
        self.visit_zone = VisitZone()
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setObjectName("mainSplitter")
        splitter.addWidget(self.queue_zone)
        splitter.addWidget(self.visit_zone)
        # The queue needs the room; the visit zone holds text that wraps.
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        splitter.setContentsMargins(8, 8, 8, 8)
        self.setCentralWidget(splitter)

        self.monitor = ConnectionMonitor(desk.database, parent=self)
        self._make_actions()
        self._make_menus()
        self._make_toolbar()
        self._make_status_bar()
        self.monitor.state_changed.connect(self._show_connection)
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setInterval(REFRESH_MS)
        self._refresh_timer.timeout.connect(self.refresh)
        self._tick_timer = QTimer(self)
        self._tick_timer.setInterval(TICK_MS)
        self._tick_timer.timeout.connect(self.queue_zone.tick)

    # ------------------------------------------------------------ building
    def _action(self, text: str, shortcut: str, tip: str, name: str) -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
            action.setToolTip(f"{text} ({QKeySequence(shortcut).toString()})")
        action.setStatusTip(tip)
        return action

    def _make_actions(self) -> None:
        not_yet = self.tr("Serving tickets will be available in the next version of Tiski.")
        self.call_next_action = self._action(self.tr("Call next"), "F5", not_yet, "callNext")
        self.recall_action = self._action(self.tr("Recall"), "F6", not_yet, "recall")
        self.no_show_action = self._action(self.tr("No-show"), "F7", not_yet, "noShow")
        self.transfer_action = self._action(self.tr("Transfer"), "F8", not_yet, "transfer")
        self.finish_action = self._action(self.tr("Done"), "F9", not_yet, "finish")
        self.ask_specialist_action = self._action(
            self.tr("Ask a specialist"), "Ctrl+J", not_yet, "askSpecialist"
        )
        self.desk_actions = [
            self.call_next_action,
            self.recall_action,
            self.no_show_action,
            self.transfer_action,
            self.finish_action,
            self.ask_specialist_action,
        ]
        for action in self.desk_actions:
            action.setEnabled(False)
        self.refresh_action = self._action(
            self.tr("Refresh"), "Ctrl+R", self.tr("Read the queues again"), "refresh"
        )
        self.refresh_action.triggered.connect(self.refresh)
        self.quit_action = self._action(self.tr("Quit"), "Ctrl+Q", self.tr("Close Tiski"), "quit")
        self.quit_action.triggered.connect(self.close)
        self.log_folder_action = self._action(
            self.tr("Open log folder"), "", self.tr("Show Tiski's log files"), "logFolder"
        )
        self.log_folder_action.triggered.connect(self._open_log_folder)
        self.about_action = self._action(self.tr("About Tiski"), "", "", "about")
        self.about_action.triggered.connect(self._about)

    def _make_menus(self) -> None:
        bar = self.menuBar()
        desk_menu = bar.addMenu(self.tr("&Desk"))
        desk_menu.addActions(self.desk_actions)
        desk_menu.addSeparator()
        desk_menu.addAction(self.quit_action)
        self.view_menu = bar.addMenu(self.tr("&View"))
        self.view_menu.addAction(self.refresh_action)
        self.view_menu.addSeparator()
        self.panels_menu = self.view_menu.addMenu(self.tr("Agency panels"))
        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addAction(self.log_folder_action)
        help_menu.addAction(self.about_action)

    def _make_toolbar(self) -> None:
        toolbar = QToolBar(self.tr("Desk actions"))
        toolbar.setObjectName("deskToolbar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        toolbar.addActions(self.desk_actions[:5])
        toolbar.addSeparator()
        toolbar.addAction(self.ask_specialist_action)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, toolbar)
        self.toolbar = toolbar

    def _make_status_bar(self) -> None:
        status = self.statusBar()
        self.database_label = QLabel()
        self.database_label.setObjectName("databaseStatus")
        self.counter_label = QLabel()
        self.counter_label.setObjectName("counterStatus")
        self.person_label = QLabel()
        self.person_label.setObjectName("personStatus")
        for label in (self.database_label, self.counter_label, self.person_label):
            label.setContentsMargins(8, 0, 8, 0)
            status.addPermanentWidget(label)
        language = ui_language()
        counter = self.signed_in.counter
        self.counter_label.setText(counter.names.get(language))
        self.counter_label.setToolTip(self.tr("The counter you are signed in at"))
        staff = self.signed_in.staff
        self.person_label.setText(f"{staff.full_name} ({role_label(staff.role)})")
        self._show_connection(ConnectionState.CONNECTED)

    # ------------------------------------------------------------ running
    def start(self) -> None:
        """Read the desk and keep it current."""
        self.refresh()
        self.monitor.start()
        self._refresh_timer.start()
        self._tick_timer.start()

    def stop(self) -> None:
        self.monitor.stop()
        self._refresh_timer.stop()
        self._tick_timer.stop()

    def refresh(self) -> None:
        if self._loading:
            return
        self._loading = True
        run_in_background(self.desk.snapshot, self._loaded, self._load_failed, context=self)

    def show_snapshot(self, snapshot: DeskSnapshot) -> None:
        """Show a snapshot of the desk (also used directly by screenshots and tests)."""
        self.snapshot = snapshot
        language = ui_language()
        if snapshot.site is not None:
            self.setWindowTitle(self.tr("Tiski – %1").replace("%1", snapshot.site.get(language)))
        self._ensure_agency_docks(snapshot)
        skills = set(self.signed_in.staff.skills)
        mine = [q for q in snapshot.queues if q.service.code in skills] or list(snapshot.queues)
        rest = [q for q in snapshot.queues if q not in mine]
        self.queue_zone.show_queues(mine + rest, snapshot.waiting)
        self.snapshot_shown.emit()

    def _loaded(self, snapshot: DeskSnapshot) -> None:
        self._loading = False
        self.show_snapshot(snapshot)
        if self.monitor.state is not ConnectionState.CONNECTED:
            self.monitor.check_now()

    def _load_failed(self, error: BaseException) -> None:
        self._loading = False
        log.warning("Reading the desk failed: %s", error)
        self.monitor.report_failure(error)

    def _ensure_agency_docks(self, snapshot: DeskSnapshot) -> None:
        first: QDockWidget | None = None
        for agency in snapshot.agencies:
            if agency.code in self.agency_docks:
                continue
            dock = make_agency_dock(agency, self)
            self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
            if first is None:
                first = next(iter(self.agency_docks.values()), None) or dock
            if first is not dock:
                self.tabifyDockWidget(first, dock)
            self.agency_docks[agency.code] = dock
            self.panels_menu.addAction(dock.toggleViewAction())
        if first is not None:
            first.raise_()
            self.resizeDocks([first], [max(360, self.width() // 4)], Qt.Orientation.Horizontal)
        for bar in self.findChildren(QTabBar):
            # Agency names are short; show them whole and scroll if the area is narrow.
            bar.setElideMode(Qt.TextElideMode.ElideNone)
            bar.setUsesScrollButtons(True)

    def _show_connection(self, state: ConnectionState) -> None:
        texts = {
            ConnectionState.CONNECTED: self.tr("Database: connected"),
            ConnectionState.RECONNECTING: self.tr("Database: reconnecting…"),
            ConnectionState.LOST: self.tr("Database: connection lost"),
        }
        colours = {
            ConnectionState.CONNECTED: "#1b5e20",
            ConnectionState.RECONNECTING: "#8a6d00",
            ConnectionState.LOST: "#b00020",
        }
        self.database_label.setText(f"● {texts[state]}")
        self.database_label.setStyleSheet(f"color: {colours[state]};")
        self.database_label.setProperty("state", state.value)
        tip = self.desk.database.shown_url
        if state is not ConnectionState.CONNECTED and self.monitor.last_error:
            tip += "\n" + self.monitor.last_error
        self.database_label.setToolTip(tip)

    # ------------------------------------------------------------ menu actions
    def _open_log_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(paths.user_log_dir())))

    def _about(self) -> None:
        from console.ui.about import AboutDialog

        AboutDialog(self).exec()

    # ------------------------------------------------------------ window state
    def restore_layout(self) -> None:
        settings = _window_settings()
        geometry = settings.value("console/geometry")
        state = settings.value("console/state")
        if geometry is not None:
            self.restoreGeometry(geometry)
        if state is not None:
            self.restoreState(state)

    def closeEvent(self, event: QCloseEvent) -> None:
        settings = _window_settings()
        settings.setValue("console/geometry", self.saveGeometry())
        settings.setValue("console/state", self.saveState())
        self.stop()
        super().closeEvent(event)


def _window_settings() -> QSettings:
    """Window geometry lives beside the other remembered choices, not in the registry."""
    return QSettings(str(paths.user_data_dir() / "window.ini"), QSettings.Format.IniFormat)
