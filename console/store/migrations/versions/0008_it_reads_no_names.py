"""IT reads no visitor's name at the database either (SQLite: nothing to do)

0007 granted the queue (visit, visit_step, appointment) to tiski_staff, of which
tiski_it is a member, so an IT login read visitors' names with plain SQL although
the desk hides them from IT on the screen. PostgreSQL's privileges only add up: a
REVOKE on tiski_it cannot take away what it inherits from tiski_staff. So the queue
goes to the functions that work it (guide, advisor, specialist, supervisor) one by
one, and tiski_it gets only what its console reads: a visit's ticket, times and
language (never visitor_name or customer_id, as the lobby's accounts), the steps
(and changing them, for the stranded check every console runs), no appointments.
The desk reads the queue for IT without the name column (console.store.rows.
visitor_name_column).

The word search of notes (tiski_search_notes) goes to the case workers alone: it
answers with note ids only, but for anyone else it would tell whether a word, a
name, is written in some note.

Nothing else holds names IT could read: change_log has kinds and ids, desk_session
staff and counters, staff the staff's own names.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-12
"""

from __future__ import annotations

from alembic import op
from sqlalchemy import text

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

STAFF = "tiski_staff"
IT = "tiski_it"
# The functions that work the queue (console.core.permissions: READ_QUEUE).
QUEUE_WORKERS = ("tiski_guide", "tiski_advisor", "tiski_specialist", "tiski_supervisor")
CASEWORK = ("tiski_advisor", "tiski_specialist", "tiski_supervisor")

QUEUE_TABLES = ("visit", "visit_step", "appointment")
QUEUE_PRIVILEGES = "SELECT, INSERT, UPDATE"  # what 0007 gave tiski_staff on each

# What IT's console reads of a visit: as the kiosk and the display, never the name
# or who the visitor is.
_VISIT_PUBLIC = (
    "id, ticket_day, ticket_number, language, priority, source, created_at, appointment_at,"
    " life_event"
)
IT_GRANTS = (
    (f"SELECT ({_VISIT_PUBLIC})", "visit"),
    ("SELECT, UPDATE", "visit_step"),
)

_SEARCH = "tiski_search_notes(tsquery, integer)"


def _sequence(table: str) -> str:
    bind = op.get_bind()
    return str(
        bind.execute(
            text("SELECT pg_get_serial_sequence(:table, 'id')"), {"table": table}
        ).scalar_one()
    )


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    workers = ", ".join(QUEUE_WORKERS)
    for table in QUEUE_TABLES:
        op.execute(f"REVOKE {QUEUE_PRIVILEGES} ON TABLE {table} FROM {STAFF}")
        op.execute(f"GRANT {QUEUE_PRIVILEGES} ON TABLE {table} TO {workers}")
        sequence = _sequence(table)
        op.execute(f"REVOKE USAGE ON SEQUENCE {sequence} FROM {STAFF}")
        op.execute(f"GRANT USAGE ON SEQUENCE {sequence} TO {workers}")
    for privileges, table in IT_GRANTS:
        op.execute(f"GRANT {privileges} ON TABLE {table} TO {IT}")
    op.execute(f"REVOKE EXECUTE ON FUNCTION {_SEARCH} FROM {STAFF}")
    op.execute(f"GRANT EXECUTE ON FUNCTION {_SEARCH} TO {', '.join(CASEWORK)}")


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    workers = ", ".join(QUEUE_WORKERS)
    op.execute(f"REVOKE EXECUTE ON FUNCTION {_SEARCH} FROM {', '.join(CASEWORK)}")
    op.execute(f"GRANT EXECUTE ON FUNCTION {_SEARCH} TO {STAFF}")
    for table in QUEUE_TABLES:
        # A table's REVOKE ALL takes its column privileges too; 0007 gave these roles
        # nothing of their own on these tables.
        op.execute(f"REVOKE ALL ON TABLE {table} FROM {workers}, {IT}")
        op.execute(f"GRANT {QUEUE_PRIVILEGES} ON TABLE {table} TO {STAFF}")
        sequence = _sequence(table)
        op.execute(f"REVOKE USAGE ON SEQUENCE {sequence} FROM {workers}")
        op.execute(f"GRANT USAGE ON SEQUENCE {sequence} TO {STAFF}")
