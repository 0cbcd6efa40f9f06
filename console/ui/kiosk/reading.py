"""Read aloud: what the kiosk says, in the visitor's language, while speech is on.

The visitor turns speech on for their visit (the bar's button, ``*`` or F12); then
each page's headings are read when it is shown, each choice as it gets the keyboard
focus (its title and second line, which says when a service is closed), the ticket's
number and wait, and the warning before the kiosk starts over. Something new cuts
short what was being read (:meth:`Speaker.interrupt`). The speaking itself is
:mod:`console.ui.shared.speech`'s, on its own thread.
"""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractButton, QWidget

from console.core.records import IssuedTicket
from console.core.text import QT_TRANSLATE_NOOP
from console.ui.kiosk.context import CONTEXT, KioskContext
from console.ui.kiosk.parts import ChoiceButton
from console.ui.queue.ticket_print import wait_text
from console.ui.shared.speech import Speaker, Utterance, spoken_ticket
from console.ui.shared.visitor_text import VISITOR_LANGUAGES

SELECTED = QT_TRANSLATE_NOOP("Kiosk", "Selected")
NOT_SELECTED = QT_TRANSLATE_NOOP("Kiosk", "Not selected")
YOUR_NUMBER = QT_TRANSLATE_NOOP("Kiosk", "Your number is {number}.")
WAIT_ONE = QT_TRANSLATE_NOOP("Kiosk", "Estimated wait about one minute.")
WAIT_MINUTES = QT_TRANSLATE_NOOP("Kiosk", "Estimated wait about {minutes} minutes.")
CODE_SO_FAR = QT_TRANSLATE_NOOP("Kiosk", "Code: {code}")
NO_CODE = QT_TRANSLATE_NOOP("Kiosk", "No code typed")


# The kiosk's voice starts at this loudness for every visitor (EN 301 549 5.1.3.13)
# and goes up or down in these steps (5.1.3.12).
NORMAL_VOLUME = 70
VOLUME_STEP = 15
MIN_VOLUME = 25


class ReadAloud:
    """Speech for one visit: off until the visitor turns it on."""

    def __init__(self, speaker: Speaker | None, context: KioskContext) -> None:
        self.speaker = speaker
        self.context = context
        self.on = False
        self._last: list[Utterance] = []
        if speaker is not None:
            speaker.volume = NORMAL_VOLUME

    @property
    def offered(self) -> bool:
        """A speech engine is there to speak (else the kiosk offers no button)."""
        return self.speaker is not None and self.speaker.available

    def set_on(self, on: bool) -> None:
        self.on = on and self.offered
        if not self.on and self.speaker is not None:
            self.speaker.interrupt()
            self.speaker.volume = NORMAL_VOLUME  # the next visitor starts at the normal volume
            self._last = []

    def code(self, code: str) -> None:
        """The booking code typed so far, letter by letter (it is on screen, not heard)."""
        if code:
            self.say(self.context.t(CODE_SO_FAR, code=" ".join(code)))
        else:
            self.say(self.context.t(NO_CODE))

    def repeat(self) -> None:
        """Say again what was said last (EN 301 549 5.1.3.4: speech can be repeated)."""
        if self.on and self.speaker is not None and self._last:
            self.speaker.interrupt()
            self.speaker.say(*self._last)

    def louder(self, step: int = VOLUME_STEP) -> int:
        """Turn the voice up (or down, with a negative step) and say the last words again
        at the new volume, so the visitor hears the difference. Returns the volume."""
        if self.speaker is None:
            return 0
        self.speaker.volume = max(MIN_VOLUME, min(100, self.speaker.volume + step))
        self.repeat()
        return self.speaker.volume

    def stop(self) -> None:
        """The kiosk closes: silence, and end the speaker's worker."""
        self.on = False
        if self.speaker is not None:
            self.speaker.stop()

    def say(self, *items: str | Utterance) -> None:
        """Speak ``items`` (texts in the visitor's language) instead of what is being said."""
        if not self.on or self.speaker is None:
            return
        utterances = [
            item if isinstance(item, Utterance) else Utterance(item, self.context.language)
            for item in items
            if (item.text if isinstance(item, Utterance) else item).strip()
        ]
        self.speaker.interrupt()
        if utterances:
            self._last = utterances
            self.speaker.say(*utterances)

    # ------------------------------------------------------------ what is read
    def name_of(self, widget: QWidget) -> list[Utterance]:
        """What is read when ``widget`` gets the focus."""
        language = self.context.language
        code = str(widget.property("language") or "")
        if isinstance(widget, ChoiceButton):
            # A language is named in itself and read in itself (nobody has chosen yet).
            text = widget.spoken_text()
            if code in VISITOR_LANGUAGES:
                return [Utterance(text, code)]
        elif isinstance(widget, QAbstractButton):
            text = widget.accessibleName() or widget.text()
        else:
            text = widget.accessibleName()
        if isinstance(widget, QAbstractButton) and widget.isCheckable() and widget.isChecked():
            text = f"{text}. {self.context.t(SELECTED)}"
        return [Utterance(text.removeprefix("✓ "), language)]

    def state_of(self, button: QAbstractButton) -> str:
        """Selected or not, after a checkable button was pressed."""
        return self.context.t(SELECTED if button.isChecked() else NOT_SELECTED)

    def welcome(self) -> list[Utterance]:
        """The first page: welcome and choose your language, in each language in turn."""
        texts = self.context.texts
        utterances = []
        for language in VISITOR_LANGUAGES:
            welcome = texts.text(language, CONTEXT, QT_TRANSLATE_NOOP("Kiosk", "Welcome"))
            choose = texts.text(
                language, CONTEXT, QT_TRANSLATE_NOOP("Kiosk", "Choose your language")
            )
            utterances.append(Utterance(f"{welcome}. {choose}.", language))
        return utterances

    def ticket(self, ticket: IssuedTicket, problem: str) -> list[str]:
        """The ticket page: "Your number is K 12. Estimated wait about 15 minutes." """
        t = self.context.t
        minutes = ticket.estimated_wait_minutes
        if minutes <= 0:
            wait = wait_text(self.context.texts, self.context.language, minutes) + "."
        elif minutes == 1:
            wait = t(WAIT_ONE)
        else:
            wait = t(WAIT_MINUTES, minutes=minutes)
        said = [f"{t(YOUR_NUMBER, number=spoken_ticket(ticket.ticket_number))} {wait}"]
        if problem:
            said.append(problem)
        return said
