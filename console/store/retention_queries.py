"""The audit trail, retention and visitors' data requests, in SQL (part of :class:`CaseTx`)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import delete, func, or_, select, text, update

from console.core.cases import AuditAction, AuditEntry
from console.core.identity import mask_identity_codes
from console.store.models import (
    Appointment,
    AuditEvent,
    Consent,
    Counter,
    Customer,
    Note,
    Staff,
    Visit,
    VisitorCase,
)
from console.store.models import CaseVisit as CaseVisitRow
from console.store.tx_session import SessionTx


class RetentionTx(SessionTx):
    """What is audited, what retention deletes or forgets, and what a data request reads."""

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
