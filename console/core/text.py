"""Messages that travel from the Qt-free layers to a person.

The model layers cannot import Qt, yet everything they say to a person must be
translated. A :class:`Message` carries the translation context, the English
source text and its parameters; the Qt side (``console.i18n``) translates it.
``QT_TRANSLATE_NOOP`` keeps its Qt name so that ``pyside6-lupdate`` finds the
strings in these modules too.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` for translation in ``context`` and return it unchanged."""
    del context
    return text


@dataclass(frozen=True)
class Message:
    """A sentence for a person: translation context, source text, parameters."""

    context: str
    text: str
    params: dict[str, Any] = field(default_factory=dict)

    def english(self) -> str:
        """The message in the source language (English), parameters filled in.

        A parameter that is itself a :class:`Message` is rendered first.
        """
        params = {
            key: value.english() if isinstance(value, Message) else value
            for key, value in self.params.items()
        }
        return self.text.format(**params)

    def __str__(self) -> str:
        return self.english()


class TiskiError(Exception):
    """Base of every error that is meant to be shown to a person.

    ``message`` says what is wrong and what to do; callers show it instead of
    a traceback.
    """

    def __init__(self, message: Message) -> None:
        super().__init__(message.english())
        self.message = message


class DatabaseUnreachable(TiskiError):
    """The database cannot be reached, refused the connection or did not answer in time.

    Raised by the store; here, below every layer, so that the windows can tell an outage
    (keep the note on this PC, try again) from a refusal without importing the store.
    """
