"""A check that the desk's roles, grants and row-level security are as they must be.

Read-only, for ``tiski doctor`` and the checks: the group roles and their
memberships, row security and its policies on the tables of personal data, the
append-only tables, who may read visitors' names, whom database.url connects as,
and whether every active staff member's login role matches their staff row. The
roles themselves are made in :mod:`console.store.pg_roles`.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from console.core.text import QT_TRANSLATE_NOOP, Message
from console.store.pg_roles import (
    FUNCTION_ROLES,
    GROUP_ROLES,
    RETENTION_ROLE,
    STAFF_FUNCTIONS,
    STAFF_ROLE,
    _existing_roles,
    _memberships,
    agency_role,
    groups_for,
    login_states,
)

_CTX = "DatabaseRoles"

# Tables holding personal data, under row-level security (migration 0007).
RLS_TABLES = (
    "customer",
    "visitor_case",
    "case_visit",
    "note",
    "consent",
    "consultation",
    "consultation_decline",
    "audit_event",
    "appointment",
    "staff",
)
# Nothing a console connects as may change or empty these.
_APPEND_ONLY = ("audit_event", "note")


def _m(text: str, **params: object) -> Message:
    return Message(_CTX, text, dict(params))


def policy_problems(database: Any) -> list[Message]:
    """What is wrong with the roles, grants and row security of ``database``'s desk.

    Empty when all is in order. Read-only; runs as whoever ``database`` connects as
    (the catalogs are readable by every role).
    """
    with database.engine.connect() as connection:
        raw = connection.connection.driver_connection
        try:
            return _problems(raw)
        finally:
            connection.rollback()


def _problems(connection: Any) -> list[Message]:
    problems: list[Message] = []
    agencies = [code for (code,) in connection.execute("SELECT code FROM agency ORDER BY id")]
    wanted = [*GROUP_ROLES, *(agency_role(code) for code in agencies)]
    existing = _existing_roles(connection, wanted)
    missing = [name for name in wanted if name not in existing]
    if missing:
        problems.append(
            _m(
                QT_TRANSLATE_NOOP(
                    "DatabaseRoles",
                    "These roles are missing: {roles}. Run tiski staff roles with the owner's "
                    "database.url to make them.",
                ),
                roles=", ".join(missing),
            )
        )
    members = _memberships(connection, STAFF_FUNCTIONS)
    loose = [
        name
        for name in STAFF_FUNCTIONS
        if name in existing and STAFF_ROLE not in members.get(name, ())
    ]
    if loose:
        problems.append(
            _m(
                QT_TRANSLATE_NOOP(
                    "DatabaseRoles",
                    "{roles} should be members of tiski_staff and are not; run tiski staff roles.",
                ),
                roles=", ".join(loose),
            )
        )
    problems += _table_problems(connection)
    problems += _connection_problems(connection)
    problems += _staff_problems(connection, agencies)
    return problems


def _table_problems(connection: Any) -> list[Message]:
    problems: list[Message] = []
    rows = connection.execute(
        "SELECT c.relname, c.relrowsecurity,"
        " (SELECT count(*) FROM pg_policy p WHERE p.polrelid = c.oid)"
        " FROM pg_class c WHERE c.relnamespace = (SELECT oid FROM pg_namespace"
        " WHERE nspname = current_schema())"
        " AND c.relkind = 'r' AND c.relname = ANY(%s)",
        (list(RLS_TABLES),),
    ).fetchall()
    secured = {name: (enabled, policies) for name, enabled, policies in rows}
    unprotected = [name for name in RLS_TABLES if name in secured and not secured[name][0]]
    if unprotected:
        problems.append(
            _m(
                QT_TRANSLATE_NOOP(
                    "DatabaseRoles",
                    "Row-level security is off on {tables}: every console reads every row "
                    "there. Run tiski db upgrade; if it is current, someone switched it off "
                    "(ALTER TABLE ... DISABLE ROW LEVEL SECURITY): tell the data protection "
                    "officer.",
                ),
                tables=", ".join(unprotected),
            )
        )
    without = [name for name in RLS_TABLES if name in secured and secured[name][1] == 0]
    if without:
        problems.append(
            _m(
                QT_TRANSLATE_NOOP(
                    "DatabaseRoles",
                    "{tables} have no row security policies: no console can use them. Run "
                    "tiski db upgrade.",
                ),
                tables=", ".join(without),
            )
        )
    runtime = [name for name in GROUP_ROLES if name != RETENTION_ROLE]
    rows = connection.execute(
        "SELECT r.rolname, t.relname, p.privilege FROM pg_roles r"
        " CROSS JOIN unnest(%s::text[]) AS t(relname)"
        " CROSS JOIN unnest(ARRAY['UPDATE', 'DELETE', 'TRUNCATE']) AS p(privilege)"
        " WHERE r.rolname = ANY(%s)"
        " AND to_regclass(t.relname) IS NOT NULL"
        " AND has_table_privilege(r.oid, to_regclass(t.relname), p.privilege)",
        (list(_APPEND_ONLY), runtime),
    ).fetchall()
    if rows:
        problems.append(
            _m(
                QT_TRANSLATE_NOOP(
                    "DatabaseRoles",
                    "Roles the consoles use may change or empty append-only tables: {grants}. "
                    "Revoke those privileges (REVOKE UPDATE, DELETE, TRUNCATE ON ... FROM ...).",
                ),
                grants=", ".join(f"{role} {privilege} {table}" for role, table, privilege in rows),
            )
        )
    rows = connection.execute(
        "SELECT r.rolname FROM pg_roles r WHERE r.rolname = ANY(%s)"
        " AND has_schema_privilege(r.oid, current_schema(), 'CREATE')",
        (list(GROUP_ROLES),),
    ).fetchall()
    if rows:
        problems.append(
            _m(
                QT_TRANSLATE_NOOP(
                    "DatabaseRoles",
                    "{roles} may create objects in the desk's schema. Revoke it: REVOKE CREATE "
                    "ON SCHEMA ... FROM PUBLIC (and from those roles).",
                ),
                roles=", ".join(name for (name,) in rows),
            )
        )
    rows = connection.execute(
        "SELECT r.rolname || ' ' || n.tab || '.' || n.col FROM pg_roles r"
        " JOIN unnest(%s::text[], %s::text[], %s::text[]) AS n(role, tab, col)"
        " ON n.role = r.rolname"
        " WHERE to_regclass(n.tab) IS NOT NULL"
        " AND has_column_privilege(r.oid, to_regclass(n.tab), n.col, 'SELECT')"
        " ORDER BY 1",
        tuple(map(list, zip(*_NO_NAMES, strict=True))),
    ).fetchall()
    if rows:
        problems.append(
            _m(
                QT_TRANSLATE_NOOP(
                    "DatabaseRoles",
                    "Roles that may not see visitors' names read them at the database: "
                    "{grants}. Run tiski db upgrade; if it is current, revoke those grants "
                    "(docs/security.md, Isolation in PostgreSQL).",
                ),
                grants=", ".join(name for (name,) in rows),
            )
        )
    return problems


# (role, table, column): who must not read visitors' names or who they are (0007,
# 0008). tiski_staff included: every function inherits what it has. The kiosk reads
# the one appointment whose code the visitor typed, name and all (to check it in).
_NAME_COLUMNS = (("visit", "visitor_name"), ("visit", "customer_id"))
_NO_NAMES = [
    *(
        (role, table, column)
        for role in (STAFF_ROLE, "tiski_it", "tiski_kiosk", "tiski_display")
        for table, column in _NAME_COLUMNS
    ),
    *((role, "appointment", "visitor_name") for role in (STAFF_ROLE, "tiski_it", "tiski_display")),
]


def _connection_problems(connection: Any) -> list[Message]:
    superuser, bypass, owner = connection.execute(
        "SELECT r.rolsuper, r.rolbypassrls,"
        " EXISTS (SELECT 1 FROM pg_class c WHERE c.relnamespace = (SELECT oid"
        " FROM pg_namespace WHERE nspname = current_schema())"
        " AND c.relname = 'note' AND pg_has_role(current_user, c.relowner, 'USAGE'))"
        " FROM pg_roles r WHERE r.rolname = current_user"
    ).fetchone()
    user = connection.execute("SELECT current_user").fetchone()[0]
    if superuser or bypass:
        return [
            _m(
                QT_TRANSLATE_NOOP(
                    "DatabaseRoles",
                    "database.url connects as {user}, a superuser or a role that bypasses row "
                    "security: a console connected so reads every agency's notes. In an office, "
                    "connect as the person signing in (docs/deploy.md).",
                ),
                user=user,
            )
        ]
    if owner:
        return [
            _m(
                QT_TRANSLATE_NOOP(
                    "DatabaseRoles",
                    "database.url connects as {user}, which owns the desk's tables: it can "
                    "switch the audit trail's protection off and bypasses row security. Use "
                    "the owner only for tiski db upgrade and tiski staff; consoles connect as "
                    "the person signing in (docs/deploy.md).",
                ),
                user=user,
            )
        ]
    return []


def _staff_problems(connection: Any, agencies: Sequence[str]) -> list[Message]:
    """Staff rows whose login role is missing, cannot log in, or has the wrong groups."""
    columns = {
        name
        for (name,) in connection.execute(
            "SELECT column_name FROM information_schema.columns"
            " WHERE table_schema = current_schema() AND table_name = 'staff'"
        )
    }
    if "login_role" not in columns:  # before migration 0006: nothing to compare yet
        return []
    login = "coalesce(s.login_role, s.username)"
    readable = connection.execute(
        "SELECT has_column_privilege('staff', 'login_role', 'SELECT')"
        " AND has_column_privilege('staff', 'username', 'SELECT')"
        " AND has_table_privilege('agency', 'SELECT')"
    ).fetchone()[0]
    if not readable:  # the display's and the kiosk's accounts do not read staff
        return []
    rows = connection.execute(
        f"SELECT {login}, s.role, a.code FROM staff s"  # noqa: S608 - a fixed text
        " LEFT JOIN agency a ON a.id = s.agency_id"
        " WHERE s.active ORDER BY s.username"
    ).fetchall()
    states = login_states(connection, [name for name, _role, _code in rows])
    missing: list[str] = []
    wrong: list[str] = []
    for name, role, code in rows:
        state = states[name]
        if not state.exists or not state.can_login:
            missing.append(name)
            continue
        expected = set(groups_for(role, code)) if role in FUNCTION_ROLES else set()
        have = set(state.groups) - {RETENTION_ROLE}
        if expected and have != expected:
            wrong.append(f"{name} ({', '.join(sorted(have)) or '-'})")
    problems = []
    if missing:
        problems.append(
            _m(
                QT_TRANSLATE_NOOP(
                    "DatabaseRoles",
                    "Active staff without a login role that can log in: {names}. Create them "
                    "with tiski staff add, or from the directory (docs/deploy.md).",
                ),
                names=", ".join(missing),
            )
        )
    if wrong:
        problems.append(
            _m(
                QT_TRANSLATE_NOOP(
                    "DatabaseRoles",
                    "Login roles whose groups do not match their staff row (they see less "
                    "until fixed): {names}. Run tiski staff add again for them, or fix the "
                    "directory groups.",
                ),
                names=", ".join(wrong),
            )
        )
    return problems
