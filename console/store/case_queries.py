"""Cases, notes, consent, search and audit in SQL (mixed into :class:`console.store.queries.Tx`)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from datetime import date, datetime
from typing import Any

from sqlalchemy import delete, func, or_, select, text, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from console.core.cases import (
    MATCH_END,
    MATCH_START,
    AuditAction,
    AuditEntry,
    CaseSummary,
    CaseVisit,
    ConsentInfo,
    CustomerInfo,
    NoteDraft,
    NoteInfo,
    NoteTemplate,
    SearchHit,
)
from console.core.identity import mask_identity_codes
from console.store.models import (
    Agency,
    Appointment,
    AuditEvent,
    Consent,
    Counter,
    Customer,
    Note,
    Service,
    Site,
    Staff,
    Visit,
    VisitorCase,
    VisitStep,
)
from console.store.models import CaseVisit as CaseVisitRow
from console.store.models import (
    NoteTemplate as TemplateRow,
)

_WORD = re.compile(r"[^\W_]+")


# Expand a word into at most this many indexed words; more, and the prefix query is cheaper.
MAX_EXPANSION = 64


def index_words(body: str) -> set[str]:
    """The words FTS5's unicode61 tokenizer makes of ``body`` (letters and digits, case
    folded one character at a time, diacritics kept)."""
    return {
        "".join(c.lower() if len(c.lower()) == 1 else c for c in word)
        for word in _WORD.findall(body)
    }


def search_words(query: str) -> list[str]:
    """The words of a search, without any query syntax a person did not mean."""
    return _WORD.findall(query)[:12]


def _customer(row: Customer) -> CustomerInfo:
    return CustomerInfo(
        row.id, row.code_masked, row.name, row.birth_date, by_code=row.code_hash is not None
    )


_CLIENT_ID_SLICE = 500


class CaseTx:
    """Case operations of one transaction."""

    _session: Session

    # ------------------------------------------------------------ identity key
    def identity_fingerprint(self) -> str | None:
        return self._session.scalar(select(Site.identity_fingerprint).order_by(Site.id).limit(1))

    def set_identity_fingerprint(self, fingerprint: str) -> None:
        self._session.execute(update(Site).values(identity_fingerprint=fingerprint))

    @property
    def key_in_database(self) -> bool:
        """PostgreSQL keeps the identity key itself and hashes codes (migration 0011)."""
        return self._dialect_name == "postgresql"

    def hash_identity_code(self, compact: str) -> str | None:
        """The code's keyed hash made by the database; None while it has no key.

        The clear code travels to the server as a query parameter (never in the
        statement's text) and the key never leaves it.
        """
        return self._session.scalar(text("SELECT tiski_identity_hash(:code)"), {"code": compact})

    def database_key_fingerprint(self) -> str | None:
        """The fingerprint of the key the database holds; None while it has none."""
        return self._session.scalar(text("SELECT tiski_identity_fingerprint()"))

    def may_set_database_key(self) -> bool:
        """Whether this connection may write the key (the owner's alone)."""
        return bool(
            self._session.scalar(text("SELECT has_table_privilege('identity_key', 'INSERT')"))
        )

    def set_database_key(self, secret: bytes) -> None:
        """Put ``secret`` into the database as the desk's identity key (the owner only)."""
        self._session.execute(
            text(
                "INSERT INTO identity_key (id, secret) VALUES (1, :secret) ON CONFLICT (id)"
                " DO UPDATE SET secret = excluded.secret, set_at = now()"
            ),
            {"secret": secret},
        )

    def database_key(self) -> bytes | None:
        """The key the database holds (the owner only: to back it up before replacing it)."""
        value = self._session.scalar(text("SELECT secret FROM identity_key WHERE id = 1"))
        return bytes(value) if value is not None else None

    def codes_hashed(self) -> bool:
        """Whether some visitor was identified by an identity code (a hash would be lost)."""
        return (
            self._session.scalar(
                select(Customer.id).where(Customer.code_hash.is_not(None)).limit(1)
            )
            is not None
        )

    # ------------------------------------------------------------ customers
    def customer(self, customer_id: int) -> CustomerInfo | None:
        row = self._session.get(Customer, customer_id)
        return _customer(row) if row else None

    def _customer_lookup(self, key: str) -> None:
        """PostgreSQL: name the visitor being identified to the row security policy.

        An agency's staff see only the visitors of their own work, and the one whose
        code (or name and birth date) they have just been shown (migration 0007).
        """
        if self._dialect_name == "postgresql":
            self._session.execute(select(func.set_config("tiski.customer_lookup", key, True)))

    def customer_by_hash(self, code_hash: str) -> CustomerInfo | None:
        self._customer_lookup(code_hash)
        row = self._session.scalar(select(Customer).where(Customer.code_hash == code_hash))
        return _customer(row) if row else None

    def customer_by_name(self, name: str, birth_date: date) -> CustomerInfo | None:
        self._customer_lookup(f"name:{birth_date.isoformat()}:{name.lower()}")
        row = self._session.scalar(
            select(Customer)
            .where(
                Customer.code_hash.is_(None),
                Customer.birth_date == birth_date,
                func.lower(Customer.name) == name.lower(),
            )
            .order_by(Customer.id)
            .limit(1)
        )
        return _customer(row) if row else None

    def add_customer(
        self,
        *,
        code_hash: str | None,
        code_masked: str | None,
        name: str | None,
        birth_date: date | None,
        now: datetime,
    ) -> CustomerInfo:
        row = Customer(
            code_hash=code_hash,
            code_masked=code_masked,
            name=name,
            birth_date=birth_date,
            created_at=now,
        )
        self._session.add(row)
        self._session.flush()
        return _customer(row)

    def set_customer_name(self, customer_id: int, name: str) -> None:
        self._session.execute(update(Customer).where(Customer.id == customer_id).values(name=name))

    def set_visit_customer(self, visit_id: int, customer_id: int, name: str | None) -> None:
        values: dict[str, Any] = {"customer_id": customer_id}
        if name:
            values["visitor_name"] = name
        self._session.execute(update(Visit).where(Visit.id == visit_id).values(**values))

    def visit_customer_id(self, visit_id: int) -> int | None:
        return self._session.scalar(select(Visit.customer_id).where(Visit.id == visit_id))

    def visit_exists(self, visit_id: int) -> bool:
        return self._session.get(Visit, visit_id) is not None

    # ------------------------------------------------------------ cases
    def create_case(
        self, *, customer_id: int | None, title: str | None, staff_id: int, now: datetime
    ) -> int:
        row = VisitorCase(
            customer_id=customer_id,
            title=title,
            opened_at=now,
            opened_by_id=staff_id,
            last_activity_at=now,
            legal_hold=False,
        )
        self._session.add(row)
        self._session.flush()
        return row.id

    def link_case_visit(self, case_id: int, visit_id: int) -> None:
        if self._session.get(CaseVisitRow, (case_id, visit_id)) is None:
            self._session.add(CaseVisitRow(case_id=case_id, visit_id=visit_id))
            self._session.flush()

    def case_of_visit(self, visit_id: int) -> int | None:
        if self._session.get_bind().dialect.name == "postgresql":
            # As the owner (migration 0009): a guide's or IT's console, which may not
            # read cases, names the case in the audit row of a stranded visitor too.
            return self._session.scalar(
                text("SELECT tiski_case_of_visit(:visit_id)"), {"visit_id": visit_id}
            )
        return self._session.scalar(
            select(CaseVisitRow.case_id)
            .where(CaseVisitRow.visit_id == visit_id)
            .order_by(CaseVisitRow.case_id.desc())
            .limit(1)
        )

    def case_row(self, case_id: int) -> VisitorCase | None:
        return self._session.get(VisitorCase, case_id)

    def set_case_customer(self, case_id: int, customer_id: int) -> None:
        self._session.execute(
            update(VisitorCase)
            .where(VisitorCase.id == case_id, VisitorCase.customer_id.is_(None))
            .values(customer_id=customer_id)
        )

    def touch_case(self, case_id: int, now: datetime) -> None:
        self._session.execute(
            update(VisitorCase).where(VisitorCase.id == case_id).values(last_activity_at=now)
        )

    def set_legal_hold(self, case_id: int, hold: bool) -> None:
        self._session.execute(
            update(VisitorCase).where(VisitorCase.id == case_id).values(legal_hold=hold)
        )

    def cases_of_customer(self, customer_id: int) -> list[CaseSummary]:
        counts = (
            select(Note.case_id, func.count(Note.id).label("notes"))
            .group_by(Note.case_id)
            .subquery()
        )
        rows = self._session.execute(
            select(VisitorCase, func.coalesce(counts.c.notes, 0))
            .outerjoin(counts, counts.c.case_id == VisitorCase.id)
            .where(VisitorCase.customer_id == customer_id)
            .order_by(VisitorCase.last_activity_at.desc())
        )
        return [
            CaseSummary(
                row.id,
                row.title,
                row.opened_at,
                row.last_activity_at,
                row.closed_at is not None,
                row.legal_hold,
                notes,
            )
            for row, notes in rows
        ]

    def case_visits(self, case_id: int) -> tuple[CaseVisit, ...]:
        visits = self._session.execute(
            select(Visit.id, Visit.ticket_number, Visit.created_at)
            .join(CaseVisitRow, CaseVisitRow.visit_id == Visit.id)
            .where(CaseVisitRow.case_id == case_id)
            .order_by(Visit.created_at)
        ).all()
        steps: dict[int, list[tuple[int, str, datetime | None]]] = {}
        if visits:
            for visit_id, service_id, state, finished in self._session.execute(
                select(
                    VisitStep.visit_id, VisitStep.service_id, VisitStep.state, VisitStep.finished_at
                )
                .where(VisitStep.visit_id.in_([v.id for v in visits]))
                .order_by(VisitStep.position, VisitStep.id)
            ):
                steps.setdefault(visit_id, []).append((service_id, state, finished))
        return tuple(
            CaseVisit(v.id, v.ticket_number, v.created_at, tuple(steps.get(v.id, ())))
            for v in visits
        )

    # ------------------------------------------------------------ notes
    def _note_rows(self, *conditions: Any) -> list[NoteInfo]:
        rows = self._session.execute(
            select(
                Note.id,
                Note.case_id,
                Note.visit_id,
                Visit.ticket_number,
                Note.body,
                Note.written_at,
                Note.author_id,
                Staff.full_name,
                Counter.code,
                Note.service_id,
                Note.partition_agency_id,
                Note.amends_id,
                Note.client_id,
            )
            .join(Staff, Staff.id == Note.author_id)
            .outerjoin(Visit, Visit.id == Note.visit_id)
            .outerjoin(Counter, Counter.id == Note.counter_id)
            .where(*conditions)
            .order_by(Note.id)
        ).all()
        amended: dict[int, list[int]] = {}
        for row in rows:
            if row.amends_id is not None:
                amended.setdefault(row.amends_id, []).append(row.id)
        return [
            NoteInfo(
                row.id,
                row.case_id,
                row.visit_id,
                row.ticket_number,
                row.body,
                row.written_at,
                row.author_id,
                row.full_name,
                row.code,
                row.service_id,
                row.partition_agency_id,
                row.amends_id,
                tuple(amended.get(row.id, ())),
                row.client_id,
            )
            for row in rows
        ]

    def notes_of_case(self, case_id: int) -> list[NoteInfo]:
        return self._note_rows(Note.case_id == case_id)

    def case_has_partition(self, case_id: int, agency_id: int) -> bool:
        """Whether the case holds a note in ``agency_id``'s partition (the agency's work)."""
        found = self._session.scalar(
            select(Note.id)
            .where(Note.case_id == case_id, Note.partition_agency_id == agency_id)
            .limit(1)
        )
        return found is not None

    def note(self, note_id: int) -> NoteInfo | None:
        notes = self._note_rows(Note.id == note_id)
        return notes[0] if notes else None

    def note_by_client_id(self, client_id: str) -> NoteInfo | None:
        notes = self._note_rows(Note.client_id == client_id)
        return notes[0] if notes else None

    def client_ids_saved(self, author_id: int, client_ids: Iterable[str]) -> set[str]:
        """Which of ``client_ids`` name notes ``author_id`` has in the database."""
        wanted = sorted(set(client_ids))
        found: set[str] = set()
        # In slices: SQLite limits the parameters of one statement.
        for start in range(0, len(wanted), _CLIENT_ID_SLICE):
            found.update(
                self._session.scalars(
                    select(Note.client_id).where(
                        Note.author_id == author_id,
                        Note.client_id.in_(wanted[start : start + _CLIENT_ID_SLICE]),
                    )
                )
            )
        return found

    def add_note(
        self, draft: NoteDraft, body: str, *, author_id: int, counter_id: int | None, now: datetime
    ) -> int | None:
        """Insert the note; ``None`` if a note with its client id got there first.

        That happens when an earlier try of the same note is still committing (a
        save that timed out on this side, retried by the outbox): the unique
        constraint on ``note.client_id`` holds it to one row, and the savepoint
        keeps this transaction usable to read that row.
        """
        row = Note(
            case_id=draft.case_id,
            visit_id=draft.visit_id,
            service_id=draft.service_id,
            counter_id=counter_id,
            author_id=author_id,
            written_at=now,
            partition_agency_id=draft.partition_agency_id,
            amends_id=draft.amends_id,
            client_id=draft.client_id,
            body=body,
        )
        try:
            with self._session.begin_nested():
                self._session.add(row)
        except IntegrityError:
            if self.note_by_client_id(draft.client_id) is None:
                raise  # another constraint: not a duplicate
            return None
        if self._dialect_name == "sqlite":
            self._session.execute(
                text("INSERT OR IGNORE INTO note_term (term) VALUES (:term)"),
                [{"term": word} for word in sorted(index_words(body))],
            )
        return row.id

    def refresh_search_terms(self) -> int:
        """SQLite: fill the word list from the index itself; return the words added."""
        if self._dialect_name != "sqlite":
            return 0
        result = self._session.execute(
            text("INSERT OR IGNORE INTO note_term (term) SELECT term FROM note_fts_vocab")
        )
        return int(getattr(result, "rowcount", 0) or 0)

    def _fts_query(self, words: Sequence[str]) -> str:
        """An FTS5 query: every word, each as the indexed words it starts (or a prefix)."""
        parts = []
        for word in words:
            folded = min(index_words(word) or {word.lower()})
            terms = list(
                self._session.scalars(
                    text(
                        "SELECT term FROM note_term WHERE term >= :low AND term < :high"
                        " ORDER BY term LIMIT :limit"
                    ),
                    {"low": folded, "high": folded + "\U0010ffff", "limit": MAX_EXPANSION + 1},
                )
            )
            if 0 < len(terms) <= MAX_EXPANSION:
                parts.append("(" + " OR ".join(f'"{term}"' for term in terms) + ")")
            else:
                parts.append('"' + folded + '"*')
        return " AND ".join(parts)

    # ------------------------------------------------------------ consent, agencies
    def consents(self, case_id: int) -> list[ConsentInfo]:
        newest = (
            select(func.max(Consent.id))
            .where(Consent.case_id == case_id)
            .group_by(Consent.agency_id)
            .scalar_subquery()
        )
        rows = self._session.execute(
            select(Consent.agency_id, Consent.granted, Consent.recorded_at, Staff.full_name)
            .join(Staff, Staff.id == Consent.recorded_by_id)
            .where(Consent.id.in_(newest))
            .order_by(Consent.agency_id)
        )
        return [ConsentInfo(a, bool(g), at, who) for a, g, at, who in rows]

    def add_consent(
        self, case_id: int, agency_id: int, granted: bool, *, staff_id: int, now: datetime
    ) -> None:
        self._session.add(
            Consent(
                case_id=case_id,
                agency_id=agency_id,
                granted=granted,
                recorded_by_id=staff_id,
                recorded_at=now,
            )
        )
        self._session.flush()

    def agency_id_of_code(self, code: str | None) -> int | None:
        if code is None:
            return None
        return self._session.scalar(select(Agency.id).where(Agency.code == code))

    def agency_of_service(self, service_id: int) -> int | None:
        return self._session.scalar(select(Service.agency_id).where(Service.id == service_id))

    def agency_ids(self) -> list[int]:
        return list(self._session.scalars(select(Agency.id).order_by(Agency.id)))

    def templates(self, service_id: int, language: str) -> list[NoteTemplate]:
        rows = self._session.scalars(
            select(TemplateRow)
            .where(TemplateRow.service_id == service_id, TemplateRow.language == language)
            .order_by(TemplateRow.id)
        )
        return [NoteTemplate(r.id, r.service_id, r.language, r.title, r.body) for r in rows]

    def add_template(self, service_id: int, language: str, title: str, body: str) -> None:
        self._session.add(
            TemplateRow(service_id=service_id, language=language, title=title, body=body)
        )

    def service_id_of_code(self, code: str) -> int | None:
        return self._session.scalar(select(Service.id).where(Service.code == code))

    # ------------------------------------------------------------ search
    def search_notes(
        self, words: Sequence[str], *, staff_id: int, agency_id: int | None, limit: int
    ) -> list[SearchHit]:
        """Notes matching every word that the reader may read, newest first.

        Visibility is the rule of :class:`console.core.cases.Reader`, in SQL: the
        reader's own notes, their agency's partition, and shared notes (for an
        agency only where the case's newest consent for it is granted).
        """
        if agency_id is None:
            visible = "(n.author_id = :staff OR n.partition_agency_id IS NULL)"
        else:
            visible = (
                "(n.author_id = :staff OR n.partition_agency_id = :agency"
                " OR (n.partition_agency_id IS NULL AND EXISTS ("
                "SELECT 1 FROM consent c WHERE c.case_id = n.case_id AND c.agency_id = :agency"
                " AND c.id = (SELECT max(c2.id) FROM consent c2"
                " WHERE c2.case_id = n.case_id AND c2.agency_id = :agency)"
                " AND c.granted)))"
            )
        params: dict[str, Any] = {"staff": staff_id, "agency": agency_id, "limit": limit}
        if self._dialect_name == "postgresql":
            # Every word stemmed and as a prefix, like SQLite's: "toimeentulo" finds
            # "toimeentulotuki". The words are letters and digits only (search_words).
            params["query"] = " & ".join(f"{word}:*" for word in words)
            params["marks"] = (
                f"StartSel={MATCH_START}, StopSel={MATCH_END}, MaxWords=24, MinWords=8"
            )
            sql = f"""
                SELECT n.id, n.case_id, n.written_at, s.full_name, n.partition_agency_id,
                       ts_headline('finnish', n.body, q, :marks) AS snippet
                FROM note n JOIN staff s ON s.id = n.author_id,
                     to_tsquery('finnish', :query) q
                WHERE n.search_vector @@ q AND {visible}
                ORDER BY n.id DESC LIMIT :limit
            """
            if self._session.execute(text("SELECT row_security_active('note')")).scalar():
                # A person's own login role: the policy's rule through the word index
                # (migration 0007, tiski_search_notes), then the policy itself again.
                sql = f"""
                    SELECT n.id, n.case_id, n.written_at, s.full_name, n.partition_agency_id,
                           ts_headline('finnish', n.body, q, :marks) AS snippet
                    FROM note n JOIN staff s ON s.id = n.author_id,
                         to_tsquery('finnish', :query) q
                    WHERE n.id IN (SELECT tiski_search_notes(to_tsquery('finnish', :query),
                                                             :limit))
                      AND {visible}
                    ORDER BY n.id DESC LIMIT :limit
                """
        else:
            # Each word as the words it starts: "asumistu" finds "asumistuki", "asumistuen".
            params["query"] = self._fts_query(words)
            sql = f"""
                SELECT n.id, n.case_id, n.written_at, s.full_name, n.partition_agency_id,
                       snippet(note_fts, 0, char(2), char(3), '…', 16) AS snippet
                FROM note_fts JOIN note n ON n.id = note_fts.rowid
                JOIN staff s ON s.id = n.author_id
                WHERE note_fts MATCH :query AND {visible}
                ORDER BY note_fts.rowid DESC LIMIT :limit
            """
        if self._dialect_name == "postgresql":
            # A prepared statement's generic plan ignores which words are searched for
            # (a common word and a rare one need different plans): plan every search.
            self._session.execute(text("SET LOCAL plan_cache_mode = force_custom_plan"))
        rows = self._session.execute(text(sql), params).all()
        return [
            SearchHit(
                row.id,
                row.case_id,
                _aware(row.written_at),
                row.full_name,
                row.partition_agency_id,
                row.snippet,
            )
            for row in rows
        ]

    @property
    def _dialect_name(self) -> str:
        return self._session.get_bind().dialect.name

    # ------------------------------------------------------------ audit
    def add_audit(
        self,
        action: str,
        *,
        now: datetime,
        staff_id: int | None,
        counter_id: int | None,
        case_id: int | None = None,
        note_id: int | None = None,
        detail: str | None = None,
        workstation: str | None = None,
    ) -> None:
        self._session.add(
            AuditEvent(
                at=now,
                staff_id=staff_id,
                counter_id=counter_id,
                action=action,
                case_id=case_id,
                note_id=note_id,
                # The last net under every caller's own masking: the trail is append-only.
                detail=mask_identity_codes(detail)[:1000] if detail else None,
                workstation=workstation[:128] if workstation else None,
            )
        )

    def audit_trail(self, case_ids: Iterable[int]) -> list[AuditEntry]:
        rows = self._session.execute(
            select(AuditEvent, Staff.full_name, Counter.code)
            .outerjoin(Staff, Staff.id == AuditEvent.staff_id)
            .outerjoin(Counter, Counter.id == AuditEvent.counter_id)
            .where(AuditEvent.case_id.in_(list(case_ids)))
            .order_by(AuditEvent.id)
        )
        return [
            AuditEntry(
                e.id, e.at, name, code, e.action, e.case_id, e.note_id, e.detail, e.workstation
            )
            for e, name, code in rows
        ]

    # ------------------------------------------------------------ retention, data requests
    def reads_every_case(self) -> bool:
        """Whether row security leaves this connection every note (always on SQLite).

        On PostgreSQL: the owner, or a member of the records role tiski_retention.
        """
        if self._dialect_name != "postgresql":
            return True
        return bool(
            self._session.execute(
                text(
                    "SELECT NOT row_security_active('note') OR EXISTS (SELECT 1 FROM pg_roles r"
                    " WHERE r.rolname = 'tiski_retention'"
                    " AND pg_has_role(current_user, r.oid, 'MEMBER'))"
                )
            ).scalar()
        )

    def cases_inactive_since(self, cutoff: datetime) -> list[int]:
        return list(
            self._session.scalars(
                select(VisitorCase.id)
                .where(VisitorCase.last_activity_at < cutoff, VisitorCase.legal_hold.is_(False))
                .order_by(VisitorCase.id)
            )
        )

    def held_cases_inactive_since(self, cutoff: datetime) -> int:
        return int(
            self._session.scalar(
                select(func.count(VisitorCase.id)).where(
                    VisitorCase.last_activity_at < cutoff, VisitorCase.legal_hold.is_(True)
                )
            )
            or 0
        )

    def note_count(self, case_ids: Sequence[int]) -> int:
        if not case_ids:
            return 0
        return int(
            self._session.scalar(select(func.count(Note.id)).where(Note.case_id.in_(case_ids))) or 0
        )

    def delete_cases(self, case_ids: Sequence[int]) -> int:
        """Delete cases with their notes and consents, and what points to them; their
        visitors go too when no other case of theirs is left.

        The cases' visits that no other case holds keep no name and no visitor; the
        cases' audit rows keep who did what, when and where, but not their details.
        """
        if not case_ids:
            return 0
        ids = list(case_ids)
        owners = set(
            self._session.scalars(
                select(VisitorCase.customer_id).where(
                    VisitorCase.id.in_(ids), VisitorCase.customer_id.is_not(None)
                )
            )
        )
        visits = set(
            self._session.scalars(
                select(CaseVisitRow.visit_id).where(CaseVisitRow.case_id.in_(ids))
            )
        )
        visits.update(
            self._session.scalars(
                select(Note.visit_id).where(Note.case_id.in_(ids), Note.visit_id.is_not(None))
            )
        )
        notes = self._session.scalar(select(func.count(Note.id)).where(Note.case_id.in_(ids))) or 0
        self._blank_audit(AuditEvent.case_id.in_(ids))
        # Amendments first: a note's amendments point at it.
        self._session.execute(
            delete(Note).where(Note.case_id.in_(ids), Note.amends_id.is_not(None))
        )
        self._session.execute(delete(Note).where(Note.case_id.in_(ids)))
        self._session.execute(delete(Consent).where(Consent.case_id.in_(ids)))
        self._session.execute(delete(CaseVisitRow).where(CaseVisitRow.case_id.in_(ids)))
        self._session.execute(delete(VisitorCase).where(VisitorCase.id.in_(ids)))
        if visits:
            self._forget_visits(Visit.id.in_(visits))
        # The visitors of the deleted cases who have no other case left.
        orphans = select(Customer.id).where(
            Customer.id.in_(owners),
            ~select(VisitorCase.id).where(VisitorCase.customer_id == Customer.id).exists(),
        )
        orphan_ids = list(self._session.scalars(orphans))
        if orphan_ids:
            self._session.execute(
                update(Visit).where(Visit.customer_id.in_(orphan_ids)).values(customer_id=None)
            )
            self._session.execute(delete(Customer).where(Customer.id.in_(orphan_ids)))
        return int(notes)

    def _blank_audit(self, *conditions: Any) -> int:
        """Blank the details of audit rows: the one change the append-only trail allows
        (migration 0012), and only to the records role on PostgreSQL."""
        result = self._session.execute(
            update(AuditEvent)
            .where(*conditions, AuditEvent.detail.is_not(None))
            .values(detail=None)
            .execution_options(synchronize_session=False)
        )
        return int(getattr(result, "rowcount", 0) or 0)

    def visits_to_forget(self, cutoff: datetime, deleted_cases: Sequence[int]) -> int:
        """How many visits before ``cutoff`` still name their visitor (typed name or
        identified person) and would lose it once ``deleted_cases`` are gone."""
        kept_case = (
            select(CaseVisitRow.visit_id)
            .where(
                CaseVisitRow.visit_id == Visit.id,
                CaseVisitRow.case_id.not_in(list(deleted_cases)),
            )
            .exists()
        )
        return int(
            self._session.scalar(
                select(func.count(Visit.id)).where(
                    Visit.created_at < cutoff,
                    ~kept_case,
                    or_(Visit.visitor_name.is_not(None), Visit.customer_id.is_not(None)),
                )
            )
            or 0
        )

    def _forget_visits(self, *conditions: Any) -> None:
        """Visits (and their appointments) that no case holds: no name, no visitor."""
        in_a_case = select(CaseVisitRow.visit_id).where(CaseVisitRow.visit_id == Visit.id).exists()
        forgotten = select(Visit.id).where(*conditions, ~in_a_case)
        self._session.execute(
            update(Visit)
            .where(
                *conditions,
                ~in_a_case,
                or_(Visit.visitor_name.is_not(None), Visit.customer_id.is_not(None)),
            )
            .values(visitor_name=None, customer_id=None)
            .execution_options(synchronize_session=False)
        )
        self._session.execute(
            update(Appointment)
            .where(Appointment.visit_id.in_(forgotten), Appointment.visitor_name.is_not(None))
            .values(visitor_name=None)
            .execution_options(synchronize_session=False)
        )

    def forget_before(self, cutoff: datetime) -> None:
        """What retention keeps of nobody's case past ``cutoff``: nothing personal.

        Visits and appointments of that time that no case holds lose the name typed
        on the ticket and their visitor; a visitor identified then with no case and
        no later visit goes; searches of that time keep who searched, not for what.
        """
        self._forget_visits(Visit.created_at < cutoff)
        in_a_case = (
            select(CaseVisitRow.visit_id)
            .where(CaseVisitRow.visit_id == Appointment.visit_id)
            .exists()
        )
        self._session.execute(
            update(Appointment)
            .where(
                Appointment.starts_at < cutoff, Appointment.visitor_name.is_not(None), ~in_a_case
            )
            .values(visitor_name=None)
            .execution_options(synchronize_session=False)
        )
        unused = select(Customer.id).where(
            Customer.created_at < cutoff,
            ~select(VisitorCase.id).where(VisitorCase.customer_id == Customer.id).exists(),
            ~select(Visit.id).where(Visit.customer_id == Customer.id).exists(),
        )
        gone = list(self._session.scalars(unused))
        if gone:
            self._session.execute(delete(Customer).where(Customer.id.in_(gone)))
        self._blank_audit(AuditEvent.action == AuditAction.SEARCH_RUN, AuditEvent.at < cutoff)

    def forget_unused_words(self) -> int:
        """SQLite: the word list keeps no word that only deleted notes used.

        The index is merged first, so that it holds no deleted note's words either
        (FTS5 otherwise keeps them, marked deleted, until its segments merge).
        """
        if self._dialect_name != "sqlite":
            return 0
        self._session.execute(text("INSERT INTO note_fts (note_fts) VALUES ('optimize')"))
        result = self._session.execute(
            text("DELETE FROM note_term WHERE term NOT IN (SELECT term FROM note_fts_vocab)")
        )
        return int(getattr(result, "rowcount", 0) or 0)

    def case_ids_of_customer(self, customer_id: int) -> list[int]:
        return list(
            self._session.scalars(
                select(VisitorCase.id)
                .where(VisitorCase.customer_id == customer_id)
                .order_by(VisitorCase.id)
            )
        )

    def visits_of_customer(self, customer_id: int) -> list[tuple[int, str, datetime]]:
        return [
            (row.id, row.ticket_number, row.created_at)
            for row in self._session.execute(
                select(Visit.id, Visit.ticket_number, Visit.created_at)
                .where(Visit.customer_id == customer_id)
                .order_by(Visit.created_at)
            )
        ]


def _aware(value: datetime | str) -> datetime:
    """Raw SQL skips the UTC column type on SQLite: read its text back as aware UTC."""
    from datetime import UTC

    if isinstance(value, str):
        value = datetime.fromisoformat(value)
    return value if value.tzinfo else value.replace(tzinfo=UTC)
