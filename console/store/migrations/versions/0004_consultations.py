"""Remote specialists: consultations, declines, presence, the agencies' waiting time

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-28
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

# A consultation changing is a change every console follows (the specialists'
# inboxes, the advisor's waiting request), through the same change log.
_PG = [
    """
    CREATE FUNCTION tiski_consultation_changed() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN PERFORM tiski_log_change('consultation', NEW.visit_id, NULL); RETURN NULL; END $$
    """,
    "CREATE TRIGGER tiski_consultation_changed AFTER INSERT OR UPDATE ON consultation"
    " FOR EACH ROW EXECUTE FUNCTION tiski_consultation_changed()",
]
_SQLITE_NOW = "strftime('%Y-%m-%d %H:%M:%f', 'now')"
_SQLITE = [
    f"""
    CREATE TRIGGER tiski_consultation_{event.lower()} AFTER {event} ON consultation
    BEGIN
        INSERT INTO change_log (changed_at, kind, visit_id, step_id)
        VALUES ({_SQLITE_NOW}, 'consultation', NEW.visit_id, NULL);
    END
    """
    for event in ("INSERT", "UPDATE")
]


def upgrade() -> None:
    op.create_table(
        "consultation",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("visit_id", sa.Integer(), nullable=False),
        sa.Column("step_id", sa.Integer(), nullable=True),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("agency_id", sa.Integer(), nullable=False),
        sa.Column("topic", sa.String(length=200), nullable=True),
        sa.Column("question", sa.Text(), nullable=False),
        sa.Column("state", sa.String(length=16), nullable=False),
        sa.Column("requested_by_id", sa.Integer(), nullable=False),
        sa.Column("counter_id", sa.Integer(), nullable=False),
        sa.Column("requested_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("expires_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("accepted_by_id", sa.Integer(), nullable=True),
        sa.Column("accepted_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("meeting_url", sa.String(length=500), nullable=True),
        sa.Column("closed_at", sa.DateTime(timezone=True), nullable=True),
        sa.CheckConstraint(
            "state IN ('open', 'accepted', 'expired', 'cancelled', 'handed_back', 'taken_over')",
            name=op.f("ck_consultation_state_known"),
        ),
        sa.ForeignKeyConstraint(
            ["accepted_by_id"], ["staff.id"], name=op.f("fk_consultation_accepted_by_id_staff")
        ),
        sa.ForeignKeyConstraint(
            ["agency_id"], ["agency.id"], name=op.f("fk_consultation_agency_id_agency")
        ),
        sa.ForeignKeyConstraint(
            ["case_id"],
            ["visitor_case.id"],
            name=op.f("fk_consultation_case_id_visitor_case"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["counter_id"], ["counter.id"], name=op.f("fk_consultation_counter_id_counter")
        ),
        sa.ForeignKeyConstraint(
            ["requested_by_id"], ["staff.id"], name=op.f("fk_consultation_requested_by_id_staff")
        ),
        sa.ForeignKeyConstraint(
            ["step_id"],
            ["visit_step.id"],
            name=op.f("fk_consultation_step_id_visit_step"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["visit_id"],
            ["visit.id"],
            name=op.f("fk_consultation_visit_id_visit"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_consultation")),
    )
    with op.batch_alter_table("consultation", schema=None) as batch_op:
        batch_op.create_index(
            "ix_consultation_inbox", ["agency_id", "state", "requested_at"], unique=False
        )
        batch_op.create_index("ix_consultation_visit", ["visit_id"], unique=False)

    op.create_table(
        "consultation_decline",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("consultation_id", sa.Integer(), nullable=False),
        sa.Column("staff_id", sa.Integer(), nullable=False),
        sa.Column("reason", sa.String(length=500), nullable=False),
        sa.Column("declined_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["consultation_id"],
            ["consultation.id"],
            name=op.f("fk_consultation_decline_consultation_id_consultation"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["staff_id"], ["staff.id"], name=op.f("fk_consultation_decline_staff_id_staff")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_consultation_decline")),
    )
    with op.batch_alter_table("consultation_decline", schema=None) as batch_op:
        batch_op.create_index(
            "ix_consultation_decline_consultation", ["consultation_id"], unique=False
        )

    with op.batch_alter_table("agency", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("consult_timeout_minutes", sa.Integer(), server_default="10", nullable=False)
        )

    with op.batch_alter_table("desk_session", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("presence", sa.String(length=16), server_default="available", nullable=False)
        )

    with op.batch_alter_table("desk_session", schema=None) as batch_op:
        batch_op.create_check_constraint(
            op.f("ck_desk_session_presence_known"), "presence IN ('available', 'busy', 'away')"
        )
    bind = op.get_bind()
    for statement in _PG if bind.dialect.name == "postgresql" else _SQLITE:
        op.execute(statement)


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        op.execute("DROP TRIGGER IF EXISTS tiski_consultation_changed ON consultation")
        op.execute("DROP FUNCTION IF EXISTS tiski_consultation_changed()")
    with op.batch_alter_table("desk_session", schema=None) as batch_op:
        batch_op.drop_constraint(op.f("ck_desk_session_presence_known"), type_="check")
        batch_op.drop_column("presence")
    with op.batch_alter_table("agency", schema=None) as batch_op:
        batch_op.drop_column("consult_timeout_minutes")
    op.drop_table("consultation_decline")
    op.drop_table("consultation")
