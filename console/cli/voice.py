"""Translated output of a ``tiski`` sub-command: one printer for all of them.

Messages are translated in the interface language (``ui.language``) through Qt's
translators, installed on first use so that a command that prints nothing never
starts Qt.
"""

from __future__ import annotations

import logging
import sys

from console.core.text import QT_TRANSLATE_NOOP, Message

EXIT_ERROR = 2
log = logging.getLogger(__name__)


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

    def unexpected(self, error: BaseException, command: str) -> int:
        """A command's failure nobody foresaw: the traceback goes to the log, the person
        or script gets one plain line (no URL password, no identity code) and status 2."""
        from console.core.identity import mask_identity_codes
        from console.store.urls import mask_url

        log.error("tiski %s failed", command, exc_info=error)
        reason = str(getattr(error, "orig", None) or type(error).__name__).splitlines()[0]
        return self.fail(
            Message(
                "CommandLine",
                QT_TRANSLATE_NOOP(
                    "CommandLine",
                    "The command failed unexpectedly ({reason}); the log file has the details.",
                ),
                {"reason": mask_identity_codes(mask_url(reason))},
            )
        )
