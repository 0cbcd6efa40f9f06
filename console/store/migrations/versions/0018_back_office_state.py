"""Consoles say when an agency's back office is slow or does not answer

A row per desk session and plugin while that console finds the back office slow or
down (its panel's health check, every 30 s); the row goes when it answers again, and
with the session. The supervisor's floor raises an alert when consoles heard from
lately find a back office down. Writing a row tells the floor through the change log
(kind ``back_office``), as breaks do (migration 0014).

Revision ID: 0018
Revises: 0017
Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0018"
down_revision = "0017"
branch_labels = None
depends_on = None

STAFF = "tiski_staff"
_PG_FUNCTION = """
    CREATE FUNCTION tiski_back_office_changed() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN PERFORM tiski_log_change('back_office', NULL, NULL); RETURN NULL; END $$
"""
_SQLITE_NOW = "strftime('%Y-%m-%d %H:%M:%f', 'now')"


def upgrade() -> None:
    bind = op.get_bind()
    op.create_table(
        "back_office_state",
        sa.Column("session_id", sa.Integer(), nullable=False),
        sa.Column("plugin_id", sa.String(length=64), nullable=False),
        sa.Column("agency_code", sa.String(length=32), nullable=False),
        sa.Column("health", sa.String(length=16), nullable=False),
        sa.Column("since", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint(
            "health IN ('slow', 'down')", name=op.f("ck_back_office_state_health_known")
        ),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["desk_session.id"],
            name=op.f("fk_back_office_state_session_id_desk_session"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("session_id", "plugin_id", name=op.f("pk_back_office_state")),
    )
    if bind.dialect.name == "postgresql":
        op.execute(_PG_FUNCTION)
        op.execute(
            "CREATE TRIGGER tiski_back_office_changed AFTER INSERT OR UPDATE OR DELETE"
            " ON back_office_state FOR EACH STATEMENT EXECUTE FUNCTION tiski_back_office_changed()"
        )
        op.execute(f"GRANT SELECT, INSERT, UPDATE, DELETE ON TABLE back_office_state TO {STAFF}")
        return
    for event in ("INSERT", "UPDATE", "DELETE"):
        op.execute(
            f"""
            CREATE TRIGGER tiski_back_office_changed_{event.lower()} AFTER {event}
            ON back_office_state
            BEGIN
                INSERT INTO change_log (changed_at, kind, visit_id, step_id)
                VALUES ({_SQLITE_NOW}, 'back_office', NULL, NULL);
            END
            """
        )


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        op.execute("DROP TRIGGER IF EXISTS tiski_back_office_changed ON back_office_state")
        op.execute("DROP FUNCTION IF EXISTS tiski_back_office_changed()")
    op.drop_table("back_office_state")
