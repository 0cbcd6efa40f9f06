"""Ids never reused; retention may blank what it must not keep

SQLite gives a new row the largest id + 1 unless the table says AUTOINCREMENT, so
after retention deleted case 1 a new case was case 1 again and inherited the
deleted case's audit trail (and a visitor's data export with it). The tables that
audit rows, exports and the change feed point to are rebuilt with AUTOINCREMENT,
SQLite's own procedure (https://sqlite.org/lang_altertable.html#otheralter): a new
table from the old one's CREATE statement, the rows copied, the old one dropped,
the new one renamed, its indexes and triggers made again from their own SQL.
Each table's sequence starts above every id still named anywhere: a case or note
id in the audit trail, a visitor or visit id in an audit row's details.
PostgreSQL's serial columns already take their ids from sequences that never go
back.

Retention now blanks what it must not keep (docs/security.md, "What is stored
about a visitor"): the name on the visits of deleted cases and old appointments,
and the details of audit rows about deleted cases and of old searches. The
append-only audit trail lets exactly that change through: the detail set to
NULL, nothing else, on SQLite by anyone (a guard against mistakes: whoever holds
the file can do anything), on PostgreSQL by the records role or the owner.

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-03
"""

from __future__ import annotations

import re

from alembic import op
from sqlalchemy import text

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None

TABLES = (
    "customer",
    "visit",
    "visit_step",
    "appointment",
    "visitor_case",
    "note",
    "consent",
    "consultation",
    "consultation_decline",
    "audit_event",
)

_AUDIT_COLUMNS = ("id", "at", "staff_id", "counter_id", "action", "case_id", "note_id")
_UNCHANGED = " AND ".join(f"NEW.{c} IS OLD.{c}" for c in (*_AUDIT_COLUMNS, "workstation"))
_SQLITE_AUDIT_UPDATE = f"""
    CREATE TRIGGER tiski_audit_no_update BEFORE UPDATE ON audit_event
    WHEN NOT (NEW.detail IS NULL AND {_UNCHANGED}) BEGIN
        SELECT RAISE(ABORT, 'the audit trail is append-only');
    END
"""
_SQLITE_AUDIT_UPDATE_BEFORE = """
    CREATE TRIGGER tiski_audit_no_update BEFORE UPDATE ON audit_event BEGIN
        SELECT RAISE(ABORT, 'the audit trail is append-only');
    END
"""

_PG_UNCHANGED = " AND ".join(
    f"NEW.{c} IS NOT DISTINCT FROM OLD.{c}" for c in (*_AUDIT_COLUMNS, "workstation")
)
_PG_AUDIT_GUARD = f"""
    CREATE FUNCTION tiski_audit_update_guard() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        -- Only blanking the detail, and only the records role (membership itself, as
        -- tiski_audit_delete_guard) or the owner, which could drop the trigger anyway.
        IF NEW.detail IS NULL AND {_PG_UNCHANGED} AND (
            EXISTS (
                WITH RECURSIVE up(oid) AS (
                    SELECT oid FROM pg_roles WHERE rolname = current_user
                    UNION SELECT m.roleid FROM pg_auth_members m JOIN up ON m.member = up.oid
                )
                SELECT 1 FROM up JOIN pg_roles r ON r.oid = up.oid
                WHERE r.rolname = 'tiski_retention'
            )
            OR pg_has_role(current_user,
                           (SELECT relowner FROM pg_class WHERE oid = TG_RELID), 'USAGE')
        ) THEN
            RETURN NEW;
        END IF;
        RAISE EXCEPTION 'the audit trail is append-only' USING ERRCODE = 'restrict_violation';
    END $$
"""
RETENTION = "tiski_retention"


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        _upgrade_postgresql()
        return
    bind.execute(text("PRAGMA legacy_alter_table=ON"))  # rename without touching others
    floors = _ids_named_in_the_audit_trail()
    for table in TABLES:
        _rebuild_with_autoincrement(table, floors.get(table, 0))
    bind.execute(text("PRAGMA legacy_alter_table=OFF"))
    op.execute("DROP TRIGGER tiski_audit_no_update")
    op.execute(_SQLITE_AUDIT_UPDATE)


def _upgrade_postgresql() -> None:
    op.execute(_PG_AUDIT_GUARD)
    op.execute("DROP TRIGGER tiski_audit_append_only ON audit_event")
    op.execute(
        "CREATE TRIGGER tiski_audit_append_only BEFORE UPDATE ON audit_event"
        " FOR EACH ROW EXECUTE FUNCTION tiski_audit_update_guard()"
    )
    op.execute(f"GRANT UPDATE (detail) ON audit_event TO {RETENTION}")
    op.execute(f"GRANT UPDATE (visitor_name) ON visit TO {RETENTION}")
    # Appointments keep a name too: the records role reads and blanks them (row
    # security applies to appointments, 0007).
    op.execute(f"GRANT SELECT, UPDATE (visitor_name) ON appointment TO {RETENTION}")
    op.execute(
        f"CREATE POLICY tiski_retention_all ON appointment FOR ALL TO {RETENTION}"
        " USING (true) WITH CHECK (true)"
    )


