"""Texts for visitors, in a language chosen at runtime rather than the staff's.

The kiosk speaks the language the visitor touched, and the lobby display and the
printed ticket speak all three at once, so these windows cannot rely on the
application's installed translator. Each language gets its own
:class:`QTranslator` loaded from the same ``tiski_<lang>.qm`` files; call sites
mark their English source with ``QT_TRANSLATE_NOOP("Context", ...)`` so that
lupdate collects them, and translate the returned source here.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QTranslator

from console.core.resources import resource_path
from console.core.text import Message

log = logging.getLogger(__name__)

VISITOR_LANGUAGES = ("fi", "sv", "en")


class VisitorText(QObject):
    """Translations of visitor-facing texts in each of the desk's languages."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._translators: dict[str, QTranslator] = {}
        for language in VISITOR_LANGUAGES:
            translator = QTranslator(self)
            path = resource_path("translations", f"tiski_{language}.qm")
            if translator.load(str(path)):
                self._translators[language] = translator
            elif language != "en":
                log.warning("Translation file %s is missing; visitors see English", path)

    def text(self, language: str, context: str, source: str, **params: object) -> str:
        """``source`` of ``context`` in ``language``, with ``params`` filled in."""
        translator = self._translators.get(language)
        translated = translator.translate(context, source) if translator is not None else ""
        text = translated or source
        if not params:
            return text
        try:
            return text.format(**params)
        except (KeyError, IndexError, ValueError):
            log.warning("Translation of %r does not fit its parameters", source)
            return source.format(**params)

    def all_languages(self, context: str, source: str, **params: object) -> list[str]:
        """``source`` in Finnish, Swedish and English, without repeating equal texts."""
        texts: list[str] = []
        for language in VISITOR_LANGUAGES:
            text = self.text(language, context, source, **params)
            if text not in texts:
                texts.append(text)
        return texts

    def message(self, language: str, message: Message) -> str:
        """A :class:`Message` from the desk layer in ``language``."""
        params = {
            key: self.message(language, value) if isinstance(value, Message) else value
            for key, value in message.params.items()
        }
        return self.text(language, message.context, message.text, **params)
