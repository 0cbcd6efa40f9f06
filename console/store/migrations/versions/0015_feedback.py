"""Visitors' feedback: a score of four faces and an optional reason, anonymous

One row per answer and service: with the visitor's ticket number an answer joins the
services of that visit (the number itself is not kept), without it one row with no
service. The kiosk and the staff (a guide's tablet) add answers; supervisors read them
for the reports.

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0015"
down_revision = "0014"
branch_labels = None
depends_on = None

REASONS = "('waiting', 'service', 'information', 'premises', 'other')"


def upgrade() -> None:
    bind = op.get_bind()
    op.create_table(
        "feedback",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("given_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("score", sa.Integer(), nullable=False),
        sa.Column("reason", sa.String(length=16), nullable=True),
        sa.Column("service_id", sa.Integer(), nullable=True),
        sa.CheckConstraint("score BETWEEN 1 AND 4", name=op.f("ck_feedback_score_known")),
        sa.CheckConstraint(
            f"reason IS NULL OR reason IN {REASONS}", name=op.f("ck_feedback_reason_known")
        ),
        sa.ForeignKeyConstraint(
            ["service_id"], ["service.id"], name=op.f("fk_feedback_service_id_service")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_feedback")),
        sqlite_autoincrement=True,
    )
    op.create_index("ix_feedback_given_at", "feedback", ["given_at"])
    if bind.dialect.name == "postgresql":
        op.execute("GRANT INSERT ON TABLE feedback TO tiski_staff, tiski_kiosk")
        op.execute("GRANT SELECT ON TABLE feedback TO tiski_supervisor")
        sequence = bind.execute(
            sa.text("SELECT pg_get_serial_sequence('feedback', 'id')")
        ).scalar_one()
        op.execute(f"GRANT USAGE ON SEQUENCE {sequence} TO tiski_staff, tiski_kiosk")


def downgrade() -> None:
    op.drop_index("ix_feedback_given_at", table_name="feedback")
    op.drop_table("feedback")
