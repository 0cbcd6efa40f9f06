"""The lobby display's voice: is there a speech engine to read calls out with?"""

from __future__ import annotations

from typing import TYPE_CHECKING

from console.core.text import QT_TRANSLATE_NOOP
from console.ops.doctor.report import Check, _check
from console.ui.shared.speech import find_engine

if TYPE_CHECKING:
    from console.config import Settings


def check_speech(settings: Settings) -> Check:
    if not settings["display.voice"]:
        text = QT_TRANSLATE_NOOP(
            "Doctor", "The lobby display does not read calls out (display.voice is off)."
        )
        return _check("speech", "ok", text)
    engine = find_engine()
    if engine is not None:
        text = QT_TRANSLATE_NOOP(
            "Doctor", "A lobby display here reads calls out with {engine} ({program})."
        )
        return _check("speech", "ok", text, engine=engine.name, program=engine.program)
    return _check(
        "speech",
        "warning",
        QT_TRANSLATE_NOOP(
            "Doctor", "No speech engine: a lobby display here would only chime, not read calls out."
        ),
        QT_TRANSLATE_NOOP(
            "Doctor",
            "Only the lobby display speaks: on its PC install espeak-ng (Linux) or turn on "
            "Windows' speech voices. A counter PC needs none.",
        ),
    )
