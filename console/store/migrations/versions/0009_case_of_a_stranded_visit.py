"""The stranded check names the visitor's case for any console (SQLite: nothing to do)

Every console's heartbeat takes its turn at returning stranded visitors, and the
audit row it writes names the visit's case. A guide's or IT's login may not read
case_visit (0007), so their heartbeat failed whenever it found a stranded visitor.
tiski_case_of_visit answers that one question, a case id for a visit id, as the
owner: no name, no note, nothing else of the case.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-02
"""

from __future__ import annotations

from alembic import op
from sqlalchemy import text

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

FUNCTION = "tiski_case_of_visit(integer)"
BODY = "SELECT case_id FROM case_visit WHERE visit_id = $1 ORDER BY case_id DESC LIMIT 1"
RUNTIME = "tiski_staff, tiski_retention"


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "postgresql":
        return
    schema = bind.execute(text("SELECT current_schema()")).scalar_one()
    pinned = f'SET search_path = "{schema}", pg_temp'
    op.execute(
        f"CREATE FUNCTION {FUNCTION} RETURNS integer LANGUAGE sql STABLE"
        f" SECURITY DEFINER {pinned} AS $body$ {BODY} $body$"
    )
    op.execute(f"REVOKE ALL ON FUNCTION {FUNCTION} FROM PUBLIC")
    op.execute(f"GRANT EXECUTE ON FUNCTION {FUNCTION} TO {RUNTIME}")


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute(f"DROP FUNCTION {FUNCTION}")
