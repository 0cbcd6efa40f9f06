"""The lobby guide's view: a compact window (or a tablet) at the entrance.

The guide finds what the visitor needs by typing a few letters in any of the desk's
languages, issues one ticket for all of it (to any counter or to one), checks in an
appointment, tells the estimated wait and sees who has waited past the target. It
follows the change feed as the consoles do: a change anywhere starts one read (never a
pile of them), and a timer reads again as waits grow without anything being written.
"""

from __future__ import annotations

import html
import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from console.core.records import IssuedTicket
from console.desk.desk import Desk, SignedIn
from console.desk.feed import LiveDesk
from console.desk.guide import GuideView, read_guide_view
from console.i18n import error_text
from console.ui.guide.issue_panel import IssuePanel, IssueRequest, QueueFigures
from console.ui.guide.pages import AppointmentsPage, OverTargetPage, QueuesPage
from console.ui.queue.ticket_print import TicketPrintError, print_ticket
from console.ui.shared.contact import call_it
from console.ui.shared.database_pool import database_pool
from console.ui.shared.feed import FeedWatcher
from console.ui.shared.labels import ui_language
from console.ui.shared.reading import SerialReader
from console.ui.shared.worker import run_in_background

if TYPE_CHECKING:
    pass

log = logging.getLogger(__name__)

REFRESH_MS = 30_000


