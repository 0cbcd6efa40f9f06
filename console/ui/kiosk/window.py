"""The kiosk's window: a visitor takes a ticket by touch, in Finnish, Swedish or English.

Pages: language -> what do you need (agencies, life events, appointment) ->
services of the agency or the life events -> the ticket. Check-in for an
appointment has its own page with an on-screen keypad. Each page is a module of
this package and talks to the window by signals; the window holds them in a stack,
reads what the kiosk offers, starts over when left idle, issues and shows the ticket
and switches the language (:class:`~console.ui.kiosk.context.KioskContext`, which
every page reads).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QLabel, QStackedWidget, QVBoxLayout, QWidget

from console.core.feedback import FeedbackReason, Score
from console.core.queue import Language
from console.core.records import AgencyInfo, IssuedTicket
from console.core.text import QT_TRANSLATE_NOOP, TiskiError
from console.desk.desk import Desk
from console.ui.kiosk.appointment import AppointmentPage
from console.ui.kiosk.catalogue import KioskCatalogue, load_catalogue
from console.ui.kiosk.choice import ChoicePage
from console.ui.kiosk.context import KioskContext
from console.ui.kiosk.feedback import FeedbackPage
from console.ui.kiosk.language import LanguagePage
from console.ui.kiosk.need import NeedPage
from console.ui.kiosk.parts import KIOSK_STYLE, repolish
from console.ui.kiosk.ticket import TicketPage
from console.ui.queue.ticket_print import TicketPrintError, print_ticket
from console.ui.shared.contact import call_it
from console.ui.shared.database_pool import database_pool
from console.ui.shared.visitor_text import VisitorText
from console.ui.shared.worker import run_in_background

log = logging.getLogger(__name__)

RESULT_MS = 15_000
IDLE_MS = 60_000
RETRY_MS = 10_000
THANKS_MS = 4_000


class KioskWindow(QWidget):
    """The full-screen ticket machine in the lobby."""

    PAGE_LANGUAGE, PAGE_NEED, PAGE_CHOICE, PAGE_TICKET, PAGE_APPOINTMENT, PAGE_FEEDBACK = range(6)

    catalogue_loaded = Signal()
    ticket_shown = Signal(object)
    feedback_shown = Signal()  # the thanks for an answer are on screen

    def __init__(
        self,
        desk: Desk,
        *,
        print_to_pdf: str = "",
        printer_name: str = "",
        result_ms: int = RESULT_MS,
        idle_ms: int = IDLE_MS,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("kioskWindow")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.setStyleSheet(KIOSK_STYLE)
        self.setWindowTitle("Tiski")
        self.desk = desk
        self.print_to_pdf = print_to_pdf
        self.printer_name = printer_name
        self.texts = VisitorText(self)
        self.context = KioskContext(self.texts)
        self.last_ticket: IssuedTicket | None = None
        self._loading = False

        self.language_page = LanguagePage(self.context)
        self.language_page.language_chosen.connect(self.choose_language)
        self.need_page = NeedPage(self.context)
        self.need_page.activity.connect(self._touched)
        self.need_page.back.connect(self.reset)
        self.need_page.agency_chosen.connect(self._show_services)
        self.need_page.life_events_chosen.connect(self._show_life_events)
        self.need_page.appointment_chosen.connect(self._show_appointment)
        self.need_page.feedback_chosen.connect(self._show_feedback)
        self.choice_page = ChoicePage(self.context)
        self.choice_page.activity.connect(self._touched)
        self.choice_page.back.connect(self._show_need)
        self.choice_page.services_taken.connect(self._take_services)
        self.choice_page.life_event_taken.connect(self._take_life_event)
        self.ticket_page = TicketPage(self.context)
        self.ticket_page.touched.connect(self.reset)
        self.appointment_page = AppointmentPage(self.context)
        self.appointment_page.activity.connect(self._touched)
        self.appointment_page.back.connect(self._show_need)
        self.appointment_page.code_entered.connect(self._check_in)
        self.feedback_page = FeedbackPage(self.context)
        self.feedback_page.activity.connect(self._touched)
        self.feedback_page.back.connect(self._show_need)
        self.feedback_page.sent.connect(self._send_feedback)

        self.stack = QStackedWidget()
        for page in (
            self.language_page,
            self.need_page,
            self.choice_page,
            self.ticket_page,
            self.appointment_page,
            self.feedback_page,
        ):
            self.stack.addWidget(page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 36, 48, 36)
        layout.addWidget(self.stack)

        self._result_timer = QTimer(self)
        self._result_timer.setSingleShot(True)
        self._result_timer.setInterval(result_ms)
        self._result_timer.timeout.connect(self.reset)
        self._idle_timer = QTimer(self)
        self._idle_timer.setSingleShot(True)
        self._idle_timer.setInterval(idle_ms)
        self._idle_timer.timeout.connect(self._idle)
        self._retry_timer = QTimer(self)
        self._retry_timer.setSingleShot(True)
        self._retry_timer.setInterval(RETRY_MS)
        self._retry_timer.timeout.connect(self._load_catalogue)
        # Staff close the kiosk with a chord a visitor will not press; Esc does nothing.
        quit_shortcut = QShortcut(QKeySequence("Ctrl+Shift+Q"), self)
        quit_shortcut.setContext(Qt.ShortcutContext.ApplicationShortcut)
        quit_shortcut.activated.connect(self.close)
        # F1: the staff's card (their keys, what the kiosk does by itself, whom to call),
        # in the console's language, not the visitor's.
        help_shortcut = QShortcut(QKeySequence("F1"), self)
        help_shortcut.setContext(Qt.ShortcutContext.ApplicationShortcut)
        help_shortcut.activated.connect(self.show_staff_help)
        self.staff_help: QWidget | None = None
        self._idle_seconds = idle_ms // 1000
        self.context.retranslate()

    def show_staff_help(self) -> None:
        from console.ui.help.dialog import HelpDialog, HelpSection

        if self.staff_help is not None:
            self.staff_help.close()  # F1 again puts it away
            return
        sections = [
            HelpSection(
                self.tr("Keys for staff"),
                points=[
                    self.tr("Ctrl+Shift+Q – Close the kiosk"),
                    self.tr("F1 – Show or hide this card"),
                ],
            ),
            HelpSection(
                self.tr("What the kiosk does by itself"),
                paragraphs=[
                    self.tr(
                        "After %1 seconds without a touch it goes back to its first page, "
                        "and a printed ticket's page does so on its own. Services that are "
                        "closed or take no more tickets today are not offered. When the "
                        "database cannot be reached, the kiosk says so and tries again."
                    ).replace("%1", str(self._idle_seconds))
                ],
            ),
            HelpSection(
                self.tr("When a ticket does not print"),
                paragraphs=[
                    self.tr(
                        "The kiosk shows the visitor their number instead. Check that the "
                        "printer is on and has paper. If it still does not print: %1"
                    ).replace("%1", call_it())
                ],
            ),
        ]
        dialog = HelpDialog(self.tr("Help – the kiosk"), sections, self)
        dialog.destroyed.connect(self._staff_help_closed)
        self.staff_help = dialog
        dialog.show()

    def _staff_help_closed(self) -> None:
        self.staff_help = None

    # ------------------------------------------------------------ shared state
    @property
    def language(self) -> str:
        """The visitor's language: fi, sv or en."""
        return self.context.language

    @property
    def catalogue(self) -> KioskCatalogue | None:
        return self.context.catalogue

    @property
    def clock(self) -> Callable[[], datetime]:
        """What time it is for opening hours (tests set their own)."""
        return self.context.clock

    @clock.setter
    def clock(self, clock: Callable[[], datetime]) -> None:
        self.context.clock = clock

    def _t(self, source: str, **params: object) -> str:
        """``source`` (marked with QT_TRANSLATE_NOOP("Kiosk", ...)) in the visitor's language."""
        return self.context.t(source, **params)

    # ------------------------------------------------------------ running
    def start(self) -> None:
        """Read what the kiosk offers; the first page needs nothing from the database."""
        self._load_catalogue()

    def stop(self) -> None:
        self._result_timer.stop()
        self._idle_timer.stop()
        self._retry_timer.stop()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.stop()
        super().closeEvent(event)

    def _load_catalogue(self) -> None:
        if self._loading:
            return
        self._loading = True
        run_in_background(
            lambda: load_catalogue(self.desk),
            self._catalogue_loaded,
            self._catalogue_failed,
            context=self,
            pool=database_pool(),
        )

    def _catalogue_loaded(self, catalogue: KioskCatalogue) -> None:
        self._loading = False
        self.show_catalogue(catalogue)

    def _catalogue_failed(self, error: BaseException) -> None:
        self._loading = False
        log.warning("The kiosk could not read the services: %s", error)
        self._retry_timer.start()
        if self.stack.currentIndex() == self.PAGE_NEED and self.catalogue is None:
            self.need_page.show_status(loading=self._loading)

    def show_catalogue(self, catalogue: KioskCatalogue) -> None:
        """Offer ``catalogue`` (also used directly by screenshots)."""
        self.context.catalogue = catalogue
        self.language_page.show_catalogue(catalogue)
        if self.stack.currentIndex() == self.PAGE_NEED:
            self._show_need()
        self.catalogue_loaded.emit()

    def _touched(self) -> None:
        """A visitor is here: give them time before the kiosk starts over."""
        if self.stack.currentIndex() != self.PAGE_LANGUAGE:
            self._idle_timer.start()

    def _idle(self) -> None:
        if self.context.busy or self.stack.currentIndex() == self.PAGE_TICKET:
            return
        log.info("Kiosk left idle; back to the first page")
        self.reset()

    def reset(self) -> None:
        """Back to the first page for the next visitor."""
        self._result_timer.stop()
        self._idle_timer.stop()
        if self.context.busy:
            return  # the ticket being issued still has to be shown
        self.appointment_page.set_code("")
        self.feedback_page.clear()
        for status in (
            self.need_page.status,
            self.choice_page.status,
            self.appointment_page.status,
        ):
            status.clear()
        self.stack.setCurrentIndex(self.PAGE_LANGUAGE)
        self._load_catalogue()  # services and waits may have changed since

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """A keyboard works on the check-in page too (for staff and for testing)."""
        if self.stack.currentIndex() == self.PAGE_APPOINTMENT and (
            self.appointment_page.handle_key(event)
        ):
            return
        if self.stack.currentIndex() == self.PAGE_FEEDBACK and (
            self.feedback_page.handle_key(event)
        ):
            return
        super().keyPressEvent(event)

    # ------------------------------------------------------------ the visitor's way
    def choose_language(self, language: str) -> None:
        self.context.set_language(language)
        self._show_need()

    def _show_need(self) -> None:
        self.need_page.show_catalogue(self.catalogue)
        if self.catalogue is None:
            self._load_catalogue()
            self.need_page.show_status(loading=self._loading)
        self.stack.setCurrentIndex(self.PAGE_NEED)
        self._touched()

    def _show_services(self, agency: AgencyInfo) -> None:
        self.choice_page.show_services(agency)
        self.stack.setCurrentIndex(self.PAGE_CHOICE)

    def _show_life_events(self) -> None:
        self.choice_page.show_life_events()
        self.stack.setCurrentIndex(self.PAGE_CHOICE)

    def _show_appointment(self) -> None:
        self._touched()
        self.appointment_page.clear()
        self.stack.setCurrentIndex(self.PAGE_APPOINTMENT)

    def _show_feedback(self) -> None:
        self._touched()
        self.feedback_page.clear()
        self.stack.setCurrentIndex(self.PAGE_FEEDBACK)

    def _send_feedback(self, score: int, reason: FeedbackReason | None, number: str) -> None:
        """Store the answer; thank the visitor and start over a moment later."""
        self._touched()
        queue = self.desk.queue
        status = self.feedback_page.status

        def stored(_joined: int) -> None:
            self.feedback_page.done()
            status.setProperty("tone", "info")
            status.setText(self._t(QT_TRANSLATE_NOOP("Kiosk", "Thank you for your answer!")))
            repolish(status)
            self.feedback_shown.emit()
            self._result_timer.start(THANKS_MS)

        def failed(error: BaseException) -> None:
            log.warning("Feedback not stored: %s", error)
            self.feedback_page.done()
            status.setProperty("tone", "error")
            status.setText(
                self._t(
                    QT_TRANSLATE_NOOP(
                        "Kiosk", "Your answer could not be saved just now. Please try later."
                    )
                )
            )
            repolish(status)

        run_in_background(
            lambda: queue.give_feedback(Score(score), reason, number or None),
            stored,
            failed,
            context=self,
            pool=database_pool(),
        )

    # ------------------------------------------------------------ issuing
    def _take_services(self, codes: list[str]) -> None:
        language = Language(self.language)
        queue = self.desk.queue
        self._issue(
            lambda: queue.issue(codes, language=language, source="kiosk"),
            self.choice_page.status,
        )

    def _take_life_event(self, event: str) -> None:
        language = Language(self.language)
        queue = self.desk.queue
        self._issue(
            lambda: queue.issue_life_event(event, language=language, source="kiosk"),
            self.choice_page.status,
        )

    def _check_in(self, code: str) -> None:
        self._issue(lambda: self.desk.queue.check_in(code), self.appointment_page.status)

    def _issue(self, work: Callable[[], IssuedTicket], status: QLabel) -> None:
        self._touched()
        self.context.busy = True
        self.choice_page.hold()
        self.appointment_page.hold()
        status.setProperty("tone", "info")
        status.setText(self._t(QT_TRANSLATE_NOOP("Kiosk", "One moment, please…")))
        repolish(status)
        run_in_background(
            work,
            self._issued,
            lambda error: self._issue_failed(error, status),
            context=self,
            pool=database_pool(),
        )

    def _issue_failed(self, error: BaseException, status: QLabel) -> None:
        self.context.busy = False
        self.choice_page.refresh()
        self.appointment_page.refresh()
        status.setProperty("tone", "error")
        repolish(status)
        if isinstance(error, TiskiError):
            log.info("Kiosk refused: %s", error)
            status.setText(self.texts.message(self.language, error.message))
            return
        log.warning("The kiosk could not issue a ticket", exc_info=error)
        status.setText(
            self._t(
                QT_TRANSLATE_NOOP(
                    "Kiosk", "No ticket could be issued just now. Please ask the lobby guide."
                )
            )
        )

    def _issued(self, ticket: IssuedTicket) -> None:
        self.context.busy = False
        self.last_ticket = ticket
        log.info("Kiosk issued %s (%s)", ticket.ticket_number, self.language)
        problem = ""
        try:
            print_ticket(
                ticket,
                self.language,
                pdf_path=self.print_to_pdf,
                printer_name=self.printer_name,
                site_name=self._site_name(),
                texts=self.texts,
            )
        except (TicketPrintError, OSError, RuntimeError) as error:
            log.warning("Printing ticket %s failed: %s", ticket.ticket_number, error)
            problem = self._t(
                QT_TRANSLATE_NOOP(
                    "Kiosk", "Printing failed, please ask the lobby guide; your number is {ticket}."
                ),
                ticket=ticket.ticket_number,
            )
        self._show_ticket(ticket, problem)

    def _site_name(self) -> str:
        site = self.catalogue.site if self.catalogue else None
        return site.get(self.language) if site else ""

    def _show_ticket(self, ticket: IssuedTicket, problem: str) -> None:
        self._idle_timer.stop()
        self.ticket_page.show_ticket(ticket, problem)
        for status in (self.choice_page.status, self.appointment_page.status):
            status.clear()
        self.stack.setCurrentIndex(self.PAGE_TICKET)
        self._result_timer.start()
        self.ticket_shown.emit(ticket)
