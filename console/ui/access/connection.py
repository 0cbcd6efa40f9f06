"""Watching the database connection for the status bar."""

from __future__ import annotations

import enum
import logging

from PySide6.QtCore import QObject, QTimer, Signal

from console.store.database import Database
from console.ui.shared.database_pool import database_pool
from console.ui.shared.worker import run_in_background

log = logging.getLogger(__name__)


class ConnectionState(enum.Enum):
    CONNECTED = "connected"
    RECONNECTING = "reconnecting"
    LOST = "lost"


class ConnectionMonitor(QObject):
    """Pings the database off the GUI thread and reports its state.

    One failed ping means "reconnecting"; ``lost_after`` failures in a row mean
    "lost". The next good ping brings it back to "connected".
    """

    state_changed = Signal(object)
    checked = Signal(object)  # the state after every check, changed or not

    def __init__(
        self,
        database: Database,
        *,
        interval_ms: int = 5000,
        lost_after: int = 3,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._database = database
        self._lost_after = lost_after
        self._failures = 0
        self._busy = False
        self.state = ConnectionState.CONNECTED
        self.last_error = ""
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.check_now)

    def start(self) -> None:
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    def check_now(self) -> None:
        if self._busy:
            return
        self._busy = True
        run_in_background(
            self._database.ping, self._succeeded, self._failed, context=self, pool=database_pool()
        )

    def report_failure(self, error: BaseException) -> None:
        """Another part of the console saw the database fail."""
        self._failed(error)

    def _succeeded(self, _result: object) -> None:
        self._busy = False
        self._failures = 0
        self._set(ConnectionState.CONNECTED)
        self.checked.emit(self.state)

    def _failed(self, error: BaseException) -> None:
        self._busy = False
        self._failures += 1
        self.last_error = str(error)
        log.warning("Database check failed (%d in a row): %s", self._failures, error)
        if self._failures >= self._lost_after:
            self._set(ConnectionState.LOST)
        else:
            self._set(ConnectionState.RECONNECTING)
        self.checked.emit(self.state)

    def _set(self, state: ConnectionState) -> None:
        if state is not self.state:
            self.state = state
            self.state_changed.emit(state)
