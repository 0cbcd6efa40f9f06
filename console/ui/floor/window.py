"""The supervisor's floor: every queue and counter, and the alerts, live.

Fed by the same change feed as the consoles: a change anywhere (a ticket issued at the
kiosk, a call at a counter) starts one read of the floor off the GUI thread; changes
that arrive during a read make one more read after it, never a pile of them. A timer
reads again every few seconds as well, since waits grow and consoles fall silent
without any change being written.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QCloseEvent, QFont, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from console.core.breaks import REASON_NAMES
from console.core.floor import (
    STATE_NAMES,
    AgencyRow,
    CounterRow,
    CounterState,
    FloorView,
    ServiceRow,
)
from console.core.queue import local_time
from console.desk.desk import Desk, SignedIn
from console.desk.feed import LiveDesk
from console.i18n import error_text, translate
from console.ui.floor.move_dialog import MoveWaitingDialog
from console.ui.floor.skills_dialog import DaySkillsDialog
from console.ui.shared.colours import LATE, QUIET, WARN
from console.ui.shared.database_pool import database_pool
from console.ui.shared.feed import FeedWatcher
from console.ui.shared.flow_layout import FlowLayout
from console.ui.shared.labels import ui_language
from console.ui.shared.reading import SerialReader
from console.ui.shared.table_model import Column, KeyedTableModel
from console.ui.shared.tables import row_table
from console.ui.shared.worker import run_in_background

log = logging.getLogger(__name__)

_CTX = "Floor"
REFRESH_MS = 10_000
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def _bold() -> QFont:
    font = QFont()
    font.setBold(True)
    return font


def _button_row(*buttons: QPushButton) -> QWidget:
    """Buttons under a table that wrap to a second line rather than be cut off (a
    1366 px screen, Swedish labels)."""
    row = QWidget()
    flow = FlowLayout(row)
    for button in buttons:
        flow.addWidget(button)
    return row


class FloorWindow(QMainWindow):
    """What a supervisor keeps open on a second screen: the floor as it is now."""

    refreshed = Signal()

    def __init__(self, desk: Desk, signed_in: SignedIn, *, refresh_ms: int = REFRESH_MS) -> None:
        super().__init__()
        self.desk = desk
        self.signed_in = signed_in
        self.view: FloorView | None = None
        self.reports_window: QMainWindow | None = None
        self._read_problem = False
        self.setObjectName("floorWindow")
        self.setWindowTitle(self.tr("Tiski – floor"))

        self.summary = QLabel()
        self.summary.setObjectName("floorSummary")
        summary_font = self.summary.font()
        summary_font.setPointSizeF(summary_font.pointSizeF() * 1.25)
        self.summary.setFont(summary_font)
        self.updated = QLabel()
        self.updated.setObjectName("floorUpdated")
        # A regional supervisor watches one office at a time and switches between them;
        # shown only where the database holds several (the desk's own comes first).
        self.office_box = QComboBox()
        self.office_box.setObjectName("floorOffice")
        self.office_box.setAccessibleName(self.tr("Office"))
        # One read of the offices; the desk's own is known from sign-in (no read).
        offices = desk.offices()
        own = desk.office.resolve(desk.database)
        for office in sorted(offices, key=lambda office: office.id != own):
            # The desk's own office first, as "" (the floor reads the desk's office).
            self.office_box.addItem(
                office.names.get(ui_language()), "" if office.id == own else office.code
            )
        self.office_box.setVisible(len(offices) > 1)
        # The code of the office watched, empty for the desk's own: kept as a plain
        # attribute, since the floor is read on a worker thread, never the combo box.
        self.watched_office = ""
        self.office_box.currentIndexChanged.connect(self._office_chosen)
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.office_box)
        top.addWidget(self.updated)

        self.service_model: KeyedTableModel[ServiceRow] = KeyedTableModel(
            [
                Column(lambda: self.tr("Service"), self._service_name, tooltip=self._service_tip),
                Column(
                    lambda: self.tr("Waiting"),
                    lambda row: str(row.queue.waiting),
                    alignment=_RIGHT,
                ),
                Column(
                    lambda: self.tr("Longest wait"),
                    self._longest,
                    foreground=self._late,
                    font=lambda row: _bold() if row.over_twice else None,
                    tooltip=self._target_text,
                    alignment=_RIGHT,
                ),
                Column(lambda: self.tr("Estimate"), self._estimate, alignment=_RIGHT),
                Column(
                    lambda: self.tr("Served today"),
                    lambda row: str(row.served_today),
                    alignment=_RIGHT,
                ),
                Column(
                    lambda: self.tr("State"),
                    self._service_state,
                    foreground=lambda row: (
                        LATE
                        if row.queue.service.tickets_closed
                        or (row.queue.waiting and not row.can_be_served)
                        else None
                    ),
                    tooltip=lambda _row: self.tr(
                        "Closed: the kiosk issues no new tickets. Nobody to serve: nobody "
                        "signed in has the skill."
                    ),
                ),
            ],
            key=lambda row: row.queue.service.id,
            parent=self,
        )
        self.services_view = row_table(
            self.service_model, "floorServices", accessible=self.tr("Queues"), stretch=0
        )
        self.services_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.services_view.selectionModel().selectionChanged.connect(
            lambda _selected, _deselected: self._update_close()
        )

        self.agency_model: KeyedTableModel[AgencyRow] = KeyedTableModel(
            [
                Column(lambda: self.tr("Agency"), lambda row: row.names.get(ui_language())),
                Column(lambda: self.tr("Waiting"), lambda row: str(row.waiting), alignment=_RIGHT),
                Column(
                    lambda: self.tr("Longest wait"),
                    lambda row: self.tr("%1 min").replace("%1", str(row.longest_wait_minutes)),
                    alignment=_RIGHT,
                ),
                Column(
                    lambda: self.tr("Served today"),
                    lambda row: str(row.served_today),
                    alignment=_RIGHT,
                ),
                Column(
                    lambda: self.tr("Waiting for a specialist"),
                    lambda row: str(row.open_consultations),
                    foreground=lambda row: WARN if row.open_consultations else None,
                    alignment=_RIGHT,
                ),
                Column(
                    lambda: self.tr("Back office"),
                    self._back_office,
                    foreground=lambda row: (
                        LATE if row.back_office == "down" else (WARN if row.back_office else None)
                    ),
                    tooltip=lambda _row: self.tr(
                        "As the consoles' agency panels find it: not reachable, slow, or fine."
                    ),
                ),
            ],
            key=lambda row: row.code,
            parent=self,
        )
        self.agencies_view = row_table(
            self.agency_model, "floorAgencies", accessible=self.tr("Agencies"), stretch=0
        )

        self.counter_model: KeyedTableModel[CounterRow] = KeyedTableModel(
            [
                Column(lambda: self.tr("Counter"), lambda row: row.code),
                Column(lambda: self.tr("Staff member"), lambda row: row.staff_name or "–"),
                Column(
                    lambda: self.tr("State"),
                    self._state_text,
                    foreground=self._state_colour,
                ),
                Column(lambda: self.tr("Ticket"), lambda row: row.ticket_number or "–"),
                Column(
                    lambda: self.tr("Service"),
                    lambda row: row.service_name or "–",
                    tooltip=lambda row: row.service_name,
                ),
                Column(
                    lambda: self.tr("For"),
                    lambda row: (
                        self.tr("%1 min").replace("%1", str(row.minutes))
                        if row.ticket_number
                        else ""
                    ),
                    foreground=lambda row: LATE if row.over_usual else None,
                    alignment=_RIGHT,
                ),
            ],
            key=lambda row: row.code,
            parent=self,
        )
        self.counters_view = row_table(
            self.counter_model, "floorCounters", accessible=self.tr("Counters"), stretch=4
        )
        self.counters_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.counters_view.selectionModel().selectionChanged.connect(
            lambda _selected, _deselected: self._update_release()
        )

        self.alerts = QListWidget()
        self.alerts.setObjectName("floorAlerts")
        self.alerts.setAccessibleName(self.tr("Alerts"))
        self.alerts.setWordWrap(True)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self._heading(self.tr("Queues")))
        left_layout.addWidget(self.services_view, 3)
        self.close_button = QPushButton(self.tr("Close for new &tickets…"))
        self.close_button.setObjectName("floorCloseService")
        self.close_button.setToolTip(
            self.tr(
                "The kiosk stops issuing tickets for the chosen service and says so; the lobby "
                "guide still can. Those already waiting are served."
            )
        )
        self.close_button.setEnabled(False)
        self.close_button.clicked.connect(self.toggle_selected_service)
        self.move_button = QPushButton(self.tr("&Move a waiting visitor…"))
        self.move_button.setObjectName("floorMoveWaiting")
        self.move_button.setToolTip(
            self.tr(
                "Move one of the chosen service's waiting visitors to another service or "
                "to one counter; they keep their place in time."
            )
        )
        self.move_button.setEnabled(False)
        self.move_button.clicked.connect(self.move_waiting)
        left_layout.addWidget(_button_row(self.move_button, self.close_button))
        left_layout.addWidget(self._heading(self.tr("Agencies")))
        left_layout.addWidget(self.agencies_view, 2)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self._heading(self.tr("Counters")))
        right_layout.addWidget(self.counters_view, 3)
        self.release_button = QPushButton(self.tr("Return the visitor to the &queue…"))
        self.release_button.setObjectName("floorRelease")
        self.release_button.setToolTip(
            self.tr(
                "For a counter whose console is not heard from: the visitor goes back to "
                "the front of their queue, at their original place in time."
            )
        )
        self.release_button.setEnabled(False)
        self.release_button.clicked.connect(self.release_selected)
        self.skills_button = QPushButton(self.tr("Skills for to&day…"))
        self.skills_button.setObjectName("floorDaySkills")
        self.skills_button.setToolTip(
            self.tr(
                "Let a person serve other services today, e.g. another agency's long queue; "
                "tomorrow they serve their usual skills again."
            )
        )
        self.skills_button.setEnabled(False)
        self.skills_button.clicked.connect(self.plan_skills)
        right_layout.addWidget(_button_row(self.skills_button, self.release_button))
        self.alerts_heading = self._heading(self.tr("Alerts"))
        right_layout.addWidget(self.alerts_heading)
        right_layout.addWidget(self.alerts, 2)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.setChildrenCollapsible(False)
        split.addWidget(left)
        split.addWidget(right)
        split.setStretchFactor(0, 5)
        split.setStretchFactor(1, 4)

        central = QWidget()
        layout = QVBoxLayout(central)
        layout.addLayout(top)
        layout.addWidget(split, 1)
        self.setCentralWidget(central)
        self.status = QLabel()
        self.statusBar().addWidget(self.status, 1)

        menu = self.menuBar().addMenu(self.tr("&Floor"))
        refresh = menu.addAction(self.tr("&Refresh"))
        refresh.setShortcut(QKeySequence(QKeySequence.StandardKey.Refresh))
        refresh.triggered.connect(self.refresh)
        reports = menu.addAction(self.tr("R&eports…"))
        reports.setObjectName("floorReports")
        reports.triggered.connect(self.open_reports)
        close = menu.addAction(self.tr("&Close"))
        close.setShortcut(QKeySequence(QKeySequence.StandardKey.Quit))
        close.triggered.connect(self.close)

        actor = signed_in.actor
        language = ui_language()
        self.reader = SerialReader(
            lambda: desk.floor.floor(actor, language=language, office=self.watched_office),
            self._show,
            self._failed,
            self,
        )
        # Every office's changes wake it: the floor reads the office chosen now.
        self.feed = FeedWatcher(
            LiveDesk(
                desk.database,
                None,
                actor=signed_in.actor,
                site_id=None if len(offices) > 1 else own,
            ),
            self,
        )
        self.feed.delta.connect(lambda _delta: self.refresh())
        self.feed.resync_needed.connect(self.refresh)
        self._timer = QTimer(self)
        self._timer.setInterval(refresh_ms)
        self._timer.timeout.connect(self.refresh)

    def _office_chosen(self, _index: int) -> None:
        self.watched_office = str(self.office_box.currentData() or "")
        self.refresh()

    # ------------------------------------------------------------ building
    def _heading(self, text: str) -> QLabel:
        label = QLabel(text)
        font = label.font()
        font.setBold(True)
        label.setFont(font)
        return label

    # ------------------------------------------------------------ columns
    def _service_name(self, row: ServiceRow) -> str:
        service = row.queue.service
        return f"{service.prefix} · {service.names.get(ui_language())}"

    def _service_state(self, row: ServiceRow) -> str:
        if row.queue.service.tickets_closed:
            return self.tr("closed for tickets")
        if not row.can_be_served:
            return self.tr("nobody to serve")
        return self.tr("open")

    def _service_tip(self, row: ServiceRow) -> str:
        return f"{self._service_name(row)}\n{self._target_text(row)}"

    def _longest(self, row: ServiceRow) -> str:
        if not row.queue.waiting:
            return ""
        return self.tr("%1 min").replace("%1", str(row.longest_wait_minutes))

    def _target_text(self, row: ServiceRow) -> str:
        return self.tr("Target %1 min").replace("%1", str(row.queue.service.target_wait_minutes))

    def _late(self, row: ServiceRow) -> QBrush | None:
        if row.over_twice:
            return LATE
        return WARN if row.over_target else None

    def _estimate(self, row: ServiceRow) -> str:
        if row.estimate_minutes is None or not row.queue.waiting:
            return ""
        return self.tr("~%1 min").replace("%1", str(row.estimate_minutes))

    def _back_office(self, row: AgencyRow) -> str:
        if row.back_office == "down":
            return self.tr("not reachable")
        if row.back_office == "slow":
            return self.tr("slow")
        return "–"

    def _state_text(self, row: CounterRow) -> str:
        state = QCoreApplication.translate(_CTX, STATE_NAMES[row.state])
        if row.break_reason is None:
            return state
        reason = QCoreApplication.translate("Breaks", REASON_NAMES[row.break_reason])
        return f"{state} ({reason})"

    def _state_colour(self, row: CounterRow) -> QBrush | None:
        if row.state is CounterState.BREAK:
            return WARN
        if row.state is CounterState.AWAY:
            return LATE
        if row.state is CounterState.CLOSED:
            return QUIET
        return None

    def open_reports(self) -> None:
        """The reports window, one per floor window."""
        from console.ui.reports.window import ReportsWindow

        if self.reports_window is None:
            self.reports_window = ReportsWindow(self.desk, self.signed_in)
            self.reports_window.resize(self.size())
        self.reports_window.show()
        self.reports_window.raise_()
        self.reports_window.activateWindow()

    # ------------------------------------------------------------ acting
    def selected_service(self) -> ServiceRow | None:
        rows = self.services_view.selectionModel().selectedRows()
        return self.service_model.row(rows[0].row()) if rows else None

    def _update_close(self) -> None:
        row = self.selected_service()
        self.close_button.setEnabled(row is not None)
        self.move_button.setEnabled(row is not None and row.queue.waiting > 0)
        closed = row is not None and row.queue.service.tickets_closed
        self.close_button.setText(
            self.tr("Open for new &tickets") if closed else self.tr("Close for new &tickets…")
        )

    def toggle_selected_service(self) -> None:
        """Close the chosen service for new tickets (after asking), or open it again."""
        row = self.selected_service()
        if row is None:
            return
        service = row.queue.service
        closing = not service.tickets_closed
        name = service.names.get(ui_language())
        if closing:
            answer = QMessageBox.question(
                self,
                self.tr("Close for new tickets"),
                self.tr(
                    "Stop issuing tickets for %1 at the kiosk? The kiosk says it takes no "
                    "more tickets today; the %2 already waiting are served, and the lobby "
                    "guide can still issue tickets."
                )
                .replace("%1", name)
                .replace("%2", str(row.queue.waiting)),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        actor = self.signed_in.actor
        floor = self.desk.floor
        code = service.code
        self.close_button.setEnabled(False)
        run_in_background(
            lambda: floor.close_for_tickets(actor, code, closing),
            lambda _none: self._service_toggled(name, closing),
            self._release_failed,
            context=self,
            pool=database_pool(),
        )

    def move_waiting(self) -> MoveWaitingDialog | None:
        """Open the dialog that moves one of the chosen service's waiting visitors."""
        row = self.selected_service()
        if row is None:
            return None
        dialog = MoveWaitingDialog(self, self.desk, self.signed_in, row.queue.service)
        dialog.moved.connect(self._visitor_moved)
        dialog.open()
        return dialog

    def plan_skills(self) -> DaySkillsDialog | None:
        """Open the dialog that plans a person's skills for today (the person at the
        chosen counter first)."""
        if self.view is None:
            return None
        counter = self.selected_counter()
        dialog = DaySkillsDialog(
            self,
            self.desk,
            self.signed_in,
            [row.queue.service for row in self.view.services],
            person=counter.staff_name if counter is not None else None,
        )
        dialog.changed.connect(lambda _name: self.refresh())
        dialog.open()
        return dialog

    def _visitor_moved(self, ticket: str) -> None:
        self.status.setText(self.tr("%1 was moved; they keep their place.").replace("%1", ticket))
        self.refresh()

    def _service_toggled(self, name: str, closed: bool) -> None:
        text = (
            self.tr("%1 takes no more tickets at the kiosk.")
            if closed
            else self.tr("%1 takes tickets again.")
        )
        self.status.setText(text.replace("%1", name))
        self.refresh()

    def selected_counter(self) -> CounterRow | None:
        rows = self.counters_view.selectionModel().selectedRows()
        return self.counter_model.row(rows[0].row()) if rows else None

    def _update_release(self) -> None:
        row = self.selected_counter()
        self.release_button.setEnabled(
            row is not None and row.step_id is not None and row.state is CounterState.AWAY
        )

    def release_selected(self) -> None:
        """Return the visitor at the selected silent counter to their queue, after asking."""
        row = self.selected_counter()
        if row is None or row.step_id is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Return the visitor to the queue"),
            self.tr(
                "Return %1 from counter %2 to the front of their queue? The next free "
                "counter calls them; the return is recorded in the audit trail."
            )
            .replace("%1", row.ticket_number)
            .replace("%2", row.code),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        actor = self.signed_in.actor
        step_id = row.step_id
        stranded = self.desk.queue.stranded
        self.release_button.setEnabled(False)
        run_in_background(
            lambda: stranded.release(actor, step_id),
            lambda step: self._released(step.ticket_number),
            self._release_failed,
            context=self,
            pool=database_pool(),
        )

    def _released(self, ticket: str) -> None:
        self.status.setText(self.tr("%1 is back in the queue.").replace("%1", ticket))
        self.refresh()

    def _release_failed(self, error: BaseException) -> None:
        message = error_text(error)
        QMessageBox.warning(self, self.tr("Not done"), message)
        self.refresh()

    # ------------------------------------------------------------ reading
    def start(self) -> None:
        self.feed.start()
        self._timer.start()
        self.refresh()

    def stop(self) -> None:
        self.reader.stop()
        self._timer.stop()
        self.feed.stop()

    def refresh(self) -> None:
        """Read the floor; a change arriving meanwhile reads once more after it."""
        self.reader.request()

    def _failed(self, error: BaseException) -> None:
        log.warning("The floor could not be read: %s", error)
        self.status.setText(self.tr("The floor could not be read; trying again shortly."))
        self._read_problem = True

    def _show(self, view: FloorView) -> None:
        self.view = view
        self.service_model.apply(view.services)
        self._update_close()
        self.agency_model.apply(view.agencies)
        self.counter_model.apply(view.counters)
        self._update_release()
        self.skills_button.setEnabled(True)
        self.alerts.clear()
        for alert in view.alerts:
            self.alerts.addItem(translate(alert))
        if not view.alerts:
            self.alerts.addItem(self.tr("Nothing needs a hand right now."))
        self.alerts_heading.setText(
            self.tr("Alerts (%1)").replace("%1", str(len(view.alerts)))
            if view.alerts
            else self.tr("Alerts")
        )
        self.summary.setText(
            self.tr("Waiting %1 · served today %2 · staff present %3")
            .replace("%1", str(view.waiting))
            .replace("%2", str(view.served_today))
            .replace("%3", str(view.staff_present))
        )
        self.updated.setText(
            self.tr("Updated %1").replace("%1", local_time(view.read_at).strftime("%H:%M:%S"))
        )
        if self._read_problem:  # the floor is read again: the problem is over
            self._read_problem = False
            self.status.setText("")
        self.refreshed.emit()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.stop()
        if self.reports_window is not None:
            self.reports_window.close()
        super().closeEvent(event)
