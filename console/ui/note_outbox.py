"""Notes the database could not take yet: kept in the journal's outbox, sent in order, once.

Each note carries the ``client_id`` chosen before its first try, and the database
has a unique constraint on it: a note whose first try did reach the database is
not written twice when the outbox sends it again.
"""

from __future__ import annotations

import logging
import uuid
from datetime import datetime
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from console.core.cases import NoteDraft
from console.core.queue import utc_now
from console.core.text import TiskiError
from console.desk.desk import Desk, SignedIn
from console.i18n import translate
from console.store.database import DatabaseUnreachable
from console.store.journal import Draft, Journal
from console.ui.database_pool import database_pool
from console.ui.worker import run_in_background

log = logging.getLogger(__name__)

RETRY_MS = 10_000
_DRAFT_FIELDS = (
    "case_id",
    "text",
    "client_id",
    "visit_id",
    "service_id",
    "partition_agency_id",
    "amends_id",
)


class NoteOutbox(QObject):
    """The outbox of one signed-in person on this PC."""

    pending_changed = Signal(int)  # notes waiting
    sent = Signal(int)  # notes that reached the database
    refused = Signal(str)  # a note the desk refused for good; it went back to a draft

    def __init__(
        self,
        desk: Desk,
        signed_in: SignedIn,
        journal: Journal | None,
        database: str,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.desk = desk
        self.signed_in = signed_in
        self.journal = journal
        self.database = database
        self._running = False
        self._timer = QTimer(self)
        self._timer.setInterval(RETRY_MS)
        self._timer.timeout.connect(self.flush)

    def keep(self, draft: NoteDraft) -> None:
        """Keep a note for later; raises TiskiError if the journal cannot take it."""
        if self.journal is None:
            raise RuntimeError("no journal")
        self.journal.enqueue(self.database, draft.client_id, self._payload(draft))
        self._announce()

    def keep_draft(self, draft: Draft) -> None:
        """A restored draft of a visit no longer at this counter: to its case, via the outbox."""
        client_id = str(uuid.uuid4())
        self.keep(
            NoteDraft(
                draft.case_id,
                draft.text,
                client_id,
                draft.visit_id,
                draft.service_id,
                draft.partition_agency_id,
                draft.amends_id,
            )
        )

    def count(self) -> int:
        if self.journal is None:
            return 0
        try:
            return self.journal.pending_count(self.database)
        except TiskiError:
            return 0

    def of_visit(self, visit_id: int) -> list[tuple[str, datetime, str]]:
        """(client id, time, text) of the notes of one visit still waiting."""
        if self.journal is None:
            return []
        try:
            items = self.journal.pending(self.database)
        except TiskiError:
            return []
        return [
            (item.client_id, item.created_at, str(item.payload["text"]))
            for item in items
            if item.payload.get("visit_id") == visit_id
        ]

    def _payload(self, draft: NoteDraft) -> dict[str, Any]:
        return {
            **{name: getattr(draft, name) for name in _DRAFT_FIELDS},
            "staff_id": self.signed_in.staff.id,
            "counter_id": self.signed_in.counter.id,
        }

    def _announce(self) -> None:
        count = self.count()
        self.pending_changed.emit(count)
        if count:
            self._timer.start()
        else:
            self._timer.stop()

    def flush(self) -> None:
        """Send the outbox in order; stop at the first note the database cannot take yet."""
        journal = self.journal
        if journal is None or self._running:
            return
        staff_id = self.signed_in.staff.id
        actor = self.signed_in.actor
        desk = self.desk
        database = self.database

        def send() -> tuple[int, list[str]]:
            sent = 0
            refused: list[str] = []
            for item in journal.pending(database):
                if item.payload.get("staff_id") != staff_id:
                    continue  # someone else's note: sent when they sign in here
                draft = NoteDraft(**{name: item.payload[name] for name in _DRAFT_FIELDS})
                try:
                    desk.cases.write_note(actor, draft)
                except DatabaseUnreachable as error:
                    journal.mark_failed(item.client_id, str(error))
                    break
                except TiskiError as error:
                    # Refused for good (consent withdrawn, case deleted): back to a draft.
                    journal.save_draft(_draft_from(item.payload, database, staff_id))
                    journal.mark_sent(item.client_id)
                    refused.append(translate(error.message))
                    continue
                journal.mark_sent(item.client_id)
                sent += 1
            return sent, refused

        self._running = True
        run_in_background(send, self._flushed, self._failed, context=self, pool=database_pool())

    def _flushed(self, result: tuple[int, list[str]]) -> None:
        self._running = False
        sent, refused = result
        if sent:
            log.info("Sent %d notes from the outbox", sent)
            self.sent.emit(sent)
        for text in refused:
            self.refused.emit(text)
        self._announce()

    def _failed(self, error: BaseException) -> None:
        self._running = False
        log.warning("Outbox not sent: %s", error)
        self._announce()


def _draft_from(payload: dict[str, Any], database: str, staff_id: int) -> Draft:
    return Draft(
        f"visit:{payload.get('visit_id')}",
        database,
        staff_id,
        payload.get("case_id"),
        payload.get("visit_id"),
        None,
        payload.get("service_id"),
        payload.get("partition_agency_id"),
        payload.get("amends_id"),
        str(payload.get("text", "")),
        utc_now(),
    )
