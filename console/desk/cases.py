"""Use cases of visitors, cases and notes: identify, open a case, write, consent, search, audit.

Each public method is one transaction with its permission check and its audit
event; errors are :class:`DeskError` with a message for a person. The clear
identity code never reaches this layer's storage: only its keyed hash (made by the
database on PostgreSQL).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from typing import Any

from console.core.cases import (
    AuditAction,
    AuditEntry,
    CaseSummary,
    CaseView,
    CustomerInfo,
    NoteDraft,
    NoteInfo,
    NoteTemplate,
    Reader,
    SearchHit,
    VisitCase,
    clean_note_text,
)
from console.core.identity import (
    IdentityCode,
    VisitorIdentity,
    clean_free_text,
    clean_visitor_name,
    identity_hash,
    mask_identity_codes,
    secret_fingerprint,
)
from console.core.permissions import Permission
from console.core.queue import utc_now
from console.core.text import QT_TRANSLATE_NOOP, Message, TiskiError
from console.desk.case_access import (
    NotYourWork,
    Work,
    audits_refusal,
    case_work,
    require_case,
    require_present,
    require_visit,
)
from console.desk.errors import DeskError
from console.desk.permits import require, workstation_of
from console.desk.queue import Actor
from console.store.search_queries import search_words
from console.store.database import Database
from console.store.queries import Tx, transaction

SEARCH_LIMIT = 50


def _error(text: str, **params: object) -> DeskError:
    return DeskError(Message("Cases", text, dict(params)))


@dataclass(frozen=True)
class RetentionReport:
    cases: int
    notes: int
    held: int
    cutoff: datetime
    # Visits that lost (or, in a dry run, would lose) the name typed on the ticket
    # or the identified visitor: those no kept case holds.
    visits: int = 0


class CaseDesk:
    """Cases and notes over one database."""

    def __init__(self, database: Database, identity_key: Callable[[], bytes] | None = None) -> None:
        self.database = database
        self._identity_key_source = identity_key
        self._identity_key: bytes | None = None

    # ------------------------------------------------------------ helpers
    def _key(self, tx: Tx) -> bytes:
        """The site's identity key, checked against the one the database was set up with."""
        if self._identity_key is None:
            if self._identity_key_source is None:
                raise _error(
                    QT_TRANSLATE_NOOP(
                        "Cases",
                        "This console has no identity key, so identity codes cannot be used. "
                        "Ask IT to set the desk's key (tiski identity set-key).",
                    )
                )
            try:
                self._identity_key = self._identity_key_source()
            except TiskiError as error:
                raise DeskError(error.message) from error
        fingerprint = secret_fingerprint(self._identity_key)
        stored = tx.identity_fingerprint()
        if stored is None:
            tx.set_identity_fingerprint(fingerprint)
        elif stored != fingerprint:
            raise _error(
                QT_TRANSLATE_NOOP(
                    "Cases",
                    "This console's identity key differs from the one the desk database was "
                    "set up with, so earlier visits could not be found. Ask IT to give this "
                    "console the desk's key (tiski identity set-key).",
                )
            )
        return self._identity_key

    def _hash(self, tx: Tx, code: IdentityCode) -> str:
        """The code's keyed hash: made by the database on PostgreSQL, whose key no
        console holds (migration 0011); on SQLite with this console's key."""
        if tx.key_in_database:
            hashed = tx.hash_identity_code(code.compact)
            if hashed is None:
                raise _error(
                    QT_TRANSLATE_NOOP(
                        "Cases",
                        "The desk database has no identity key yet, so identity codes cannot "
                        "be used. Ask IT to put the desk's key into the database (tiski "
                        "identity set-key with the owner's database URL).",
                    )
                )
            return hashed
        return identity_hash(code, self._key(tx))

    @staticmethod
    def _reader(tx: Tx, actor: Actor, case_id: int | None = None) -> Reader:
        agency_id = tx.agency_id_of_code(actor.agency_code)
        consented: frozenset[int] = frozenset()
        if case_id is not None:
            consented = frozenset(c.agency_id for c in tx.consents(case_id) if c.granted)
        return Reader(actor.staff_id, agency_id, consented)

    def _case_or_error(self, tx: Tx, case_id: int) -> Any:
        row = tx.case_row(case_id)
        if row is None:
            raise _error(
                QT_TRANSLATE_NOOP(
                    "Cases",
                    "Case {case} does not exist (any more). It may have been deleted "
                    "under the retention rules.",
                ),
                case=case_id,
            )
        return row

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

    # ------------------------------------------------------------ identity
    @audits_refusal("identify")
    def identify(
        self, actor: Actor, visit_id: int, identity: VisitorIdentity, *, now: datetime | None = None
    ) -> CustomerInfo:
        """Tie the visit to its visitor, found again by the code's keyed hash or by name."""
        require(actor, Permission.IDENTIFY_VISITOR)
        # visitor_identity() masks the name; a caller that made its own may not have.
        identity = replace(identity, name=clean_visitor_name(identity.name))
        now = now or utc_now()
        with transaction(self.database) as tx:
            if not tx.visit_exists(visit_id):
                raise _error(QT_TRANSLATE_NOOP("Cases", "This visit no longer exists."))
            require_visit(tx, actor, visit_id, at_counter=True)
            customer: CustomerInfo | None
            if identity.code is not None:
                code_hash = self._hash(tx, identity.code)
                customer = tx.customer_by_hash(code_hash)
                if customer is None:
                    # The hash only: the masked code and the birth date would narrow the
                    # code down to a few thousand candidates for whoever has the key.
                    customer = tx.add_customer(
                        code_hash=code_hash,
                        code_masked=None,
                        name=identity.name,
                        birth_date=None,
                        now=now,
                    )
                elif identity.name and identity.name != customer.name:
                    tx.set_customer_name(customer.id, identity.name)
                    customer = tx.customer(customer.id) or customer
            else:
                assert identity.name is not None
                assert identity.birth_date is not None
                customer = tx.customer_by_name(identity.name, identity.birth_date)
                if customer is None:
                    customer = tx.add_customer(
                        code_hash=None,
                        code_masked=None,
                        name=identity.name,
                        birth_date=identity.birth_date,
                        now=now,
                    )
            tx.set_visit_customer(visit_id, customer.id, identity.name)
            case_id = tx.case_of_visit(visit_id)
            if case_id is not None:
                tx.set_case_customer(case_id, customer.id)
            tx.add_audit(
                AuditAction.VISITOR_IDENTIFIED,
                now=now,
                staff_id=actor.staff_id,
                counter_id=actor.counter_id,
                workstation=workstation_of(actor),
                case_id=case_id,
                detail=f"visit={visit_id} customer={customer.id}",
            )
            if identity.code is not None:
                # Shown while this visitor is served, from the code typed now; never stored.
                customer = replace(
                    customer, masked_code=identity.code.masked, birth_date=identity.code.birth_date
                )
            return customer

    @audits_refusal("visitor_of_visit")
    def visitor_of_visit(self, actor: Actor, visit_id: int) -> CustomerInfo | None:
        """The visit's visitor, when the visit is the actor's work (and, for a
        consultation, the visitor has agreed to share with the actor's agency)."""
        require(actor, Permission.READ_CASE)
        with transaction(self.database) as tx:
            work = require_visit(tx, actor, visit_id)
            customer_id = tx.visit_customer_id(visit_id)
            if customer_id is None:
                return None
            if not (work.desk or work.at_counter):
                case_id = tx.case_of_visit(visit_id)
                agency_id = tx.agency_id_of_code(actor.agency_code)
                consents = tx.consents(case_id) if case_id is not None else []
                if not any(c.agency_id == agency_id and c.granted for c in consents):
                    return None
            return tx.customer(customer_id)

    @audits_refusal("reveal_identity")
    def reveal_identity(self, actor: Actor, visit_id: int, *, now: datetime | None = None) -> None:
        """Record that the full code was shown (the console holds it; the database never does)."""
        require(actor, Permission.IDENTIFY_VISITOR)
        with transaction(self.database) as tx:
            require_visit(tx, actor, visit_id, at_counter=True)
            tx.add_audit(
                AuditAction.IDENTITY_REVEALED,
                now=now or utc_now(),
                staff_id=actor.staff_id,
                counter_id=actor.counter_id,
                workstation=workstation_of(actor),
                case_id=tx.case_of_visit(visit_id),
                detail=f"visit={visit_id}",
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
                raise _error(QT_TRANSLATE_NOOP("Cases", "This visit no longer exists."))
            require_visit(tx, actor, visit_id, at_counter=True)
            customer_id = tx.visit_customer_id(visit_id)
            if case_id is None:
                case_id = tx.case_of_visit(visit_id)
            else:
                row = self._case_or_error(tx, case_id)
                if row.customer_id not in (None, customer_id):
                    raise _error(
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
            tx.add_audit(
                AuditAction.CASE_OPENED,
                now=now,
                staff_id=actor.staff_id,
                counter_id=actor.counter_id,
                workstation=workstation_of(actor),
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
            tx.add_audit(
                AuditAction.CASE_OPENED,
                now=now or utc_now(),
                staff_id=actor.staff_id,
                counter_id=actor.counter_id,
                workstation=workstation_of(actor),
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
                tx.add_audit(
                    AuditAction.CASE_OPENED,
                    now=now or utc_now(),
                    staff_id=actor.staff_id,
                    counter_id=actor.counter_id,
                    workstation=workstation_of(actor),
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
                    raise _error(
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
            tx.add_audit(
                AuditAction.NOTE_AMENDED if draft.amends_id else AuditAction.NOTE_WRITTEN,
                now=now,
                staff_id=actor.staff_id,
                counter_id=actor.counter_id,
                workstation=workstation_of(actor),
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
            raise _error(
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
            raise _error(
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
        tx.add_audit(
            AuditAction.CASE_OPENED,
            now=now,
            staff_id=actor.staff_id,
            counter_id=actor.counter_id,
            workstation=workstation_of(actor),
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
            raise _error(QT_TRANSLATE_NOOP("Cases", "Unknown agency for the note."))
        if draft.service_id is not None and tx.agency_of_service(draft.service_id) == agency_id:
            return
        if tx.agency_id_of_code(actor.agency_code) == agency_id:
            return
        consents = tx.consents(draft.case_id) if draft.case_id is not None else []
        if any(c.agency_id == agency_id and c.granted for c in consents):
            return
        raise _error(
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
                raise _error(QT_TRANSLATE_NOOP("Cases", "Unknown agency for the consent."))
            current = {c.agency_id: c.granted for c in tx.consents(case_id)}
            if current.get(agency_id, False) != granted:
                tx.add_consent(case_id, agency_id, granted, staff_id=actor.staff_id, now=now)
                tx.add_audit(
                    AuditAction.CONSENT_RECORDED,
                    now=now,
                    staff_id=actor.staff_id,
                    counter_id=actor.counter_id,
                    workstation=workstation_of(actor),
                    case_id=case_id,
                    detail=f"agency={agency_id} granted={granted}",
                )
            return self.view_in(tx, actor, case_id)

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
            raise _error(QT_TRANSLATE_NOOP("Cases", "Type at least one word to search for."))
        with transaction(self.database) as tx:
            hits = tx.search_notes(
                words,
                staff_id=actor.staff_id,
                agency_id=tx.agency_id_of_code(actor.agency_code),
                limit=limit,
            )
            tx.add_audit(
                AuditAction.SEARCH_RUN,
                now=now or utc_now(),
                staff_id=actor.staff_id,
                counter_id=actor.counter_id,
                workstation=workstation_of(actor),
                detail=f"words={len(words)} hits={len(hits)}",
            )
            return hits

    # ------------------------------------------------------------ audit, retention, requests
    def audit_trail(self, actor: Actor, case_id: int) -> list[AuditEntry]:
        """A case's audit trail: supervisors only."""
        require(actor, Permission.READ_AUDIT_TRAIL)
        with transaction(self.database) as tx:
            return tx.audit_trail([case_id])

    def export_audit(
        self, actor: Actor, case_id: int, *, now: datetime | None = None
    ) -> list[AuditEntry]:
        """The audit trail for IT's export; the export itself is audited."""
        require(actor, Permission.EXPORT_AUDIT)
        with transaction(self.database) as tx:
            # A deleted case still has its trail; only a case never heard of is an error.
            if tx.case_row(case_id) is None and not tx.audit_trail([case_id]):
                raise _error(
                    QT_TRANSLATE_NOOP("Cases", "Case {case} has no audit trail: no such case."),
                    case=case_id,
                )
            tx.add_audit(
                AuditAction.AUDIT_EXPORTED,
                now=now or utc_now(),
                staff_id=actor.staff_id,
                counter_id=actor.counter_id,
                workstation=workstation_of(actor),
                case_id=case_id,
                detail="tiski audit export",
            )
        with transaction(self.database) as tx:
            return tx.audit_trail([case_id])

    def set_legal_hold(
        self, actor: Actor, case_id: int, hold: bool, *, now: datetime | None = None
    ) -> None:
        require(actor, Permission.SET_LEGAL_HOLD)
        with transaction(self.database) as tx:
            self._case_or_error(tx, case_id)
            tx.set_legal_hold(case_id, hold)
            tx.add_audit(
                AuditAction.LEGAL_HOLD_SET,
                now=now or utc_now(),
                staff_id=actor.staff_id,
                counter_id=actor.counter_id,
                workstation=workstation_of(actor),
                case_id=case_id,
                detail=f"hold={hold}",
            )

    def run_retention(
        self, actor: Actor, days: int, *, now: datetime | None = None, dry_run: bool = False
    ) -> RetentionReport:
        """Delete cases without activity for ``days`` days, except those on legal hold,
        and everything else that would still tell about their visitors (docs/security.md,
        "What is stored about a visitor")."""
        require(actor, Permission.RUN_RETENTION)
        if days < 1:
            raise _error(
                QT_TRANSLATE_NOOP("Cases", "retention.notes_days must be at least 1, not {days}."),
                days=days,
            )
        now = now or utc_now()
        cutoff = now - timedelta(days=days)
        with transaction(self.database) as tx:
            ids = tx.cases_inactive_since(cutoff)
            held = tx.held_cases_inactive_since(cutoff)
            if dry_run:
                report = RetentionReport(
                    len(ids), tx.note_count(ids), held, cutoff, tx.visits_to_forget(cutoff, ids)
                )
                self._audit_retention(tx, actor, report, days, now, dry_run=True)
                return report
            visits = tx.visits_to_forget(cutoff, ids)
            notes = tx.delete_cases(ids)
            tx.forget_before(cutoff)
            if ids:
                # Merging the index rewrites it whole: only when notes went.
                tx.forget_unused_words()
            for case_id in ids:
                tx.add_audit(
                    AuditAction.CASE_DELETED,
                    now=now,
                    staff_id=actor.staff_id,
                    counter_id=actor.counter_id,
                    workstation=workstation_of(actor),
                    case_id=case_id,
                    detail=f"retention {days} days",
                )
            report = RetentionReport(len(ids), notes, held, cutoff, visits)
            self._audit_retention(tx, actor, report, days, now, dry_run=False)
        # Out of the write-ahead log too, not only out of the tables.
        self.database.checkpoint()
        return report

    @staticmethod
    def _audit_retention(
        tx: Tx, actor: Actor, report: RetentionReport, days: int, now: datetime, *, dry_run: bool
    ) -> None:
        tx.add_audit(
            AuditAction.RETENTION_RUN,
            now=now,
            staff_id=actor.staff_id,
            counter_id=actor.counter_id,
            workstation=workstation_of(actor),
            detail=f"days={days} cases={report.cases} notes={report.notes} held={report.held}"
            f" visits={report.visits}" + (" dry_run" if dry_run else ""),
        )

    def visitor_data(
        self, actor: Actor, code: IdentityCode, *, now: datetime | None = None
    ) -> dict[str, Any]:
        """Everything held about one visitor, for their data access request."""
        require(actor, Permission.EXPORT_VISITOR_DATA)
        now = now or utc_now()
        with transaction(self.database) as tx:
            if not tx.reads_every_case():
                # Row security would leave out what this login may not read: an answer
                # to a data request must be whole, or not given.
                raise _error(
                    QT_TRANSLATE_NOOP(
                        "Cases",
                        "Your database login reads only part of the visitors' cases, so the "
                        "export would be incomplete. Data requests need the records role: ask "
                        "IT (tiski staff add USERNAME --retention).",
                    )
                )
            customer = tx.customer_by_hash(self._hash(tx, code))
            if customer is None:
                # Asking is audited too: the answer tells whether someone visited the desk.
                tx.add_audit(
                    AuditAction.DATA_EXPORTED,
                    now=now,
                    staff_id=actor.staff_id,
                    counter_id=actor.counter_id,
                    workstation=workstation_of(actor),
                    detail="customer=none",
                )
                return {"visitor": None, "cases": [], "visits": []}
            case_ids = tx.case_ids_of_customer(customer.id)
            cases = []
            for case_id in case_ids:
                row = tx.case_row(case_id)
                assert row is not None
                cases.append(
                    {
                        "id": case_id,
                        "title": row.title,
                        "opened_at": row.opened_at.isoformat(),
                        "notes": [_note_json(n) for n in tx.notes_of_case(case_id)],
                        "consents": [
                            {
                                "agency_id": c.agency_id,
                                "granted": c.granted,
                                "recorded_at": c.recorded_at.isoformat(),
                                "recorded_by": c.recorded_by,
                            }
                            for c in tx.consents(case_id)
                        ],
                    }
                )
            trail = tx.audit_trail(case_ids)
            result = {
                "visitor": {
                    # What is stored: for a visitor identified by code, its keyed hash only.
                    "identified_by": "identity code (kept as a keyed hash only)"
                    if customer.by_code
                    else "name and birth date",
                    "name": customer.name,
                    "birth_date": customer.birth_date.isoformat() if customer.birth_date else None,
                },
                "visits": [
                    {"ticket": ticket, "at": at.isoformat()}
                    for _id, ticket, at in tx.visits_of_customer(customer.id)
                ],
                "cases": cases,
                "audit": [
                    {
                        "at": e.at.isoformat(),
                        "who": e.staff_name,
                        "counter": e.counter_code,
                        "action": e.action,
                        "case": e.case_id,
                    }
                    for e in trail
                ],
            }
            tx.add_audit(
                AuditAction.DATA_EXPORTED,
                now=now,
                staff_id=actor.staff_id,
                counter_id=actor.counter_id,
                workstation=workstation_of(actor),
                detail=f"customer={customer.id} cases={len(case_ids)}",
            )
            return result


def _note_json(note: NoteInfo) -> dict[str, Any]:
    return {
        "id": note.id,
        "written_at": note.written_at.isoformat(),
        "author": note.author_name,
        "ticket": note.ticket_number,
        "partition_agency_id": note.partition_agency_id,
        "amends": note.amends_id,
        "text": note.text,
    }
