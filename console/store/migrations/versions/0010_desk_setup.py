"""The desk as IT keeps it: opening hours, kiosk visibility, retired agencies and counters

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-03

A desk file (docs/desk-file.md) gives the desk and each service opening hours (the
canonical text of console.core.hours), says which services the kiosk offers, and
has texts of the desk's own for the kiosk's first screen and the lobby display. An
agency or counter that leaves the file is retired, not deleted (``active``), so that
reports and the audit trail keep pointing at it.

A change to the set-up writes a ``setup`` row to the change feed, so every console
learns of a new service or a renamed counter as it learns of a called ticket.

PostgreSQL: supervisors keep the set-up with IT (services, counters, life events,
note templates, skills); staff rows and their login roles stay the owner's.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None

IT, SUPERVISOR = "tiski_it", "tiski_supervisor"
KEEPERS = f"{IT}, {SUPERVISOR}"
_SITE_TEXTS = [
    f"{stem}_{language}"
    for stem in ("kiosk_welcome", "display_message")
    for language in ("fi", "sv", "en")
]
_SITE_COLUMNS = ", ".join(["name_fi", "name_sv", "name_en", "hours", *_SITE_TEXTS])

# Which changes are the set-up's. A staff row also changes at every sign-in (failed
# attempts, lock-out): only the columns a desk file sets count.
_WATCHED: list[tuple[str, str]] = [
    ("site", "INSERT OR DELETE OR UPDATE OF " + _SITE_COLUMNS),
    ("agency", "INSERT OR UPDATE OR DELETE"),
    ("service", "INSERT OR UPDATE OR DELETE"),
    ("counter", "INSERT OR UPDATE OR DELETE"),
    ("staff", "INSERT OR DELETE OR UPDATE OF full_name, role, agency_id, active, login_role"),
    ("staff_skill", "INSERT OR UPDATE OR DELETE"),
    ("life_event", "INSERT OR UPDATE OR DELETE"),
    ("life_event_step", "INSERT OR UPDATE OR DELETE"),
    ("note_template", "INSERT OR UPDATE OR DELETE"),
]

_PG_FUNCTION = """
    CREATE FUNCTION tiski_setup_changed() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN PERFORM tiski_log_change('setup', NULL, NULL); RETURN NULL; END $$
"""
_SQLITE_NOW = "strftime('%Y-%m-%d %H:%M:%f', 'now')"


def _sqlite_events(events: str) -> list[str]:
    """SQLite triggers take one event each."""
    return events.split(" OR ")


def upgrade() -> None:
    bind = op.get_bind()
    op.add_column("site", sa.Column("hours", sa.String(length=300), nullable=True))
    for column in _SITE_TEXTS:
        op.add_column("site", sa.Column(column, sa.String(length=300), nullable=True))
    op.add_column(
        "agency", sa.Column("active", sa.Boolean(), nullable=False, server_default=sa.true())
    )
    op.add_column(
        "service", sa.Column("kiosk", sa.Boolean(), nullable=False, server_default=sa.true())
    )
    op.add_column("service", sa.Column("hours", sa.String(length=300), nullable=True))
    op.add_column(
        "counter", sa.Column("active", sa.Boolean(), nullable=False, server_default=sa.true())
    )

    if bind.dialect.name == "postgresql":
        op.execute(_PG_FUNCTION)
        for table, events in _WATCHED:
            op.execute(
                f"CREATE TRIGGER tiski_{table}_setup AFTER {events} ON {table}"
                " FOR EACH STATEMENT EXECUTE FUNCTION tiski_setup_changed()"
            )
        op.execute(f"GRANT UPDATE ({_SITE_COLUMNS}) ON TABLE site TO {KEEPERS}")
        for table in ("agency", "service", "counter", "life_event", "note_template"):
            op.execute(f"GRANT INSERT, UPDATE ON TABLE {table} TO {SUPERVISOR}")
            sequence = bind.execute(
                sa.text("SELECT pg_get_serial_sequence(:table, 'id')"), {"table": table}
            ).scalar_one()
            op.execute(f"GRANT USAGE ON SEQUENCE {sequence} TO {KEEPERS}")
        op.execute(f"GRANT INSERT, UPDATE ON TABLE life_event_step TO {SUPERVISOR}")
        # A life event's steps are replaced, a template removed, skills given and taken.
        op.execute(f"GRANT DELETE ON TABLE life_event_step, note_template TO {KEEPERS}")
        op.execute(f"GRANT INSERT, DELETE ON TABLE staff_skill TO {KEEPERS}")
        return
    for table, events in _WATCHED:
        for number, event in enumerate(_sqlite_events(events)):
            op.execute(
                f"""
                CREATE TRIGGER tiski_{table}_setup_{number} AFTER {event} ON {table}
                BEGIN
                    INSERT INTO change_log (changed_at, kind, visit_id, step_id)
                    VALUES ({_SQLITE_NOW}, 'setup', NULL, NULL);
                END
                """
            )


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        for table, _events in _WATCHED:
            op.execute(f"DROP TRIGGER IF EXISTS tiski_{table}_setup ON {table}")
        op.execute("DROP FUNCTION IF EXISTS tiski_setup_changed()")
        op.execute(f"REVOKE INSERT, DELETE ON TABLE staff_skill FROM {KEEPERS}")
        op.execute(f"REVOKE DELETE ON TABLE life_event_step, note_template FROM {KEEPERS}")
        for table in ("agency", "service", "counter", "life_event", "life_event_step"):
            op.execute(f"REVOKE INSERT, UPDATE ON TABLE {table} FROM {SUPERVISOR}")
        op.execute(f"REVOKE INSERT, UPDATE ON TABLE note_template FROM {SUPERVISOR}")
        op.execute(f"REVOKE UPDATE ON TABLE site FROM {KEEPERS}")
        op.execute(f"GRANT UPDATE (name_fi, name_sv, name_en) ON TABLE site TO {IT}")
    else:
        for table, events in _WATCHED:
            for number, _event in enumerate(_sqlite_events(events)):
                op.execute(f"DROP TRIGGER IF EXISTS tiski_{table}_setup_{number}")
    with op.batch_alter_table("counter") as batch:
        batch.drop_column("active")
    with op.batch_alter_table("service") as batch:
        batch.drop_column("hours")
        batch.drop_column("kiosk")
    with op.batch_alter_table("agency") as batch:
        batch.drop_column("active")
    with op.batch_alter_table("site") as batch:
        for column in reversed(_SITE_TEXTS):
            batch.drop_column(column)
        batch.drop_column("hours")
