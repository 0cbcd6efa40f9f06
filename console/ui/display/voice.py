"""The lobby's voice: each call chimes, then is read out in the desk's languages.

"Vuoronumero K 12, tiski 3", then the same in Swedish and English, as the desk
sets it (``display.voice_*`` settings). Everything goes through one
:class:`~console.ui.shared.speech.Speaker`, so a chime and the call-outs after it
never overlap with the next call's. Quiet hours (an evening event in the lobby,
say) keep the chime and silence the voice.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any, Protocol

from console.core.hours import QuietHours
from console.core.queue import local_time
from console.core.records import CalledTicket
from console.core.resources import resource_path
from console.core.text import QT_TRANSLATE_NOOP
from console.ui.shared.speech import (
    SPEECH_LANGUAGES,
    Item,
    Sound,
    Speaker,
    Utterance,
    spoken_ticket,
)
from console.ui.shared.visitor_text import VisitorText

log = logging.getLogger(__name__)

_CTX = "Announcement"
CALL_OUT = QT_TRANSLATE_NOOP("Announcement", "Ticket number {ticket}, {counter}")


def chime_file() -> Path:
    return resource_path("sounds", "chime.wav")


class _Settings(Protocol):
    def __getitem__(self, name: str) -> Any: ...


@dataclass(frozen=True)
class VoiceSettings:
    """How the lobby announces a call (from the ``display.*`` settings)."""

    chime: bool = True
    voice: bool = True
    languages: tuple[str, ...] = SPEECH_LANGUAGES
    volume: int = 80
    repeat: int = 1
    quiet_hours: QuietHours | None = None

    @classmethod
    def from_settings(cls, settings: _Settings) -> VoiceSettings:
        """From the application's settings (checked when they were read)."""
        get = settings.__getitem__
        languages = tuple(
            lang for lang in get("display.voice_languages") if lang in SPEECH_LANGUAGES
        )
        return cls(
            chime=bool(get("display.chime")),
            voice=bool(get("display.voice")),
            languages=languages,
            volume=int(get("display.voice_volume")),
            repeat=int(get("display.voice_repeat")),
            quiet_hours=QuietHours.parse(str(get("display.quiet_hours"))),
        )


SILENT = VoiceSettings(chime=False, voice=False)


class LobbyVoice:
    """Chimes and speaks the lobby display's calls, one call after another."""

    def __init__(
        self,
        settings: VoiceSettings,
        texts: VisitorText,
        speaker: Speaker | None = None,
    ) -> None:
        self.settings = settings
        self.texts = texts
        wants_sound = settings.chime or settings.voice
        self.speaker = speaker or Speaker(volume=settings.volume, find=wants_sound)

    @property
    def enabled(self) -> bool:
        return self.settings.chime or self.settings.voice

    def call_out(self, called: CalledTicket) -> list[Utterance]:
        """What is said for ``called``, once, in each of the desk's languages."""
        ticket = spoken_ticket(called.ticket_number)
        return [
            Utterance(
                self.texts.text(
                    language,
                    _CTX,
                    CALL_OUT,
                    ticket=ticket,
                    counter=called.counter.names.get(language),
                ),
                language,
            )
            for language in self.settings.languages
        ]

    def announce(self, called: CalledTicket, now: datetime) -> None:
        """Queue the chime and the call-outs for a new call or a recall."""
        items: list[Item] = []
        if self.settings.chime:
            items.append(Sound(chime_file()))
        quiet = self.settings.quiet_hours
        if self.settings.voice and not (quiet and quiet.contains(local_time(now).time())):
            items.extend(self.call_out(called) * self.settings.repeat)
        if items:
            self.speaker.say(*items)

    def stop(self) -> None:
        self.speaker.stop()
