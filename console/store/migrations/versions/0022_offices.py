"""Many offices in one database: counters, visits, steps and ticket numbers per site

Until now the database held one desk: ``site`` was one row, and counters, visits,
ticket numbers and the queue were the desk's. An office network keeps many service
points in one PostgreSQL (docs/deploy.md); agencies, services and staff stay shared.

- ``site`` gains a ``code`` (what a console's ``desk.site`` setting and the desk file
  name it by); the existing row becomes ``main``.
- ``site_service``: the services an office offers (its kiosk issues them); every office
  offers every service it offered before, that is all of them.
- ``counter``, ``visit``, ``visit_step`` and ``appointment`` get the office
  (``site_id``); a step carries its visit's, which a trigger holds equal, so that every
  probe of the queue starts with the office and one office's call next never reads
  another's waiting steps. A booking is checked in at its own office.
- The change feed names the office of a changed step, visit or appointment
  (``change_log.site_id``), and PostgreSQL notifies it on the office's own channel
  (``tiski_changes_<site id>``): a console wakes for its own office's queue, and for
  what every office follows (set-up, notes, consultations) on ``tiski_changes``.
- No index of an office's waiting steps by time alone: one was tried, and without the
  planner's statistics (autovacuum may be off) PostgreSQL took it for call next's head
  probes and read the office's whole queue once per skill (docs/performance.md, "Many
  offices"). An office's waiting list reads the waiting steps in order and keeps its own.
- Ticket numbers restart daily per office: ``ticket_counter`` is kept per office, and a
  ticket number is unique per office and day.

Every existing row goes to the existing site. On SQLite the changed tables are rebuilt
as SQLite's documentation describes (a new table from the old one's CREATE statement, the
rows copied, indexes and triggers made again from their own SQL), which keeps
AUTOINCREMENT; ``visit_step`` gets back the AUTOINCREMENT that migration 0020's rebuild
dropped, so step ids are never given twice there either.

Revision ID: 0022
Revises: 0021
Create Date: 2026-12-07
"""

from __future__ import annotations

import importlib
import re

import sqlalchemy as sa
from alembic import op
from sqlalchemy import text

revision = "0022"
down_revision = "0021"
branch_labels = None
depends_on = None

STAFF, KIOSK, DISPLAY, RETENTION = "tiski_staff", "tiski_kiosk", "tiski_display", "tiski_retention"
IT, SUPERVISOR = "tiski_it", "tiski_supervisor"
KEEPERS = f"{IT}, {SUPERVISOR}"
FIRST_CODE = "main"

_PLAIN = "target_counter_id IS NULL AND target_staff_id IS NULL"
# (name, columns after the office, condition besides "waiting"): console/store/models.py
# QUEUE_PROBES, whose columns now start with site_id.
_PROBES = (
    ("ix_visit_step_heads", ["service_id", "queued_at", "id"], _PLAIN),
    (
        "ix_visit_step_priority_heads",
        ["service_id", "queued_at", "id"],
        f"priority IS NOT NULL AND {_PLAIN}",
    ),
    ("ix_visit_step_booked", ["appointment_at"], "appointment_at IS NOT NULL"),
)
# The tables that name their office.
_PLACED = ("counter", "visit", "visit_step", "ticket_counter", "appointment")
# New tables of the set-up: a change is a 'setup' change every console follows (0010).
_SETUP_TABLES = ("site_service", "staff_office_skill")

# Not on every change of a step (a claim, a finish): only when its visit or office does.
_SQLITE_STEP_SITE_EVENTS = (("insert", "INSERT"), ("update", "UPDATE OF site_id, visit_id"))
_SQLITE_STEP_SITE = """
    CREATE TRIGGER tiski_visit_step_site_{name} BEFORE {event} ON visit_step
    WHEN NEW.site_id IS NOT (SELECT visit.site_id FROM visit WHERE visit.id = NEW.visit_id)
    BEGIN
        SELECT RAISE(ABORT, 'a step belongs to its visit''s office');
    END
"""
_PG_STEP_SITE = """
    CREATE FUNCTION tiski_step_site() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        IF NEW.site_id IS DISTINCT FROM (SELECT v.site_id FROM visit v WHERE v.id = NEW.visit_id)
        THEN
            RAISE EXCEPTION 'a step belongs to its visit''s office';
        END IF;
        RETURN NEW;
    END $$
"""
_PG_STEP_SITE_TRIGGER = (
    "CREATE TRIGGER tiski_step_site BEFORE INSERT OR UPDATE OF site_id, visit_id ON visit_step"
    " FOR EACH ROW EXECUTE FUNCTION tiski_step_site()"
)
_SQLITE_NOW = "strftime('%Y-%m-%d %H:%M:%f', 'now')"

