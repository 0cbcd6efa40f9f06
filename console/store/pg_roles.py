"""PostgreSQL login roles of the staff and the group roles they are members of.

Migration 0007 makes the group roles, the grants and the row-level security
policies (docs/security.md, "Isolation in PostgreSQL"). Here: a person's login
role, made or changed together with their staff row (console.store.staff_admin),
run as the database's owner. Whether the cluster is as it must be is checked in
:mod:`console.store.pg_policy_check`.

Every name is quoted with :mod:`psycopg.sql`; a password travels to the server
only as a SCRAM verifier computed here (libpq's ``PQencryptPasswordConn``), so it
appears in no server log and no ``pg_stat_activity``.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

STAFF_ROLE = "tiski_staff"
RETENTION_ROLE = "tiski_retention"
AGENCY_PREFIX = "tiski_agency_"
# staff.role -> the group role its login is a member of.
FUNCTION_ROLES: dict[str, str] = {
    "guide": "tiski_guide",
    "advisor": "tiski_advisor",
    "specialist": "tiski_specialist",
    "supervisor": "tiski_supervisor",
    "it": "tiski_it",
    "kiosk": "tiski_kiosk",
    "display": "tiski_display",
}
# Roles under tiski_staff: everything a staff console needs.
STAFF_FUNCTIONS = (
    "tiski_guide",
    "tiski_advisor",
    "tiski_specialist",
    "tiski_supervisor",
    "tiski_it",
)
GROUP_ROLES = (STAFF_ROLE, *FUNCTION_ROLES.values(), RETENTION_ROLE)
MAX_NAME = 63  # PostgreSQL's identifier limit (NAMEDATALEN - 1)


def agency_role(code: str) -> str:
    """The group role of an agency's staff: ``tiski_agency_<code in lower case>``."""
    return AGENCY_PREFIX + code.strip().lower()


def groups_for(role: str, agency_code: str | None, *, retention: bool = False) -> list[str]:
    """The group roles a login of ``role`` (and ``agency_code``) is a member of."""
    groups = [FUNCTION_ROLES[role]]
    if agency_code:
        groups.append(agency_role(agency_code))
    if retention:
        groups.append(RETENTION_ROLE)
    return groups


def _ours(name: str) -> bool:
    return name in GROUP_ROLES or name.startswith(AGENCY_PREFIX)


@dataclass(frozen=True)
class LoginState:
    """What the cluster says of one login role."""

    name: str
    exists: bool
    can_login: bool
    groups: tuple[str, ...]  # the tiski_* roles it is a member of, directly


# ---------------------------------------------------------------- making and changing
def _sql() -> Any:
    from psycopg import sql

    return sql


def encrypt_password(connection: Any, login: str, password: str) -> str:
    """The SCRAM-SHA-256 verifier of ``password`` for ``login``, computed by libpq here."""
    verifier = connection.pgconn.encrypt_password(
        password.encode("utf-8"), login.encode("utf-8"), b"scram-sha-256"
    )
    return bytes(verifier).decode("ascii")


def ensure_group_roles(connection: Any) -> list[str]:
    """Make the group roles and agency roles that are missing; return those made.

    The migration makes them too; this is for an agency added after it, and for
    IT re-creating a role dropped by mistake.
    """
    sql = _sql()
    wanted = list(GROUP_ROLES)
    wanted += [
        agency_role(code)
        for (code,) in connection.execute("SELECT code FROM agency ORDER BY id").fetchall()
    ]
    existing = _existing_roles(connection, wanted)
    made = []
    for name in wanted:
        if name not in existing:
            connection.execute(sql.SQL("CREATE ROLE {} NOLOGIN").format(sql.Identifier(name)))
            made.append(name)
    members = _memberships(connection, STAFF_FUNCTIONS)
    for function in STAFF_FUNCTIONS:
        if STAFF_ROLE not in members.get(function, ()):
            connection.execute(
                sql.SQL("GRANT {} TO {}").format(
                    sql.Identifier(STAFF_ROLE), sql.Identifier(function)
                )
            )
    return made


