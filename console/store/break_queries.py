"""Breaks at the counters, mixed into :class:`console.store.queries.Tx`."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from console.core.breaks import BreakInfo, BreakReason, BreakSpan
from console.store.models import Counter, CounterBreak, Staff


def _info(row: CounterBreak) -> BreakInfo:
    return BreakInfo(
        row.staff_id, row.counter_id, BreakReason(row.reason), row.started_at, row.ended_at
    )


class BreakTx:
    _session: Session

    def open_break(self, staff_id: int) -> BreakInfo | None:
        row = self._session.scalar(
            select(CounterBreak)
            .where(CounterBreak.staff_id == staff_id, CounterBreak.ended_at.is_(None))
            .order_by(CounterBreak.started_at.desc())
            .limit(1)
        )
        return _info(row) if row else None

    def start_break(
        self, staff_id: int, counter_id: int, reason: BreakReason, now: datetime
    ) -> BreakInfo:
        row = CounterBreak(
            staff_id=staff_id, counter_id=counter_id, reason=reason.value, started_at=now
        )
        self._session.add(row)
        self._session.flush()
        return _info(row)

    def end_breaks(self, staff_id: int, now: datetime) -> int:
        """End the person's open breaks; return how many there were. Nothing is written
        when there is none (PostgreSQL's change trigger fires per statement)."""
        open_ids = list(
            self._session.scalars(
                select(CounterBreak.id).where(
                    CounterBreak.staff_id == staff_id, CounterBreak.ended_at.is_(None)
                )
            )
        )
        if open_ids:
            self._session.execute(
                update(CounterBreak).where(CounterBreak.id.in_(open_ids)).values(ended_at=now)
            )
        return len(open_ids)

    def open_breaks(self) -> list[BreakInfo]:
        """Every break going on now, newest first."""
        rows = self._session.scalars(
            select(CounterBreak)
            .where(CounterBreak.ended_at.is_(None))
            .order_by(CounterBreak.started_at.desc())
        )
        return [_info(row) for row in rows]

    def break_spans(self, start: datetime, end: datetime, now: datetime) -> list[BreakSpan]:
        """The breaks that started in the period, open ones counted until ``now``."""
        rows = self._session.execute(
            select(
                CounterBreak.started_at,
                CounterBreak.reason,
                CounterBreak.ended_at,
                Staff.username,
                Counter.code,
            )
            .join(Staff, Staff.id == CounterBreak.staff_id)
            .join(Counter, Counter.id == CounterBreak.counter_id)
            .where(CounterBreak.started_at >= start, CounterBreak.started_at < end)
            .order_by(CounterBreak.started_at, CounterBreak.id)
        )
        return [
            BreakSpan(
                started,
                reason,
                max(0.0, ((ended or now) - started).total_seconds() / 60),
                username,
                counter,
            )
            for started, reason, ended, username, counter in rows
        ]