_PG_LOG_CHANGE = """
    CREATE OR REPLACE FUNCTION tiski_log_change(kind text, visit_id integer, step_id integer)
    RETURNS void LANGUAGE plpgsql AS $$
    DECLARE log_id integer; office integer;
    BEGIN
        IF kind IN ('step', 'visit', 'appointment') AND visit_id IS NOT NULL THEN
            SELECT v.site_id INTO office FROM visit AS v WHERE v.id = visit_id;
        END IF;
        INSERT INTO change_log (changed_at, kind, visit_id, step_id, site_id)
        VALUES (now(), kind, visit_id, step_id, office) RETURNING id INTO log_id;
        PERFORM pg_notify(
            CASE WHEN office IS NULL THEN 'tiski_changes' ELSE 'tiski_changes_' || office END,
            log_id::text);
    END $$
"""
# Migration 0002's function, for going back.
_PG_LOG_CHANGE_BEFORE = """
    CREATE OR REPLACE FUNCTION tiski_log_change(kind text, visit_id integer, step_id integer)
    RETURNS void LANGUAGE plpgsql AS $$
    DECLARE log_id integer;
    BEGIN
        INSERT INTO change_log (changed_at, kind, visit_id, step_id)
        VALUES (now(), kind, visit_id, step_id) RETURNING id INTO log_id;
        PERFORM pg_notify('tiski_changes', log_id::text);
    END $$
"""
# SQLite's feed triggers of the queue (0002, 0020), now with the office.
_SQLITE_QUEUE_FEED = (
    ("visit_step", "step", "NEW.visit_id", "NEW.id", ("INSERT", "UPDATE")),
    ("visit", "visit", "NEW.id", "NULL", ("UPDATE",)),
    ("appointment", "appointment", "NEW.visit_id", "NULL", ("INSERT", "UPDATE")),
)


def _sqlite_queue_feed(*, office: bool) -> None:
    for table, kind, visit, step, events in _SQLITE_QUEUE_FEED:
        columns = "changed_at, kind, visit_id, step_id"
        values = f"{_SQLITE_NOW}, '{kind}', {visit}, {step}"
        if office:
            columns += ", site_id"
            values += f", (SELECT visit.site_id FROM visit WHERE visit.id = {visit})"
        for event in events:
            name = f"tiski_{table}_{event.lower()}"
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
            op.execute(
                f"CREATE TRIGGER {name} AFTER {event} ON {table} BEGIN"
                f" INSERT INTO change_log ({columns}) VALUES ({values}); END"
            )


def _call_next_body() -> tuple[object, str]:
    """Migration 0021's ``tiski_call_next``, and its body with every probe of the queue
    kept to the office of the calling counter (the function's signature stays)."""
    one_call = importlib.import_module(
        "console.store.migrations.versions.0021_call_next_in_one_statement"
    )
    body = str(one_call.BODY)
    for old, new in (
        ("    v_claimed integer;\n", "    v_claimed integer;\n    v_site integer;\n"),
        (
            "BEGIN\n    -- A visitor stranded",
            "BEGIN\n    SELECT c.site_id INTO v_site FROM counter AS c WHERE c.id = p_counter;\n"
            "    -- A visitor stranded",
        ),
        (
            "WHERE h.state = 'waiting' AND h.service_id",
            "WHERE h.state = 'waiting' AND h.site_id = v_site AND h.service_id",
        ),
        (
            "WHERE b.state = 'waiting' AND b.appointment_at",
            "WHERE b.state = 'waiting' AND b.site_id = v_site AND b.appointment_at",
        ),
        (
            "WHERE t.state = 'waiting' AND t.target_staff_id",
            "WHERE t.state = 'waiting' AND t.site_id = v_site AND t.target_staff_id",
        ),
        # The skills: a plan for the day, else the person's skills at this office where
        # they have any, else their usual ones (console.store.skill_queries.SKILLS_AT).
        (
            "    -- The skills of the day: a supervisor's plan for the day, else the usual ones.",
            "    -- The skills of the day: a supervisor's plan for the day, else the skills\n"
            "    -- at this office, else the usual ones.",
        ),
        (
            "        SELECT u.service_id FROM staff_skill AS u\n"
            "        WHERE u.staff_id = p_staff AND NOT EXISTS (\n"
            "            SELECT 1 FROM staff_day_plan AS p WHERE p.staff_id = p_staff"
            " AND p.day = p_day)\n"
            "        UNION ALL\n",
            "        SELECT u.service_id FROM staff_skill AS u\n"
            "        WHERE u.staff_id = p_staff AND NOT EXISTS (\n"
            "            SELECT 1 FROM staff_day_plan AS p WHERE p.staff_id = p_staff"
            " AND p.day = p_day)\n"
            "          AND NOT EXISTS (SELECT 1 FROM staff_office_skill AS o\n"
            "            WHERE o.staff_id = p_staff AND o.site_id = v_site)\n"
            "        UNION ALL\n"
            "        SELECT o.service_id FROM staff_office_skill AS o\n"
            "        WHERE o.staff_id = p_staff AND o.site_id = v_site AND NOT EXISTS (\n"
            "            SELECT 1 FROM staff_day_plan AS p WHERE p.staff_id = p_staff"
            " AND p.day = p_day)\n"
            "        UNION ALL\n",
        ),
    ):
        if old not in body:
            raise RuntimeError(f"migration 0021's tiski_call_next changed: {old!r}")
        body = body.replace(old, new)
    return one_call, body


