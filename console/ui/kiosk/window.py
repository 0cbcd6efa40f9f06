"""The kiosk's window: a visitor takes a ticket by touch, in Finnish, Swedish or English.

Pages: language -> what do you need (agencies, life events, appointment) ->
services of the agency or the life events -> the ticket. Check-in for an
appointment has its own page with an on-screen keypad. Each page is a module of
this package and talks to the window by signals; the window holds them in a stack,
reads what the kiosk offers, starts over when left idle (asking first), issues and
shows the ticket and switches the language (:class:`~console.ui.kiosk.context.KioskContext`,
which every page reads).

Accessibility (EN 301 549 chapters 5 and 8 for closed functionality, WCAG 2.1 AA): the
bar at the bottom (access.py) turns on read aloud, larger text, high contrast and
buttons lower for the visit. Every page works without touch: arrows, Tab and
Shift+Tab move the focus through every choice in reading order and then the bar, Enter
or Space choose, Esc goes back. Those keys are window shortcuts so that each page
behaves alike whatever has the focus (a scroll area would take the arrows, a button of
a group would move only within it); the mode keys, Esc and the typing on the keypad
pages arrive in :meth:`KioskWindow.keyPressEvent`.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QPoint, Qt, QTimer, Signal
from PySide6.QtGui import (
    QCloseEvent,
    QKeyEvent,
    QKeySequence,
    QMouseEvent,
    QResizeEvent,
    QShortcut,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QAbstractButton,
    QFrame,
    QLabel,
    QScrollArea,
    QScroller,
    QVBoxLayout,
    QWidget,
)

from console.core.feedback import FeedbackReason, Score
from console.core.queue import Language
from console.core.records import AgencyInfo, IssuedTicket
from console.core.text import QT_TRANSLATE_NOOP, TiskiError
from console.desk.desk import Desk
from console.ui.kiosk.access import KEYS, AccessBar, Mode
from console.ui.kiosk.appointment import AppointmentPage
from console.ui.kiosk.catalogue import KioskCatalogue, load_catalogue
from console.ui.kiosk.choice import ChoicePage
from console.ui.kiosk.context import KioskContext
from console.ui.kiosk.feedback import FeedbackPage
from console.ui.kiosk.language import LanguagePage
from console.ui.kiosk.need import NeedPage
from console.ui.kiosk.parts import KIOSK_STYLE, ChoiceScroll, PageStack, ReachGap, repolish
from console.ui.kiosk.reading import VOLUME_STEP, ReadAloud
from console.ui.kiosk.style import KioskLook, kiosk_style
from console.ui.kiosk.ticket import TicketPage
from console.ui.kiosk.timeout import WARNING_MS, TimeoutWarning
from console.ui.queue.ticket_print import TicketPrintError, print_ticket
from console.ui.shared.contact import call_it
from console.ui.shared.database_pool import database_pool
from console.ui.shared.speech import Speaker, Utterance
from console.ui.shared.visitor_text import VisitorText
from console.ui.shared.worker import run_in_background

log = logging.getLogger(__name__)

RESULT_MS = 15_000
# Quiet time before the kiosk asks "Are you still there?"; with the question's 20 s it
# starts over a minute after the last touch.
IDLE_MS = 40_000
RETRY_MS = 10_000
THANKS_MS = 4_000
# Buttons lower: every choice starts below this share of the window's height.
REACH_TOP = 0.4
# While read aloud is on: say it again, louder, softer (EN 301 549 5.1.3.4 and 5.1.3.12).
# None of them types into a booking code.
SPEECH_KEYS: dict[Qt.Key, Callable[[ReadAloud], object]] = {
    Qt.Key.Key_Slash: ReadAloud.repeat,
    Qt.Key.Key_F7: ReadAloud.repeat,
    Qt.Key.Key_VolumeUp: ReadAloud.louder,
    Qt.Key.Key_F8: ReadAloud.louder,
    Qt.Key.Key_VolumeDown: lambda reading: reading.louder(-VOLUME_STEP),
    Qt.Key.Key_Minus: lambda reading: reading.louder(-VOLUME_STEP),
}
# Headings and hints that speech reads when a page is shown, in this order on screen.
SPOKEN_LABELS = ("kioskNeedWelcome", "kioskHeading", "kioskHint")


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
        warning_ms: int | None = None,
        speaker: Speaker | None = None,
        parent: QWidget | None = None,
    ) -> None:
        """``warning_ms``: how long "Are you still there?" waits for an answer (by
        default 20 s, or less when a test makes the kiosk's own timeouts shorter);
        ``speaker``: the voice of read aloud (none: the kiosk offers no speech)."""
        super().__init__(parent)
        self.setObjectName("kioskWindow")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.look = KioskLook()
        self.setStyleSheet(KIOSK_STYLE)
        self.setWindowTitle("Tiski")
        self.desk = desk
        self.print_to_pdf = print_to_pdf
        self.printer_name = printer_name
        self.texts = VisitorText(self)
        self.context = KioskContext(self.texts)
        self.last_ticket: IssuedTicket | None = None
        self._loading = False
        self.read_aloud = ReadAloud(speaker, self.context)
        self._keyboard = False  # keys used this visit: the focus ring shows
        self._idle_ms = idle_ms
        self._result_ms = result_ms
        self._warning_ms = warning_ms

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
        self.appointment_page.typed.connect(self.read_aloud.code)
        self.feedback_page = FeedbackPage(self.context)
        self.feedback_page.activity.connect(self._touched)
        self.feedback_page.back.connect(self._show_need)
        self.feedback_page.sent.connect(self._send_feedback)
        self.feedback_page.steps.currentChanged.connect(self._feedback_step_shown)

        self.stack = PageStack()
        for page in (
            self.language_page,
            self.need_page,
            self.choice_page,
            self.ticket_page,
            self.appointment_page,
            self.feedback_page,
        ):
            self.stack.addWidget(page)
        # The page scrolls as a whole when its content is taller than the screen (large
        # text); the accessibility bar stays in sight below it.
        pages = QWidget()
        pages_layout = QVBoxLayout(pages)
        pages_layout.setContentsMargins(0, 0, 0, 0)
        pages_layout.addWidget(self.stack)
        self.page_area = QScrollArea()
        self.page_area.setObjectName("kioskPages")
        self.page_area.setFrameShape(QFrame.Shape.NoFrame)
        self.page_area.setWidgetResizable(True)
        self.page_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.page_area.setWidget(pages)
        QScroller.grabGesture(self.page_area.viewport(), QScroller.ScrollerGestureType.TouchGesture)
        self.access_bar = AccessBar(self.context, speech=self.read_aloud.offered)
        self.access_bar.toggled.connect(self._mode_toggled)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 20, 48, 12)
        layout.setSpacing(8)
        layout.addWidget(self.page_area, 1)
        layout.addWidget(self.access_bar)
        self.warning = TimeoutWarning(self.context, self)
        self.warning.more_time.connect(self.more_time)
        self.warning.expired.connect(self._time_up)
        self._focus_before_warning: QWidget | None = None

        self._result_timer = QTimer(self)
        self._result_timer.setSingleShot(True)
        self._result_timer.setInterval(result_ms)
        self._result_timer.timeout.connect(self._result_elapsed)
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
        self._idle_seconds = (idle_ms + self._warning_for(idle_ms)) // 1000
        for keys, move in (
            ((Qt.Key.Key_Down, Qt.Key.Key_Right, Qt.Key.Key_Tab), self._focus_next),
            ((Qt.Key.Key_Up, Qt.Key.Key_Left, Qt.Key.Key_Backtab), self._focus_previous),
            ((Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space), self._activate),
        ):
            for key in keys:
                self._key_shortcut(QKeySequence(key), move)
        self._key_shortcut(QKeySequence("Shift+Tab"), self._focus_previous)
        self._key_shortcut(QKeySequence("Shift+Backtab"), self._focus_previous)
        self.access_bar.restyle(self.look)
        self.context.retranslate()
        self._set_page(self.PAGE_LANGUAGE)

    def _key_shortcut(self, keys: QKeySequence, slot: Callable[[], None]) -> None:
        shortcut = QShortcut(keys, self)
        shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
        shortcut.activated.connect(slot)

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
                self.tr("Keys for visitors (keyboard or tactile keypad)"),
                points=[
                    self.tr("Arrows, Tab and Shift+Tab – Move between the choices"),
                    self.tr("Enter or Space – Choose; Esc – Back"),
                    self.tr("* or F12 – Read aloud on or off"),
                    self.tr("+ or F10 – Larger text; # or F11 – High contrast"),
                    self.tr("F9 – Buttons lower, for a seated visitor"),
                    self.tr(
                        "While reading aloud: / or F7 – Say it again; F8 or Volume up – "
                        "Louder; - or Volume down – Softer"
                    ),
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
                    ).replace("%1", str(self._idle_seconds)),
                    self.tr(
                        "Before it starts over it asks the visitor for %1 seconds whether "
                        "they need more time. Read aloud, larger text and the other modes "
                        "of the bar are turned off for the next visitor."
                    ).replace("%1", str(self._warning_for(self._idle_ms) // 1000)),
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
        self.warning.stop()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.stop()
        self.read_aloud.stop()
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
        if self.warning.isVisible():
            self.more_time()
            return
        page = self.stack.currentIndex()
        if page == self.PAGE_TICKET:
            if self._result_timer.isActive():
                self._result_timer.start(self._result_ms)  # the ticket's page has its own time
            return
        if page != self.PAGE_LANGUAGE or self._modes_on():
            self._idle_timer.start()

    def _idle(self) -> None:
        if self.context.busy:
            self._idle_timer.start()  # the ticket being issued will be shown first
            return
        if self.stack.currentIndex() == self.PAGE_TICKET:
            return
        log.info("Kiosk left idle; asking whether the visitor is still there")
        self._warn(self._idle_ms)

    def _result_elapsed(self) -> None:
        """The ticket has been on screen for a while (ask first); thanks after feedback
        go away by themselves."""
        if self.stack.currentIndex() == self.PAGE_TICKET:
            self._warn(self._result_ms)
        else:
            self.reset()

    # ------------------------------------------------------------ timeouts
    def _warning_for(self, timeout_ms: int) -> int:
        """How long the question waits: 20 s (WCAG 2.2.1), unless given, or less only when
        the page's own time is under 10 s (tests that shorten it)."""
        if self._warning_ms is not None:
            return self._warning_ms
        return min(WARNING_MS, 2 * timeout_ms)

    def _warn(self, timeout_ms: int) -> None:
        """Ask "Are you still there?" before starting over; More time has the focus."""
        focused = self.focusWidget()
        self._focus_before_warning = focused if focused is not self.warning.more_button else None
        self.warning.start(self._warning_for(timeout_ms))
        self.warning.more_button.setFocus(Qt.FocusReason.OtherFocusReason)
        self.read_aloud.say(
            *self.warning.spoken(), *self.read_aloud.name_of(self.warning.more_button)
        )

    def more_time(self) -> None:
        """The visitor answered: the page again, with its full time."""
        if not self.warning.isVisible():
            return
        self.warning.stop()
        before = self._focus_before_warning
        self._focus_before_warning = None
        if before is not None and before in self._focus_order():
            self._focus(before, by_key=False)
        else:
            self._focus_first()
        if self.stack.currentIndex() == self.PAGE_TICKET:
            self._result_timer.start(self._result_ms)
        else:
            self._idle_timer.start()
        focused = self.focusWidget()
        if focused is not None and self._keyboard:
            self.read_aloud.say(*self.read_aloud.name_of(focused))
        else:
            self.read_aloud.say(*self._page_words())

    def _time_up(self) -> None:
        log.info("Nobody answered; back to the first page")
        self.reset()

    def reset(self) -> None:
        """Back to the first page for the next visitor."""
        self._result_timer.stop()
        self._idle_timer.stop()
        self.warning.stop()
        if self.context.busy:
            return  # the ticket being issued still has to be shown
        self._end_visit_modes()
        self.appointment_page.set_code("")
        self.feedback_page.clear()
        for status in (
            self.need_page.status,
            self.choice_page.status,
            self.appointment_page.status,
        ):
            status.clear()
        self._set_page(self.PAGE_LANGUAGE)
        self._load_catalogue()  # services and waits may have changed since

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """The modes' keys, Esc for back, and typing on the keypad pages (a keyboard
        works there too, for staff and for testing)."""
        if self.warning.isVisible():
            self.more_time()  # any key is an answer
            return
        mode = KEYS.get(Qt.Key(event.key()))
        if mode is not None and mode in self.access_bar.buttons:
            self._keyboard_used()
            self.access_bar.set_on(mode, not self.access_bar.is_on(mode))
            return
        if event.key() == Qt.Key.Key_Escape:
            self._keyboard_used()
            self._go_back()
            return
        speech = SPEECH_KEYS.get(Qt.Key(event.key()))
        if speech is not None and self.read_aloud.on:
            self._touched()
            speech(self.read_aloud)
            return
        if self.stack.currentIndex() == self.PAGE_APPOINTMENT and (
            self.appointment_page.handle_key(event)
        ):
            return
        if self.stack.currentIndex() == self.PAGE_FEEDBACK and (
            self.feedback_page.handle_key(event)
        ):
            return
        super().keyPressEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        """A touch beside the buttons (a heading, the margin) shows the visitor is here."""
        self._touched()
        super().mousePressEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        """Shown (at start): the first page's first choice has the focus."""
        super().showEvent(event)
        if self.focusWidget() in (None, self):
            self._focus_first()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.warning.setGeometry(self.rect())
        self._place_reach()

    # ------------------------------------------------------------ keys and focus
    def _keyboard_used(self) -> None:
        """From the first key of a visit the focus ring shows (touch alone never shows it)."""
        self._touched()
        if not self._keyboard:
            self._keyboard = True
            self._restyle()

    def _focus_order(self) -> list[QAbstractButton]:
        """What the keys move through: the page's buttons in reading order, then the bar
        (only More time while the kiosk asks whether anyone is there)."""
        if self.warning.isVisible():
            return [self.warning.more_button]
        return self._page_buttons() + [
            button for button in self.access_bar.buttons.values() if button.isVisible()
        ]

    def _page_buttons(self) -> list[QAbstractButton]:
        page = self.stack.currentWidget()
        buttons = [
            button
            for button in page.findChildren(QAbstractButton)
            if button.isVisible()
            and button.isEnabled()
            and button.focusPolicy() != Qt.FocusPolicy.NoFocus
        ]

        def reading_order(button: QAbstractButton) -> tuple[int, int]:
            centre = button.mapTo(self, QPoint(0, button.height() // 2))
            return centre.y() // 16, centre.x()

        return sorted(buttons, key=reading_order)

    def _focus_next(self) -> None:
        self._step_focus(forward=True)

    def _focus_previous(self) -> None:
        self._step_focus(forward=False)

    def _step_focus(self, *, forward: bool) -> None:
        if self.warning.isVisible():
            self.more_time()
            return
        self._keyboard_used()
        order = self._focus_order()
        if not order:
            return
        current = self.focusWidget()
        if current in order:
            step = 1 if forward else -1
            target = order[(order.index(current) + step) % len(order)]
        else:
            target = order[0] if forward else order[-1]
        self._focus(target, by_key=True)

    def _focus(self, widget: QWidget, *, by_key: bool) -> None:
        """Give ``widget`` the focus, scroll it into sight, and read it when a key moved it."""
        widget.setFocus(
            Qt.FocusReason.TabFocusReason if by_key else Qt.FocusReason.OtherFocusReason
        )
        if by_key:
            # A page just shown or restyled may still be settling: again a moment later.
            self._reveal(widget)
            QTimer.singleShot(0, self, lambda: self._reveal(widget))
            self.read_aloud.say(*self.read_aloud.name_of(widget))

    def _reveal(self, widget: QWidget) -> None:
        """Scroll ``widget`` into sight if it still has the focus."""
        if not widget.hasFocus():
            return
        parent = widget.parentWidget()
        while parent is not None and parent is not self:
            if isinstance(parent, QScrollArea):
                parent.ensureWidgetVisible(widget, 0, 16)
            parent = parent.parentWidget()

    def _focus_first(self) -> None:
        """The page's first choice has the focus when it is shown (none: the window)."""
        buttons = self._page_buttons()
        if buttons:
            self._focus(buttons[0], by_key=False)
        else:
            self.setFocus(Qt.FocusReason.OtherFocusReason)

    def _activate(self) -> None:
        """Enter or Space: press what has the focus; nothing focused, the page's action."""
        if self.warning.isVisible():
            self.more_time()
            return
        self._keyboard_used()
        focused = self.focusWidget()
        if isinstance(focused, QAbstractButton) and focused in self._focus_order():
            page = self.stack.currentIndex()
            focused.click()
            if (
                focused.isCheckable()
                and self.stack.currentIndex() == page
                and focused.isVisible()
                and focused not in self.access_bar.buttons.values()
            ):
                self.read_aloud.say(self.read_aloud.state_of(focused))
            return
        page = self.stack.currentIndex()
        if page == self.PAGE_APPOINTMENT:
            self.appointment_page.check_in()
        elif page == self.PAGE_FEEDBACK and self.feedback_page.steps.currentIndex() == 1:
            self.feedback_page.send()
        elif page == self.PAGE_TICKET:
            self.reset()

    def _go_back(self) -> None:
        """Esc: what the page's Back does; on the ticket, finish; on the first page, nothing."""
        page = self.stack.currentIndex()
        if page == self.PAGE_TICKET:
            self.reset()
            return
        back = {
            self.PAGE_NEED: self.need_page.back_button,
            self.PAGE_CHOICE: self.choice_page.back_button,
            self.PAGE_APPOINTMENT: self.appointment_page.back_button,
            self.PAGE_FEEDBACK: (
                self.feedback_page.number_back
                if self.feedback_page.steps.currentIndex() == 1
                else self.feedback_page.back_button
            ),
        }.get(page)
        if back is not None and back.isVisible() and back.isEnabled():
            back.click()

    # ------------------------------------------------------------ pages
    def _set_page(self, index: int) -> None:
        """Show page ``index``: the focus on its first choice, its headings read aloud."""
        self.stack.setCurrentIndex(index)
        self._page_entered()

    def _feedback_step_shown(self) -> None:
        if self.stack.currentIndex() == self.PAGE_FEEDBACK:
            self._page_entered()

    def _page_entered(self) -> None:
        self.page_area.verticalScrollBar().setValue(0)
        self._place_reach()
        QTimer.singleShot(0, self, self._place_reach)  # once the page has its geometry
        self._focus_first()
        words = self._page_words()
        focused = self.focusWidget()
        if self._keyboard and isinstance(focused, QAbstractButton):
            words += self.read_aloud.name_of(focused)
        self.read_aloud.say(*words)

    def _page_words(self) -> list[str | Utterance]:
        """What speech reads when the page is shown: its headings and hints."""
        index = self.stack.currentIndex()
        if index == self.PAGE_LANGUAGE:
            return list(self.read_aloud.welcome())
        if index == self.PAGE_TICKET:
            if self.last_ticket is None:
                return []
            problem = self.ticket_page.print_problem.text()
            shown_problem = problem if self.ticket_page.print_problem.isVisibleTo(self) else ""
            return list(self.read_aloud.ticket(self.last_ticket, shown_problem))
        page = self.stack.currentWidget()
        labels = [
            label
            for label in page.findChildren(QLabel)
            if label.objectName() in SPOKEN_LABELS and label.isVisible() and label.text()
        ]
        labels.sort(key=lambda label: label.mapTo(self, QPoint(0, 0)).y())
        words: list[str | Utterance] = [label.text() for label in labels]
        if index == self.PAGE_CHOICE:
            # Keys cannot reach a closed service: say it is there and when it opens.
            words += [button.spoken_text() for button in self.choice_page.closed_choices()]
        return words

    # ------------------------------------------------------------ the bar's modes
    def _modes_on(self) -> bool:
        return any(button.isChecked() for button in self.access_bar.buttons.values())

    def _mode_toggled(self, mode: Mode, on: bool) -> None:
        self._touched()
        if mode is Mode.SPEECH:
            self.read_aloud.set_on(on)
            if on:
                words = self._page_words()
                focused = self.focusWidget()
                if self._keyboard and isinstance(focused, QAbstractButton):
                    words += self.read_aloud.name_of(focused)
                self.read_aloud.say(*words)
            return
        if mode is Mode.LOW_REACH:
            self.language_page.set_low_reach(on)
        self._restyle()

    def _end_visit_modes(self) -> None:
        """The next visitor starts with the kiosk as it normally is."""
        changed = self._keyboard or self._modes_on()
        self._keyboard = False
        self.access_bar.blockSignals(True)
        for mode in self.access_bar.buttons:
            self.access_bar.set_on(mode, False)
        self.access_bar.blockSignals(False)
        self.read_aloud.set_on(False)
        if changed:
            self.language_page.set_low_reach(False)
            self._restyle()

    def _restyle(self) -> None:
        """Apply the visitor's look: contrast, text size, the focus ring once keys are used."""
        large = self.access_bar.is_on(Mode.LARGE_TEXT)
        look = KioskLook(
            high_contrast=self.access_bar.is_on(Mode.HIGH_CONTRAST),
            large_text=large,
            focus_ring=self._keyboard,
        )
        if look != self.look:
            self.look = look
            self.setStyleSheet(kiosk_style(look))
            self.access_bar.restyle(look)
        self.need_page.set_columns(1 if large else 2)
        self.feedback_page.set_large_text(large)
        for area in self.findChildren(ChoiceScroll):
            area.set_unrolled(large)
        self._place_reach()
        QTimer.singleShot(0, self, self._place_reach)
        focused = self.focusWidget()
        if self._keyboard and focused is not None and focused is not self:
            QTimer.singleShot(0, self, lambda: self._reveal(focused))

    def _place_reach(self) -> None:
        """Buttons lower: open each gap of the shown page until its choices start below
        :data:`REACH_TOP` of the window (a gap's top does not move as it opens)."""
        low = self.access_bar.is_on(Mode.LOW_REACH)
        gaps = self.findChildren(ReachGap)
        if not low:
            for gap in gaps:
                gap.setFixedHeight(0)
            return
        layouts = [self.layout(), self.stack.currentWidget().layout()]
        for layout in layouts:
            if layout is not None:
                layout.activate()
        top = int(self.height() * REACH_TOP)
        for gap in gaps:
            if not gap.isVisible():
                gap.setFixedHeight(0)
                continue
            y = gap.mapTo(self, QPoint(0, 0)).y() + self.page_area.verticalScrollBar().value()
            gap.setFixedHeight(max(0, top - y))

    # ------------------------------------------------------------ the visitor's way
    def choose_language(self, language: str) -> None:
        self.context.set_language(language)
        self._show_need()

    def _show_need(self) -> None:
        self.need_page.show_catalogue(self.catalogue)
        if self.catalogue is None:
            self._load_catalogue()
            self.need_page.show_status(loading=self._loading)
        self._set_page(self.PAGE_NEED)
        self._touched()

    def _show_services(self, agency: AgencyInfo) -> None:
        self.choice_page.show_services(agency)
        self._set_page(self.PAGE_CHOICE)

    def _show_life_events(self) -> None:
        self.choice_page.show_life_events()
        self._set_page(self.PAGE_CHOICE)

    def _show_appointment(self) -> None:
        self._touched()
        self.appointment_page.clear()
        self._set_page(self.PAGE_APPOINTMENT)

    def _show_feedback(self) -> None:
        self._touched()
        self.feedback_page.clear()
        self._set_page(self.PAGE_FEEDBACK)

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
            self.read_aloud.say(status.text())
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
            self.read_aloud.say(status.text())

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
            self.read_aloud.say(status.text())
            return
        log.warning("The kiosk could not issue a ticket", exc_info=error)
        status.setText(
            self._t(
                QT_TRANSLATE_NOOP(
                    "Kiosk", "No ticket could be issued just now. Please ask the lobby guide."
                )
            )
        )
        self.read_aloud.say(status.text())

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
        self._set_page(self.PAGE_TICKET)
        self._result_timer.start(self._result_ms)
        self.ticket_shown.emit(ticket)
