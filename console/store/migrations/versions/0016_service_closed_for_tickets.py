"""A supervisor closes a service for new tickets (and opens it again) from the floor

While ``tickets_closed_at`` is set the kiosk shows the service as closed and refuses
its tickets; the lobby guide still issues them. Updating a service already tells the
consoles and the kiosk through the change log (migration 0010), and supervisors may
already update services (0010), so nothing more is needed on PostgreSQL.

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0016"
down_revision = "0015"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # A plain ADD COLUMN, not a batch copy: a copy of service would lose its triggers.
    op.add_column(
        "service", sa.Column("tickets_closed_at", sa.DateTime(timezone=True), nullable=True)
    )


def downgrade() -> None:
    # SQLite 3.35+ drops a column in place, triggers and all.
    op.execute("ALTER TABLE service DROP COLUMN tickets_closed_at")
