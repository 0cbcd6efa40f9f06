"""The staff console: queue, visit and case, agency panels, toolbar, status bar."""

from __future__ import annotations

import logging
from datetime import datetime

from PySide6.QtCore import QObject, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QDockWidget,
    QFrame,
    QMainWindow,
    QMenuBar,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from console.core.permissions import Permission
from console.core.queue import Role, utc_now
from console.core.records import StepInfo
from console.desk.console_model import ConsoleModel
from console.desk.desk import Desk, DeskSnapshot, SignedIn
from console.desk.feed import DeskDelta, LiveDesk
from console.desk.permits import permitted
from console.store.journal import Journal
from console.ui.access.connection import ConnectionMonitor, ConnectionState
from console.ui.access.connection_banner import ConnectionBanner
from console.ui.access.lock import ConsoleLock
from console.ui.access.session import Credentials, Session, SignInFlow
from console.ui.case.case_panel import CasePanel
from console.ui.case.unsent_notes import UnsentNotes
from console.ui.console_commands import ConsoleCommands
from console.ui.console_shell import console_title, window_settings, zones_splitter
from console.ui.console_status import ConsoleStatus
from console.ui.consult.inbox import InboxZone
from console.ui.plugins.agency_docks import add_agency_docks
from console.ui.plugins.plugin_panels import PluginPanels, PluginSetup
from console.ui.queue.alarm import StarvationAlarm
from console.ui.queue.desk_presence import DeskPresence
from console.ui.queue.leaving import CounterLeaving
from console.ui.queue.queue_zone import QueueZone
from console.ui.queue.serving import Serving, read_counter
from console.ui.queue.stranded_dialogs import LeaveCounterDialog
from console.ui.queue.visit_zone import VisitZone
from console.ui.shared.announce import announce
from console.ui.shared.database_pool import database_pool
from console.ui.shared.feed import FeedState, FeedWatcher
from console.ui.shared.labels import ui_language
from console.ui.shared.placement import remember_placement, restore_placement
from console.ui.shared.theme import current_appearance
from console.ui.shared.worker import run_in_background

log = logging.getLogger(__name__)

