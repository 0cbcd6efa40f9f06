"""The errors a plugin shows in its panel: a sentence for a person, details for IT."""

from __future__ import annotations

from typing import Literal

HttpErrorKind = Literal["timeout", "refused", "tls", "http", "malformed"]


class PluginError(Exception):
    """A problem to show in the panel.

    ``message`` is a short sentence for the person at the counter; ``details`` is
    the technical part (shown behind "Details", logged), never a credential or a
    clear identity code.
    """

    def __init__(self, message: str, details: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.details = details

    def __str__(self) -> str:
        return self.message


class HttpError(PluginError):
    """A back office call that did not give a usable answer.

    ``kind`` says what went wrong: ``"timeout"`` (no answer in time), ``"refused"``
    (not reachable), ``"tls"`` (its certificate could not be verified), ``"http"``
    (an answer other than 2xx; ``status`` holds its code) or ``"malformed"`` (the
    answer was not the JSON expected).
    """

    def __init__(
        self,
        message: str,
        details: str = "",
        *,
        kind: HttpErrorKind,
        status: int | None = None,
    ) -> None:
        super().__init__(message, details)
        self.kind: HttpErrorKind = kind
        self.status = status


class LinkRefused(PluginError):
    """A deep link the panel may not open (not http(s), or a host it did not declare)."""
