"""Breaks: a counter's person steps away, with a reason, and the floor and reports see it

A row per break: who, at which counter, why (lunch, coffee, back-office work, a
meeting, something else), when it started and ended. Starting or ending one writes a
change to the change log, so the supervisor's floor shows it at once.

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None

STAFF = "tiski_staff"
REASONS = "('lunch', 'coffee', 'back_office', 'meeting', 'other')"
_PG_FUNCTION = """
    CREATE FUNCTION tiski_break_changed() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN PERFORM tiski_log_change('break', NULL, NULL); RETURN NULL; END $$
"""
_SQLITE_NOW = "strftime('%Y-%m-%d %H:%M:%f', 'now')"


def upgrade() -> None:
    bind = op.get_bind()
    op.create_table(
        "counter_break",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("staff_id", sa.Integer(), nullable=False),
        sa.Column("counter_id", sa.Integer(), nullable=False),
        sa.Column("reason", sa.String(length=16), nullable=False),
        sa.Column("started_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("ended_at", sa.DateTime(timezone=True), nullable=True),
        sa.CheckConstraint(f"reason IN {REASONS}", name=op.f("ck_counter_break_reason_known")),
        sa.ForeignKeyConstraint(
            ["counter_id"], ["counter.id"], name=op.f("fk_counter_break_counter_id_counter")
        ),
        sa.ForeignKeyConstraint(
            ["staff_id"], ["staff.id"], name=op.f("fk_counter_break_staff_id_staff")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_counter_break")),
        sqlite_autoincrement=True,
    )
    op.create_index("ix_counter_break_staff", "counter_break", ["staff_id", "ended_at"])
    op.create_index("ix_counter_break_started_at", "counter_break", ["started_at"])
    if bind.dialect.name == "postgresql":
        op.execute(_PG_FUNCTION)
        op.execute(
            "CREATE TRIGGER tiski_counter_break_changed AFTER INSERT OR UPDATE ON counter_break"
            " FOR EACH STATEMENT EXECUTE FUNCTION tiski_break_changed()"
        )
        op.execute(f"GRANT SELECT, INSERT, UPDATE ON TABLE counter_break TO {STAFF}")
        sequence = bind.execute(
            sa.text("SELECT pg_get_serial_sequence('counter_break', 'id')")
        ).scalar_one()
        op.execute(f"GRANT USAGE ON SEQUENCE {sequence} TO {STAFF}")
        return
    for number, event in enumerate(("INSERT", "UPDATE")):
        op.execute(
            f"""
            CREATE TRIGGER tiski_counter_break_changed_{number} AFTER {event} ON counter_break
            BEGIN
                INSERT INTO change_log (changed_at, kind, visit_id, step_id)
                VALUES ({_SQLITE_NOW}, 'break', NULL, NULL);
            END
            """
        )


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        op.execute("DROP TRIGGER IF EXISTS tiski_counter_break_changed ON counter_break")
        op.execute("DROP FUNCTION IF EXISTS tiski_break_changed()")
    op.drop_index("ix_counter_break_started_at", table_name="counter_break")
    op.drop_index("ix_counter_break_staff", table_name="counter_break")
    op.drop_table("counter_break")
