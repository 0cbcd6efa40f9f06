"""Remembered answers: a plugin's last good answer per key, handed back stale when a call fails.

A failed call hands back the last good answer to the same request ``stale`` with the
error, as ``PanelContext.fetch_json`` does, never an answer to another request (another
visitor's) under the same key. Answers are kept as the JSON they are sent as (parsed
JSON takes several times the room), the oldest going first beyond either bound.
"""

from __future__ import annotations

import collections
import datetime
import threading
from dataclasses import dataclass

REMEMBERED_KEYS = 64
REMEMBERED_BYTES = 8 * 1024 * 1024


@dataclass(frozen=True)
class Remembered:
    """A good answer to a GET, as it went to the plugin."""

    request: bytes  # a digest of method, path and parameters: the same request only
    data: bytes
    fetched_at: datetime.datetime
    total: int | None


class RememberedAnswers:
    """One plugin's remembered answers by key, guarded by its lane's ``cond``."""

    def __init__(self, lock: threading.Condition) -> None:
        self._lock = lock
        self._answers: collections.OrderedDict[str, Remembered] = collections.OrderedDict()
        self._bytes = 0

    def remember(self, key: str, good: Remembered) -> None:
        """Keep ``good`` under ``key``, forgetting the oldest beyond the bounds."""
        with self._lock:
            earlier = self._answers.pop(key, None)
            if earlier is not None:
                self._bytes -= len(earlier.data)
            self._answers[key] = good
            self._bytes += len(good.data)
            while len(self._answers) > REMEMBERED_KEYS or (
                self._bytes > REMEMBERED_BYTES and len(self._answers) > 1
            ):
                _key, oldest = self._answers.popitem(last=False)
                self._bytes -= len(oldest.data)

    def recall(self, key: str) -> Remembered | None:
        """The answer remembered under ``key``, if any (the caller compares its request)."""
        with self._lock:
            return self._answers.get(key)