def _ids_named_in_the_audit_trail() -> dict[str, int]:
    """The largest id of each table the audit trail names, so none is given again."""
    bind = op.get_bind()
    floors: dict[str, int] = {}
    case, note = bind.execute(text("SELECT max(case_id), max(note_id) FROM audit_event")).one()
    floors["visitor_case"], floors["note"] = case or 0, note or 0
    named = {"customer": re.compile(r"\bcustomer=(\d+)"), "visit": re.compile(r"\bvisit=(\d+)")}
    for (detail,) in bind.execute(text("SELECT detail FROM audit_event WHERE detail IS NOT NULL")):
        for table, pattern in named.items():
            for found in pattern.findall(detail):
                floors[table] = max(floors.get(table, 0), int(found))
    return floors


def _rebuild_with_autoincrement(table: str, floor: int) -> None:
    bind = op.get_bind()
    create = bind.execute(
        text("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = :name"),
        {"name": table},
    ).scalar_one()
    if "AUTOINCREMENT" in create:
        return
    others = [
        statement
        for (statement,) in bind.execute(
            text(
                "SELECT sql FROM sqlite_master WHERE tbl_name = :name"
                " AND type IN ('index', 'trigger') AND sql IS NOT NULL ORDER BY type, name"
            ),
            {"name": table},
        )
    ]
    new = f"_new_{table}"
    statement = _with_autoincrement(create, table, new)
    bind.execute(text(statement))
    bind.execute(text(f'INSERT INTO "{new}" SELECT * FROM "{table}"'))
    bind.execute(text(f'DROP TABLE "{table}"'))
    bind.execute(text(f'ALTER TABLE "{new}" RENAME TO "{table}"'))
    for other in others:
        bind.execute(text(other))
    # The copy set the sequence to the largest id; ids named elsewhere lift it further.
    bind.execute(
        text("UPDATE sqlite_sequence SET seq = max(seq, :floor) WHERE name = :name"),
        {"floor": floor, "name": table},
    )
    bind.execute(
        text(
            "INSERT INTO sqlite_sequence (name, seq) SELECT :name, :floor"
            " WHERE NOT EXISTS (SELECT 1 FROM sqlite_sequence WHERE name = :name)"
        ),
        {"floor": floor, "name": table},
    )


def _with_autoincrement(create: str, table: str, new: str) -> str:
    """``create`` for table ``new``, its id column an AUTOINCREMENT primary key.

    SQLAlchemy wrote ``id INTEGER NOT NULL`` and a table constraint
    ``CONSTRAINT pk_<table> PRIMARY KEY (id)``; AUTOINCREMENT needs the column form.
    """
    constraint = f"CONSTRAINT pk_{table} PRIMARY KEY (id)"
    head = re.compile(rf"^CREATE TABLE \"?{table}\"? \(")
    column = re.compile(r"(\(\s*)id INTEGER NOT NULL,")
    if not head.search(create) or constraint not in create or not column.search(create):
        raise RuntimeError(f"unexpected CREATE TABLE of {table}; not rebuilt")
    statement = head.sub(f'CREATE TABLE "{new}" (', create, count=1)
    statement = column.sub(
        rf"\1id INTEGER NOT NULL CONSTRAINT pk_{table} PRIMARY KEY AUTOINCREMENT,",
        statement,
        count=1,
    )
    # The table constraint goes, with the comma before or after it.
    return re.sub(rf",\s*{re.escape(constraint)}", "", statement, count=1)


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        op.execute("DROP POLICY tiski_retention_all ON appointment")
        op.execute(f"REVOKE SELECT, UPDATE (visitor_name) ON appointment FROM {RETENTION}")
        op.execute(f"REVOKE UPDATE (visitor_name) ON visit FROM {RETENTION}")
        op.execute(f"REVOKE UPDATE (detail) ON audit_event FROM {RETENTION}")
        op.execute("DROP TRIGGER tiski_audit_append_only ON audit_event")
        op.execute(
            "CREATE TRIGGER tiski_audit_append_only BEFORE UPDATE ON audit_event FOR EACH ROW"
            " EXECUTE FUNCTION tiski_refuse_change('the audit trail is append-only')"
        )
        op.execute("DROP FUNCTION tiski_audit_update_guard()")
        return
    # AUTOINCREMENT stays: ids that were never reused may stay so.
    op.execute("DROP TRIGGER tiski_audit_no_update")
    op.execute(_SQLITE_AUDIT_UPDATE_BEFORE)
