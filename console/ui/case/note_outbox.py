"""Notes the database could not take yet: kept in the journal's outbox, sent in order, once.

Each note carries the ``client_id`` made when it was first journaled, and the
database has a unique constraint on it: a note whose first try did reach the
database is not written twice when the outbox sends it again. A note the
database refuses for good goes back to its author's drafts as a draft of its
own, beside (never over) the one being typed.
"""

from __future__ import annotations

import logging
from datetime import datetime
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from console.core.cases import NoteDraft
from console.core.queue import utc_now
from console.core.text import DatabaseUnreachable, TiskiError
from console.desk.desk import Desk, SignedIn
from console.i18n import translate
from console.store.journal import Draft, Journal, OutboxItem
from console.ui.shared.database_pool import database_pool
from console.ui.shared.worker import run_in_background

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
    returned = Signal(object)  # visit id (or None) of a note that went back to the drafts

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

    def keep(self, draft: NoteDraft, ticket_number: str | None = None) -> None:
        """Keep a note for later; raises TiskiError if the journal cannot take it."""
        if self.journal is None:
            raise RuntimeError("no journal")
        payload = self._payload(draft)
        payload["ticket_number"] = ticket_number
        self.journal.enqueue(self.database, draft.client_id, payload)
        self._announce()

    def keep_draft(self, draft: Draft) -> None:
        """A restored draft of a visit no longer at this counter: to its case, via the outbox.

        It keeps its client id: if it did reach the database before, it lands once.
        """
        self.keep(
            NoteDraft(
                draft.case_id,
                draft.text,
                draft.client_id,
                draft.visit_id,
                draft.service_id,
                draft.partition_agency_id,
                draft.amends_id,
            ),
            draft.ticket_number,
        )

    def mine(self) -> list[OutboxItem]:
        """The signed-in person's notes waiting in the outbox for this database."""
        if self.journal is None:
            return []
        try:
            return self.journal.pending(self.database, self.signed_in.staff.id)
        except TiskiError:
            return []

    def forget_saved(self, client_ids: frozenset[str]) -> int:
        """Drop outbox notes the database turned out to have already (their text unlogged)."""
        journal = self.journal
        if journal is None:
            return 0
        dropped = 0
        for item in self.mine():
            if item.client_id in client_ids:
                journal.mark_sent(item.client_id)
                log.info(
                    "Outbox note %s of visit %s was already in the database; dropped",
                    item.client_id,
                    item.payload.get("visit_id"),
                )
                dropped += 1
        if dropped:
            self._announce()
        return dropped

    def count(self) -> int:
        """The signed-in person's notes waiting (a colleague's wait for them)."""
        return len(self.mine())

    def of_visit(self, visit_id: int) -> list[tuple[str, datetime, str]]:
        """(client id, time, text) of the signed-in person's notes of one visit still
        waiting; a colleague's unsent note (perhaps for one agency only) is not shown."""
        items = self.mine()
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

        def send() -> tuple[int, list[tuple[int | None, str]]]:
            sent = 0
            refused: list[tuple[int | None, str]] = []
            # Someone else's notes are sent when they sign in here.
            for item in journal.pending(database, staff_id):
                draft = NoteDraft(**{name: item.payload[name] for name in _DRAFT_FIELDS})
                try:
                    desk.cases.write_note(actor, draft)
                except DatabaseUnreachable as error:
                    # An outage, or a save that timed out: the note stays, in its place.
                    journal.mark_failed(item.client_id, str(error))
                    break
                except TiskiError as error:
                    # Refused for good (consent withdrawn, case deleted): back to the
                    # drafts as a draft of its own, with its client id and partition.
                    reason = translate(error.message)
                    journal.return_draft(
                        _draft_from(item, database, staff_id, reason), item.client_id
                    )
                    log.warning(
                        "Outbox note %s of visit %s refused; back to the drafts",
                        item.client_id,
                        item.payload.get("visit_id"),
                    )
                    refused.append((item.payload.get("visit_id"), reason))
                    continue
                journal.mark_sent(item.client_id)
                sent += 1
            return sent, refused

        self._running = True
        run_in_background(send, self._flushed, self._failed, context=self, pool=database_pool())

    def _flushed(self, result: tuple[int, list[tuple[int | None, str]]]) -> None:
        self._running = False
        sent, refused = result
        if sent:
            log.info("Sent %d notes from the outbox", sent)
            self.sent.emit(sent)
        for visit_id, text in refused:
            self.refused.emit(text)
            self.returned.emit(visit_id)
        self._announce()

    def _failed(self, error: BaseException) -> None:
        self._running = False
        log.warning("Outbox not sent: %s", error)
        self._announce()


def _draft_from(item: OutboxItem, database: str, staff_id: int, reason: str) -> Draft:
    payload = item.payload
    return Draft(
        database,
        staff_id,
        payload.get("visit_id"),
        item.client_id,
        payload.get("case_id"),
        payload.get("ticket_number"),
        payload.get("service_id"),
        payload.get("partition_agency_id"),
        payload.get("amends_id"),
        str(payload.get("text", "")),
        utc_now(),
        reason,
    )