# The feed brings changes at once; a full read now and then is a safety net.
REFRESH_MS = 60_000
# With more waiting than one read gives, tickets called away from the list leave room
# for those after them: a whole read this soon after brings them (once per burst; a
# whole read costs the GUI thread some milliseconds, so not at every call).
BACKFILL_MS = 12_000
TICK_MS = 30_000
ALARM_ROLES = frozenset({Role.GUIDE, Role.SUPERVISOR})
# The height the zones need at 100 % text (with room to spare on a 1366x768 screen);
# larger text needs it in proportion.
ZONES_HEIGHT_AT_100 = 480
# The narrowest the agency panels are made for large text.
AGENCY_DOCK_MIN_WIDTH = 320


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
        # This PC's journal of notes not yet in the database, and what is said of them.
        self.unsent_notes = UnsentNotes(self)
        if journal is None:
            journal = self.unsent_notes.open_journal(keep_drafts_days)
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
        self._loading = False
        self._feed_requested = False
        self._stopped = False
        # What the window shows, decided without Qt (console/desk/console_model.py).
        self.model = ConsoleModel(
            signed_in.staff.skills,
            shows_alarm=signed_in.staff.role in ALARM_ROLES,
            staff_id=signed_in.staff.id,
        )
        self.agency_docks: dict[str, QDockWidget] = {}
        self._docks_to_fit = False

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
        self.serving = Serving(desk, signed_in, self)
        # What finishing, a transfer or a no-show asks about: the note being written.
        self.serving.note = self.case_panel
        self.serving.counter_changed.connect(self.refresh_counter)
        self.serving.counter_read.connect(self.model.take_counter)
        self.serving.message.connect(lambda text: self.statusBar().showMessage(text, 8000))
        self.serving.break_changed.connect(lambda pause: self.status.show_break(pause))
        self.serving.reason_known.connect(
            lambda: self.queue_zone.ticket_panel.show_reason(self.serving.last_reason)
        )
        self.queue_zone.ticket_panel.resume_requested.connect(self.serving.resume)
        self.live = LiveDesk(
            desk.database,
            signed_in.counter.id,
            actor=signed_in.actor,
            site_id=signed_in.counter.site_id,
        )
        self.feed = FeedWatcher(self.live, self)
        self.feed.delta.connect(self.apply_delta)
        self.feed.resync_needed.connect(self.refresh)
        # This person's session in the desk, with its heartbeat (stranded visitors).
        self.presence = DeskPresence(
            desk, signed_in, lambda e: self.monitor.report_failure(e), self
        )
        # Quitting with visitors at my counter: the question, then the answer saved.
        self.leaving = CounterLeaving(
            desk,
            signed_in,
            self,
            unsaved_note=lambda: bool(self.case_panel.editor.toPlainText().strip()),
            keep_note=lambda: self.case_panel.write_journal(force=True),
        )
        self.leaving.settled.connect(self.close)
        self.alarm = StarvationAlarm()
        self.connection_banner = ConnectionBanner()
        splitter = zones_splitter(self.queue_zone, self.visit_zone)
        central = QWidget()
        central_layout = QVBoxLayout(central)
        central_layout.setContentsMargins(8, 8, 8, 8)
        central_layout.addWidget(self.connection_banner)
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
        # Large text on a small screen: the zones keep the room their words need and
        # the window scrolls, rather than cutting a ticket number or a button in half.
        # At the sizes the zones fit in (100 % on 1366x768 and up) it never scrolls.
        scroller = QScrollArea()
        scroller.setObjectName("zonesScroller")
        scroller.setFrameShape(QFrame.Shape.NoFrame)
        scroller.setWidgetResizable(True)
        scroller.setWidget(central)
        self.setCentralWidget(scroller)
        self.zones_area = central

        self.monitor = ConnectionMonitor(desk.database, parent=self)
        self._connection_said = ConnectionState.CONNECTED
        # The counter's actions, also reachable from the window (tests, the lock).
        self.call_next_action = self.serving.call_next_action
        self.finish_action = self.serving.finish_action
        self.ask_specialist_action = self.serving.ask_specialist_action
        self.commands = ConsoleCommands(self, _window_settings)
        self.commands.appearance.changed.connect(self._fit_zones_to_text)
        self._fit_zones_to_text()
        self._make_status_bar()
        self._observe_model()
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
        self._backfill_timer = QTimer(self)
        self._backfill_timer.setSingleShot(True)
        self._backfill_timer.setInterval(BACKFILL_MS)
        self._backfill_timer.timeout.connect(self.refresh)
        self._tick_timer = QTimer(self)
        self._tick_timer.setInterval(TICK_MS)
        self._tick_timer.timeout.connect(self._tick)

    # ------------------------------------------------------------ building
    def _make_status_bar(self) -> None:
        self.status = ConsoleStatus(self.statusBar(), self.signed_in, self.desk.database.shown_url)
        self._show_connection(ConnectionState.CONNECTED)

    def _fit_zones_to_text(self) -> None:
        """Larger text needs taller zones: from above 100 % the zones keep the height
        their words need, and the window scrolls where the screen is lower (Qt's
        splitters do not pass on how tall wrapped words are, so this says it)."""
        scale = current_appearance().font_scale
        height = 0 if scale <= 100 else round(ZONES_HEIGHT_AT_100 * scale / 100)
        self.zones_area.setMinimumHeight(height)
        self._docks_to_fit = True
        self._fit_docks_if_due()

    def _fit_docks_if_due(self) -> None:
        """With large text the agency panels' words would claim half the window: they
        take 30 % of it (a person may widen them again), the zones the rest. Once
        per change of text size or of the docks, when the window is on screen."""
        docks = [dock for dock in self.agency_docks.values() if not dock.isFloating()]
        if not self._docks_to_fit or not docks or not self.isVisible():
            return
        self._docks_to_fit = False
        if current_appearance().font_scale > 100:
            width = max(AGENCY_DOCK_MIN_WIDTH, self.width() * 3 // 10)
            self.resizeDocks(docks, [width] * len(docks), Qt.Orientation.Horizontal)

    # ------------------------------------------------------------ running
    def start(self) -> None:
        """Read the desk, follow its changes, and say that I am at my counter."""
        self._started = True
        # This person's theme and text size on this PC (the View menu keeps them).
        self.commands.appearance.restore()
        self.lock.start()
        self.refresh()
        self.monitor.start()
        self._refresh_timer.start()
        self._tick_timer.start()
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
        self.presence.start()
        actor = self.signed_in.actor
        if permitted(actor, Permission.WORK_AT_COUNTER) and actor.counter_id is not None:
            # A break begun before this console started (a restart, another PC).
            run_in_background(
                lambda: self.desk.queue.my_break(actor),
                self.serving.show_break,
                lambda error: log.warning("Break not read: %s", error),
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
        self._backfill_timer.stop()
        self._tick_timer.stop()
        self.presence.stop()

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
    def snapshot(self) -> DeskSnapshot | None:
        """The last whole read of the desk shown (the model keeps it)."""
        return self.model.snapshot

    @property
    def feed_started(self) -> bool:
        return self.feed.state is FeedState.LIVE or self._feed_requested

    def _observe_model(self) -> None:
        """Each zone shows what the model says changed (console/desk/console_model.py)."""
        model = self.model
        model.desk_read.connect(self._know_desk)
        model.queues_changed.connect(self.queue_zone.show_queues)
        model.waiting_changed.connect(self.queue_zone.merge_waiting)
        model.counter_changed.connect(self._counter_changed)
        model.alarm_changed.connect(self.alarm.show_queues)
        model.notes_changed.connect(self.case_panel.notes_changed)
        # IT or a supervisor changed services, counters, staff or life events: the
        # names, filters and lists come from a full read (it is rare, and small).
        model.setup_changed.connect(self.refresh)
        model.list_incomplete.connect(self._backfill_soon)
        model.consultations_changed.connect(self._consultations_changed)

    def show_snapshot(self, snapshot: DeskSnapshot) -> None:
        """Show a snapshot of the desk (also used directly by screenshots and tests)."""
        self.model.show_snapshot(snapshot)
        self.snapshot_shown.emit()

    def _backfill_soon(self) -> None:
        if not self._backfill_timer.isActive() and not self._stopped:
            self._backfill_timer.start()

    def _know_desk(self, snapshot: DeskSnapshot) -> None:
        """The desk's names, agencies and services, for the zones that name them."""
        language = ui_language()
        if snapshot.site is not None:
            self.setWindowTitle(self._title(snapshot.site.get(language)))
        self._ensure_agency_docks(snapshot)
        self.serving.know_desk(snapshot)
        agencies = {agency.id: agency for agency in snapshot.agencies}
        services = {service.id: service for service in snapshot.services}
        self.case_panel.know_desk(agencies, services)
        if self.inbox is not None:
            self.inbox.know_desk(agencies, services)

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

    def _report_failure(self, error: BaseException) -> None:
        self.monitor.report_failure(error)

    def _load_failed(self, error: BaseException) -> None:
        self._loading = False
        log.warning("Reading the desk failed: %s", error)
        self.monitor.report_failure(error)

    def apply_delta(self, delta: DeskDelta) -> None:
        """Another console (or this one) changed some visits: update just those rows."""
        self.model.apply_delta(delta)
        self.delta_applied.emit()

    def _consultations_changed(self, visit_ids: frozenset[int]) -> None:
        if self.inbox is not None:
            self.inbox.refresh()
        if self.serving.current is not None and self.serving.current.visit_id in visit_ids:
            self.case_panel.consult_bar.refresh()

    def refresh_counter(self) -> None:
        """Re-read the tickets at my counter right after my own action."""
        actor = self.signed_in.actor
        if not permitted(actor, Permission.READ_QUEUE):
            return  # IT: no visitors at this console (the desk would refuse)

        desk = self.desk
        model = self.model

        def show(result: tuple[list[StepInfo], datetime]) -> None:
            model.take_counter(*result)

        run_in_background(
            lambda: read_counter(desk, actor),
            show,
            self._load_failed,
            context=self.scope,
            pool=database_pool(),
        )

    def _counter_changed(
        self, steps: list[StepInfo], changed_visits: frozenset[int] | None
    ) -> None:
        """Show my counter's tickets; re-read my visit when it may have changed
        (``changed_visits`` None: anything may have)."""
        previous = self.serving.current
        self.serving.show_counter(steps)
        current = self.serving.current
        if previous is not None and changed_visits is not None:
            self._say_if_moved_away(previous, steps, changed_visits)
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

    def _say_if_moved_away(
        self, previous: StepInfo, steps: list[StepInfo], changed_visits: frozenset[int]
    ) -> None:
        """My visitor left my counter by another console's doing (the feed said so, and
        no action of mine is under way): say it, and read it out at once."""
        if self.serving.busy or previous.visit_id not in changed_visits:
            return
        if any(step.visit_id == previous.visit_id for step in steps):
            return
        text = self.tr(
            "Ticket %1 is no longer at your counter: another counter took it, or it went "
            "back to the queue."
        ).replace("%1", previous.ticket_number)
        self.statusBar().showMessage(text, 15_000)
        announce(self.queue_zone.ticket_panel, text, assertive=True)

    def _show_visit(self, steps: list[StepInfo]) -> None:
        current = self.serving.current
        if current is None or not steps or steps[0].visit_id != current.visit_id:
            return  # the counter moved on while this was read
        services = {s.service.id: s.service for s in self.queue_zone.service_model.rows()}
        self.visit_zone.show_visit(steps, services)

    def _tick(self) -> None:
        self.queue_zone.tick()
        if self.snapshot is not None:
            self.model.check_alarm(utc_now())

    def _ensure_agency_docks(self, snapshot: DeskSnapshot) -> None:
        added = not self.agency_docks
        add_agency_docks(self, self.agency_docks, snapshot.agencies, self.commands.panels_menu)
        if added and self.agency_docks:
            self._docks_to_fit = True
            self._fit_docks_if_due()
        if self.plugin_panels is None and self.agency_docks:
            self.plugin_panels = PluginPanels(
                self.plugin_setup, self.agency_docks, language=ui_language(), parent=self
            )
            self.case_panel.visitor_changed.connect(self.plugin_panels.set_visitor)
            self.plugin_panels.note_proposed.connect(self.case_panel.propose_note)
            self.plugin_panels.back_office_health.connect(self.presence.report_back_office)
            self.plugin_panels.start()

    def _show_connection(self, state: ConnectionState) -> None:
        if state is ConnectionState.CONNECTED and hasattr(self, "case_panel"):
            self.case_panel.connection_back()
            self.case_panel.flush_outbox()
        self.status.show_database(state, self.monitor.last_error)
        self.connection_banner.show_state(state)
        self._announce_connection(state)

    def _announce_connection(self, state: ConnectionState) -> None:
        """Lost, and back after being lost, are read out (a moment's reconnecting is not)."""
        said = self._connection_said
        label = self.status.database_label
        text = label.text().removeprefix("● ")  # the dot is for the eye
        if state is ConnectionState.LOST and said is not ConnectionState.LOST:
            self._connection_said = state
            announce(label, text, assertive=True)
        elif state is ConnectionState.CONNECTED and said is ConnectionState.LOST:
            self._connection_said = state
            announce(label, text)

    # ------------------------------------------------------------ cases and notes
    def _show_pending(self, count: int) -> None:
        self.status.show_pending(count, self.unsent_notes.pending_text(count))

    def offer_drafts(self) -> None:
        """After a crash: offer the notes that were being written, with their visits."""
        self.case_panel.offer_drafts(self.serving.current)

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
            # So does the reports' replica, if their reports opened it.

            def dispose(_outcome: object) -> None:
                previous.reports.close()
                previous.database.dispose()

            run_in_background(lambda: None, dispose, dispose, pool=database_pool())
        if started:
            self.start()

    def _end_session(self) -> None:
        self.case_panel.write_journal(force=True)
        # The last person's case panel must not outlive their session through what
        # still refers to their counter's actions.
        self.serving.note = None
        self.stop()
        self.presence.close()
        self.commands.tear_down()
        for dock in self.agency_docks.values():
            self.removeDockWidget(dock)
            dock.deleteLater()
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
            self._backfill_timer,
            self._tick_timer,
            self.presence,
            self.scope,
        ]
        for part in parts:
            if part is not None:
                part.deleteLater()
        # The central widget (queue, visit, case panel, inbox) goes when the next is set.

    def _title(self, site: str) -> str:
        return console_title(site, demo=self.demo)

    # ------------------------------------------------------------ first start
    def offer_tour(self) -> None:
        """A person's first console on this PC shows its tour, once (skipped counts)."""
        key = f"tour/seen/{self.signed_in.staff.username}"
        settings = _window_settings()
        if settings.value(key, False, type=bool):
            return
        self.commands.tour_ended.connect(lambda: _window_settings().setValue(key, True))
        self.commands.show_tour()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._fit_docks_if_due()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if getattr(self, "_docks_to_fit", False):
            self._fit_docks_if_due()
        tour = getattr(getattr(self, "commands", None), "tour", None)
        if tour is not None:
            tour.follow_window()

    # ------------------------------------------------------------ window state
    def restore_layout(self) -> bool:
        """Where the window was on this screen; True on a screen it never was on (open
        it maximised)."""
        return restore_placement(self, _window_settings(), "console")

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
        if not self.unsent_notes.may_close(self.case_panel.pending_count()):
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
        remember_placement(self, _window_settings(), "console")
        self.stop()
        self.presence.close()
        super().closeEvent(event)


def _window_settings() -> QSettings:
    """Window geometry lives beside the other remembered choices, not in the registry."""
    return window_settings()
