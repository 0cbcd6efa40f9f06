"""The staff console: queue, visit and case, agency panels, toolbar, status bar."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from datetime import datetime, timedelta
from typing import Any

from PySide6.QtCore import QObject, QSettings, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QAction, QCloseEvent, QDesktopServices, QKeySequence
from PySide6.QtWidgets import (
    QDockWidget,
    QLabel,
    QMainWindow,
    QMenuBar,
    QMessageBox,
    QSplitter,
    QTabBar,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from console import paths
from console.core.cases import CaseView
from console.core.permissions import Permission, allows
from console.core.queue import Role, utc_now
from console.core.records import ServiceQueue, StepInfo
from console.core.stranded import ReturnedStep
from console.core.text import TiskiError
from console.desk.console_model import ConsoleModel, starving_queues, waiting_rows
from console.desk.desk import Desk, DeskSnapshot, SignedIn
from console.desk.feed import DeskDelta, LiveDesk
from console.desk.permits import permitted
from console.i18n import translate
from console.store.journal import Journal, journal_file
from console.ui.access.connection import ConnectionMonitor, ConnectionState
from console.ui.access.lock import ConsoleLock
from console.ui.access.session import Credentials, Session, SignInFlow
from console.ui.case.case_panel import CasePanel
from console.ui.console_status import ConsoleStatus
from console.ui.consult.inbox import InboxZone
from console.ui.plugins.agency_docks import make_agency_dock
from console.ui.plugins.plugin_panels import PluginPanels, PluginSetup
from console.ui.queue.leaving import CounterLeaving
from console.ui.queue.queue_zone import QueueZone
from console.ui.queue.serving import Serving, read_counter
from console.ui.queue.stranded_dialogs import LeaveCounterDialog
from console.ui.queue.visit_zone import VisitZone
from console.ui.shared.database_pool import database_pool
from console.ui.shared.errors import exec_dialog
from console.ui.shared.feed import FeedState, FeedWatcher
from console.ui.shared.labels import ui_language
from console.ui.shared.worker import run_in_background

log = logging.getLogger(__name__)

# The feed brings changes at once; a full read now and then is a safety net.
REFRESH_MS = 60_000
TICK_MS = 30_000
PRESENCE_MS = 60_000
ALARM_ROLES = frozenset({Role.GUIDE, Role.SUPERVISOR})


class ConsoleWindow(QMainWindow):
    """The one window a counter advisor works in."""

    snapshot_shown = Signal()
    delta_applied = Signal()

    def __init__(
        self,
        desk: Desk,
        signed_in: SignedIn,
        *,
        journal: Journal | None = None,
        plugins: PluginSetup | None = None,
        credentials: Credentials | None = None,
        sign_in_flow: SignInFlow | None = None,
        lock_after_minutes: int = 0,
        keep_drafts_days: int | None = None,
        demo: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("consoleWindow")
        self.demo = demo
        self.setWindowTitle(self._title(""))
        self.setDockNestingEnabled(True)
        self.setTabPosition(Qt.DockWidgetArea.RightDockWidgetArea, QTabWidget.TabPosition.North)
        self._journal_problem: str | None = None
        if journal is None:
            journal = self._open_journal(keep_drafts_days)
        self.journal = journal
        self.plugin_setup = plugins or PluginSetup()
        # Who may unlock this window, and how another person signs in to it (lock.py).
        self.credentials = credentials
        self.sign_in_flow = sign_in_flow
        self.lock = ConsoleLock(self, idle_minutes=lock_after_minutes)
        # A window never started (a screenshot) serves nobody: it closes without asking.
        self._started = False
        self._build_session(desk, signed_in)

    def _build_session(self, desk: Desk, signed_in: SignedIn) -> None:
        """Everything that depends on who is signed in; built again on a switch of user."""
        self.desk = desk
        self.signed_in = signed_in
        # Background jobs of this person's session deliver only while it lasts.
        self.scope = QObject(self)
        self.snapshot: DeskSnapshot | None = None
        self._loading = False
        self._feed_requested = False
        self._stopped = False
        # What the window shows, decided without Qt (console/desk/console_model.py).
        self.model = ConsoleModel(signed_in.staff.skills)
        self.agency_docks: dict[str, QDockWidget] = {}

        self.queue_zone = QueueZone()
        self.visit_zone = VisitZone()
        journal = self.journal
        self.case_panel = CasePanel(desk, signed_in, journal, self)
        self.visit_zone.set_case_panel(self.case_panel)
        self.inbox: InboxZone | None = None
        if signed_in.staff.role is Role.SPECIALIST:
            # A specialist's console opens on the inbox of their agency's requests.
            self.inbox = InboxZone(desk, signed_in, self)
        self._drafts_offered = False
        self.plugin_panels: PluginPanels | None = None
        self._search_dialog: Any = None
        self.serving = Serving(desk, signed_in, self)
        self.serving.counter_changed.connect(self.refresh_counter)
        self.serving.counter_read.connect(self._show_counter)
        self.serving.message.connect(lambda text: self.statusBar().showMessage(text, 8000))
        self.queue_zone.ticket_panel.resume_requested.connect(self.serving.resume)
        self.live = LiveDesk(desk.database, signed_in.counter.id, actor=signed_in.actor)
        self.feed = FeedWatcher(self.live, self)
        self.feed.delta.connect(self.apply_delta)
        self.feed.resync_needed.connect(self.refresh)
        self._session_id: int | None = None
        self._session_opening = False
        # Quitting with visitors at my counter: the question, then the answer saved.
        self.leaving = CounterLeaving(
            desk,
            signed_in,
            self,
            unsaved_note=lambda: bool(self.case_panel.editor.toPlainText().strip()),
            keep_note=lambda: self.case_panel.write_journal(force=True),
        )
        self.leaving.settled.connect(self.close)
        self.stranded_dialog: Any = None
        self.admin_window: Any = None
        self.alarm = QLabel()
        self.alarm.setObjectName("starvationAlarm")
        self.alarm.setWordWrap(True)
        self.alarm.hide()
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setObjectName("mainSplitter")
        splitter.addWidget(self.queue_zone)
        splitter.addWidget(self.visit_zone)
        # The queue needs the room; the visit zone holds text that wraps.
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        central = QWidget()
        central_layout = QVBoxLayout(central)
        central_layout.setContentsMargins(8, 8, 8, 8)
        central_layout.addWidget(self.alarm)
        if self.inbox is not None:
            vertical = QSplitter(Qt.Orientation.Vertical)
            vertical.setObjectName("inboxSplitter")
            vertical.addWidget(self.inbox)
            vertical.addWidget(splitter)
            vertical.setStretchFactor(0, 1)
            vertical.setStretchFactor(1, 3)
            vertical.setChildrenCollapsible(False)
            central_layout.addWidget(vertical, 1)
        else:
            central_layout.addWidget(splitter, 1)
        self.setCentralWidget(central)

        self.monitor = ConnectionMonitor(desk.database, parent=self)
        self._make_actions()
        self._make_menus()
        self._make_toolbar()
        self._make_status_bar()
        self.monitor.state_changed.connect(self._show_connection)
        self.feed.state_changed.connect(self.status.show_feed)
        self.case_panel.pending_changed.connect(self._show_pending)
        self.case_panel.message.connect(lambda text: self.statusBar().showMessage(text, 8000))
        self.serving.ask_specialist_action.triggered.connect(self.case_panel.consult_bar.ask)
        if self.inbox is not None:
            self.inbox.message.connect(lambda text: self.statusBar().showMessage(text, 8000))
            self.inbox.counter_changed.connect(self.refresh_counter)
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setInterval(REFRESH_MS)
        self._refresh_timer.timeout.connect(self.refresh)
        self._tick_timer = QTimer(self)
        self._tick_timer.setInterval(TICK_MS)
        self._tick_timer.timeout.connect(self._tick)
        self._presence_timer = QTimer(self)
        self._presence_timer.setInterval(PRESENCE_MS)
        self._presence_timer.timeout.connect(self._touch_presence)

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
        serving = self.serving
        self.call_next_action = serving.call_next_action
        self.recall_action = serving.recall_action
        self.no_show_action = serving.no_show_action
        self.transfer_action = serving.transfer_action
        self.finish_action = serving.finish_action
        self.ask_specialist_action = serving.ask_specialist_action
        self.desk_actions = [*serving.counter_actions, serving.ask_specialist_action]
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
        self.search_action = self._action(
            self.tr("Search notes…"),
            "Ctrl+F",
            self.tr("Search the case notes you may read"),
            "searchNotes",
        )
        self.search_action.triggered.connect(self.search_notes)
        self.about_action = self._action(self.tr("About Tiski"), "", "", "about")
        self.about_action.triggered.connect(self._about)
        self.stranded_action = self._action(
            self.tr("Stranded visitors…"),
            "",
            self.tr("Visitors held at counters whose console stopped; return one to the queue"),
            "strandedVisitors",
        )
        self.stranded_action.triggered.connect(self.show_stranded)
        self.admin_action = self._action(
            self.tr("Set up the desk…"),
            "",
            self.tr("The desk's agencies, services, counters, staff and texts (IT, supervisors)"),
            "setUpDesk",
        )
        self.admin_action.triggered.connect(self.show_admin)

    def _make_menus(self) -> None:
        bar = self.menuBar()
        desk_menu = bar.addMenu(self.tr("&Desk"))
        desk_menu.addActions(self.desk_actions)
        desk_menu.addSeparator()
        desk_menu.addAction(self.serving.add_service_action)
        desk_menu.addAction(self.serving.issue_action)
        desk_menu.addAction(self.serving.appointments_action)
        desk_menu.addSeparator()
        role = self.signed_in.staff.role
        if allows(role, Permission.SEARCH_NOTES):
            desk_menu.addAction(self.search_action)
        if allows(role, Permission.RELEASE_STRANDED):
            # The desk refuses anyone else too (StrandedDesk.release).
            desk_menu.addAction(self.stranded_action)
        if allows(role, Permission.ADMINISTER_SERVICES):
            # The desk refuses anyone else too (console.desk.setup).
            desk_menu.addAction(self.admin_action)
        desk_menu.addSeparator()
        desk_menu.addActions(
            [self.lock.lock_action, self.lock.switch_action, self.lock.change_password_action]
        )
        desk_menu.addSeparator()
        desk_menu.addAction(self.quit_action)
        self.view_menu = bar.addMenu(self.tr("&View"))
        self.view_menu.addAction(self.refresh_action)
        self.view_menu.addSeparator()
        self.panels_menu = self.view_menu.addMenu(self.tr("Agency panels"))
        self.plugins_action = self._action(
            self.tr("Agency plugins…"),
            "",
            self.tr("Plugins found, their state and credentials"),
            "pluginsDialog",
        )
        self.plugins_action.triggered.connect(self.show_plugins)
        self.view_menu.addAction(self.plugins_action)
        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addAction(self.log_folder_action)
        help_menu.addAction(self.about_action)

    def _make_toolbar(self) -> None:
        toolbar = QToolBar(self.tr("Desk actions"))
        toolbar.setObjectName("deskToolbar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        serving = self.serving
        toolbar.addActions(
            [
                serving.call_next_action,
                serving.recall_action,
                serving.start_action,
                serving.no_show_action,
                serving.transfer_action,
                serving.finish_action,
                serving.park_action,
            ]
        )
        toolbar.addSeparator()
        toolbar.addAction(serving.ask_specialist_action)
        toolbar.addSeparator()
        toolbar.addAction(serving.issue_action)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, toolbar)
        self.toolbar = toolbar

    def _make_status_bar(self) -> None:
        self.status = ConsoleStatus(self.statusBar(), self.signed_in, self.desk.database.shown_url)
        self._show_connection(ConnectionState.CONNECTED)

    # ------------------------------------------------------------ running
    def start(self) -> None:
        """Read the desk, follow its changes, and say that I am at my counter."""
        self._started = True
        self.lock.start()
        self.refresh()
        self.monitor.start()
        self._refresh_timer.start()
        self._tick_timer.start()
        self._presence_timer.start()
        if self.inbox is not None:
            self.inbox.refresh()
        # SQLite's search word list from its index: off the start-up path (0.8 s at a
        # million notes).
        run_in_background(
            self.desk.cases.refresh_search_terms,
            lambda _added: None,
            lambda error: log.warning("Search words not refreshed: %s", error),
            context=self.scope,
            pool=database_pool(),
        )
        self._open_session()

    def _open_session(self) -> None:
        actor = self.signed_in.actor
        self._session_opening = True

        def failed(error: BaseException) -> None:
            self._session_opening = False
            log.warning("No desk session: %s", error)

        run_in_background(
            lambda: self.desk.queue.open_session(actor),
            self._session_opened,
            failed,
            context=self.scope,
            pool=database_pool(),
        )

    def stop(self) -> None:
        self._stopped = True
        self.lock.stop()
        if self.plugin_panels is not None:
            self.plugin_panels.stop()
        self.monitor.stop()
        self.feed.stop()
        self._refresh_timer.stop()
        self._tick_timer.stop()
        self._presence_timer.stop()

    def refresh(self) -> None:
        """Read the whole desk again (at start, after the feed was down, now and then)."""
        if self._loading:
            return
        self._loading = True
        counter_id = self.signed_in.counter.id
        actor = self.signed_in.actor
        live = self.live

        def read() -> DeskSnapshot:
            # Start following before reading: a change in between arrives twice, never 0 times.
            if not self.feed_started:
                live.start()
            return self.desk.snapshot(counter_id, actor=actor)

        run_in_background(
            read, self._loaded, self._load_failed, context=self.scope, pool=database_pool()
        )

    @property
    def feed_started(self) -> bool:
        return self.feed.state is FeedState.LIVE or self._feed_requested

    def show_snapshot(self, snapshot: DeskSnapshot) -> None:
        """Show a snapshot of the desk (also used directly by screenshots and tests)."""
        self.snapshot = snapshot
        language = ui_language()
        if snapshot.site is not None:
            self.setWindowTitle(self._title(snapshot.site.get(language)))
        self._ensure_agency_docks(snapshot)
        self.serving.know_desk(snapshot)
        self.case_panel.know_desk(
            {agency.id: agency for agency in snapshot.agencies},
            {service.id: service for service in snapshot.services},
        )
        if self.inbox is not None:
            self.inbox.know_desk(
                {agency.id: agency for agency in snapshot.agencies},
                {service.id: service for service in snapshot.services},
            )
        self.queue_zone.show_queues(
            self.model.ordered(snapshot.queues), snapshot.waiting, snapshot.estimates
        )
        self._show_counter(list(snapshot.at_counter), snapshot.read_at)
        self._show_alarm(snapshot.queues)
        self.snapshot_shown.emit()

    def _loaded(self, snapshot: DeskSnapshot) -> None:
        self._loading = False
        self.show_snapshot(snapshot)
        if not self._drafts_offered:
            self._drafts_offered = True
            # The drafts are checked, offered, then the outbox is sent (in that order).
            QTimer.singleShot(0, self.offer_drafts)
        if not self._feed_requested and not self._stopped:
            # Not after stop(): a read still under way at closing must not start a thread.
            self._feed_requested = True
            self.feed.start()
        if self.monitor.state is not ConnectionState.CONNECTED:
            self.monitor.check_now()

    def _load_failed(self, error: BaseException) -> None:
        self._loading = False
        log.warning("Reading the desk failed: %s", error)
        self.monitor.report_failure(error)

    def apply_delta(self, delta: DeskDelta) -> None:
        """Another console (or this one) changed some visits: update just those rows."""
        changed, removed = waiting_rows(delta.steps)
        self.queue_zone.merge_waiting(changed, removed)
        self.queue_zone.show_queues(self.model.ordered(delta.queues))
        self._show_counter(list(delta.at_counter), delta.read_at, delta.changes.visit_ids)
        self._show_alarm(delta.queues)
        if delta.changes.notes:
            self.case_panel.notes_changed(delta.changes.visit_ids)
        if delta.changes.setup:
            # IT or a supervisor changed services, counters, staff or life events: the
            # names, filters and lists come from a full read (it is rare, and small).
            self.refresh()
        if delta.changes.consultations:
            if self.inbox is not None:
                self.inbox.refresh()
            if self.serving.current is not None and (
                self.serving.current.visit_id in delta.changes.visit_ids
            ):
                self.case_panel.consult_bar.refresh()
        self.delta_applied.emit()

    def refresh_counter(self) -> None:
        """Re-read the tickets at my counter right after my own action."""
        actor = self.signed_in.actor
        if not permitted(actor, Permission.READ_QUEUE):
            return  # IT: no visitors at this console (the desk would refuse)

        desk = self.desk
        run_in_background(
            lambda: read_counter(desk, actor),
            lambda result: self._show_counter(*result),
            self._load_failed,
            context=self.scope,
            pool=database_pool(),
        )

    def _show_counter(
        self,
        steps: list[StepInfo],
        read_at: datetime,
        changed_visits: frozenset[int] | None = None,
    ) -> None:
        """Show my counter's tickets; re-read my visit when it may have changed
        (``changed_visits`` None: anything may have)."""
        # Reads finish in any order: never let an older one undo a newer one.
        if not self.model.take_counter(steps, read_at):
            return
        previous = self.serving.current
        self.serving.show_counter(steps)
        current = self.serving.current
        self.case_panel.show_visit(current)
        if current is None:
            self.visit_zone.show_visit([], {})
        elif (
            previous is None
            or previous != current
            or changed_visits is None
            or current.visit_id in changed_visits
        ):
            visit_id = current.visit_id
            actor = self.signed_in.actor
            run_in_background(
                lambda: self.desk.queue.visit_steps(actor, [visit_id]),
                self._show_visit,
                self._load_failed,
                context=self.scope,
                pool=database_pool(),
            )
        services = {s.service.id: s.service for s in self.queue_zone.service_model.rows()}
        self.queue_zone.ticket_panel.show_steps(steps, services, self.serving.last_reason)

    def _show_visit(self, steps: list[StepInfo]) -> None:
        current = self.serving.current
        if current is None or not steps or steps[0].visit_id != current.visit_id:
            return  # the counter moved on while this was read
        services = {s.service.id: s.service for s in self.queue_zone.service_model.rows()}
        self.visit_zone.show_visit(steps, services)

    def _show_alarm(self, queues: Sequence[ServiceQueue]) -> None:
        """Guides and supervisors see when a visitor waits over twice the target."""
        if self.signed_in.staff.role not in ALARM_ROLES:
            return
        now = utc_now()
        language = ui_language()
        starving = starving_queues(queues, now)
        if not starving:
            self.alarm.hide()
            return
        parts = [
            self.tr("%1: %2 min (target %3)")
            .replace("%1", q.service.names.get(language))
            .replace("%2", str(q.longest_wait_minutes(now)))
            .replace("%3", str(q.service.target_wait_minutes))
            for q in starving
        ]
        self.alarm.setText(
            self.tr("Waiting more than twice the target: %1").replace("%1", "; ".join(parts))
        )
        self.alarm.show()

    def _tick(self) -> None:
        self.queue_zone.tick()
        if self.snapshot is not None:
            self._show_alarm(self.queue_zone.service_model.rows())

    def _session_opened(self, session_id: int) -> None:
        self._session_opening = False
        self._session_id = session_id

    def _touch_presence(self) -> None:
        """Say that this console runs, and take a turn at the stranded check: visitors
        held at a console that stopped go back to their queue even if it never returns."""
        if self._session_id is None:
            # The database was out of reach at start: without a session, other consoles
            # would take this counter's visitor for stranded.
            if not self._session_opening and not self._stopped:
                self._open_session()
            return
        session_id = self._session_id
        actor = self.signed_in.actor
        run_in_background(
            lambda: self.desk.queue.heartbeat(actor, session_id),
            self._stranded_returned,
            self.monitor.report_failure,
            context=self.scope,
            pool=database_pool(),
        )

    def _stranded_returned(self, returned: list[ReturnedStep]) -> None:
        for step in returned:
            log.info(
                "Ticket %s was stranded at counter id %s and went back to its queue",
                step.ticket_number,
                step.counter_id,
            )

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
        if self.plugin_panels is None and self.agency_docks:
            self.plugin_panels = PluginPanels(
                self.plugin_setup, self.agency_docks, language=ui_language(), parent=self
            )
            self.case_panel.visitor_changed.connect(self.plugin_panels.set_visitor)
            self.plugin_panels.note_proposed.connect(self.case_panel.propose_note)
            self.plugin_panels.start()
        if first is not None:
            first.raise_()
            self.resizeDocks([first], [max(360, self.width() // 4)], Qt.Orientation.Horizontal)
        for bar in self.findChildren(QTabBar):
            # Agency names are short; show them whole and scroll if the area is narrow.
            bar.setElideMode(Qt.TextElideMode.ElideNone)
            bar.setUsesScrollButtons(True)

    def _show_connection(self, state: ConnectionState) -> None:
        if state is ConnectionState.CONNECTED and hasattr(self, "case_panel"):
            self.case_panel.flush_outbox()
        self.status.show_database(state, self.monitor.last_error)

    # ------------------------------------------------------------ cases and notes
    def _open_journal(self, keep_days: int | None) -> Journal | None:
        try:
            journal = Journal(journal_file())
            if keep_days is not None:
                # Drafts older than the retention time name visitors whose cases are gone.
                journal.forget_older_than(utc_now() - timedelta(days=keep_days))
            return journal
        except TiskiError as error:
            log.error("No journal for unsaved notes: %s", error)
            self._journal_problem = translate(error.message)
            QTimer.singleShot(0, self._warn_no_journal)
            return None

    def _warn_no_journal(self) -> None:
        if self._journal_problem:
            QMessageBox.warning(
                self, self.tr("Unsaved notes are not protected"), self._journal_problem
            )

    def _show_pending(self, count: int) -> None:
        self.status.show_pending(count, self.tr("%n note(s) waiting to be sent", "", count))

    def offer_drafts(self) -> None:
        """After a crash: offer the notes that were being written, with their visits."""
        self.case_panel.offer_drafts(self.serving.current)

    def show_plugins(self) -> None:
        from console.ui.plugins.plugins_dialog import PluginsDialog

        dialog = PluginsDialog(self, self.plugin_setup.found)
        dialog.set_button.setVisible(
            allows(self.signed_in.staff.role, Permission.MANAGE_PLUGIN_CREDENTIALS)
        )
        exec_dialog(dialog)

    def search_notes(self) -> None:
        from console.ui.case.search_dialog import SearchDialog

        actor = self.signed_in.actor
        language = ui_language()
        names = {
            agency.id: agency.short_names.get(language)
            for agency in (self.snapshot.agencies if self.snapshot else ())
        }
        if self._search_dialog is None:
            self._search_dialog = SearchDialog(
                self, lambda query: self.desk.cases.search(actor, query), names
            )
            self._search_dialog.case_requested.connect(self.open_case)
        self._search_dialog.show()
        self._search_dialog.raise_()
        self._search_dialog.activateWindow()

    def open_case(self, case_id: int) -> None:
        """Open a case found by a search in a read-only window (audited)."""
        from console.ui.case.case_timeline import CaseViewerDialog

        actor = self.signed_in.actor
        panel = self.case_panel

        def show(view: CaseView) -> None:
            dialog = CaseViewerDialog(self, view, panel.agencies, panel.services)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.show()

        run_in_background(
            lambda: self.desk.cases.case_view(actor, case_id, opening=True),
            show,
            lambda error: self.statusBar().showMessage(
                translate(error.message) if isinstance(error, TiskiError) else str(error), 8000
            ),
            context=self.scope,
            pool=database_pool(),
        )

    def _may_close(self) -> bool:
        pending = self.case_panel.pending_count()
        if not pending:
            return True
        answer = QMessageBox.warning(
            self,
            self.tr("Notes not yet sent"),
            self.tr(
                "%n note(s) could not be sent to the database yet. They stay on this PC and are "
                "sent the next time you sign in here. Close Tiski anyway?",
                "",
                pending,
            ),
            QMessageBox.StandardButton.Close | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Close

    # ------------------------------------------------------------ quitting with visitors
    @property
    def leave_dialog(self) -> LeaveCounterDialog | None:
        """The question quitting asks while visitors are at my counter, while it is open."""
        return self.leaving.dialog

    def held_at_counter(self) -> list[StepInfo]:
        """The visitors called or served at my counter, parked ones included."""
        return self.leaving.held(self.model.at_counter)

    def close_unattended(self) -> None:
        """Close without asking (a shutdown's SIGTERM: nobody is there to answer). The
        visitors at the counter stay held; the stranded check returns them to their
        queue ``queue.stranded_after_minutes`` after this console's last heartbeat."""
        held = self.held_at_counter()
        if held:
            log.warning(
                "Closed without asking with %s at the counter",
                ", ".join(step.ticket_number for step in held),
            )
        self.leaving.done = True
        self.close()

    # ------------------------------------------------------------ stranded visitors
    def show_stranded(self) -> None:
        """For a supervisor: visitors held where no console runs, returned at once."""
        from console.ui.queue.stranded_dialogs import StrandedDialog

        if self.stranded_dialog is None:
            self.stranded_dialog = StrandedDialog(self.desk, self.signed_in.actor, self)
        if self.stranded_dialog.isVisible():
            self.stranded_dialog.raise_()
        else:
            self.stranded_dialog.show()
        self.stranded_dialog.load()

    def show_admin(self) -> None:
        """For IT and supervisors: the admin window (one, non-modal, beside the console)."""
        from console.ui.admin import AdminWindow

        if self.admin_window is None:
            self.admin_window = AdminWindow(self.desk.database, self.signed_in, self)
            self.admin_window.resize(self.size())
            self.admin_window.start()
        if self.admin_window.isVisible():
            self.admin_window.raise_()
            self.admin_window.activateWindow()
        else:
            self.admin_window.show()

    # ------------------------------------------------------------ menu actions
    def _open_log_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(paths.user_log_dir())))

    def _about(self) -> None:
        from console.ui.shared.about import AboutDialog

        exec_dialog(AboutDialog(self))

    # ------------------------------------------------------------ switching user
    def switch_session(self, session: Session) -> None:
        """Another person signed in at this PC: take down the last person's console (their
        note is journaled under them first) and build theirs in this same window."""
        started = self._started
        previous = self.desk
        self._end_session()
        self.credentials = session.credentials
        self._build_session(session.desk, session.signed_in)
        self.setWindowTitle(self._title(""))
        if previous is not session.desk and previous.database is not session.desk.database:
            # The last person's connection (their own login role on PostgreSQL) goes, once
            # the jobs already queued on it (closing their session) have run.
            run_in_background(
                lambda: None,
                lambda _r: previous.database.dispose(),
                lambda _e: previous.database.dispose(),
                pool=database_pool(),
            )
        if started:
            self.start()

    def _end_session(self) -> None:
        self.case_panel.write_journal(force=True)
        self.stop()
        if self._session_id is not None:
            session_id, queue, actor = self._session_id, self.desk.queue, self.signed_in.actor
            self._session_id = None
            run_in_background(
                lambda: queue.close_session(actor, session_id),
                lambda _r: None,
                lambda error: log.warning("Desk session not closed: %s", error),
                pool=database_pool(),
            )
        for dialog in (self._search_dialog, self.stranded_dialog):
            if dialog is not None:
                dialog.close()
                dialog.deleteLater()
        if self.admin_window is not None:
            # The last person's edits are theirs: not applied under the next person.
            self.admin_window.discard_and_close()
            self.admin_window.deleteLater()
            self.admin_window = None
        for dock in self.agency_docks.values():
            self.removeDockWidget(dock)
            dock.deleteLater()
        self.removeToolBar(self.toolbar)
        self.toolbar.deleteLater()
        self.status.remove()
        # The old menu bar, with the last person's menus, is deleted by Qt.
        self.setMenuBar(QMenuBar())
        parts: list[QObject | None] = [
            self.serving,
            self.feed,
            self.monitor,
            self.leaving,
            self.plugin_panels,
            self._refresh_timer,
            self._tick_timer,
            self._presence_timer,
            self.refresh_action,
            self.quit_action,
            self.log_folder_action,
            self.search_action,
            self.about_action,
            self.stranded_action,
            self.admin_action,
            self.plugins_action,
            self.scope,
        ]
        for part in parts:
            if part is not None:
                part.deleteLater()
        # The central widget (queue, visit, case panel, inbox) goes when the next is set.

    def _title(self, site: str) -> str:
        title = self.tr("Tiski – %1").replace("%1", site) if site else self.tr("Tiski")
        if self.demo:
            return self.tr("%1 – DEMO, not a real desk").replace("%1", title)
        return title

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
        if self.leaving.done:
            self._close_now(event)
            return
        if self.lock.locked:
            event.ignore()  # unlock first: quitting asks about the visitors at the counter
            return
        if self.leaving.busy:
            event.ignore()  # already asking, or saving the answer
            return
        if not self._may_close():
            event.ignore()
            return
        held = self.held_at_counter()
        if held and self._started:
            event.ignore()
            self.leaving.ask(held)
            return
        self._close_now(event)

    def _close_now(self, event: QCloseEvent) -> None:
        self.case_panel.write_journal(force=True)
        settings = _window_settings()
        settings.setValue("console/geometry", self.saveGeometry())
        settings.setValue("console/state", self.saveState())
        self.stop()
        if self._session_id is not None:
            session_id = self._session_id
            self._session_id = None
            actor = self.signed_in.actor
            run_in_background(
                lambda: self.desk.queue.close_session(actor, session_id),
                lambda _r: None,
                lambda _e: None,
                pool=database_pool(),
            )
        super().closeEvent(event)


def _window_settings() -> QSettings:
    """Window geometry lives beside the other remembered choices, not in the registry."""
    return QSettings(str(paths.user_data_dir() / "window.ini"), QSettings.Format.IniFormat)
