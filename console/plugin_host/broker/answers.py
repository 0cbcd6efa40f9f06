"""The broker's own answers: a call cancelled, refused or failed before any back office answered.

The texts are for people, in the context ``Broker``; ``translate`` (the host's) renders
them on whatever broker thread builds the answer.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable
from typing import Any

from console.core.text import QT_TRANSLATE_NOOP, Message
from console.plugin_api.answers import answer_message, cancelled_message
from console.plugin_api.errors import PluginError
from console.plugin_api.http import scrub
from console.plugin_api.model import Answer
from console.plugin_host.broker.limits import CallRefused

_CTX = "Broker"

Translate = Callable[[Message], str]


def cancelled(number: Any, translate: Translate) -> dict[str, Any]:
    """Call ``number`` ends unanswered: the visitor changed (or the console quits)."""
    return cancelled_message(
        number,
        translate(
            Message(
                _CTX,
                QT_TRANSLATE_NOOP("Broker", "The visitor changed before the back office answered."),
            )
        ),
    )


def refused(number: Any, text: str, details: str, translate: Translate) -> dict[str, Any]:
    """Call ``number`` is not made: ``text`` for people, ``details`` (scrubbed) for the log."""
    error = CallRefused(translate(Message(_CTX, text)), scrub(details))
    return answer_message(number, Answer(data=None, fetched_at=now(), error=error))


def failed(number: Any, error: BaseException, translate: Translate) -> dict[str, Any]:
    """Call ``number`` broke inside the broker itself with ``error``."""
    problem = PluginError(
        translate(
            Message(_CTX, QT_TRANSLATE_NOOP("Broker", "The panel's call could not be made."))
        ),
        scrub(f"{type(error).__name__}: {error}"),
    )
    return answer_message(number, Answer(data=None, fetched_at=now(), error=problem))


def too_large(host: str, details: str, translate: Translate) -> PluginError:
    """The error of an answer from ``host`` too large to go down the plugin's pipe."""
    return PluginError(
        translate(
            Message(
                _CTX,
                QT_TRANSLATE_NOOP(
                    "Broker",
                    "The back office at {host} sent an answer too large to hand to the panel.",
                ),
                {"host": host},
            )
        ),
        details,
    )


def now() -> datetime.datetime:
    """The time an answer is stamped with (UTC)."""
    return datetime.datetime.now(datetime.UTC)
