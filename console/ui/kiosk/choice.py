"""The kiosk's choice page: an agency's services, or the life events, to tick before
taking a ticket."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QButtonGroup, QPushButton, QVBoxLayout, QWidget

from console.core.records import AgencyInfo
from console.core.text import QT_TRANSLATE_NOOP
from console.ui.kiosk.context import KioskContext
from console.ui.kiosk.parts import (
    ChoiceButton,
    ReachGap,
    back_button,
    bottom_bar,
    clear_layout,
    heading,
    scrolling,
    status_label,
    style_kind,
)
from console.ui.queue.ticket_print import wait_text


@dataclass(frozen=True)
class Choice:
    """One service or life event on the choice page."""

    code: str
    title: str
    subtitle: str
    closed: bool = False


class ChoicePage(QWidget):
    """Services of one agency (several may be ticked) or life events (one)."""

    services_taken = Signal(list)  # the ticked service codes
    life_event_taken = Signal(str)  # the chosen life event's code
    back = Signal()
    activity = Signal()  # the visitor did something: the kiosk waits longer

    def __init__(self, context: KioskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.agency: AgencyInfo | None = None  # None when life events are shown
        self.heading = heading("kioskHeading")
        self.hint = heading("kioskHint")
        self.status = status_label()
        self.choices = QVBoxLayout()
        self.choices.setSpacing(16)
        holder = QWidget()
        outer = QVBoxLayout(holder)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addLayout(self.choices)
        outer.addStretch(1)
        self.area = scrolling(holder)
        self.gap = ReachGap()
        self.gaps = [self.gap]
        self.group = QButtonGroup(self)
        self.take_button: QPushButton = style_kind(QPushButton(), "primary")
        self.take_button.setObjectName("takeTicket")
        context.bind(self.take_button.setText, QT_TRANSLATE_NOOP("Kiosk", "Take a ticket"))
        self.take_button.clicked.connect(self.take_ticket)
        self.back_button = back_button("choiceBack")
        context.bind(self.back_button.setText, QT_TRANSLATE_NOOP("Kiosk", "Back"))
        self.back_button.clicked.connect(self._go_back)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.hint)
        layout.addSpacing(12)
        layout.addWidget(self.gap)
        layout.addWidget(self.area, 1)
        layout.addWidget(self.status)
        layout.addLayout(bottom_bar(self.back_button, self.take_button))

    def _go_back(self) -> None:
        self.activity.emit()
        self.back.emit()

    def show_services(self, agency: AgencyInfo) -> None:
        """The kiosk's services of ``agency``: waits of the open ones, hours of the closed."""
        catalogue = self.context.catalogue
        assert catalogue is not None
        language = self.context.language
        self.agency = agency
        services = [s for s in catalogue.offered if s.agency_code == agency.code]
        self.heading.setText(agency.names.get(language))
        self.hint.setText(
            self.context.t(
                QT_TRANSLATE_NOOP("Kiosk", "Choose one or more services, then take a ticket.")
            )
        )
        choices: list[Choice] = []
        for service in services:
            if self.context.is_open(service):
                wait = catalogue.estimates.get(service.id, 0)
                choices.append(
                    Choice(
                        service.code,
                        service.names.get(language),
                        wait_text(self.context.texts, language, wait),
                    )
                )
            else:
                choices.append(
                    Choice(
                        service.code,
                        service.names.get(language),
                        self.context.closed_text(service),
                        closed=True,
                    )
                )
        self._fill(choices, exclusive=False)

    def show_life_events(self) -> None:
        """The life events offered here, each with the services it leads through."""
        catalogue = self.context.catalogue
        assert catalogue is not None
        language = self.context.language
        t = self.context.t
        self.agency = None
        services = {service.code: service for service in catalogue.offered}
        self.heading.setText(t(QT_TRANSLATE_NOOP("Kiosk", "Life events")))
        self.hint.setText(
            t(
                QT_TRANSLATE_NOOP(
                    "Kiosk",
                    "Choose what is happening in your life. One ticket takes you "
                    "through every service it needs, in order.",
                )
            )
        )
        closed_now = t(QT_TRANSLATE_NOOP("Kiosk", "closed now"))
        choices: list[Choice] = []
        for event in catalogue.offered_life_events:
            steps = [services[code] for code in event.service_codes]
            open_steps = [self.context.is_open(service) for service in steps]
            path = " → ".join(
                service.names.get(language) + ("" if opened else f" ({closed_now})")
                for service, opened in zip(steps, open_steps, strict=True)
            )
            choices.append(
                Choice(event.code, event.names.get(language), path, closed=not any(open_steps))
            )
        self._fill(choices, exclusive=True)

    def _fill(self, choices: Sequence[Choice], *, exclusive: bool) -> None:
        self.activity.emit()
        for button in self.group.buttons():
            self.group.removeButton(button)
        clear_layout(self.choices)
        self.group.setExclusive(exclusive)
        for choice in choices:
            button = ChoiceButton(choice.title, choice.subtitle, checkable=True)
            button.setObjectName(f"choice_{choice.code}")
            button.setProperty("code", choice.code)
            # Shown, so the visitor learns when it opens, but not to be chosen.
            button.set_closed(choice.closed)
            button.toggled.connect(self.refresh)
            self.group.addButton(button)
            self.choices.addWidget(button)
        self.status.clear()
        self.area.fit()
        self.refresh()

    def closed_choices(self) -> list[ChoiceButton]:
        """Choices shown but not to be chosen (speech reads them with the heading: keys
        cannot reach a button that is off)."""
        return [
            button
            for button in self.group.buttons()
            if isinstance(button, ChoiceButton) and not button.isEnabled()
        ]

    def refresh(self) -> None:
        """Take a ticket is for a visitor who has ticked something, when none is being issued."""
        self.activity.emit()
        self.take_button.setEnabled(bool(self.chosen_codes()) and not self.context.busy)

    def hold(self) -> None:
        """A ticket is being issued: no second one meanwhile."""
        self.take_button.setEnabled(False)

    def chosen_codes(self) -> list[str]:
        """Service or life-event codes the visitor has ticked, in the order shown."""
        return [
            str(button.property("code")) for button in self.group.buttons() if button.isChecked()
        ]

    def take_ticket(self) -> None:
        codes = self.chosen_codes()
        if self.context.busy or not codes:
            return
        if self.agency is None:
            self.life_event_taken.emit(codes[0])
        else:
            self.services_taken.emit(codes)
