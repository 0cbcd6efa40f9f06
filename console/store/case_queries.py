"""Cases, notes, consent and templates in SQL (mixed into :class:`console.store.queries.Tx`).

:class:`CaseTx` is composed of its parts: the identity key and visitors
(identity_queries.py), search (search_queries.py), and the audit trail, retention
and data requests (retention_queries.py).
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from typing import Any

from sqlalchemy import func, select, text, update
from sqlalchemy.exc import IntegrityError

from console.core.cases import (
    CaseSummary,
    CaseVisit,
    ConsentInfo,
    NoteDraft,
    NoteInfo,
    NoteTemplate,
)
from console.store.identity_queries import IdentityTx
from console.store.models import (
    Agency,
    Consent,
    Counter,
    Note,
    Service,
    Staff,
    Visit,
    VisitorCase,
    VisitStep,
)
from console.store.models import CaseVisit as CaseVisitRow
from console.store.models import NoteTemplate as TemplateRow
from console.store.retention_queries import RetentionTx
from console.store.search_queries import SearchTx, index_words

_CLIENT_ID_SLICE = 500


class CaseTx(IdentityTx, SearchTx, RetentionTx):
    """Case operations of one transaction."""

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
