"""The error a settings source raises: which source, which key, what is wrong."""

from __future__ import annotations

from console.core.text import QT_TRANSLATE_NOOP, Message, TiskiError

_CTX = "Settings"


class ConfigError(TiskiError):
    """A settings source holds something Tiski cannot use."""

    def __init__(self, source: str, key: str, message: Message) -> None:
        if key == "-":  # the file as a whole: it cannot be read or parsed
            full = Message(
                _CTX,
                QT_TRANSLATE_NOOP("Settings", "{source}: {problem}"),
                {"source": source, "problem": message},
            )
        else:
            full = Message(
                _CTX,
                QT_TRANSLATE_NOOP("Settings", "{source}: {key}: {problem}"),
                {"source": source, "key": key, "problem": message},
            )
        super().__init__(full)
        self.source = source
        self.key = key
        self.problem = message
