"""Accounts: who signs in, with what, and from which PC

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-02

Staff get the PostgreSQL login role they sign in as (``login_role``; NULL means the
same as the user name), a password hash for the embedded database's local accounts
(argon2id; NULL on PostgreSQL, where the server authenticates), failed sign-in
counting and a lock-out time. The kiosk and the lobby display become roles of their
own (service accounts). Audit rows say from which PC an act was done.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

OLD_ROLES = "role IN ('guide', 'advisor', 'specialist', 'supervisor', 'it')"
NEW_ROLES = "role IN ('guide', 'advisor', 'specialist', 'supervisor', 'it', 'kiosk', 'display')"


def upgrade() -> None:
    # SQLite rebuilds staff (a CHECK cannot be altered in place); schema.migrate runs
    # this with foreign keys off and checks them before the commit.
    with op.batch_alter_table("staff") as batch:
        batch.add_column(sa.Column("login_role", sa.String(length=63), nullable=True))
        batch.add_column(sa.Column("password_hash", sa.String(length=200), nullable=True))
        batch.add_column(
            sa.Column("failed_sign_ins", sa.Integer(), nullable=False, server_default="0")
        )
        batch.add_column(sa.Column("locked_until", sa.DateTime(timezone=True), nullable=True))
        batch.add_column(
            sa.Column("password_changed_at", sa.DateTime(timezone=True), nullable=True)
        )
        batch.drop_constraint(op.f("ck_staff_role_known"), type_="check")
        batch.create_check_constraint(op.f("ck_staff_role_known"), NEW_ROLES)
        batch.create_unique_constraint(op.f("uq_staff_login_role"), ["login_role"])
    # A plain ADD COLUMN: a batch copy of audit_event would lose its append-only triggers.
    op.add_column("audit_event", sa.Column("workstation", sa.String(length=128), nullable=True))


def downgrade() -> None:
    op.execute("ALTER TABLE audit_event DROP COLUMN workstation")
    op.execute("DELETE FROM staff WHERE role IN ('kiosk', 'display')")
    # SQLite rebuilds staff (a CHECK cannot be altered in place); schema.migrate runs
    # this with foreign keys off and checks them before the commit.
    with op.batch_alter_table("staff") as batch:
        batch.drop_constraint(op.f("uq_staff_login_role"), type_="unique")
        batch.drop_constraint(op.f("ck_staff_role_known"), type_="check")
        batch.create_check_constraint(op.f("ck_staff_role_known"), OLD_ROLES)
        batch.drop_column("password_changed_at")
        batch.drop_column("locked_until")
        batch.drop_column("failed_sign_ins")
        batch.drop_column("password_hash")
        batch.drop_column("login_role")
