"""This console's session in the desk: opened at start, a heartbeat every minute,
closed when the person leaves.

The session is how other consoles know that this counter's visitors are attended: the
heartbeat also takes this console's turn at the stranded check, which returns visitors
held at a console that stopped to their queue (``queue.stranded_after_minutes``).
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer

from console.core.stranded import ReturnedStep
from console.desk.desk import Desk, SignedIn
from console.ui.shared.database_pool import database_pool
from console.ui.shared.worker import run_in_background

log = logging.getLogger(__name__)

PRESENCE_MS = 60_000


class DeskPresence(QObject):
    """Open, keep and close one person's desk session from a console."""

    def __init__(
        self,
        desk: Desk,
        signed_in: SignedIn,
        report_failure: Callable[[BaseException], None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.desk = desk
        self.signed_in = signed_in
        self.report_failure = report_failure
        self.session_id: int | None = None
        # What the agency panels find of their back offices (plugin id -> agency,
        # health), told to the floor when it changes and again when a session opens.
        self.back_offices: dict[str, tuple[str, str]] = {}
        self._opening = False
        self._stopped = False
        self._timer = QTimer(self)
        self._timer.setInterval(PRESENCE_MS)
        self._timer.timeout.connect(self.touch)

    def start(self) -> None:
        self._stopped = False
        self._timer.start()
        self._open()

    def stop(self) -> None:
        self._stopped = True
        self._timer.stop()

    def _open(self) -> None:
        actor = self.signed_in.actor
        queue = self.desk.queue
        self._opening = True

        def failed(error: BaseException) -> None:
            self._opening = False
            log.warning("No desk session: %s", error)

        run_in_background(
            lambda: queue.open_session(actor),
            self._opened,
            failed,
            context=self,
            pool=database_pool(),
        )

    def _opened(self, session_id: int) -> None:
        self._opening = False
        self.session_id = session_id
        for plugin_id, (agency, health) in self.back_offices.items():
            self._send_back_office(plugin_id, agency, health)

    def report_back_office(self, plugin_id: str, agency: str, health: str) -> None:
        """An agency panel's back office is healthy, slow or down: the floor hears of a
        change (a check that finds the same again writes nothing)."""
        if self.back_offices.get(plugin_id) == (agency, health):
            return
        self.back_offices[plugin_id] = (agency, health)
        if self.session_id is not None:
            self._send_back_office(plugin_id, agency, health)

    def _send_back_office(self, plugin_id: str, agency: str, health: str) -> None:
        session_id, actor, queue = self.session_id, self.signed_in.actor, self.desk.queue
        assert session_id is not None
        run_in_background(
            lambda: queue.report_back_office(actor, session_id, plugin_id, agency, health),
            lambda _changed: None,
            lambda error: log.warning("The floor was not told of %s: %s", plugin_id, error),
            context=self,
            pool=database_pool(),
        )

    def touch(self) -> None:
        """Say that this console runs, and take a turn at the stranded check: visitors
        held at a console that stopped go back to their queue even if it never returns."""
        if self.session_id is None:
            # The database was out of reach at start: without a session, other consoles
            # would take this counter's visitor for stranded.
            if not self._opening and not self._stopped:
                self._open()
            return
        session_id, actor, queue = self.session_id, self.signed_in.actor, self.desk.queue
        run_in_background(
            lambda: queue.heartbeat(actor, session_id),
            _stranded_returned,
            self.report_failure,
            context=self,
            pool=database_pool(),
        )

    def close(self) -> None:
        """The person leaves: their session ends (in the background; a job already
        queued on the database runs first). Not tied to this object, which may go."""
        self.stop()
        if self.session_id is None:
            return
        session_id, actor, queue = self.session_id, self.signed_in.actor, self.desk.queue
        self.session_id = None
        run_in_background(
            lambda: queue.close_session(actor, session_id),
            lambda _r: None,
            lambda error: log.warning("Desk session not closed: %s", error),
            pool=database_pool(),
        )


def _stranded_returned(returned: list[ReturnedStep]) -> None:
    for step in returned:
        log.info(
            "Ticket %s was stranded at counter id %s and went back to its queue",
            step.ticket_number,
            step.counter_id,
        )
