"""What the kiosk's pages share with its window: the visitor's language and the kiosk's
words in it, what the kiosk offers, the clock for opening hours, and whether a ticket
is being issued.

Everything a visitor reads is translated into the language they chose
(:mod:`console.ui.shared.visitor_text`), not the staff's; texts are marked
``QT_TRANSLATE_NOOP("Kiosk", ...)`` for lupdate, in context "Kiosk" on every page.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from console.core.opening import hours_of, is_open, next_opening
from console.core.queue import local_time, utc_now
from console.core.records import ServiceInfo
from console.core.text import QT_TRANSLATE_NOOP
from console.ui.kiosk.catalogue import KioskCatalogue
from console.ui.shared.visitor_text import VisitorText

CONTEXT = "Kiosk"

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


class KioskContext:
    """The state of the kiosk every page reads; the window changes it."""

    def __init__(self, texts: VisitorText) -> None:
        self.texts = texts
        self.language = "fi"
        self.catalogue: KioskCatalogue | None = None
        # What time it is for opening hours (tests set their own).
        self.clock: Callable[[], datetime] = utc_now
        # A ticket is being issued: neither Take a ticket nor Check in may start another.
        self.busy = False
        self._bound: list[tuple[Callable[[str], None], str]] = []

    # ------------------------------------------------------------ texts
    def t(self, source: str, **params: object) -> str:
        """``source`` (marked with QT_TRANSLATE_NOOP("Kiosk", ...)) in the visitor's language."""
        return self.texts.text(self.language, CONTEXT, source, **params)

    def bind(self, setter: Callable[[str], None], source: str) -> None:
        """Show ``source`` through ``setter`` now and again whenever the language changes."""
        self._bound.append((setter, source))
        setter(self.t(source))

    def set_language(self, language: str) -> None:
        self.language = language
        self.retranslate()

    def retranslate(self) -> None:
        for setter, source in self._bound:
            setter(self.t(source))

    # ------------------------------------------------------------ opening hours
    def is_open(self, service: ServiceInfo) -> bool:
        hours = self.catalogue.lobby.hours if self.catalogue else None
        return is_open(service, hours, self.clock())

    def closed_text(self, service: ServiceInfo) -> str:
        """ "Closed now" and when the service opens next, in the visitor's language."""
        if service.tickets_closed:
            return self.t(
                QT_TRANSLATE_NOOP("Kiosk", "No more tickets today. Please ask the lobby guide.")
            )
        hours = hours_of(service, self.catalogue.lobby.hours if self.catalogue else None)
        now = self.clock()
        opens = next_opening(hours, now) if hours is not None else None
        if opens is None:
            return self.t(QT_TRANSLATE_NOOP("Kiosk", "Closed now"))
        at = f"{opens:%H:%M}" if self.language == "en" else f"{opens.hour}.{opens:%M}"
        days = (opens.date() - local_time(now).date()).days
        if days == 0:
            return self.t(QT_TRANSLATE_NOOP("Kiosk", "Closed now. Opens today at {time}."), time=at)
        if days == 1:
            return self.t(
                QT_TRANSLATE_NOOP("Kiosk", "Closed now. Opens tomorrow at {time}."), time=at
            )
        return self.t(
            QT_TRANSLATE_NOOP("Kiosk", "Closed now. Opens on {day} at {time}."),
            day=self.t(WEEKDAYS[opens.weekday()]),
            time=at,
        )
