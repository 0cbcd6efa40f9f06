"""IT's staff accounts: add or change a person, their password, switching them off.

PostgreSQL (an office): each person is a login role of the server, made here with
their staff row and put in the group roles of their function and agency
(docs/deploy.md, "Staff accounts"); the server keeps the password. SQLite (one
PC): the account is the staff row's argon2id hash (console.desk.accounts).
Run as the database's owner on PostgreSQL: making roles needs CREATEROLE.
"""

from __future__ import annotations

from collections.abc import Sequence

from console.core.queue import Role, utc_now
from console.core.text import QT_TRANSLATE_NOOP, Message
from console.desk.accounts import hash_password, normalized_username, password_problem
from console.desk.errors import DeskError
from console.store import staff_admin
from console.store.database import Database
from console.store.staff_admin import StaffAccount, StaffChange

_CTX = "Staff"
# staff.role values: the desk's functions and the two service accounts.
ROLES = tuple(role.value for role in Role)


def _error(text: str, **params: object) -> DeskError:
    return DeskError(Message(_CTX, text, dict(params)))


def _checked_password(username: str, password: str | None) -> None:
    if password is None:
        return
    problem = password_problem(username, password)
    if problem is not None:
        raise DeskError(problem)


def find_staff(database: Database, username: str) -> StaffAccount | None:
    name = normalized_username(username)
    return next((a for a in staff_admin.list_staff(database) if a.username == name), None)


def check_staff(
    database: Database,
    username: str,
    *,
    full_name: str | None,
    role: str | None,
    agency_code: str | None = None,
    skills: Sequence[str] | None = None,
    login_role: str | None = None,
    retention: bool | None = None,
) -> None:
    """Raise what :func:`add_staff` would refuse, before anyone types a password."""
    staff_admin.check_change(
        database,
        _change(database, username, full_name, role, agency_code, skills, login_role, retention),
    )


def _change(
    database: Database,
    username: str,
    full_name: str | None,
    role: str | None,
    agency_code: str | None,
    skills: Sequence[str] | None,
    login_role: str | None,
    retention: bool | None,
) -> StaffChange:
    name = normalized_username(username)
    if not name:
        raise _error(QT_TRANSLATE_NOOP("Staff", "Give the person's user name."))
    if role is not None and role not in ROLES:
        raise _error(
            QT_TRANSLATE_NOOP("Staff", "Unknown role {role}. Roles: {known}."),
            role=role,
            known=", ".join(ROLES),
        )
    if retention and database.dialect != "postgresql":
        raise _error(
            QT_TRANSLATE_NOOP(
                "Staff",
                "--retention gives a PostgreSQL role; the embedded database has no roles.",
            )
        )
    return StaffChange(
        name,
        full_name.strip() if full_name else None,
        role,
        agency_code.strip() if agency_code is not None else None,
        skills,
        normalized_username(login_role) if login_role else None,
        retention,
    )


def add_staff(
    database: Database,
    username: str,
    *,
    full_name: str | None,
    role: str | None,
    agency_code: str | None = None,
    skills: Sequence[str] | None = None,
    login_role: str | None = None,
    retention: bool | None = None,
    password: str | None = None,
) -> tuple[StaffAccount, bool]:
    """Add ``username`` or change what is given of a known one; ``(account, new)``."""
    change = _change(
        database, username, full_name, role, agency_code, skills, login_role, retention
    )
    _checked_password(change.username, password)
    now = utc_now()
    if database.dialect == "postgresql":
        return staff_admin.save_staff(database, change, password=password, now=now)
    hashed = hash_password(password) if password is not None else None
    return staff_admin.save_staff(database, change, password_hash=hashed, now=now)


def set_staff_password(database: Database, username: str, password: str) -> StaffAccount:
    name = normalized_username(username)
    _checked_password(name, password)
    if database.dialect == "postgresql":
        return staff_admin.set_password(database, name, password=password, now=utc_now())
    return staff_admin.set_password(
        database, name, password_hash=hash_password(password), now=utc_now()
    )


def disable_staff(database: Database, username: str) -> StaffAccount:
    return staff_admin.disable_staff(database, normalized_username(username))


def list_staff(database: Database) -> list[StaffAccount]:
    return staff_admin.list_staff(database)


def ensure_roles(database: Database) -> list[str]:
    return staff_admin.ensure_roles(database)
