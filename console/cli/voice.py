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
    """Prints translated messages of one translation ``context``."""

    def __init__(self, language: str, context: str) -> None:
        self.language = language
        self.context = context
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

    def line(self, text: str, **params: object) -> str:
        """``text`` of this voice's context, translated and filled in."""
        return self.text(Message(self.context, text, dict(params)))

    def say(self, text: str, **params: object) -> None:
        print(self.line(text, **params))

    def fail(self, message: Message) -> int:
        """Print ``message`` on stderr as tiski's refusal; return exit status 2."""
        print(f"tiski: {self.text(message)}", file=sys.stderr)
        return EXIT_ERROR
