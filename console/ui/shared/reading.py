"""One read at a time for a window that follows the change feed (the floor, the guide).

A burst of changes (a kiosk issuing, three counters calling) must not start a pile of
reads that finish in any order: a request during a read makes exactly one more read
after it, and the newest answer is the last one shown.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject

from console.ui.shared.database_pool import database_pool
from console.ui.shared.worker import run_in_background


class SerialReader(QObject):
    """Runs ``read`` off the GUI thread, one at a time; ``shown`` or ``failed`` gets the
    answer on the GUI thread."""

    def __init__(
        self,
        read: Callable[[], Any],
        shown: Callable[[Any], None],
        failed: Callable[[BaseException], None],
        parent: QObject,
    ) -> None:
        super().__init__(parent)
        self._read = read
        self._shown = shown
        self._failed = failed
        self._reading = False
        self._again = False
        self._stopped = False

    @property
    def reading(self) -> bool:
        return self._reading

    def request(self) -> None:
        """Read now, or once more after the read under way."""
        if self._stopped:
            return
        if self._reading:
            self._again = True
            return
        self._reading = True
        run_in_background(self._read, self._deliver, self._fail, context=self, pool=database_pool())

    def stop(self) -> None:
        self._stopped = True

    def _deliver(self, value: Any) -> None:
        try:
            self._shown(value)
        finally:
            self._done()

    def _fail(self, error: BaseException) -> None:
        try:
            self._failed(error)
        finally:
            self._done()

    def _done(self) -> None:
        self._reading = False
        if self._again and not self._stopped:
            self._again = False
            self.request()