def _replace_call_next(body: str) -> None:
    one_call, _new = _call_next_body()
    schema = op.get_bind().execute(text("SELECT current_schema()")).scalar_one()
    pinned = f'SET search_path = "{schema}", pg_temp'
    op.execute(
        f"CREATE OR REPLACE FUNCTION {one_call.FUNCTION} RETURNS TABLE ({one_call.RESULT})"  # type: ignore[attr-defined]
        f" LANGUAGE plpgsql VOLATILE SECURITY INVOKER {pinned} {one_call.PLANS}"  # type: ignore[attr-defined]
        f" AS $body${body}$body$"
    )


def _log_change(function: str) -> None:
    """``tiski_log_change`` replaced, still run as its owner (0007): no console needs,
    or has, INSERT on change_log."""
    op.execute(function)
    schema = op.get_bind().execute(text("SELECT current_schema()")).scalar_one()
    op.execute(
        "ALTER FUNCTION tiski_log_change(text, integer, integer) SECURITY DEFINER"
        f' SET search_path = "{schema}", pg_temp'
    )


def _first_site() -> int | None:
    """The existing office, made when a desk has counters or visits but no site row."""
    bind = op.get_bind()
    site = bind.execute(text("SELECT min(id) FROM site")).scalar()
    if site is not None:
        return int(site)
    used = bind.execute(
        text("SELECT EXISTS (SELECT 1 FROM counter) OR EXISTS (SELECT 1 FROM visit)")
    ).scalar()
    if not used:
        return None
    bind.execute(
        text("INSERT INTO site (name_fi, name_sv, name_en) VALUES ('Tiski', 'Tiski', 'Tiski')")
    )
    return int(bind.execute(text("SELECT min(id) FROM site")).scalar_one())


