"""Use case of searching notes: the words of a query, masked, in the notes one may read."""

from __future__ import annotations

from datetime import datetime

from console.core.cases import AuditAction, SearchHit
from console.core.identity import mask_identity_codes
from console.core.permissions import Permission
from console.core.queue import utc_now
from console.core.text import QT_TRANSLATE_NOOP
from console.desk.case_base import CaseDeskBase, case_error
from console.desk.permits import audit_as, require
from console.desk.queue import Actor
from console.store.queries import transaction
from console.store.search_queries import search_words

SEARCH_LIMIT = 50


class CaseSearchDesk(CaseDeskBase):
    """Search of notes (part of :class:`console.desk.cases.CaseDesk`)."""

    # ------------------------------------------------------------ search
    def refresh_search_terms(self) -> int:
        """Make sure search knows every indexed word (SQLite; at start-up)."""
        with transaction(self.database) as tx:
            return tx.refresh_search_terms()

    def search(
        self, actor: Actor, query: str, *, limit: int = SEARCH_LIMIT, now: datetime | None = None
    ) -> list[SearchHit]:
        """Notes ``actor`` may read that match every word of ``query``, newest first.

        The query is masked before it is split into words (split first, a code's halves
        would no longer look like one), and the audit trail keeps only that a search was
        made, by whom, with how many words and hits: the words themselves, names as
        often as not, would stay in an append-only table for ever (docs/security.md).
        """
        require(actor, Permission.SEARCH_NOTES)
        words = search_words(mask_identity_codes(query))
        if not words:
            raise case_error(QT_TRANSLATE_NOOP("Cases", "Type at least one word to search for."))
        with transaction(self.database) as tx:
            hits = tx.search_notes(
                words,
                staff_id=actor.staff_id,
                agency_id=tx.agency_id_of_code(actor.agency_code),
                limit=limit,
            )
            audit_as(
                tx,
                actor,
                AuditAction.SEARCH_RUN,
                now=now or utc_now(),
                detail=f"words={len(words)} hits={len(hits)}",
            )
            return hits
