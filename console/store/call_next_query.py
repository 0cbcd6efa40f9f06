"""Call next in one round trip on PostgreSQL: ``tiski_call_next`` (migration 0021).

The function does, in one call in autocommit, what ``ServingDesk.call_next`` does in a
transaction of six statements: the skills of the day, the check for visitors stranded
at a stopped console, "nothing at my counter", the candidates, the policy's order and
the claim, and it returns the called step as every queue action reads it. SQLite has
no such function: there
the transaction stays (one process, no round trips to save).
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import UTC, date, datetime

from console.core.records import StepInfo
from console.store.database import Database
from console.store.queue_queries import step_info


class Outcome(enum.StrEnum):
    CALLED = "called"
    EMPTY = "empty"
    BUSY = "busy"  # a ticket is still at the counter
    SWEEP = "sweep"  # a visitor is stranded at a stopped console: take the long way
    NOT_AVAILABLE = "not available"  # not PostgreSQL: take the long way


@dataclass(frozen=True)
class OneCallResult:
    outcome: Outcome
    step: StepInfo | None = None
    busy_ticket: str | None = None


# As the driver's own SQL: SQLAlchemy's matching of a text() statement's typed columns
# to this one row of 24 was a tenth of call next's time. The times come back aware; they
# are turned to UTC as UTCDateTime does for every other read.
_CALL = (
    "SELECT * FROM tiski_call_next("
    "%(staff)s, %(counter)s, %(day)s, %(now)s, %(due_by)s, %(stranded_before)s)"
)
# Positions of the times in the step's columns (QueueTx._step_query's order).
_TIMES = (7, 8, 9, 13, 19, 21)


def call_next_in_one(
    database: Database,
    *,
    staff_id: int,
    counter_id: int,
    day: date,
    now: datetime,
    due_by: datetime,
    stranded_before: datetime,
) -> OneCallResult:
    """Claim the caller's next step in one call of ``tiski_call_next``.

    NOT_AVAILABLE on a database without the function (SQLite), SWEEP when a visitor is
    stranded: the caller then takes the transaction of several statements.
    """
    if database.dialect != "postgresql":
        return OneCallResult(Outcome.NOT_AVAILABLE)
    with database.autocommit() as connection:
        row = connection.exec_driver_sql(
            _CALL,
            {
                "staff": staff_id,
                "counter": counter_id,
                "day": day,
                "now": now,
                "due_by": due_by,
                "stranded_before": stranded_before,
            },
        ).one()
    outcome, busy_ticket, *step = row
    if outcome != Outcome.CALLED:
        return OneCallResult(Outcome(outcome), busy_ticket=busy_ticket)
    for position in _TIMES:
        if step[position] is not None:
            step[position] = step[position].astimezone(UTC)
    return OneCallResult(Outcome.CALLED, step=step_info(step))
