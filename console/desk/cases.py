"""Use cases of cases and notes: open a case, read it, write notes, record consent.

Each public method is one transaction with its permission check and its audit
event; errors are :class:`DeskError` with a message for a person. :class:`CaseDesk`
is the one entry point of its family: it also holds the visitor's identity
(visitors.py), search (case_search.py), and the audit trail, retention and data
requests (privacy.py), and what they share (case_base.py).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from datetime import datetime

from console.core.cases import (
    AuditAction,
    CaseSummary,
    CaseView,
    NoteDraft,
    NoteInfo,
    NoteTemplate,
    Reader,
    VisitCase,
    clean_note_text,
)
from console.core.identity import clean_free_text
from console.core.permissions import Permission
from console.core.queue import utc_now
from console.core.text import QT_TRANSLATE_NOOP
from console.desk.case_access import (
    NotYourWork,
    Work,
    audits_refusal,
    case_work,
    require_case,
    require_present,
    require_visit,
)
from console.desk.case_base import case_error
from console.desk.case_search import CaseSearchDesk
from console.desk.permits import audit_as, require
from console.desk.privacy import PrivacyDesk
from console.desk.queue import Actor
from console.desk.visitors import VisitorDesk
from console.store.queries import Tx, transaction


class CaseDesk(VisitorDesk, CaseSearchDesk, PrivacyDesk):
    """Cases and notes over one database."""

    @staticmethod
    def _reader(tx: Tx, actor: Actor, case_id: int | None = None) -> Reader:
        agency_id = tx.agency_id_of_code(actor.agency_code)
        consented: frozenset[int] = frozenset()
        if case_id is not None:
            consented = frozenset(c.agency_id for c in tx.consents(case_id) if c.granted)
        return Reader(actor.staff_id, agency_id, consented)

    def view_in(self, tx: Tx, actor: Actor, case_id: int, work: Work | None = None) -> CaseView:
        """The case as ``actor`` may read it, inside a transaction another use case holds
        (consultations show the specialist exactly this). The caller has checked that
        the case is the actor's work; ``work`` says how (read again when not given)."""
        row = self._case_or_error(tx, case_id)
        reader = self._reader(tx, actor, case_id)
        if work is None:
            work = case_work(tx, actor, case_id)
        notes = tx.notes_of_case(case_id)
        visible = tuple(n for n in notes if reader.may_read(n.author_id, n.partition_agency_id))
        shown = row.customer_id is not None and work.shows_visitor(
            reader.agency_id in reader.consented_agencies
        )
        return CaseView(
            row.id,
            row.title,
            tx.customer(row.customer_id) if shown else None,
            row.opened_at,
            bool(row.legal_hold),
            tx.case_visits(case_id),
            visible,
            tuple(tx.consents(case_id)),
            len(notes) - len(visible),
        )

    # ------------------------------------------------------------ cases
    @audits_refusal("cases_of_visitor")
    def cases_of_visitor(self, actor: Actor, customer_id: int) -> list[CaseSummary]:
        """The visitor's cases to continue: for an agency's staff only the visitor at
        their counter."""
        require(actor, Permission.READ_CASE)
        with transaction(self.database) as tx:
            if actor.agency_code is not None:
                counter_id = actor.counter_id
                steps = tx.steps_at_counter(counter_id) if counter_id is not None else []
                if not any(tx.visit_customer_id(step.visit_id) == customer_id for step in steps):
                    raise NotYourWork(
                        QT_TRANSLATE_NOOP(
                            "Cases",
                            "This visitor is not at your counter, so their cases are not "
                            "shown to you.",
                        )
                    )
            return tx.cases_of_customer(customer_id)

    @audits_refusal("case_of_visit")
    def case_of_visit(self, actor: Actor, visit_id: int) -> int | None:
        require(actor, Permission.READ_CASE)
        with transaction(self.database) as tx:
            require_visit(tx, actor, visit_id)
            return tx.case_of_visit(visit_id)

    @audits_refusal("open_case")
    def open_case(
        self,
        actor: Actor,
        visit_id: int,
        case_id: int | None = None,
        *,
        title: str | None = None,
        now: datetime | None = None,
    ) -> CaseView:
        """Open the visit's case: the one named, the one already linked, or a new one."""
        require(actor, Permission.READ_CASE)
        now = now or utc_now()
        with transaction(self.database) as tx:
            if not tx.visit_exists(visit_id):
                raise case_error(QT_TRANSLATE_NOOP("Cases", "This visit no longer exists."))
            require_visit(tx, actor, visit_id, at_counter=True)
            customer_id = tx.visit_customer_id(visit_id)
            if case_id is None:
                case_id = tx.case_of_visit(visit_id)
            else:
                row = self._case_or_error(tx, case_id)
                if row.customer_id not in (None, customer_id):
                    raise case_error(
                        QT_TRANSLATE_NOOP(
                            "Cases", "Case {case} belongs to another visitor; it was not opened."
                        ),
                        case=case_id,
                    )
            if case_id is None:
                clean_title = clean_free_text(title, 200)
                case_id = tx.create_case(
                    customer_id=customer_id, title=clean_title, staff_id=actor.staff_id, now=now
                )
            elif customer_id is not None:
                tx.set_case_customer(case_id, customer_id)
            tx.link_case_visit(case_id, visit_id)
            tx.touch_case(case_id, now)
            audit_as(
                tx,
                actor,
                AuditAction.CASE_OPENED,
                now=now,
                case_id=case_id,
                detail=f"visit={visit_id}",
            )
            return self.view_in(tx, actor, case_id)

    @audits_refusal("open_visit")
    def open_visit(self, actor: Actor, visit_id: int, *, now: datetime | None = None) -> VisitCase:
        """The visit's visitor and case (opened, audited) or, without a case yet, the
        visitor's earlier cases to continue."""
        require(actor, Permission.READ_CASE)
        with transaction(self.database) as tx:
            require_visit(tx, actor, visit_id, at_counter=True)
            customer_id = tx.visit_customer_id(visit_id)
            customer = tx.customer(customer_id) if customer_id else None
            case_id = tx.case_of_visit(visit_id)
            if case_id is None:
                earlier = tuple(tx.cases_of_customer(customer_id)) if customer_id else ()
                return VisitCase(customer, None, earlier)
            audit_as(
                tx,
                actor,
                AuditAction.CASE_OPENED,
                now=now or utc_now(),
                case_id=case_id,
                detail=f"visit={visit_id}",
            )
            return VisitCase(customer, self.view_in(tx, actor, case_id))

    @audits_refusal("case_view")
    def case_view(
        self, actor: Actor, case_id: int, *, opening: bool = False, now: datetime | None = None
    ) -> CaseView:
        """The case as ``actor`` may read it; ``opening`` (from a search, say) is audited,
        a refresh of a case already open is not."""
        require(actor, Permission.READ_CASE)
        with transaction(self.database) as tx:
            # The work first: whether a case id exists is not told to someone outside it.
            work = require_case(tx, actor, case_id)
            view = self.view_in(tx, actor, case_id, work)
            if opening:
                audit_as(
                    tx,
                    actor,
                    AuditAction.CASE_OPENED,
                    now=now or utc_now(),
                    case_id=case_id,
                    detail="read",
                )
            return view

    # ------------------------------------------------------------ notes
    @audits_refusal("write_note")
    def write_note(
        self, actor: Actor, draft: NoteDraft, *, now: datetime | None = None
    ) -> NoteInfo:
        """Append a note; the same ``client_id`` twice lands once.

        A note's client id goes with it from its first draft through every try
        (the outbox's, a restored draft's): when an earlier try did reach the
        database, that note is the answer and nothing is written again.
        """
        require(actor, Permission.WRITE_NOTE)
        body = clean_note_text(draft.text)
        now = now or utc_now()
        with transaction(self.database) as tx:
            existing = tx.note_by_client_id(draft.client_id)
            if existing is not None:
                return self._same_note(actor, existing)
            if draft.case_id is None:
                draft = replace(draft, case_id=self.case_for_visit(tx, actor, draft.visit_id, now))
            assert draft.case_id is not None
            self._case_or_error(tx, draft.case_id)
            self._check_note_work(tx, actor, draft)
            partition = draft.partition_agency_id
            if draft.amends_id is not None:
                earlier = tx.note(draft.amends_id)
                reader = self._reader(tx, actor, draft.case_id)
                if (
                    earlier is None
                    or earlier.case_id != draft.case_id
                    or not reader.may_read(earlier.author_id, earlier.partition_agency_id)
                ):
                    raise case_error(
                        QT_TRANSLATE_NOOP(
                            "Cases", "The note to correct is not in this case or not yours to read."
                        )
                    )
                # A correction stays where the note it corrects is.
                partition = earlier.partition_agency_id
            elif partition is not None:
                self._check_partition(tx, actor, draft, partition)
            added = tx.add_note(
                NoteDraft(
                    draft.case_id,
                    draft.text,
                    draft.client_id,
                    draft.visit_id,
                    draft.service_id,
                    partition,
                    draft.amends_id,
                ),
                body,
                author_id=actor.staff_id,
                counter_id=actor.counter_id,
                now=now,
            )
            if added is None:  # an earlier try of this note committed meanwhile
                earlier_try = tx.note_by_client_id(draft.client_id)
                assert earlier_try is not None
                return self._same_note(actor, earlier_try)
            note_id = added
            if draft.visit_id is not None:
                tx.link_case_visit(draft.case_id, draft.visit_id)
            tx.touch_case(draft.case_id, now)
            audit_as(
                tx,
                actor,
                AuditAction.NOTE_AMENDED if draft.amends_id else AuditAction.NOTE_WRITTEN,
                now=now,
                case_id=draft.case_id,
                note_id=note_id,
                detail=f"partition={partition or 'shared'}"
                + (f" amends={draft.amends_id}" if draft.amends_id else ""),
            )
            note = tx.note(note_id)
            assert note is not None
            return note

    @staticmethod
    def _same_note(actor: Actor, note: NoteInfo) -> NoteInfo:
        """The note an earlier try of ``actor``'s saved; anyone else's is not handed out."""
        if note.author_id != actor.staff_id:
            raise case_error(
                QT_TRANSLATE_NOOP(
                    "Cases",
                    "Another note in the database already has this note's id; it was not "
                    "saved. Copy its text into a new note and save that.",
                )
            )
        return note

    def saved_client_ids(self, actor: Actor, client_ids: Iterable[str]) -> frozenset[str]:
        """Which of ``actor``'s notes (by client id) are in the database already.

        Asked before drafts and outbox notes are offered again after a crash: a
        note that got there is not offered, nor saved, a second time.
        """
        require(actor, Permission.WRITE_NOTE)
        wanted = list(client_ids)
        if not wanted:
            return frozenset()
        with transaction(self.database) as tx:
            return frozenset(tx.client_ids_saved(actor.staff_id, wanted))

    def case_for_visit(self, tx: Tx, actor: Actor, visit_id: int | None, now: datetime) -> int:
        """The visit's case, opened (and audited) if it has none, inside ``tx``."""
        if visit_id is None or not tx.visit_exists(visit_id):
            raise case_error(
                QT_TRANSLATE_NOOP(
                    "Cases", "The note has neither a case nor a visit to go with; it was not saved."
                )
            )
        require_visit(tx, actor, visit_id)
        case_id = tx.case_of_visit(visit_id)
        if case_id is not None:
            return case_id
        customer_id = tx.visit_customer_id(visit_id)
        case_id = tx.create_case(
            customer_id=customer_id, title=None, staff_id=actor.staff_id, now=now
        )
        tx.link_case_visit(case_id, visit_id)
        audit_as(
            tx,
            actor,
            AuditAction.CASE_OPENED,
            now=now,
            case_id=case_id,
            detail=f"visit={visit_id} first note",
        )
        return case_id

    @staticmethod
    def _check_note_work(tx: Tx, actor: Actor, draft: NoteDraft) -> None:
        """A note goes into a case of the actor's work: the case itself, or the
        visit the note was written at (a consultation's, say, not yet in the case)."""
        assert draft.case_id is not None
        if case_work(tx, actor, draft.case_id).any:
            return
        if draft.visit_id is not None and tx.case_of_visit(draft.visit_id) == draft.case_id:
            require_visit(tx, actor, draft.visit_id)
            return
        require_case(tx, actor, draft.case_id)

    @staticmethod
    def _check_partition(tx: Tx, actor: Actor, draft: NoteDraft, agency_id: int) -> None:
        """A note for one agency: that agency's own service, its own staff, or consent."""
        if agency_id not in tx.agency_ids():
            raise case_error(QT_TRANSLATE_NOOP("Cases", "Unknown agency for the note."))
        if draft.service_id is not None and tx.agency_of_service(draft.service_id) == agency_id:
            return
        if tx.agency_id_of_code(actor.agency_code) == agency_id:
            return
        consents = tx.consents(draft.case_id) if draft.case_id is not None else []
        if any(c.agency_id == agency_id and c.granted for c in consents):
            return
        raise case_error(
            QT_TRANSLATE_NOOP(
                "Cases",
                "The visitor has not agreed to share this case with that agency. Ask the "
                "visitor and record the consent first, or keep the note for the service being "
                "served.",
            )
        )

    def templates(self, service_id: int, language: str) -> list[NoteTemplate]:
        with transaction(self.database) as tx:
            return tx.templates(service_id, language)

    # ------------------------------------------------------------ consent
    @audits_refusal("record_consent")
    def record_consent(
        self,
        actor: Actor,
        case_id: int,
        agency_id: int,
        granted: bool,
        *,
        now: datetime | None = None,
    ) -> CaseView:
        """What the visitor, present, allows the case to share with an agency."""
        require(actor, Permission.RECORD_CONSENT)
        now = now or utc_now()
        with transaction(self.database) as tx:
            require_present(tx, actor, case_id)
            self._case_or_error(tx, case_id)
            if agency_id not in tx.agency_ids():
                raise case_error(QT_TRANSLATE_NOOP("Cases", "Unknown agency for the consent."))
            current = {c.agency_id: c.granted for c in tx.consents(case_id)}
            if current.get(agency_id, False) != granted:
                tx.add_consent(case_id, agency_id, granted, staff_id=actor.staff_id, now=now)
                audit_as(
                    tx,
                    actor,
                    AuditAction.CONSENT_RECORDED,
                    now=now,
                    case_id=case_id,
                    detail=f"agency={agency_id} granted={granted}",
                )
            return self.view_in(tx, actor, case_id)
