"""Reports read the visits of a period: an index on the visit's arrival

A report (``tiski report``, docs/reports.md) reads the steps of the visits that
arrived between two days. Without an index every report read the whole history;
with it a week's report of a year-old desk reads a week's rows.

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-06
"""

from __future__ import annotations

from alembic import op

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_visit_created_at", "visit", ["created_at"])


def downgrade() -> None:
    op.drop_index("ix_visit_created_at", table_name="visit")
