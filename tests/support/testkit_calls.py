"""Counting a plugin's back-office calls in flight, to see that they overlap."""

from __future__ import annotations

import threading
from typing import Any


class CallsInFlight:
    """Wraps an HttpClient's ``get_json`` on that one client and keeps the most calls
    that were waiting for an answer at once."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self.now = 0
        self.most_at_once = 0

    @classmethod
    def watch(cls, http: Any) -> CallsInFlight:
        calls = cls()
        real = http.get_json

        def get_json(*args: Any, **kwargs: Any) -> Any:
            with calls._lock:
                calls.now += 1
                calls.most_at_once = max(calls.most_at_once, calls.now)
            try:
                return real(*args, **kwargs)
            finally:
                with calls._lock:
                    calls.now -= 1

        http.get_json = get_json
        return calls
