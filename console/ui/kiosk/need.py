"""The kiosk's second page: what the visitor needs (an agency, life events, or
check-in for an appointment)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGridLayout, QPushButton, QVBoxLayout, QWidget

from console.core.records import AgencyInfo
from console.core.text import QT_TRANSLATE_NOOP
from console.ui.kiosk.catalogue import KioskCatalogue
from console.ui.kiosk.context import KioskContext
from console.ui.kiosk.parts import (
    ChoiceButton,
    ReachGap,
    back_button,
    bottom_bar,
    clear_layout,
    heading,
    repolish,
    scrolling,
    status_label,
    style_kind,
)


class NeedPage(QWidget):
    """A button for each agency with services here, life events and appointments."""

    agency_chosen = Signal(object)  # AgencyInfo
    life_events_chosen = Signal()
    appointment_chosen = Signal()
    feedback_chosen = Signal()
    back = Signal()
    activity = Signal()  # the visitor did something: the kiosk waits longer

    def __init__(self, context: KioskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        # The desk's welcome in the visitor's language, when the desk file has one.
        self.welcome = heading("kioskHint")
        self.welcome.setObjectName("kioskNeedWelcome")
        self.welcome.hide()
        title = heading("kioskHeading")
        context.bind(title.setText, QT_TRANSLATE_NOOP("Kiosk", "What do you need?"))
        hint = heading("kioskHint")
        context.bind(
            hint.setText,
            QT_TRANSLATE_NOOP("Kiosk", "Choose the agency whose services you need."),
        )
        self.status = status_label()
        self.grid = QGridLayout()
        self.grid.setSpacing(20)
        self.columns = 2  # one in large text, so that long names wrap less
        self.buttons: list[ChoiceButton] = []
        holder = QWidget()
        holder.setLayout(self.grid)
        self.area = scrolling(holder)
        self.gap = ReachGap()
        self.gaps = [self.gap]
        self.back_button = back_button("needBack")
        context.bind(self.back_button.setText, QT_TRANSLATE_NOOP("Kiosk", "Back"))
        self.back_button.clicked.connect(self._go_back)
        # After a visit: always in sight, beside Back, whatever the list of agencies.
        self.feedback_button = style_kind(QPushButton(), "secondary")
        self.feedback_button.setObjectName("feedback")
        context.bind(self.feedback_button.setText, QT_TRANSLATE_NOOP("Kiosk", "How did we do?"))
        self.feedback_button.clicked.connect(self.feedback_chosen)
        layout = QVBoxLayout(self)
        layout.addWidget(self.welcome)
        layout.addWidget(title)
        layout.addWidget(hint)
        layout.addSpacing(12)
        layout.addWidget(self.gap)
        layout.addWidget(self.area, 1)
        layout.addWidget(self.status)
        layout.addLayout(bottom_bar(self.back_button, self.feedback_button))

    def _go_back(self) -> None:
        self.activity.emit()
        self.back.emit()

    def show_catalogue(self, catalogue: KioskCatalogue | None) -> None:
        """The choices of ``catalogue`` in the visitor's language (none without it)."""
        clear_layout(self.grid)
        self.buttons = []
        self.status.clear()
        language = self.context.language
        welcome = catalogue.lobby.kiosk_welcome if catalogue else None
        self.welcome.setText(welcome.get(language) if welcome else "")
        self.welcome.setVisible(welcome is not None)
        if catalogue is None:
            return
        t = self.context.t
        buttons: list[ChoiceButton] = []
        offered = catalogue.offered
        for agency in catalogue.agencies:
            services = [s for s in offered if s.agency_code == agency.code]
            if not services:
                continue
            closed = not any(self.context.is_open(service) for service in services)
            button = ChoiceButton(
                agency.names.get(language),
                t(QT_TRANSLATE_NOOP("Kiosk", "Closed now")) if closed else "",
            )
            button.setObjectName(f"agency_{agency.code}")
            button.set_closed_note(closed)
            button.clicked.connect(lambda _checked=False, a=agency: self._choose_agency(a))
            buttons.append(button)
        if catalogue.offered_life_events:
            events = ChoiceButton(
                t(QT_TRANSLATE_NOOP("Kiosk", "Life events")),
                t(QT_TRANSLATE_NOOP("Kiosk", "One ticket for several services")),
            )
            events.setObjectName("lifeEvents")
            events.clicked.connect(self.life_events_chosen)
            buttons.append(events)
        appointment = ChoiceButton(
            t(QT_TRANSLATE_NOOP("Kiosk", "I have an appointment")),
            t(QT_TRANSLATE_NOOP("Kiosk", "Check in with your booking code")),
        )
        appointment.setObjectName("appointment")
        appointment.clicked.connect(self.appointment_chosen)
        buttons.append(appointment)

        self.buttons = buttons
        self._place()

    def set_columns(self, columns: int) -> None:
        """Lay the choices out in ``columns`` columns (one in large text)."""
        self.columns = columns
        self._place()

    def _place(self) -> None:
        for button in self.buttons:
            self.grid.removeWidget(button)
        for column in range(2):
            self.grid.setColumnStretch(column, 1 if column < self.columns else 0)
        for number, button in enumerate(self.buttons):
            self.grid.addWidget(button, number // self.columns, number % self.columns)
        self.area.fit()

    def _choose_agency(self, agency: AgencyInfo) -> None:
        self.agency_chosen.emit(agency)

    def show_status(self, *, loading: bool) -> None:
        """Without the services: say that they are coming, or whom to ask."""
        t = self.context.t
        if loading:
            self.status.setProperty("tone", "info")
            self.status.setText(t(QT_TRANSLATE_NOOP("Kiosk", "One moment, please…")))
        else:
            self.status.setProperty("tone", "error")
            self.status.setText(
                t(
                    QT_TRANSLATE_NOOP(
                        "Kiosk",
                        "The ticket machine cannot reach the queue just now. "
                        "Please ask the lobby guide.",
                    )
                )
            )
        repolish(self.status)
