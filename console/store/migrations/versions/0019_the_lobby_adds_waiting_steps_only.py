"""The kiosk's login adds waiting steps only, to any counter that serves them

The kiosk inserts visits and their steps (0007 granted it INSERT on ``visit_step``) and
stands in the lobby, where its PC and its password are within reach of anyone. A
tampered kiosk could have inserted a step already called at a counter, or handed to one
counter or person, which only staff may do (the lobby guide's "To" and a transfer;
``console.desk.issuing``). A trigger refuses such a row to a member of ``tiski_kiosk``;
the check runs only for a row that is not a plain new waiting step, so an ordinary
ticket costs nothing more. PostgreSQL only: an SQLite desk is one PC (docs/security.md).

Revision ID: 0019
Revises: 0018
Create Date: 2026-12-06
"""

from __future__ import annotations

from alembic import op

revision = "0019"
down_revision = "0018"
branch_labels = None
depends_on = None

_GUARD = """
    CREATE FUNCTION tiski_lobby_step_guard() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        -- Membership itself, followed up the grants (as 0007's audit guard): a
        -- superuser or the owner is no kiosk.
        IF EXISTS (
            WITH RECURSIVE up(oid) AS (
                SELECT oid FROM pg_roles WHERE rolname = current_user
                UNION SELECT m.roleid FROM pg_auth_members m JOIN up ON m.member = up.oid
            )
            SELECT 1 FROM up JOIN pg_roles r ON r.oid = up.oid WHERE r.rolname = 'tiski_kiosk'
        ) THEN
            RAISE EXCEPTION 'the kiosk adds waiting steps only, for any counter that serves them'
                USING ERRCODE = 'insufficient_privilege';
        END IF;
        RETURN NEW;
    END $$
"""
# Anything but a plain new waiting step.
_UNUSUAL = (
    "NEW.state <> 'waiting' OR NEW.counter_id IS NOT NULL OR NEW.staff_id IS NOT NULL"
    " OR NEW.target_counter_id IS NOT NULL OR NEW.target_staff_id IS NOT NULL"
    " OR NEW.called_at IS NOT NULL OR NEW.finished_at IS NOT NULL"
    " OR NEW.parked_at IS NOT NULL OR NEW.kept_at IS NOT NULL"
    " OR NEW.transferred_from_id IS NOT NULL"
)


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute(_GUARD)
    op.execute(
        "CREATE TRIGGER tiski_lobby_step_guard BEFORE INSERT ON visit_step FOR EACH ROW"
        f" WHEN ({_UNUSUAL}) EXECUTE FUNCTION tiski_lobby_step_guard()"
    )


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute("DROP TRIGGER IF EXISTS tiski_lobby_step_guard ON visit_step")
    op.execute("DROP FUNCTION IF EXISTS tiski_lobby_step_guard()")
