"""An :class:`Answer` on the pipe: the broker's ``answer`` message and back (plugin API 2).

The console's broker writes what a back-office call came to with :func:`answer_message`
(or :func:`cancelled_message`); the plugin process turns it back into the
:class:`Answer` its ``fetch_json`` returns with :func:`answer_from_message`, which
raises :class:`Cancelled` when the visitor changed meanwhile. ::

    {"kind": "answer", "call": 7, "ok": true, "data": {...},
     "fetched_at": "2026-12-03T18:00:00+00:00", "total": 1200}
    {"kind": "answer", "call": 8, "ok": false,
     "error": {"kind": "timeout", "message": "...", "details": "...", "status": null},
     "fetched_at": "...", "stale": true, "data": {...}, "total": null}

``data`` comes with a failed answer only when it is ``stale``: an earlier good answer
under the same key, with its own ``fetched_at``.
"""

from __future__ import annotations

import datetime
from typing import Any, cast, get_args

from console.plugin_api.describe import Cancelled
from console.plugin_api.errors import HttpError, HttpErrorKind, PluginError
from console.plugin_api.model import Answer

CANCELLED = "cancelled"
# The console refused the call itself (a path or parameters it does not send on).
INVALID = "invalid"
_HTTP_KINDS = frozenset(get_args(HttpErrorKind))


def error_to_wire(error: PluginError) -> dict[str, Any]:
    """``{kind, message, details, status}`` of ``error``."""
    return {
        "kind": getattr(error, "kind", "plugin"),
        "message": error.message,
        "details": error.details,
        "status": getattr(error, "status", None),
    }


def error_from_wire(error: Any) -> PluginError:
    """The :class:`PluginError` (an :class:`HttpError` for an HTTP kind) of a wire error."""
    if not isinstance(error, dict):
        return PluginError("The console sent an answer that could not be read.")
    message = str(error.get("message") or "")
    details = str(error.get("details") or "")
    kind = error.get("kind")
    status = error.get("status")
    if kind in _HTTP_KINDS:
        http_kind = cast("HttpErrorKind", kind)
        return HttpError(
            message, details, kind=http_kind, status=status if isinstance(status, int) else None
        )
    problem = PluginError(message, details)
    problem.kind = str(kind)  # type: ignore[attr-defined]  # "invalid" and the like
    return problem


def answer_message(call: int, answer: Answer) -> dict[str, Any]:
    """The ``answer`` message for call ``call`` carrying ``answer``."""
    message: dict[str, Any] = {
        "kind": "answer",
        "call": call,
        "ok": answer.error is None,
        "fetched_at": answer.fetched_at.isoformat(),
        "total": answer.total,
    }
    if answer.error is None or answer.stale:
        message["data"] = answer.data
    if answer.error is not None:
        message["error"] = error_to_wire(answer.error)
        message["stale"] = answer.stale
    return message


def cancelled_message(call: int, message: str = "", details: str = "") -> dict[str, Any]:
    """The ``answer`` to a call that was not carried out: the visitor changed (or quit)."""
    return {
        "kind": "answer",
        "call": call,
        "ok": False,
        "error": {"kind": CANCELLED, "message": message, "details": details, "status": None},
    }


def is_cancelled(message: dict[str, Any]) -> bool:
    error = message.get("error")
    return isinstance(error, dict) and error.get("kind") == CANCELLED


def answer_from_message(message: dict[str, Any]) -> Answer:
    """The :class:`Answer` an ``answer`` message carries; :class:`Cancelled` for a cancelled one."""
    if is_cancelled(message):
        raise Cancelled(str(message["error"].get("message") or "cancelled"))
    fetched_at = _time(message.get("fetched_at"))
    total = message.get("total")
    total = total if isinstance(total, int) and not isinstance(total, bool) else None
    if message.get("ok") is True:
        return Answer(data=message.get("data"), fetched_at=fetched_at, total=total)
    error = error_from_wire(message.get("error"))
    if message.get("stale") is True:
        return Answer(
            data=message.get("data"), fetched_at=fetched_at, stale=True, error=error, total=total
        )
    return Answer(data=None, fetched_at=fetched_at, error=error)


def _time(value: Any) -> datetime.datetime:
    if isinstance(value, str):
        try:
            parsed = datetime.datetime.fromisoformat(value)
        except ValueError:
            parsed = None
        if parsed is not None and parsed.tzinfo is not None:
            return parsed
    return datetime.datetime.now(datetime.UTC)
