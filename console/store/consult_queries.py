"""Consultations and presence in SQL (mixed into :class:`console.store.queries.Tx`)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from console.core.consult import (
    DEFAULT_TIMEOUT_MINUTES,
    AgencyStaffing,
    ConsultInfo,
    ConsultState,
    Presence,
)
from console.store.models import (
    Agency,
    Consultation,
    ConsultationDecline,
    Counter,
    DeskSession,
    Site,
    Staff,
    Visit,
)
from console.store.queue_queries import SESSION_STALE
from console.store.rows import CONSULT_ACCEPTOR, CONSULT_ASKER, names_of


class ConsultTx:
    """Consultation operations of one transaction."""

    _session: Session

    # ------------------------------------------------------------ presence
    def set_presence(self, staff_id: int, presence: Presence, now: datetime) -> None:
        """The presence of every open desk session of ``staff_id``."""
        self._session.execute(
            update(DeskSession)
            .where(DeskSession.staff_id == staff_id, DeskSession.signed_out_at.is_(None))
            .values(presence=presence.value, last_seen_at=now)
        )

    def agency_staffing(self, agency_id: int, now: datetime) -> AgencyStaffing:
        rows = self._session.execute(
            select(DeskSession.presence, func.count(func.distinct(DeskSession.staff_id)))
            .join(Staff, Staff.id == DeskSession.staff_id)
            .where(
                Staff.agency_id == agency_id,
                Staff.role == "specialist",
                Staff.active,
                DeskSession.signed_out_at.is_(None),
                DeskSession.last_seen_at >= now - SESSION_STALE,
            )
            .group_by(DeskSession.presence)
        )
        counts = {presence: int(count) for presence, count in rows}
        return AgencyStaffing(
            agency_id,
            counts.get(Presence.AVAILABLE.value, 0),
            counts.get(Presence.BUSY.value, 0),
            counts.get(Presence.AWAY.value, 0),
        )

    def consult_timeout_minutes(self, agency_id: int) -> int:
        minutes = self._session.scalar(
            select(Agency.consult_timeout_minutes).where(Agency.id == agency_id)
        )
        return DEFAULT_TIMEOUT_MINUTES if minutes is None else int(minutes)

    # ------------------------------------------------------------ consultations
    def add_consultation(self, **values: Any) -> int:
        row = Consultation(**values)
        self._session.add(row)
        self._session.flush()
        return row.id

    def consultations(self, *conditions: Any) -> list[ConsultInfo]:
        asker = CONSULT_ASKER
        acceptor = CONSULT_ACCEPTOR
        rows = self._session.execute(
            select(
                Consultation,
                Visit.ticket_number,
                asker.full_name,
                acceptor.full_name,
                Counter.code,
                Visit.site_id,
            )
            .join(Visit, Visit.id == Consultation.visit_id)
            .join(asker, asker.id == Consultation.requested_by_id)
            .outerjoin(acceptor, acceptor.id == Consultation.accepted_by_id)
            .join(Counter, Counter.id == Consultation.counter_id)
            .where(*conditions)
            .order_by(Consultation.requested_at, Consultation.id)
        ).all()
        declines: dict[int, list[tuple[str, str]]] = {}
        if rows:
            for consultation_id, name, reason in self._session.execute(
                select(
                    ConsultationDecline.consultation_id, Staff.full_name, ConsultationDecline.reason
                )
                .join(Staff, Staff.id == ConsultationDecline.staff_id)
                .where(ConsultationDecline.consultation_id.in_([r[0].id for r in rows]))
                .order_by(ConsultationDecline.id)
            ):
                declines.setdefault(consultation_id, []).append((name, reason))
        offices = (
            {row.id: names_of(row) for row in self._session.scalars(select(Site))} if rows else {}
        )
        if len(offices) < 2:
            offices = {}  # one office: nothing to tell apart
        return [
            ConsultInfo(
                c.id,
                c.visit_id,
                c.step_id,
                c.case_id,
                c.agency_id,
                ticket,
                c.topic,
                c.question,
                ConsultState(c.state),
                asked_by,
                c.requested_by_id,
                counter,
                c.requested_at,
                c.expires_at,
                accepted_by,
                c.accepted_by_id,
                c.accepted_at,
                c.meeting_url,
                c.closed_at,
                tuple(declines.get(c.id, ())),
                offices.get(site_id),
            )
            for c, ticket, asked_by, accepted_by, counter, site_id in rows
        ]

    def consultation(self, consultation_id: int) -> ConsultInfo | None:
        found = self.consultations(Consultation.id == consultation_id)
        return found[0] if found else None

    def inbox(self, agency_id: int, staff_id: int) -> list[ConsultInfo]:
        """Open requests for the agency, and the ones this specialist has accepted."""
        return self.consultations(
            (Consultation.agency_id == agency_id) & (Consultation.state == ConsultState.OPEN.value)
            | (
                (Consultation.accepted_by_id == staff_id)
                & (Consultation.state == ConsultState.ACCEPTED.value)
            )
        )

    def consultations_of_visit(self, visit_id: int) -> list[ConsultInfo]:
        return self.consultations(Consultation.visit_id == visit_id)

    def consultations_accepted_by(
        self, staff_id: int, *, case_id: int | None = None, visit_id: int | None = None
    ) -> list[ConsultInfo]:
        """The consultations of a case (or a visit) that ``staff_id`` accepted, in any
        state since: the specialist's own work."""
        conditions = [Consultation.accepted_by_id == staff_id]
        if case_id is not None:
            conditions.append(Consultation.case_id == case_id)
        if visit_id is not None:
            conditions.append(Consultation.visit_id == visit_id)
        return self.consultations(*conditions)

    def claim_consultation(
        self, consultation_id: int, staff_id: int, now: datetime, meeting_url: str | None
    ) -> bool:
        """Accept atomically: only an open, unexpired request; never two specialists."""
        result = self._session.execute(
            update(Consultation)
            .where(
                Consultation.id == consultation_id,
                Consultation.state == ConsultState.OPEN.value,
                Consultation.expires_at > now,
            )
            .values(
                state=ConsultState.ACCEPTED.value,
                accepted_by_id=staff_id,
                accepted_at=now,
                meeting_url=meeting_url,
            )
        )
        return getattr(result, "rowcount", 0) == 1

    def close_consultation(
        self, consultation_id: int, state: ConsultState, now: datetime, *, from_state: ConsultState
    ) -> bool:
        result = self._session.execute(
            update(Consultation)
            .where(Consultation.id == consultation_id, Consultation.state == from_state.value)
            .values(state=state.value, closed_at=now)
        )
        return getattr(result, "rowcount", 0) == 1

    def expire_consultations(self, now: datetime) -> list[int]:
        """Open requests past their time become expired; return their ids."""
        ids = list(
            self._session.scalars(
                select(Consultation.id).where(
                    Consultation.state == ConsultState.OPEN.value, Consultation.expires_at <= now
                )
            )
        )
        if ids:
            self._session.execute(
                update(Consultation)
                .where(Consultation.id.in_(ids), Consultation.state == ConsultState.OPEN.value)
                .values(state=ConsultState.EXPIRED.value, closed_at=now)
            )
        return ids

    def add_decline(self, consultation_id: int, staff_id: int, reason: str, now: datetime) -> None:
        self._session.add(
            ConsultationDecline(
                consultation_id=consultation_id, staff_id=staff_id, reason=reason, declined_at=now
            )
        )
        self._session.flush()

    def remote_counter_of(self, staff_id: int) -> int | None:
        """The remote counter where ``staff_id`` is signed in, if any."""
        return self._session.scalar(
            select(DeskSession.counter_id)
            .join(Counter, Counter.id == DeskSession.counter_id)
            .where(
                DeskSession.staff_id == staff_id,
                DeskSession.signed_out_at.is_(None),
                Counter.remote,
            )
            .order_by(DeskSession.id.desc())
            .limit(1)
        )
