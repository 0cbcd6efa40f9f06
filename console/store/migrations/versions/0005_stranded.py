"""Stranded visitors: steps kept for their holder, presence looked up by person and counter

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # A plain ADD COLUMN, not a batch copy: a copy of visit_step would lose its triggers.
    op.add_column("visit_step", sa.Column("kept_at", sa.DateTime(timezone=True), nullable=True))
    op.create_index("ix_desk_session_staff", "desk_session", ["staff_id", "last_seen_at"])
    op.create_index("ix_desk_session_counter", "desk_session", ["counter_id", "last_seen_at"])


def downgrade() -> None:
    op.drop_index("ix_desk_session_counter", table_name="desk_session")
    op.drop_index("ix_desk_session_staff", table_name="desk_session")
    # SQLite 3.35+ drops a column in place, triggers and all.
    op.execute("ALTER TABLE visit_step DROP COLUMN kept_at")
