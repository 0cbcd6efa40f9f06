"""Stranded visitors in SQL: who holds a step with no console running, and putting
it back in its queue at most once however many consoles check at the same time."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import ColumnElement, func, or_, select, update

from console.core.queue import StepState
from console.core.stranded import HeldStep, ReturnedStep
from console.store.models import Counter, DeskSession, Visit, VisitStep
from console.store.queue_queries import QueueTx, step_info
from console.store.rows import STEP_HOLDER

HELD_STATES = (StepState.CALLED.value, StepState.SERVING.value)


def _last_seen() -> Any:
    """The last heartbeat of any console of the step's holder or at the step's counter."""
    return (
        select(func.max(DeskSession.last_seen_at))
        .where(
            or_(
                DeskSession.staff_id == VisitStep.staff_id,
                DeskSession.counter_id == VisitStep.counter_id,
            )
        )
        .correlate(VisitStep)
        .scalar_subquery()
    )


def _stranded(cutoff: datetime) -> ColumnElement[bool]:
    """Held, not kept, unchanged since ``cutoff``, and a console that held it has been
    silent since then (a step called where no console ever ran is left to people)."""
    return (
        VisitStep.state.in_(HELD_STATES)
        & VisitStep.kept_at.is_(None)
        & or_(VisitStep.changed_at.is_(None), VisitStep.changed_at < cutoff)
        & (_last_seen() < cutoff)
    )


class StrandedTx(QueueTx):
    """Stranded-step operations of one transaction (mixed into :class:`Tx`)."""

    def held_without_console(self, seen_since: datetime) -> list[HeldStep]:
        """Called or served steps with no console of their holder or counter seen since
        ``seen_since``, kept ones included, oldest change first."""
        holder = STEP_HOLDER
        last_seen = _last_seen().label("last_seen")
        query = (
            self._step_query()
            .add_columns(Counter.code, holder.username, holder.full_name, last_seen)
            .add_columns(VisitStep.kept_at)
            .outerjoin(Counter, Counter.id == VisitStep.counter_id)
            .outerjoin(holder, holder.id == VisitStep.staff_id)
            .where(
                VisitStep.state.in_(HELD_STATES),
                or_(_last_seen().is_(None), _last_seen() < seen_since),
            )
            .order_by(VisitStep.changed_at, VisitStep.id)
        )
        held = []
        for row in self._session.execute(query):
            *step_columns, counter_code, username, full_name, seen, kept_at = row
            held.append(
                HeldStep(
                    step_info(step_columns),
                    counter_code,
                    username,
                    full_name,
                    seen,
                    kept_at,
                )
            )
        return held

    def lock_stranded(self, cutoff: datetime) -> list[ReturnedStep]:
        """Lock the steps stranded since ``cutoff``; rows another transaction holds
        (a console returning them right now, a supervisor acting) are skipped."""
        rows = self._session.execute(
            select(
                VisitStep.id,
                VisitStep.visit_id,
                Visit.ticket_number,
                VisitStep.counter_id,
                VisitStep.staff_id,
                _last_seen(),
            )
            .join(Visit, Visit.id == VisitStep.visit_id)
            .where(_stranded(cutoff))
            .order_by(VisitStep.id)
            .with_for_update(skip_locked=True, of=VisitStep)
        )
        return [ReturnedStep(*row) for row in rows]

    def return_to_queue(
        self,
        step_ids: Sequence[int],
        now: datetime,
        by_staff_id: int | None,
        *,
        stranded_since: datetime | None = None,
    ) -> list[int]:
        """Put held steps back in their queue; return the ids that were.

        Conditional: only a step still held (and, with ``stranded_since``, still
        stranded) changes, so a step is returned once even if two consoles decided
        on it at the same moment. The step keeps its original place in time
        (``queued_at``) and goes back to its service's queue for anyone to call.
        """
        if not step_ids:
            return []
        condition = (
            _stranded(stranded_since) if stranded_since else VisitStep.state.in_(HELD_STATES)
        )
        returned = self._session.execute(
            update(VisitStep)
            .where(VisitStep.id.in_(list(step_ids)), condition)
            .values(
                state=StepState.WAITING.value,
                called_at=None,
                counter_id=None,
                staff_id=None,
                parked_at=None,
                kept_at=None,
                target_counter_id=None,
                target_staff_id=None,
                recalls=0,
                changed_at=now,
                changed_by_id=by_staff_id,
            )
            .returning(VisitStep.id)
            .execution_options(synchronize_session=False)
        )
        return sorted(int(step_id) for step_id in returned.scalars())

    def keep_step(self, step_id: int, now: datetime, staff_id: int) -> None:
        """Park the step for its holder, who is leaving; it waits for them at no counter
        (whoever signs in at that counter next does not get it, the lobby display stops
        showing it) until they sign in again (:meth:`reclaim_kept`)."""
        self._session.execute(
            update(VisitStep)
            .where(VisitStep.id == step_id)
            .values(
                staff_id=staff_id,
                counter_id=None,
                parked_at=func.coalesce(VisitStep.parked_at, now),
                kept_at=now,
                changed_at=now,
                changed_by_id=staff_id,
            )
            .execution_options(synchronize_session=False)
        )

    def reclaim_kept(self, staff_id: int, counter_id: int, now: datetime) -> list[int]:
        """Bring the steps kept for ``staff_id`` to the counter they signed in at, parked."""
        reclaimed = self._session.execute(
            update(VisitStep)
            .where(
                VisitStep.staff_id == staff_id,
                VisitStep.kept_at.is_not(None),
                VisitStep.state.in_(HELD_STATES),
            )
            .values(counter_id=counter_id, kept_at=None, changed_at=now, changed_by_id=staff_id)
            .returning(VisitStep.id)
            .execution_options(synchronize_session=False)
        )
        return sorted(int(step_id) for step_id in reclaimed.scalars())
