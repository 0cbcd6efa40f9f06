"""A visit's later steps are pending until the steps before them close; call next probes

Until now a visit's second service was ``waiting`` from the start, and every read of
the queue (call next, the waiting list, the counts per service) asked of each waiting
step whether an earlier step of its visit was still open: an anti-join over the whole
queue, and the claim sorted all of it for ``LIMIT 1`` (docs/performance.md). Now such a
step is ``pending`` and becomes ``waiting`` in the transaction that closes the step
before it (``QueueTx.settle_visit``), so the queue is the waiting steps: one index range.

This migration adds the state to the check, makes every waiting step that has an
earlier open step of its visit pending, and lets the kiosk add pending steps (its guard,
migration 0019, allowed only waiting ones). On SQLite the check can only change with
the table rebuilt; the change-log triggers (migration 0002) go with the old table and
are made again.

Call next then picks from a few candidates found by index probes instead of sorting
the queue (``QueueTx.claim_next``): per service the oldest plain waiting steps and the
oldest priority ones, the appointment visitors, the steps handed to the caller's
counter or to the caller. Each probe has a partial index of waiting steps only, and a
step carries a copy of its visit's priority and booked time (they never change) so
that the indexes can hold them.

Revision ID: 0020
Revises: 0019
Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0020"
down_revision = "0019"
branch_labels = None
depends_on = None

_STATES = "'waiting', 'called', 'serving', 'done', 'no_show', 'cancelled', 'transferred'"
_WITH_PENDING = "'pending', " + _STATES
_CHECK = "ck_visit_step_state_known"

_SQLITE_NOW = "strftime('%Y-%m-%d %H:%M:%f', 'now')"
_SQLITE_TRIGGERS = [
    f"""
    CREATE TRIGGER IF NOT EXISTS tiski_visit_step_{event.lower()} AFTER {event} ON visit_step
    BEGIN
        INSERT INTO change_log (changed_at, kind, visit_id, step_id)
        VALUES ({_SQLITE_NOW}, 'step', NEW.visit_id, NEW.id);
    END
    """
    for event in ("INSERT", "UPDATE")
]

# Migration 0019's guard, with pending steps among the plain new ones.
_UNUSUAL = (
    "NEW.counter_id IS NOT NULL OR NEW.staff_id IS NOT NULL"
    " OR NEW.target_counter_id IS NOT NULL OR NEW.target_staff_id IS NOT NULL"
    " OR NEW.called_at IS NOT NULL OR NEW.finished_at IS NOT NULL"
    " OR NEW.parked_at IS NOT NULL OR NEW.kept_at IS NOT NULL"
    " OR NEW.transferred_from_id IS NOT NULL"
)

# A waiting step with an earlier open step of its visit (the old ``in_queue`` test).
_LATER = """
    UPDATE visit_step SET state = 'pending'
    WHERE state = 'waiting' AND EXISTS (
        SELECT 1 FROM visit_step AS earlier
        WHERE earlier.visit_id = visit_step.visit_id
          AND earlier.position < visit_step.position
          AND earlier.state IN ('waiting', 'called', 'serving')
    )
"""


_PLAIN = "target_counter_id IS NULL AND target_staff_id IS NULL"
# (name, columns, condition besides "waiting"), as console/store/models.py QUEUE_PROBES.
_PROBES = (
    ("ix_visit_step_heads", ["service_id", "queued_at", "id"], _PLAIN),
    (
        "ix_visit_step_priority_heads",
        ["service_id", "queued_at", "id"],
        f"priority IS NOT NULL AND {_PLAIN}",
    ),
    ("ix_visit_step_booked", ["appointment_at"], "appointment_at IS NOT NULL"),
    ("ix_visit_step_to_counter", ["target_counter_id"], "target_counter_id IS NOT NULL"),
    ("ix_visit_step_to_staff", ["target_staff_id"], "target_staff_id IS NOT NULL"),
)
_COPY_FROM_VISIT = """
    UPDATE visit_step SET
        priority = (SELECT visit.priority FROM visit WHERE visit.id = visit_step.visit_id),
        appointment_at = (
            SELECT visit.appointment_at FROM visit WHERE visit.id = visit_step.visit_id
        )
"""


def _set_check(states: str, *, columns: bool) -> None:
    """The state check (and, going up, the copied columns) in place."""
    if op.get_bind().dialect.name == "postgresql":
        op.execute(f"ALTER TABLE visit_step DROP CONSTRAINT {_CHECK}")
        op.execute(f"ALTER TABLE visit_step ADD CONSTRAINT {_CHECK} CHECK (state IN ({states}))")
        if columns:
            op.add_column("visit_step", sa.Column("priority", sa.String(16)))
            op.add_column("visit_step", sa.Column("appointment_at", sa.DateTime(timezone=True)))
        return
    with op.batch_alter_table("visit_step", recreate="always") as batch:
        batch.drop_constraint("state_known", type_="check")
        batch.create_check_constraint("state_known", f"state IN ({states})")
        if columns:
            batch.add_column(sa.Column("priority", sa.String(16)))
            batch.add_column(sa.Column("appointment_at", sa.DateTime(timezone=True)))
    for statement in _SQLITE_TRIGGERS:
        op.execute(statement)


def _set_guard(plain_states: str) -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute("DROP TRIGGER IF EXISTS tiski_lobby_step_guard ON visit_step")
    op.execute(
        "CREATE TRIGGER tiski_lobby_step_guard BEFORE INSERT ON visit_step FOR EACH ROW"
        f" WHEN (NEW.state NOT IN ({plain_states}) OR {_UNUSUAL})"
        " EXECUTE FUNCTION tiski_lobby_step_guard()"
    )


def upgrade() -> None:
    _set_check(_WITH_PENDING, columns=True)
    op.execute(_LATER)
    op.execute(_COPY_FROM_VISIT)
    for name, columns, condition in _PROBES:
        where = sa.text(f"state = 'waiting' AND {condition}")
        op.create_index(name, "visit_step", columns, sqlite_where=where, postgresql_where=where)
    _set_guard("'waiting', 'pending'")


def downgrade() -> None:
    for name, _columns, _condition in _PROBES:
        op.drop_index(name, table_name="visit_step")
    op.execute("UPDATE visit_step SET state = 'waiting' WHERE state = 'pending'")
    _set_guard("'waiting'")
    if op.get_bind().dialect.name == "postgresql":
        op.drop_column("visit_step", "appointment_at")
        op.drop_column("visit_step", "priority")
        _set_check(_STATES, columns=False)
        return
    with op.batch_alter_table("visit_step") as batch:
        batch.drop_column("appointment_at")
        batch.drop_column("priority")
    _set_check(_STATES, columns=False)
