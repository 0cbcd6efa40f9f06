"""Events without Qt: a model says what changed, its views connect to it.

The models below the windows (``console/desk/console_model.py``) must not import Qt,
yet their views want to be told when something changes, as napari's ``ViewerModel``
tells its ``QtViewer`` through its own events. An :class:`Event` is that much: a list
of callbacks that :meth:`Event.emit` calls in order, on the thread that emits (the
console's models are changed on the GUI thread only).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

Callback = Callable[..., object]


class Event:
    """Callbacks to call, in the order connected, each time the model emits."""

    def __init__(self, name: str) -> None:
        self.name = name
        self._callbacks: list[Callback] = []

    def __repr__(self) -> str:
        return f"Event({self.name!r}, {len(self._callbacks)} connected)"

    def connect(self, callback: Callback) -> None:
        self._callbacks.append(callback)

    def emit(self, *args: Any) -> None:
        # A copy: a callback may connect another while the event is emitted.
        for callback in list(self._callbacks):
            callback(*args)