def upgrade() -> None:
    bind = op.get_bind()
    postgres = bind.dialect.name == "postgresql"
    site = _first_site()
    op.add_column("site", sa.Column("code", sa.String(32), nullable=True))
    op.execute(
        f"UPDATE site SET code = CASE WHEN id = {site or 0} THEN '{FIRST_CODE}'"
        " ELSE 'site' || id END"
    )
    with op.batch_alter_table("site") as batch:
        batch.alter_column("code", existing_type=sa.String(32), nullable=False)
        batch.create_unique_constraint("uq_site_code", ["code"])
    op.create_table(
        "site_service",
        sa.Column("site_id", sa.Integer(), nullable=False),
        sa.Column("service_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["site_id"], ["site.id"], name="fk_site_service_site_id_site"),
        sa.ForeignKeyConstraint(
            ["service_id"], ["service.id"], name="fk_site_service_service_id_service"
        ),
        sa.PrimaryKeyConstraint("site_id", "service_id", name="pk_site_service"),
    )
    op.execute(
        "INSERT INTO site_service (site_id, service_id) SELECT site.id, service.id"
        " FROM site CROSS JOIN service"
    )
    op.create_table(
        "staff_office_skill",
        sa.Column("staff_id", sa.Integer(), nullable=False),
        sa.Column("site_id", sa.Integer(), nullable=False),
        sa.Column("service_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["staff_id"], ["staff.id"], name="fk_staff_office_skill_staff_id_staff"
        ),
        sa.ForeignKeyConstraint(
            ["site_id"], ["site.id"], name="fk_staff_office_skill_site_id_site"
        ),
        sa.ForeignKeyConstraint(
            ["service_id"], ["service.id"], name="fk_staff_office_skill_service_id_service"
        ),
        sa.PrimaryKeyConstraint("staff_id", "site_id", "service_id", name="pk_staff_office_skill"),
    )
    for name, _columns, _condition in _PROBES:
        op.drop_index(name, table_name="visit_step")
    op.add_column("change_log", sa.Column("site_id", sa.Integer(), nullable=True))
    if postgres:
        _upgrade_postgres(site)
    else:
        _upgrade_sqlite(site)
    for name, columns, condition in _PROBES:
        where = sa.text(f"state = 'waiting' AND {condition}")
        op.create_index(
            name, "visit_step", ["site_id", *columns], sqlite_where=where, postgresql_where=where
        )


def _upgrade_postgres(site: int | None) -> None:
    for table in _PLACED:
        # Filled by the column's default, not by an UPDATE: no row is rewritten and no
        # change-feed trigger fires for each of them (a change_log row per step).
        default = None if site is None else str(site)
        op.add_column(
            table, sa.Column("site_id", sa.Integer(), nullable=False, server_default=default)
        )
        op.alter_column(table, "site_id", existing_type=sa.Integer(), server_default=None)
        op.create_foreign_key(f"fk_{table}_site_id_site", table, "site", ["site_id"], ["id"])
    op.drop_constraint("uq_visit_ticket", "visit", type_="unique")
    op.create_unique_constraint(
        "uq_visit_ticket", "visit", ["site_id", "ticket_day", "ticket_number"]
    )
    op.drop_constraint("pk_ticket_counter", "ticket_counter", type_="primary")
    op.create_primary_key(
        "pk_ticket_counter", "ticket_counter", ["site_id", "ticket_day", "prefix"]
    )
    op.execute(_PG_STEP_SITE)
    op.execute(_PG_STEP_SITE_TRIGGER)
    _log_change(_PG_LOG_CHANGE)
    _replace_call_next(_call_next_body()[1])
    # Who reads a visit's public columns reads its office too (0007, 0008).
    op.execute(f"GRANT SELECT (site_id) ON visit TO {KIOSK}, {DISPLAY}, {IT}")
    # The kiosk's first wait estimate counts the staff at its own office's counters
    # (codes and names only; the display has read them since 0007).
    op.execute(f"GRANT SELECT ON counter TO {KIOSK}")
    op.execute(f"GRANT SELECT ON site_service TO {STAFF}, {KIOSK}, {DISPLAY}, {RETENTION}")
    op.execute(f"GRANT INSERT, DELETE ON site_service TO {KEEPERS}")
    # As staff_skill (0007, 0010): read by every console, kept by IT and supervisors.
    op.execute(f"GRANT SELECT ON staff_office_skill TO {STAFF}, {KIOSK}, {DISPLAY}")
    op.execute(f"GRANT INSERT, DELETE ON staff_office_skill TO {KEEPERS}")
    # IT and supervisors add offices and keep their codes (0010 let them keep the rest).
    op.execute(f"GRANT INSERT, UPDATE (code) ON site TO {KEEPERS}")
    sequence = op.get_bind().execute(text("SELECT pg_get_serial_sequence('site', 'id')")).scalar()
    if sequence:
        op.execute(f"GRANT USAGE ON SEQUENCE {sequence} TO {KEEPERS}")
    for table in _SETUP_TABLES:
        op.execute(
            f"CREATE TRIGGER tiski_{table}_setup AFTER INSERT OR DELETE ON {table}"
            " FOR EACH STATEMENT EXECUTE FUNCTION tiski_setup_changed()"
        )


def _upgrade_sqlite(site: int | None) -> None:
    value = str(site) if site is not None else "NULL"
    _rebuild("counter", value)
    _rebuild(
        "visit",
        value,
        ("UNIQUE (ticket_day, ticket_number)", "UNIQUE (site_id, ticket_day, ticket_number)"),
    )
    _rebuild("visit_step", value)
    _rebuild("appointment", value)
    _rebuild(
        "ticket_counter",
        value,
        ("PRIMARY KEY (ticket_day, prefix)", "PRIMARY KEY (site_id, ticket_day, prefix)"),
    )
    for name, event in _SQLITE_STEP_SITE_EVENTS:
        op.execute(_SQLITE_STEP_SITE.format(name=name, event=event))
    _sqlite_queue_feed(office=True)
    for table in _SETUP_TABLES:
        for number, event in enumerate(("INSERT", "DELETE")):
            op.execute(
                f"""
                CREATE TRIGGER tiski_{table}_setup_{number} AFTER {event} ON {table}
                BEGIN
                    INSERT INTO change_log (changed_at, kind, visit_id, step_id)
                    VALUES ({_SQLITE_NOW}, 'setup', NULL, NULL);
                END
                """
            )


def _rebuild(table: str, site: str, change: tuple[str, str] | None = None) -> None:
    """SQLite: ``table`` again with a ``site_id`` column (its first) set to ``site``."""
    bind = op.get_bind()
    create = bind.execute(
        text("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = :name"),
        {"name": table},
    ).scalar_one()
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
    columns = [row[1] for row in bind.execute(text(f'PRAGMA table_info("{table}")'))]
    sequence = bind.execute(
        text("SELECT seq FROM sqlite_sequence WHERE name = :name"), {"name": table}
    ).scalar()
    new = f"_new_{table}"
    if table == "visit_step" and "AUTOINCREMENT" not in create:
        create = _with_autoincrement(create, table)
    statement = re.sub(rf'^CREATE TABLE "?{table}"? \(', f'CREATE TABLE "{new}" (', create)
    statement = statement.replace(f'"{new}" (', f'"{new}" (\n\tsite_id INTEGER NOT NULL,', 1)
    if change is not None:
        if change[0] not in statement:
            raise RuntimeError(f"unexpected CREATE TABLE of {table}; not rebuilt")
        statement = statement.replace(*change)
    statement = statement.rstrip()
    if not statement.endswith(")"):
        raise RuntimeError(f"unexpected CREATE TABLE of {table}; not rebuilt")
    statement = (
        f"{statement[:-1].rstrip()},\n\tCONSTRAINT fk_{table}_site_id_site"
        " FOREIGN KEY(site_id) REFERENCES site (id)\n)"
    )
    names = ", ".join(f'"{column}"' for column in columns)
    bind.execute(text(statement))
    bind.execute(
        text(f'INSERT INTO "{new}" (site_id, {names}) SELECT {site}, {names} FROM "{table}"')
    )
    bind.execute(text(f'DROP TABLE "{table}"'))
    bind.execute(text(f'ALTER TABLE "{new}" RENAME TO "{table}"'))
    for other in others:
        bind.execute(text(other))
    if "AUTOINCREMENT" in statement:
        floor = max(
            int(sequence or 0),
            int(bind.execute(text(f'SELECT coalesce(max(id), 0) FROM "{table}"')).scalar_one()),
        )
        bind.execute(text("DELETE FROM sqlite_sequence WHERE name = :name"), {"name": table})
        bind.execute(
            text("INSERT INTO sqlite_sequence (name, seq) VALUES (:name, :floor)"),
            {"name": table, "floor": floor},
        )


def _with_autoincrement(create: str, table: str) -> str:
    """``create`` with its id column an AUTOINCREMENT primary key (as migration 0012),
    whether the primary key was written as a named or an unnamed table constraint."""
    column = re.compile(r"(\(\s*)id INTEGER NOT NULL,")
    key = re.compile(rf",\s*(?:CONSTRAINT pk_{table} )?PRIMARY KEY \(id\)")
    if not column.search(create) or not key.search(create):
        raise RuntimeError(f"unexpected CREATE TABLE of {table}; not rebuilt")
    create = key.sub("", create, count=1)
    return column.sub(
        rf"\1id INTEGER NOT NULL CONSTRAINT pk_{table} PRIMARY KEY AUTOINCREMENT,", create, count=1
    )


def downgrade() -> None:
    bind = op.get_bind()
    postgres = bind.dialect.name == "postgresql"
    if bind.execute(text("SELECT count(*) FROM site")).scalar_one() > 1:
        raise RuntimeError(
            "This database holds more than one office; Tiski before migration 0022 knew one."
            " Remove the others first."
        )
    for name, _columns, _condition in _PROBES:
        op.drop_index(name, table_name="visit_step")
    if postgres:
        for table in _SETUP_TABLES:
            op.execute(f"DROP TRIGGER IF EXISTS tiski_{table}_setup ON {table}")
        op.execute("DROP TRIGGER IF EXISTS tiski_step_site ON visit_step")
        op.execute("DROP FUNCTION IF EXISTS tiski_step_site()")
        _log_change(_PG_LOG_CHANGE_BEFORE)
        one_call, _body = _call_next_body()
        _replace_call_next(str(one_call.BODY))  # type: ignore[attr-defined]
        op.execute(f"REVOKE INSERT, UPDATE (code) ON site FROM {KEEPERS}")
        op.execute(f"REVOKE INSERT ON site FROM {KEEPERS}")
        op.execute(f"REVOKE SELECT ON counter FROM {KIOSK}")
        op.drop_constraint("pk_ticket_counter", "ticket_counter", type_="primary")
        op.drop_constraint("uq_visit_ticket", "visit", type_="unique")
        for table in _PLACED:
            op.drop_constraint(f"fk_{table}_site_id_site", table, type_="foreignkey")
            op.drop_column(table, "site_id")
        op.create_unique_constraint("uq_visit_ticket", "visit", ["ticket_day", "ticket_number"])
        op.create_primary_key("pk_ticket_counter", "ticket_counter", ["ticket_day", "prefix"])
    else:
        for table in _SETUP_TABLES:
            for number in range(2):
                op.execute(f"DROP TRIGGER IF EXISTS tiski_{table}_setup_{number}")
        for name, _event in _SQLITE_STEP_SITE_EVENTS:
            op.execute(f"DROP TRIGGER IF EXISTS tiski_visit_step_site_{name}")
        # Triggers that read ``visit`` would stop the rebuilt visit table's rename.
        for table, _kind, _visit, _step, events in _SQLITE_QUEUE_FEED:
            for event in events:
                op.execute(f"DROP TRIGGER IF EXISTS tiski_{table}_{event.lower()}")
        for table, constraints in (
            ("counter", []),
            ("visit", [("uq_visit_ticket", ["ticket_day", "ticket_number"])]),
            ("visit_step", []),
            ("ticket_counter", []),
            ("appointment", []),
        ):
            kwargs = (
                {"sqlite_autoincrement": True}
                if table in ("visit", "visit_step", "appointment")
                else {}
            )
            with op.batch_alter_table(table, recreate="always", table_kwargs=kwargs) as batch:
                if table == "visit":
                    batch.drop_constraint("uq_visit_ticket", type_="unique")
                if table == "ticket_counter":
                    batch.drop_constraint("pk_ticket_counter", type_="primary")
                batch.drop_constraint(f"fk_{table}_site_id_site", type_="foreignkey")
                batch.drop_column("site_id")
                for name, columns in constraints:
                    batch.create_unique_constraint(name, columns)
                if table == "ticket_counter":
                    batch.create_primary_key("pk_ticket_counter", ["ticket_day", "prefix"])
        _sqlite_feed_triggers()
        _sqlite_queue_feed(office=False)
    # In place (SQLite 3.35 and later): a rebuilt change_log could not be renamed past
    # the many triggers that write to it.
    op.execute("ALTER TABLE change_log DROP COLUMN site_id")
    op.drop_table("staff_office_skill")
    op.drop_table("site_service")
    with op.batch_alter_table("site") as batch:
        batch.drop_constraint("uq_site_code", type_="unique")
        batch.drop_column("code")
    for name, columns, condition in _PROBES:
        where = sa.text(f"state = 'waiting' AND {condition}")
        op.create_index(name, "visit_step", columns, sqlite_where=where, postgresql_where=where)


def _sqlite_feed_triggers() -> None:
    """The change feed's triggers on the rebuilt tables (migrations 0002, 0003, 0010)."""
    for table, kind, visit, step, events in (
        ("visit_step", "step", "NEW.visit_id", "NEW.id", ("INSERT", "UPDATE")),
        ("visit", "visit", "NEW.id", "NULL", ("UPDATE",)),
    ):
        for event in events:
            op.execute(
                f"""
                CREATE TRIGGER IF NOT EXISTS tiski_{table}_{event.lower()} AFTER {event}
                ON {table} BEGIN
                    INSERT INTO change_log (changed_at, kind, visit_id, step_id)
                    VALUES ({_SQLITE_NOW}, '{kind}', {visit}, {step});
                END
                """
            )
    for number, event in enumerate(("INSERT", "UPDATE", "DELETE")):
        op.execute(
            f"""
            CREATE TRIGGER IF NOT EXISTS tiski_counter_setup_{number} AFTER {event} ON counter
            BEGIN
                INSERT INTO change_log (changed_at, kind, visit_id, step_id)
                VALUES ({_SQLITE_NOW}, 'setup', NULL, NULL);
            END
            """
        )
