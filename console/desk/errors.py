"""Domain errors of the desk: each names what is wrong and what to do."""

from __future__ import annotations

from console.core.text import TiskiError


class DeskError(TiskiError):
    """A use case refused: the message says why, for a person."""
