"""Translated output of a ``tiski`` sub-command: one printer for all of them.

Messages are translated in the interface language (``ui.language``) through Qt's
translators, installed on first use so that a command that prints nothing never
starts Qt.
"""

from __future__ import annotations

import sys

from console.core.text import Message

EXIT_ERROR = 2


class Voice:
    """Prints translated messages of one translation ``context``.

    ``flush``: every line leaves at once, for a command that runs until it is stopped
    (``tiski sandbox serve``) and is read line by line by a script or a person.
    """

    def __init__(self, language: str, context: str, *, flush: bool = False) -> None:
        self.language = language
        self.context = context
        self.flush = flush
        self._ready = False

    def text(self, message: Message) -> str:
        from console.i18n import translate

        if not self._ready:
            from PySide6.QtCore import QCoreApplication

            from console.i18n import install_translators

            install_translators(
                QCoreApplication.instance() or QCoreApplication(["tiski"]), self.language
            )
            self._ready = True
        return translate(message)

    def message(self, text: str, **params: object) -> Message:
        """``text`` of this voice's context, to translate later or raise."""
        return Message(self.context, text, dict(params))

    def line(self, text: str, **params: object) -> str:
        """``text`` of this voice's context, translated and filled in."""
        return self.text(self.message(text, **params))

    def say(self, text: str, **params: object) -> None:
        print(self.line(text, **params), flush=self.flush)

    def fail(self, message: Message, status: int = EXIT_ERROR) -> int:
        """Print ``message`` on stderr as tiski's refusal; return ``status`` (2 unless
        the command has a status of its own for it)."""
        print(f"tiski: {self.text(message)}", file=sys.stderr)
        return status
