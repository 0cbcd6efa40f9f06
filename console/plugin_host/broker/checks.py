"""Checking a plugin's ``fetch`` before the broker makes it, and measuring its answer.

A plugin process is not trusted: its method, path, parameters, key and items name must
be plain texts of bounded size before any of them goes into a request or the log.
"""

from __future__ import annotations

import json
from typing import Any, NamedTuple

from console.core.text import QT_TRANSLATE_NOOP
from console.plugin_host.broker.limits import PARAMS_LIMIT, TEXT_LIMIT

# What people are told of a call refused here (the reason goes to the log only).
NOT_A_CALL = QT_TRANSLATE_NOOP("Broker", "The panel asked for a call the console does not make.")


class Fetch(NamedTuple):
    """A well-formed ``fetch``: what the broker asks of the back office."""

    method: str
    path: str
    params: dict[str, str] | None
    key: str | None
    items: str | None


def check(message: dict[str, Any]) -> Fetch | str:
    """The :class:`Fetch` of a well-formed ``fetch`` message, else why it is refused."""
    method = message.get("method", "GET")
    path = message.get("path")
    params = message.get("params")
    key = message.get("key")
    items = message.get("items")
    if method not in ("GET", "POST"):
        return f"method {str(method)[:20]!r}"
    if not isinstance(path, str) or not plain_text(path) or "\\" in path:
        return "a path that is not plain text"
    if params is not None:
        if not isinstance(params, dict) or len(params) > PARAMS_LIMIT:
            return "parameters that are not a small object of texts"
        if not all(plain_text(k) and plain_text(v, spaces=True) for k, v in params.items()):
            return "parameters that are not a small object of texts"
    if key is not None and not plain_text(key, spaces=True):
        return "a key that is not plain text"
    if items is not None and not plain_text(items, spaces=True):
        return "an items name that is not plain text"
    return Fetch(str(method), path, params, key, items)


def plain_text(value: Any, *, spaces: bool = False) -> bool:
    """A non-empty text of bounded length without control characters (nor spaces unless allowed)."""
    if not isinstance(value, str) or not value or len(value) > TEXT_LIMIT:
        return False
    return all(ch >= " " and ch != "\x7f" for ch in value) and (spaces or " " not in value)


def encode(data: Any) -> bytes:
    """``data`` as the JSON it goes down the pipe as (its size is what the pipe bounds)."""
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