class GuideWindow(QMainWindow):
    """The lobby guide's window: issue, check in, estimates, who is over target."""

    refreshed = Signal()
    issued = Signal(object)  # IssuedTicket, once it is on screen

    def __init__(
        self,
        desk: Desk,
        signed_in: SignedIn,
        *,
        print_to_pdf: str = "",
        printer_name: str = "",
        refresh_ms: int = REFRESH_MS,
    ) -> None:
        super().__init__()
        self.desk = desk
        self.signed_in = signed_in
        self.print_to_pdf = print_to_pdf
        self.printer_name = printer_name
        self.view: GuideView | None = None
        self.last_ticket: IssuedTicket | None = None
        self._catalogue: tuple[object, ...] = ()
        self._read_problem = False
        self.setObjectName("guideWindow")
        self.setWindowTitle(self.tr("Tiski – lobby guide"))

        self.panel = IssuePanel()
        self.panel.issue_requested.connect(self.issue)

        self.ticket_label = QLabel(self.tr("No ticket issued yet."))
        self.ticket_label.setObjectName("guideTicket")
        self.ticket_label.setWordWrap(True)
        self.ticket_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.ticket_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        self.ticket_label.setFont(font)
        self.print_button = QPushButton(self.tr("Print &slip"))
        self.print_button.setObjectName("guidePrint")
        self.print_button.setToolTip(
            self.tr("Print the last ticket in the visitor's language (Ctrl+P)")
        )
        self.print_button.setShortcut(QKeySequence(QKeySequence.StandardKey.Print))
        self.print_button.setEnabled(False)
        self.print_button.clicked.connect(self.print_last)
        banner = QHBoxLayout()
        banner.addWidget(self.ticket_label, 1)
        banner.addWidget(self.print_button, 0, Qt.AlignmentFlag.AlignTop)

        self.queues = QueuesPage()
        self.over_target = OverTargetPage()
        self.appointments = AppointmentsPage()
        self.appointments.check_in_requested.connect(self.check_in)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("guideTabs")
        self.tabs.addTab(self.queues, self.tr("&Queues"))
        self.tabs.addTab(self.over_target, self.tr("&Over target"))
        self.tabs.addTab(self.appointments, self.tr("&Appointments today"))

        split = QSplitter(Qt.Orientation.Horizontal)
        split.setChildrenCollapsible(False)
        split.addWidget(self.panel)
        split.addWidget(self.tabs)
        split.setStretchFactor(0, 5)
        split.setStretchFactor(1, 6)
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.addLayout(banner)
        layout.addWidget(split, 1)
        self.setCentralWidget(central)
        self.status = QLabel()
        self.status.setObjectName("guideStatus")
        self.status.setWordWrap(True)
        self.statusBar().addWidget(self.status, 1)
        person = QLabel(signed_in.staff.full_name)
        self.statusBar().addPermanentWidget(person)

        menu = self.menuBar().addMenu(self.tr("&Guide"))
        find = menu.addAction(self.tr("&Find a service"))
        find.setShortcut(QKeySequence(QKeySequence.StandardKey.Find))
        find.triggered.connect(self.panel.focus_search)
        new = menu.addAction(self.tr("&Next visitor"))
        new.setShortcut(QKeySequence(QKeySequence.StandardKey.New))
        new.triggered.connect(self.panel.reset)
        refresh = menu.addAction(self.tr("&Refresh"))
        refresh.setShortcut(QKeySequence(QKeySequence.StandardKey.Refresh))
        refresh.triggered.connect(self.refresh)
        close = menu.addAction(self.tr("&Close"))
        close.setShortcut(QKeySequence(QKeySequence.StandardKey.Quit))
        close.triggered.connect(self.close)

        actor = signed_in.actor
        self.reader = SerialReader(
            lambda: read_guide_view(desk, actor), self._show, self._failed, self
        )
        self.feed = FeedWatcher(
            LiveDesk(desk.database, None, actor=actor, site_id=desk.office.resolve(desk.database)),
            self,
        )
        self.feed.delta.connect(lambda _delta: self.refresh())
        self.feed.resync_needed.connect(self.refresh)
        self._timer = QTimer(self)
        self._timer.setInterval(refresh_ms)
        self._timer.timeout.connect(self.refresh)

    # ------------------------------------------------------------ reading
    def start(self) -> None:
        self.feed.start()
        self._timer.start()
        self.refresh()
        self.panel.search.setFocus()

    def stop(self) -> None:
        self.reader.stop()
        self._timer.stop()
        self.feed.stop()

    def refresh(self) -> None:
        """Read again; a change arriving meanwhile reads once more after it."""
        self.reader.request()

    def _failed(self, error: BaseException) -> None:
        log.warning("The guide's view could not be read: %s", error)
        self.status.setText(self.tr("The queues could not be read; trying again shortly."))
        self._read_problem = True

    def _show(self, view: GuideView) -> None:
        self.view = view
        snapshot = view.snapshot
        # What the desk offers, redone only when it changed (the search keeps its place).
        catalogue = (snapshot.services, snapshot.life_events, snapshot.agencies, snapshot.counters)
        if catalogue != self._catalogue:
            self._catalogue = catalogue
            self.panel.set_catalogue(*catalogue)
        self.panel.set_figures(
            {
                queue.service.code: QueueFigures(
                    queue.waiting, snapshot.estimates.get(queue.service.id)
                )
                for queue in snapshot.queues
            }
        )
        self.queues.show_queues(snapshot.queues, snapshot.estimates, snapshot.read_at)
        self.over_target.show_rows(view.over_target)
        self.appointments.show_appointments(view.appointments, snapshot.services)
        over = len(view.over_target)
        self.tabs.setTabText(
            1,
            self.tr("&Over target (%1)").replace("%1", str(over))
            if over
            else self.tr("&Over target"),
        )
        booked = sum(appointment.state == "booked" for appointment in view.appointments)
        self.tabs.setTabText(
            2,
            self.tr("&Appointments today (%1)").replace("%1", str(booked))
            if booked
            else self.tr("&Appointments today"),
        )
        if self._read_problem:
            self._read_problem = False
            self.status.setText("")
        self.refreshed.emit()

    # ------------------------------------------------------------ acting
    def issue(self, request: IssueRequest) -> None:
        """Issue the ticket the panel asks for, off the GUI thread; one at a time."""
        actor = self.signed_in.actor
        queue = self.desk.queue
        options = {
            "language": request.language,
            "priority": request.priority,
            "visitor_name": request.visitor_name,
            "source": "guide",
            "actor": actor,
            "counter_code": request.counter_code,
        }

        def work() -> IssuedTicket:
            if request.life_event:
                return queue.issue_life_event(request.life_event, **options)
            return queue.issue(list(request.service_codes), **options)  # type: ignore[arg-type]

        self.panel.set_busy(True)
        run_in_background(
            work,
            lambda ticket: self._issued(ticket, request.counter_code),
            self._not_done,
            context=self,
            pool=database_pool(),
        )

    def _issued(self, ticket: IssuedTicket, counter_code: str | None) -> None:
        self.panel.set_busy(False)
        self.panel.reset()
        self._show_ticket(ticket, counter_code)
        self.refresh()

    def check_in(self, code: str) -> None:
        """Check in the appointment of booking ``code``."""
        actor = self.signed_in.actor
        queue = self.desk.queue
        self.appointments.check_in_button.setEnabled(False)
        run_in_background(
            lambda: queue.check_in(code, actor=actor),
            self._checked_in,
            self._not_done,
            context=self,
            pool=database_pool(),
        )

    def _checked_in(self, ticket: IssuedTicket) -> None:
        self.appointments.check_in_button.setEnabled(True)
        self.appointments.code_edit.clear()
        self._show_ticket(ticket, None)
        self.refresh()

    def _show_ticket(self, ticket: IssuedTicket, counter_code: str | None) -> None:
        self.last_ticket = ticket
        language = ui_language()
        services = html.escape(", ".join(s.names.get(language) for s in ticket.services))
        if ticket.estimated_wait_minutes <= 0:
            wait = self.tr("next in line")
        else:
            wait = self.tr("wait about %1 min").replace("%1", str(ticket.estimated_wait_minutes))
        where = (
            self.tr("to counter %1").replace("%1", counter_code)
            if counter_code
            else self.tr("to any counter")
        )
        self.ticket_label.setText(
            self.tr("Ticket <b>%1</b> · %2 · %3 · %4")
            .replace("%1", ticket.ticket_number)
            .replace("%2", wait)
            .replace("%3", where)
            .replace("%4", services)
        )
        self.print_button.setEnabled(True)
        self.status.setText(
            self.tr("%1 issued: tell the visitor their number and wait.").replace(
                "%1", ticket.ticket_number
            )
        )
        self.issued.emit(ticket)

    def _not_done(self, error: BaseException) -> None:
        self.panel.set_busy(False)
        self.appointments.check_in_button.setEnabled(True)
        message = error_text(error)
        self.status.setText(message)
        QMessageBox.warning(self, self.tr("Not done"), message)
        self.refresh()

    def print_last(self) -> None:
        """Print the last ticket's slip in the visitor's language."""
        ticket = self.last_ticket
        if ticket is None:
            return
        site = self.view.snapshot.site if self.view is not None else None
        language = ticket.language.value
        try:
            print_ticket(
                ticket,
                language,
                pdf_path=self.print_to_pdf,
                printer_name=self.printer_name,
                site_name=site.get(language) if site is not None else "",
            )
        except TicketPrintError as error:
            log.warning("The guide's slip was not printed: %s", error)
            self.status.setText(
                self.tr(
                    "The slip was not printed. Tell the visitor their number, %1, and that it "
                    "will show on the lobby screen. Check that the ticket printer is on and "
                    "has paper; if it still does not print: %2"
                )
                .replace("%1", ticket.ticket_number)
                .replace("%2", call_it())
            )
            return
        self.status.setText(self.tr("%1 printed.").replace("%1", ticket.ticket_number))

    def closeEvent(self, event: QCloseEvent) -> None:
        self.stop()
        super().closeEvent(event)
