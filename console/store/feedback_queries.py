"""Visitors' feedback, mixed into :class:`console.store.queries.Tx`."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from console.store.models import Agency, Feedback, Service, Visit, VisitStep


class FeedbackTx:
    _session: Session

    def services_of_ticket(
        self, day: date, ticket_number: str, site_id: int | None = None
    ) -> list[int]:
        """The services of the visit with that ticket on ``day`` (with ``site_id``: at the
        office; none when unknown)."""
        query = (
            select(VisitStep.service_id)
            .join(Visit, Visit.id == VisitStep.visit_id)
            .where(Visit.ticket_day == day, Visit.ticket_number == ticket_number)
            .where(VisitStep.state != "transferred")
            .distinct()
        )
        if site_id is not None:
            query = query.where(Visit.site_id == site_id)
        rows = self._session.execute(query)
        return sorted(row[0] for row in rows)

    def add_feedback(
        self, score: int, reason: str | None, service_ids: Sequence[int], now: datetime
    ) -> int:
        """One row per service (one without a service when there are none); no RETURNING:
        the kiosk's role may add answers but not read them."""
        targets: list[int | None] = [*service_ids] or [None]
        rows = [
            {"given_at": now, "score": score, "reason": reason, "service_id": service_id}
            for service_id in targets
        ]
        self._session.execute(insert(Feedback), rows)
        return len(rows)

    def feedback_between(
        self, start: datetime, end: datetime
    ) -> list[tuple[datetime, int, str | None, str | None]]:
        """(given at, score, service code, agency code) of the period's answers."""
        rows = self._session.execute(
            select(Feedback.given_at, Feedback.score, Service.code, Agency.code)
            .outerjoin(Service, Service.id == Feedback.service_id)
            .outerjoin(Agency, Agency.id == Service.agency_id)
            .where(Feedback.given_at >= start, Feedback.given_at < end)
        )
        return [(row[0], int(row[1]), row[2], row[3]) for row in rows]
