"""Use cases of the visitors' privacy: the audit trail and its export, legal hold,
retention, and a visitor's data access request (docs/security.md)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from console.core.cases import AuditAction, AuditEntry, NoteInfo
from console.core.identity import IdentityCode
from console.core.permissions import Permission
from console.core.queue import utc_now
from console.core.text import QT_TRANSLATE_NOOP
from console.desk.case_base import CaseDeskBase, case_error
from console.desk.permits import audit_as, require
from console.desk.queue import Actor
from console.store.queries import Tx, transaction


@dataclass(frozen=True)
class RetentionReport:
    cases: int
    notes: int
    held: int
    cutoff: datetime
    # Visits that lost (or, in a dry run, would lose) the name typed on the ticket
    # or the identified visitor: those no kept case holds.
    visits: int = 0


class PrivacyDesk(CaseDeskBase):
    """Audit, retention and data requests (part of :class:`console.desk.cases.CaseDesk`)."""

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
                raise case_error(
                    QT_TRANSLATE_NOOP("Cases", "Case {case} has no audit trail: no such case."),
                    case=case_id,
                )
            audit_as(
                tx,
                actor,
                AuditAction.AUDIT_EXPORTED,
                now=now or utc_now(),
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
            audit_as(
                tx,
                actor,
                AuditAction.LEGAL_HOLD_SET,
                now=now or utc_now(),
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
            raise case_error(
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
                audit_as(
                    tx,
                    actor,
                    AuditAction.CASE_DELETED,
                    now=now,
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
        audit_as(
            tx,
            actor,
            AuditAction.RETENTION_RUN,
            now=now,
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
                raise case_error(
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
                audit_as(
                    tx,
                    actor,
                    AuditAction.DATA_EXPORTED,
                    now=now,
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
            audit_as(
                tx,
                actor,
                AuditAction.DATA_EXPORTED,
                now=now,
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
