"""Small helpers for describing a back office's answer as a view (plugin API 2.1).

Every bundled plugin had its own copy of these; they are the API's now, so a plugin
author gets them documented and tested (docs/plugins.md, "Presenting values"). None
of them translates anything: the user-visible words stay the plugin's own, in its
own translation context.
"""

from __future__ import annotations

import datetime
import hashlib
import hmac
import re
import secrets
from typing import Any

from console.plugin_api.errors import PluginError
from console.plugin_api.view import LIMITS, Problem


def clip(text: str, most: int) -> str:
    """``text``, at most ``most`` characters: a longer one ends in "…".

    >>> clip("Asumistuki", 5)
    'Asum…'
    """
    return text if len(text) <= most else text[: most - 1] + "…"


def text_of(value: Any, most: int | None = None) -> str:
    """A value of an answer as text: ``None`` is ``""``, the rest stripped, and clipped
    to ``most`` characters when given.

    >>> text_of("  Vireillä "), text_of(None), text_of(42)
    ('Vireillä', '', '42')
    """
    text = "" if value is None else str(value).strip()
    return text if most is None else clip(text, most)


def date_of(value: Any, most: int | None = None) -> str:
    """An ISO date (``2025-03-01``) as the console shows dates, ``01.03.2025``; anything
    else as :func:`text_of` shows it.

    >>> date_of("2025-03-01"), date_of("soon"), date_of(None)
    ('01.03.2025', 'soon', '')
    """
    text = text_of(value)
    try:
        return datetime.date.fromisoformat(text).strftime("%d.%m.%Y")
    except ValueError:
        return text if most is None else clip(text, most)


def fill(text: str, *values: str) -> str:
    """``text`` with ``%1``, ``%2``, ... replaced by ``values`` in one pass, as Qt's
    ``QString.arg`` would (a value may itself hold "%2"; it stays as it is).

    >>> fill("Result %1 of %2", "1", "3")
    'Result 1 of 3'
    """

    def value(match: re.Match[str]) -> str:
        index = int(match.group(1)) - 1
        return values[index] if 0 <= index < len(values) else match.group(0)

    return re.sub(r"%(\d)", value, text)


def problem_for(error: PluginError) -> Problem:
    """The :class:`Problem` a view shows for ``error``: its message and details, within
    the view's bounds (``LIMITS["text"]``)."""
    most = LIMITS["text"]
    return Problem(error.message[:most], error.details[:most])


class VisitorKeys:
    """Keys for remembered answers that say whose answer it is without saying who.

    The key of an answer may reach the debug log, so it must not carry an identity
    code or a name, nor a plain digest of one (an identity code's digest is guessed
    back in seconds). A key is a keyed digest (HMAC-SHA-256) under a salt made when
    the object is: one object per plugin process gives keys that are stable while
    the process lives and mean nothing outside it.

    >>> keys = VisitorKeys()
    >>> keys.key("010170-123F") == keys.key("010170-123F") != VisitorKeys().key("010170-123F")
    True
    """

    def __init__(self) -> None:
        self._salt = secrets.token_bytes(16)

    def key(self, *parts: str) -> str:
        """The hexadecimal digest of ``parts`` (joined by newlines) under this salt."""
        return hmac.new(self._salt, "\n".join(parts).encode(), hashlib.sha256).hexdigest()