def create_login(
    connection: Any, login: str, *, password: str | None, groups: Sequence[str]
) -> None:
    """Make ``login`` (or let an existing role log in again), with exactly ``groups``.

    Without a password the role authenticates by what pg_hba.conf says for it:
    Kerberos (GSSAPI) or a client certificate (docs/deploy.md).
    """
    sql = _sql()
    state = login_state(connection, login)
    if state.exists:
        connection.execute(sql.SQL("ALTER ROLE {} LOGIN INHERIT").format(sql.Identifier(login)))
    else:
        connection.execute(
            sql.SQL("CREATE ROLE {} LOGIN INHERIT NOSUPERUSER NOCREATEDB NOCREATEROLE").format(
                sql.Identifier(login)
            )
        )
    if password is not None:
        set_password(connection, login, password)
    set_groups(connection, login, groups)


def set_password(connection: Any, login: str, password: str) -> None:
    sql = _sql()
    verifier = encrypt_password(connection, login, password)
    connection.execute(
        sql.SQL("ALTER ROLE {} PASSWORD {}").format(sql.Identifier(login), sql.Literal(verifier))
    )


def set_groups(connection: Any, login: str, groups: Sequence[str]) -> None:
    """Make ``login`` a member of exactly ``groups`` among Tiski's roles."""
    sql = _sql()
    current = set(login_state(connection, login).groups)
    for group in sorted(current - set(groups)):
        connection.execute(
            sql.SQL("REVOKE {} FROM {}").format(sql.Identifier(group), sql.Identifier(login))
        )
    for group in groups:
        if group not in current:
            connection.execute(
                sql.SQL("GRANT {} TO {}").format(sql.Identifier(group), sql.Identifier(login))
            )


def disable_login(connection: Any, login: str) -> bool:
    """The role may no longer log in; ``False`` when there is no such role.

    Sessions already open stay open but see nothing more: the staff row is inactive
    too, and the policies know no inactive person.
    """
    sql = _sql()
    if not login_state(connection, login).exists:
        return False
    connection.execute(sql.SQL("ALTER ROLE {} NOLOGIN").format(sql.Identifier(login)))
    return True


# ---------------------------------------------------------------- reading
def _existing_roles(connection: Any, names: Iterable[str]) -> set[str]:
    rows = connection.execute(
        "SELECT rolname FROM pg_roles WHERE rolname = ANY(%s)", (list(names),)
    ).fetchall()
    return {name for (name,) in rows}


def _memberships(connection: Any, members: Iterable[str]) -> dict[str, tuple[str, ...]]:
    """The tiski_* groups each of ``members`` is directly a member of."""
    rows = connection.execute(
        "SELECT m.rolname, g.rolname FROM pg_auth_members a"
        " JOIN pg_roles m ON m.oid = a.member JOIN pg_roles g ON g.oid = a.roleid"
        " WHERE m.rolname = ANY(%s) ORDER BY g.rolname",
        (list(members),),
    ).fetchall()
    found: dict[str, list[str]] = {}
    for member, group in rows:
        if _ours(group):
            found.setdefault(member, []).append(group)
    return {member: tuple(groups) for member, groups in found.items()}


def login_state(connection: Any, login: str) -> LoginState:
    return login_states(connection, [login])[login]


def login_states(connection: Any, logins: Sequence[str]) -> dict[str, LoginState]:
    rows = connection.execute(
        "SELECT rolname, rolcanlogin FROM pg_roles WHERE rolname = ANY(%s)", (list(logins),)
    ).fetchall()
    can_login = dict(rows)
    groups = _memberships(connection, logins)
    return {
        login: LoginState(
            login, login in can_login, bool(can_login.get(login)), groups.get(login, ())
        )
        for login in logins
    }
