"""The kiosk: a visitor takes a ticket by touch, in Finnish, Swedish or English.

Pages: language -> what do you need (agencies, life events, appointment) ->
services of the agency or the life events -> the ticket. Check-in for an
appointment has its own page with an on-screen keypad. Everything a visitor
reads is translated into the language they chose (:mod:`console.ui.visitor_text`),
not the staff's; texts are marked ``QT_TRANSLATE_NOOP("Kiosk", ...)`` for lupdate.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QScroller,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from console.core.opening import hours_of, is_open, next_opening
from console.core.queue import Language, local_time, utc_now
from console.core.records import (
    AgencyInfo,
    IssuedTicket,
    LifeEventInfo,
    LobbyInfo,
    Names,
    ServiceInfo,
)
from console.core.text import QT_TRANSLATE_NOOP, TiskiError
from console.desk.desk import Desk
from console.desk.queue import BOOKING_ALPHABET
from console.ui.database_pool import database_pool
from console.ui.kiosk.parts import KIOSK_STYLE, ChoiceButton, Keypad, TouchPage, style_kind
from console.ui.ticket_print import TicketPrintError, print_ticket, wait_text
from console.ui.visitor_text import VisitorText
from console.ui.worker import run_in_background

log = logging.getLogger(__name__)

_CTX = "Kiosk"
RESULT_MS = 15_000
IDLE_MS = 60_000
RETRY_MS = 10_000
CODE_LENGTH = 6

# Each language is named in itself, so a visitor finds theirs whatever is shown now.
LANGUAGE_NAMES = (("fi", "Suomi"), ("sv", "Svenska"), ("en", "English"))


@dataclass(frozen=True)
class KioskCatalogue:
    """What the kiosk offers, read in the background."""

    site: Names | None
    agencies: tuple[AgencyInfo, ...]
    services: tuple[ServiceInfo, ...]
    life_events: tuple[LifeEventInfo, ...]
    estimates: dict[int, int]
    lobby: LobbyInfo = field(default_factory=LobbyInfo)

    @property
    def offered(self) -> tuple[ServiceInfo, ...]:
        """The services the desk file offers at the kiosk (the rest only a guide issues)."""
        return tuple(service for service in self.services if service.kiosk)

    @property
    def offered_life_events(self) -> tuple[LifeEventInfo, ...]:
        """Life events whose every service is offered here: the desk refuses the rest."""
        codes = {service.code for service in self.offered}
        return tuple(
            event
            for event in self.life_events
            if event.service_codes and set(event.service_codes) <= codes
        )


def load_catalogue(desk: Desk) -> KioskCatalogue:
    """Agencies, services, life events, current waits, the desk's hours and welcome
    (runs off the GUI thread)."""
    site, agencies, services = desk.catalogue()
    return KioskCatalogue(
        site,
        agencies,
        services,
        tuple(desk.queue.life_events()),
        desk.queue.estimates(),
        desk.lobby(),
    )


@dataclass(frozen=True)
class Choice:
    """One service or life event on the choice page."""

    code: str
    title: str
    subtitle: str
    closed: bool = False


# The day a closed service opens, as "Opens on {day}" needs it in each language.
WEEKDAYS = (
    QT_TRANSLATE_NOOP("Kiosk", "Monday"),
    QT_TRANSLATE_NOOP("Kiosk", "Tuesday"),
    QT_TRANSLATE_NOOP("Kiosk", "Wednesday"),
    QT_TRANSLATE_NOOP("Kiosk", "Thursday"),
    QT_TRANSLATE_NOOP("Kiosk", "Friday"),
    QT_TRANSLATE_NOOP("Kiosk", "Saturday"),
    QT_TRANSLATE_NOOP("Kiosk", "Sunday"),
)


def _heading(name: str) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter)
    return label


class KioskWindow(QWidget):
    """The full-screen ticket machine in the lobby."""

    PAGE_LANGUAGE, PAGE_NEED, PAGE_CHOICE, PAGE_TICKET, PAGE_APPOINTMENT = range(5)

    catalogue_loaded = Signal()
    ticket_shown = Signal(object)

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
        self.language = "fi"
        self.catalogue: KioskCatalogue | None = None
        self.last_ticket: IssuedTicket | None = None
        self._loading = False
        self._busy = False
        self._agency: AgencyInfo | None = None  # None on the choice page: life events
        self._code = ""
        self._bound: list[tuple[Callable[[str], None], str]] = []
        # What time it is for opening hours (tests set their own).
        self.clock: Callable[[], datetime] = utc_now

        self.stack = QStackedWidget()
        self.stack.addWidget(self._language_page())
        self.stack.addWidget(self._need_page())
        self.stack.addWidget(self._choice_page())
        self.stack.addWidget(self._ticket_page())
        self.stack.addWidget(self._appointment_page())
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
        self._retranslate()

    # ------------------------------------------------------------ texts
    def _t(self, source: str, **params: object) -> str:
        """``source`` (marked with QT_TRANSLATE_NOOP("Kiosk", ...)) in the visitor's language."""
        return self.texts.text(self.language, _CTX, source, **params)

    def _bind(self, setter: Callable[[str], None], source: str) -> None:
        """Show ``source`` through ``setter`` now and again whenever the language changes."""
        self._bound.append((setter, source))
        setter(self._t(source))

    def _retranslate(self) -> None:
        for setter, source in self._bound:
            setter(self._t(source))

    # ------------------------------------------------------------ pages
    def _bottom_bar(self, *widgets: QWidget) -> QHBoxLayout:
        bar = QHBoxLayout()
        bar.setSpacing(24)
        for number, widget in enumerate(widgets):
            if number == 1:
                bar.addStretch(1)
            bar.addWidget(widget)
        if len(widgets) == 1:
            bar.addStretch(1)
        return bar

    def _back_button(self, name: str, to: Callable[[], None]) -> QPushButton:
        button = style_kind(QPushButton(), "secondary")
        button.setObjectName(name)
        self._bind(button.setText, QT_TRANSLATE_NOOP("Kiosk", "Back"))

        def go_back() -> None:
            self._touched()
            to()

        button.clicked.connect(go_back)
        return button

    def _language_page(self) -> QWidget:
        page = QWidget()
        self.welcome_label = _heading("kioskWelcome")
        self.site_label = _heading("kioskSite")
        # The desk file's own welcome, in every language: nobody has chosen one yet.
        self.lobby_welcome = _heading("kioskLobbyWelcome")
        self.lobby_welcome.hide()
        self.choose_language_label = _heading("kioskHint")
        welcome = QT_TRANSLATE_NOOP("Kiosk", "Welcome")
        self.welcome_label.setText(" · ".join(self.texts.all_languages(_CTX, welcome)))
        choose = QT_TRANSLATE_NOOP("Kiosk", "Choose your language")
        self.choose_language_label.setText(" · ".join(self.texts.all_languages(_CTX, choose)))
        self.language_buttons: dict[str, ChoiceButton] = {}
        buttons = QVBoxLayout()
        buttons.setSpacing(24)
        for code, name in LANGUAGE_NAMES:
            button = ChoiceButton(name, centred=True)
            button.setObjectName(f"language_{code}")
            button.setMinimumSize(560, 112)
            button.clicked.connect(lambda _checked=False, c=code: self.choose_language(c))
            buttons.addWidget(button, 0, Qt.AlignmentFlag.AlignHCenter)
            self.language_buttons[code] = button
        layout = QVBoxLayout(page)
        layout.addStretch(1)
        layout.addWidget(self.welcome_label)
        layout.addWidget(self.site_label)
        layout.addSpacing(12)
        layout.addWidget(self.lobby_welcome)
        layout.addSpacing(24)
        layout.addWidget(self.choose_language_label)
        layout.addSpacing(24)
        layout.addLayout(buttons)
        layout.addStretch(2)
        return page

    def _need_page(self) -> QWidget:
        page = QWidget()
        # The desk's welcome in the visitor's language, when the desk file has one.
        self.need_welcome = _heading("kioskHint")
        self.need_welcome.setObjectName("kioskNeedWelcome")
        self.need_welcome.hide()
        heading = _heading("kioskHeading")
        self._bind(heading.setText, QT_TRANSLATE_NOOP("Kiosk", "What do you need?"))
        hint = _heading("kioskHint")
        self._bind(
            hint.setText,
            QT_TRANSLATE_NOOP("Kiosk", "Choose the agency whose services you need."),
        )
        self.need_status = _heading("kioskStatus")
        self.need_grid = QGridLayout()
        self.need_grid.setSpacing(20)
        self.need_grid.setColumnStretch(0, 1)
        self.need_grid.setColumnStretch(1, 1)
        holder = QWidget()
        holder.setLayout(self.need_grid)
        self.need_back = self._back_button("needBack", self.reset)
        layout = QVBoxLayout(page)
        layout.addWidget(self.need_welcome)
        layout.addWidget(heading)
        layout.addWidget(hint)
        layout.addSpacing(12)
        layout.addWidget(self._scrolling(holder), 1)
        layout.addWidget(self.need_status)
        layout.addLayout(self._bottom_bar(self.need_back))
        return page

    def _choice_page(self) -> QWidget:
        page = QWidget()
        self.choice_heading = _heading("kioskHeading")
        self.choice_hint = _heading("kioskHint")
        self.choice_status = _heading("kioskStatus")
        self.choice_list = QVBoxLayout()
        self.choice_list.setSpacing(16)
        holder = QWidget()
        outer = QVBoxLayout(holder)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addLayout(self.choice_list)
        outer.addStretch(1)
        self.choice_group = QButtonGroup(self)
        self.take_button = style_kind(QPushButton(), "primary")
        self.take_button.setObjectName("takeTicket")
        self._bind(self.take_button.setText, QT_TRANSLATE_NOOP("Kiosk", "Take a ticket"))
        self.take_button.clicked.connect(self.take_ticket)
        self.choice_back = self._back_button("choiceBack", self._show_need)
        layout = QVBoxLayout(page)
        layout.addWidget(self.choice_heading)
        layout.addWidget(self.choice_hint)
        layout.addSpacing(12)
        layout.addWidget(self._scrolling(holder), 1)
        layout.addWidget(self.choice_status)
        layout.addLayout(self._bottom_bar(self.choice_back, self.take_button))
        return page

    def _ticket_page(self) -> QWidget:
        page = TouchPage()
        page.touched.connect(self.reset)
        self.ticket_intro = _heading("ticketIntro")
        self._bind(self.ticket_intro.setText, QT_TRANSLATE_NOOP("Kiosk", "Your number is"))
        self.ticket_number = _heading("ticketNumber")
        self.ticket_services = _heading("ticketServices")
        self.ticket_wait = _heading("ticketWait")
        self.print_problem = _heading("printProblem")
        self.print_problem.hide()
        self.ticket_hint = _heading("ticketHint")
        layout = QVBoxLayout(page)
        layout.addStretch(1)
        for widget in (self.ticket_intro, self.ticket_number, self.ticket_services):
            layout.addWidget(widget)
        layout.addSpacing(16)
        layout.addWidget(self.ticket_wait)
        layout.addSpacing(16)
        layout.addWidget(self.print_problem)
        layout.addStretch(1)
        layout.addWidget(self.ticket_hint)
        return page

    def _appointment_page(self) -> QWidget:
        page = QWidget()
        heading = _heading("kioskHeading")
        self._bind(heading.setText, QT_TRANSLATE_NOOP("Kiosk", "Check in for your appointment"))
        hint = _heading("kioskHint")
        self._bind(
            hint.setText,
            QT_TRANSLATE_NOOP(
                "Kiosk", "Type the six-character booking code from your appointment confirmation."
            ),
        )
        self.code_label = QLabel()
        self.code_label.setObjectName("bookingCode")
        self.code_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.keypad = Keypad(BOOKING_ALPHABET)
        self.keypad.typed.connect(self.type_code)
        self.keypad.erased.connect(self._erase_code)
        self.keypad.cleared.connect(lambda: self._set_code(""))
        self._bind(self.keypad.clear_key.setText, QT_TRANSLATE_NOOP("Kiosk", "Clear"))
        self._bind(self.keypad.erase_key.setAccessibleName, QT_TRANSLATE_NOOP("Kiosk", "Erase"))
        self.code_status = _heading("kioskStatus")
        self.check_in_button = style_kind(QPushButton(), "primary")
        self.check_in_button.setObjectName("checkIn")
        self._bind(self.check_in_button.setText, QT_TRANSLATE_NOOP("Kiosk", "Check in"))
        self.check_in_button.clicked.connect(self.check_in)
        self.code_back = self._back_button("codeBack", self._show_need)
        layout = QVBoxLayout(page)
        layout.addWidget(heading)
        layout.addWidget(hint)
        layout.addSpacing(8)
        layout.addWidget(self.code_label, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addSpacing(8)
        layout.addWidget(self.keypad, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.code_status, 1)
        layout.addLayout(self._bottom_bar(self.code_back, self.check_in_button))
        self._set_code("")
        return page

    def _scrolling(self, holder: QWidget) -> QScrollArea:
        area = QScrollArea()
        area.setWidgetResizable(True)
        area.setWidget(holder)
        area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        QScroller.grabGesture(area.viewport(), QScroller.ScrollerGestureType.TouchGesture)
        return area

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
            self._show_need_status()

    def show_catalogue(self, catalogue: KioskCatalogue) -> None:
        """Offer ``catalogue`` (also used directly by screenshots)."""
        self.catalogue = catalogue
        site = catalogue.site
        names = [site.fi, site.sv] if site else []
        self.site_label.setText(" · ".join(dict.fromkeys(name for name in names if name)))
        welcome = catalogue.lobby.kiosk_welcome
        self.lobby_welcome.setText(
            "\n".join(dict.fromkeys((welcome.fi, welcome.sv, welcome.en))) if welcome else ""
        )
        self.lobby_welcome.setVisible(welcome is not None)
        if self.stack.currentIndex() == self.PAGE_NEED:
            self._show_need()
        self.catalogue_loaded.emit()

    def _touched(self) -> None:
        """A visitor is here: give them time before the kiosk starts over."""
        if self.stack.currentIndex() != self.PAGE_LANGUAGE:
            self._idle_timer.start()

    def _idle(self) -> None:
        if self._busy or self.stack.currentIndex() == self.PAGE_TICKET:
            return
        log.info("Kiosk left idle; back to the first page")
        self.reset()

    def reset(self) -> None:
        """Back to the first page for the next visitor."""
        self._result_timer.stop()
        self._idle_timer.stop()
        if self._busy:
            return  # the ticket being issued still has to be shown
        self._set_code("")
        for status in (self.need_status, self.choice_status, self.code_status):
            status.clear()
        self.stack.setCurrentIndex(self.PAGE_LANGUAGE)
        self._load_catalogue()  # services and waits may have changed since

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """A keyboard works on the check-in page too (for staff and for testing)."""
        if self.stack.currentIndex() == self.PAGE_APPOINTMENT:
            text = event.text().upper()
            if text and text in BOOKING_ALPHABET:
                self.type_code(text)
                return
            if event.key() == Qt.Key.Key_Backspace:
                self._erase_code()
                return
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.check_in()
                return
        super().keyPressEvent(event)

    # ------------------------------------------------------------ the visitor's way
    def choose_language(self, language: str) -> None:
        self.language = language
        self._retranslate()
        self._show_need()

    def _show_need(self) -> None:
        self._clear(self.need_grid)
        self.need_status.clear()
        catalogue = self.catalogue
        welcome = catalogue.lobby.kiosk_welcome if catalogue else None
        self.need_welcome.setText(welcome.get(self.language) if welcome else "")
        self.need_welcome.setVisible(welcome is not None)
        if catalogue is None:
            self._load_catalogue()
            self._show_need_status()
        else:
            buttons: list[ChoiceButton] = []
            offered = catalogue.offered
            for agency in catalogue.agencies:
                services = [s for s in offered if s.agency_code == agency.code]
                if not services:
                    continue
                closed = not any(self._open(service) for service in services)
                button = ChoiceButton(
                    agency.names.get(self.language),
                    self._t(QT_TRANSLATE_NOOP("Kiosk", "Closed now")) if closed else "",
                )
                button.setObjectName(f"agency_{agency.code}")
                button.clicked.connect(lambda _checked=False, a=agency: self._show_services(a))
                buttons.append(button)
            if catalogue.offered_life_events:
                events = ChoiceButton(
                    self._t(QT_TRANSLATE_NOOP("Kiosk", "Life events")),
                    self._t(QT_TRANSLATE_NOOP("Kiosk", "One ticket for several services")),
                )
                events.setObjectName("lifeEvents")
                events.clicked.connect(self._show_life_events)
                buttons.append(events)
            appointment = ChoiceButton(
                self._t(QT_TRANSLATE_NOOP("Kiosk", "I have an appointment")),
                self._t(QT_TRANSLATE_NOOP("Kiosk", "Check in with your booking code")),
            )
            appointment.setObjectName("appointment")
            appointment.clicked.connect(self._show_appointment)
            buttons.append(appointment)
            for number, button in enumerate(buttons):
                self.need_grid.addWidget(button, number // 2, number % 2)
        self.stack.setCurrentIndex(self.PAGE_NEED)
        self._touched()

    # ------------------------------------------------------------ opening hours
    def _open(self, service: ServiceInfo) -> bool:
        hours = self.catalogue.lobby.hours if self.catalogue else None
        return is_open(service, hours, self.clock())

    def closed_text(self, service: ServiceInfo) -> str:
        """ "Closed now" and when the service opens next, in the visitor's language."""
        hours = hours_of(service, self.catalogue.lobby.hours if self.catalogue else None)
        now = self.clock()
        opens = next_opening(hours, now) if hours is not None else None
        if opens is None:
            return self._t(QT_TRANSLATE_NOOP("Kiosk", "Closed now"))
        at = f"{opens:%H:%M}" if self.language == "en" else f"{opens.hour}.{opens:%M}"
        days = (opens.date() - local_time(now).date()).days
        if days == 0:
            return self._t(
                QT_TRANSLATE_NOOP("Kiosk", "Closed now. Opens today at {time}."), time=at
            )
        if days == 1:
            return self._t(
                QT_TRANSLATE_NOOP("Kiosk", "Closed now. Opens tomorrow at {time}."), time=at
            )
        return self._t(
            QT_TRANSLATE_NOOP("Kiosk", "Closed now. Opens on {day} at {time}."),
            day=self._t(WEEKDAYS[opens.weekday()]),
            time=at,
        )

    def _show_need_status(self) -> None:
        """Without the services: say that they are coming, or whom to ask."""
        if self._loading:
            self.need_status.setProperty("tone", "info")
            self.need_status.setText(self._t(QT_TRANSLATE_NOOP("Kiosk", "One moment, please…")))
        else:
            self.need_status.setProperty("tone", "error")
            self.need_status.setText(
                self._t(
                    QT_TRANSLATE_NOOP(
                        "Kiosk",
                        "The ticket machine cannot reach the queue just now. "
                        "Please ask the lobby guide.",
                    )
                )
            )
        self._repolish(self.need_status)

    def _show_services(self, agency: AgencyInfo) -> None:
        assert self.catalogue is not None
        self._agency = agency
        services = [s for s in self.catalogue.offered if s.agency_code == agency.code]
        self.choice_heading.setText(agency.names.get(self.language))
        self.choice_hint.setText(
            self._t(QT_TRANSLATE_NOOP("Kiosk", "Choose one or more services, then take a ticket."))
        )
        choices: list[Choice] = []
        for service in services:
            if self._open(service):
                wait = self.catalogue.estimates.get(service.id, 0)
                choices.append(
                    Choice(
                        service.code,
                        service.names.get(self.language),
                        wait_text(self.texts, self.language, wait),
                    )
                )
            else:
                choices.append(
                    Choice(
                        service.code,
                        service.names.get(self.language),
                        self.closed_text(service),
                        closed=True,
                    )
                )
        self._fill_choices(choices, exclusive=False)

    def _show_life_events(self) -> None:
        assert self.catalogue is not None
        self._agency = None
        services = {service.code: service for service in self.catalogue.offered}
        self.choice_heading.setText(self._t(QT_TRANSLATE_NOOP("Kiosk", "Life events")))
        self.choice_hint.setText(
            self._t(
                QT_TRANSLATE_NOOP(
                    "Kiosk",
                    "Choose what is happening in your life. One ticket takes you "
                    "through every service it needs, in order.",
                )
            )
        )
        closed_now = self._t(QT_TRANSLATE_NOOP("Kiosk", "closed now"))
        choices: list[Choice] = []
        for event in self.catalogue.offered_life_events:
            steps = [services[code] for code in event.service_codes]
            open_steps = [self._open(service) for service in steps]
            path = " → ".join(
                service.names.get(self.language) + ("" if opened else f" ({closed_now})")
                for service, opened in zip(steps, open_steps, strict=True)
            )
            choices.append(
                Choice(event.code, event.names.get(self.language), path, closed=not any(open_steps))
            )
        self._fill_choices(choices, exclusive=True)

    def _fill_choices(self, choices: Sequence[Choice], *, exclusive: bool) -> None:
        self._touched()
        for button in self.choice_group.buttons():
            self.choice_group.removeButton(button)
        self._clear(self.choice_list)
        self.choice_group.setExclusive(exclusive)
        for choice in choices:
            button = ChoiceButton(choice.title, choice.subtitle, checkable=True)
            button.setObjectName(f"choice_{choice.code}")
            button.setProperty("code", choice.code)
            # Shown, so the visitor learns when it opens, but not to be chosen.
            button.set_closed(choice.closed)
            button.toggled.connect(self._choices_changed)
            self.choice_group.addButton(button)
            self.choice_list.addWidget(button)
        self.choice_status.clear()
        self._choices_changed()
        self.stack.setCurrentIndex(self.PAGE_CHOICE)

    def _choices_changed(self) -> None:
        self._touched()
        self.take_button.setEnabled(bool(self.chosen_codes()) and not self._busy)

    def chosen_codes(self) -> list[str]:
        """Service or life-event codes the visitor has ticked, in the order shown."""
        return [
            str(button.property("code"))
            for button in self.choice_group.buttons()
            if button.isChecked()
        ]

    def _show_appointment(self) -> None:
        self._touched()
        self._set_code("")
        self.code_status.clear()
        self.stack.setCurrentIndex(self.PAGE_APPOINTMENT)

    # ------------------------------------------------------------ booking code
    def type_code(self, character: str) -> None:
        self._touched()
        if len(self._code) < CODE_LENGTH:
            self._set_code(self._code + character)

    def _erase_code(self) -> None:
        self._touched()
        self._set_code(self._code[:-1])

    def _set_code(self, code: str) -> None:
        self._code = code
        shown = code + "_" * (CODE_LENGTH - len(code))
        self.code_label.setText(" ".join(shown))
        self.code_label.setAccessibleName(code)
        self.code_status.clear()
        self.check_in_button.setEnabled(len(code) == CODE_LENGTH and not self._busy)

    def booking_code(self) -> str:
        return self._code

    # ------------------------------------------------------------ issuing
    def take_ticket(self) -> None:
        codes = self.chosen_codes()
        if self._busy or not codes:
            return
        language = Language(self.language)
        queue = self.desk.queue
        if self._agency is None:
            event = codes[0]
            self._issue(
                lambda: queue.issue_life_event(event, language=language, source="kiosk"),
                self.choice_status,
            )
        else:
            self._issue(
                lambda: queue.issue(codes, language=language, source="kiosk"), self.choice_status
            )

    def check_in(self) -> None:
        code = self._code
        if self._busy or len(code) != CODE_LENGTH:
            return
        self._issue(lambda: self.desk.queue.check_in(code), self.code_status)

    def _issue(self, work: Callable[[], IssuedTicket], status: QLabel) -> None:
        self._touched()
        self._busy = True
        self.take_button.setEnabled(False)
        self.check_in_button.setEnabled(False)
        status.setProperty("tone", "info")
        status.setText(self._t(QT_TRANSLATE_NOOP("Kiosk", "One moment, please…")))
        self._repolish(status)
        run_in_background(
            work,
            self._issued,
            lambda error: self._issue_failed(error, status),
            context=self,
            pool=database_pool(),
        )

    def _issue_failed(self, error: BaseException, status: QLabel) -> None:
        self._busy = False
        self._choices_changed()
        self._set_code(self._code)
        status.setProperty("tone", "error")
        self._repolish(status)
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
        self._busy = False
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
        self.ticket_number.setText(ticket.ticket_number)
        self.ticket_services.setText(
            "\n".join(service.names.get(self.language) for service in ticket.services)
        )
        self.ticket_wait.setText(
            wait_text(self.texts, self.language, ticket.estimated_wait_minutes)
        )
        self.print_problem.setText(problem)
        self.print_problem.setVisible(bool(problem))
        if problem:
            hint = QT_TRANSLATE_NOOP("Kiosk", "Watch the screen for your number. Touch to finish.")
        else:
            hint = QT_TRANSLATE_NOOP(
                "Kiosk", "Take your ticket and watch the screen for your number. Touch to finish."
            )
        self.ticket_hint.setText(self._t(hint))
        for status in (self.choice_status, self.code_status):
            status.clear()
        self.stack.setCurrentIndex(self.PAGE_TICKET)
        self._result_timer.start()
        self.ticket_shown.emit(ticket)

    # ------------------------------------------------------------ helpers
    @staticmethod
    def _clear(layout: QGridLayout | QVBoxLayout) -> None:
        while layout.count():
            item = layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.setParent(None)
                widget.deleteLater()

    @staticmethod
    def _repolish(widget: QWidget) -> None:
        widget.style().unpolish(widget)
        widget.style().polish(widget)
