"""Staff rows and their accounts, as IT keeps them (``tiski staff``).

On PostgreSQL the staff row and the person's login role change in one transaction,
run as the database's owner (console.store.pg_roles). On SQLite the account is the
row's password hash, made by the desk layer (console.desk.accounts).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, select
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, selectinload, undefer

from console.core.text import QT_TRANSLATE_NOOP, Message, TiskiError
from console.store import pg_roles
from console.store.database import Database
from console.store.models import Agency, Service, Staff

if TYPE_CHECKING:
    from console.store.queries import Tx

_CTX = "Staff"


class StaffAdminError(TiskiError):
    """A staff change that cannot be made as asked; the message says what to do."""


def _error(text: str, **params: object) -> StaffAdminError:
    return StaffAdminError(Message(_CTX, text, dict(params)))


@dataclass(frozen=True)
class StaffAccount:
    """A staff member and the state of their account."""

    username: str
    full_name: str
    role: str
    agency_code: str | None
    skills: tuple[str, ...]
    active: bool
    login_role: str  # what they sign in as (PostgreSQL); the user name on SQLite
    # PostgreSQL: whether the login role exists and may log in, and its Tiski groups.
    can_login: bool | None = None
    groups: tuple[str, ...] = ()
    # SQLite: whether the local account has a password.
    has_password: bool | None = None


@dataclass(frozen=True)
class StaffChange:
    """What ``tiski staff add`` asks for; ``None`` keeps what a known person has."""

    username: str
    full_name: str | None
    role: str | None
    agency_code: str | None = None
    skills: Sequence[str] | None = None
    login_role: str | None = None
    # The records role tiski_retention: True gives it, False takes it away, None keeps
    # what the login has.
    retention: bool | None = None


def _raw(session: Session) -> Any:
    """The psycopg connection under ``session``'s transaction."""
    return session.connection().connection.driver_connection


def _plain_account(row: Staff) -> StaffAccount:
    return StaffAccount(
        row.username,
        row.full_name,
        row.role,
        row.agency.code if row.agency else None,
        tuple(sorted(service.code for service in row.skills)),
        row.active,
        row.login_role or row.username,
    )


def _account(row: Staff, session: Session, dialect: str) -> StaffAccount:
    account = _plain_account(row)
    if dialect == "postgresql":
        state = pg_roles.login_state(_raw(session), account.login_role)
        return replace(account, can_login=state.exists and state.can_login, groups=state.groups)
    return replace(account, has_password=row.password_hash is not None)


def _check_login_name(name: str) -> None:
    if not name or len(name.encode("utf-8")) > pg_roles.MAX_NAME or "\x00" in name:
        raise _error(
            QT_TRANSLATE_NOOP(
                "Staff", "'{name}' cannot be a login name: it must be 1 to 63 bytes long."
            ),
            name=name,
        )
    if name.startswith(("pg_", "tiski_")):
        raise _error(
            QT_TRANSLATE_NOOP(
                "Staff",
                "{name} cannot be a person's login name: names starting with pg_ or tiski_ "
                "belong to PostgreSQL and to Tiski's own roles.",
            ),
            name=name,
        )


def _agency(session: Session, code: str) -> Agency:
    row = session.scalar(select(Agency).where(func.lower(Agency.code) == code.strip().lower()))
    if row is None:
        known = ", ".join(session.scalars(select(Agency.code).order_by(Agency.code)))
        raise _error(
            QT_TRANSLATE_NOOP("Staff", "Unknown agency {code}. Agencies: {known}."),
            code=code,
            known=known or "-",
        )
    return row


def _services(session: Session, codes: Sequence[str]) -> list[Service]:
    wanted = [code.strip() for code in codes if code.strip()]
    rows = {
        row.code: row for row in session.scalars(select(Service).where(Service.code.in_(wanted)))
    }
    unknown = [code for code in wanted if code not in rows]
    if unknown:
        raise _error(
            QT_TRANSLATE_NOOP("Staff", "Unknown services: {codes}. tiski queue list shows them."),
            codes=", ".join(unknown),
        )
    return [rows[code] for code in wanted]


def _row(session: Session, username: str) -> Staff | None:
    return session.scalar(
        select(Staff)
        .where(Staff.username == username)
        .options(
            selectinload(Staff.agency), selectinload(Staff.skills), undefer(Staff.password_hash)
        )
    )


def _unknown(username: str) -> StaffAdminError:
    return _error(
        QT_TRANSLATE_NOOP(
            "Staff", "No staff member {username}. tiski staff list shows who there is."
        ),
        username=username,
    )


def _database_refused(
    database: Database, error: DBAPIError, command: str = "tiski staff"
) -> TiskiError:
    """A role change refused by the server: almost always not run as the owner."""
    state = getattr(error.orig, "sqlstate", None) or ""
    if state == "42501":  # insufficient_privilege
        return _error(
            QT_TRANSLATE_NOOP(
                "Staff",
                "The database refused: {reason}. Run {command} with the owner's database "
                "URL (--database), the role that ran tiski db upgrade and may create roles "
                "(CREATEROLE).",
            ),
            reason=str(error.orig).strip().splitlines()[0],
            command=command,
        )
    if state.startswith("08") or error.connection_invalidated:
        return database.unreachable(error)
    return _error(
        QT_TRANSLATE_NOOP("Staff", "The database refused the change: {reason}."),
        reason=str(error.orig).strip().splitlines()[0],
    )


@contextmanager
def _owner_session(database: Database) -> Iterator[Session]:
    """A transaction in which a refusal by the server becomes a message for IT."""
    try:
        with database.session() as session:
            yield session
    except DBAPIError as error:
        raise _database_refused(database, error) from None


@contextmanager
def owner_transaction(database: Database, command: str) -> Iterator[Tx]:
    """A desk transaction whose refusal by the server names ``command`` and the owner."""
    from console.store.queries import transaction

    try:
        with transaction(database) as tx:
            yield tx
    except DBAPIError as error:
        raise _database_refused(database, error, command) from None


# ---------------------------------------------------------------- changes
def check_change(database: Database, change: StaffChange) -> None:
    """Raise what :func:`save_staff` would refuse about ``change``, changing nothing
    (so that nobody types a password for a change that cannot be made)."""
    with _owner_session(database) as session:
        known = _row(session, change.username) is not None
        if not known and (not change.full_name or not change.role):
            raise _new_needs_name(change.username)
        if change.agency_code:
            _agency(session, change.agency_code)
        if change.skills:
            _services(session, change.skills)
        _check_login_name(change.login_role or change.username)
        session.rollback()


def _new_needs_name(username: str) -> StaffAdminError:
    return _error(
        QT_TRANSLATE_NOOP("Staff", "{username} is new: give --name and --role as well."),
        username=username,
    )


def save_staff(
    database: Database,
    change: StaffChange,
    *,
    password: str | None = None,
    password_hash: str | None = None,
    now: datetime | None = None,
) -> tuple[StaffAccount, bool]:
    """Add a staff member or change a known one, with their account; ``(account, new)``.

    PostgreSQL: the login role is made (or changed) with the right groups, and gets
    ``password`` when one is given. SQLite: ``password_hash`` is stored when given.
    """
    with _owner_session(database) as session:
        row = _row(session, change.username)
        new = row is None
        if row is None:
            if not change.full_name or not change.role:
                raise _new_needs_name(change.username)
            row = Staff(username=change.username, active=True, failed_sign_ins=0)
            session.add(row)
        if change.full_name:
            row.full_name = change.full_name
        if change.role:
            row.role = change.role
        if change.agency_code is not None:
            row.agency = _agency(session, change.agency_code) if change.agency_code else None
        if change.skills is not None:
            row.skills = _services(session, change.skills)
        if change.login_role is not None:
            row.login_role = change.login_role or None
        row.active = True
        login = row.login_role or row.username
        _check_login_name(login)
        if password_hash is not None:
            row.password_hash = password_hash
            row.password_changed_at = now
            row.failed_sign_ins = 0
            row.locked_until = None
        session.flush()
        if database.dialect == "postgresql":
            raw = _raw(session)
            pg_roles.ensure_group_roles(raw)
            retention = change.retention
            if retention is None:
                held = pg_roles.login_state(raw, login).groups
                retention = pg_roles.RETENTION_ROLE in held
            groups = pg_roles.groups_for(
                row.role, row.agency.code if row.agency else None, retention=retention
            )
            pg_roles.create_login(raw, login, password=password, groups=groups)
        return _account(row, session, database.dialect), new


def set_password(
    database: Database,
    username: str,
    *,
    password: str | None = None,
    password_hash: str | None = None,
    now: datetime | None = None,
) -> StaffAccount:
    """A new password: the login role's (PostgreSQL) or the local account's hash (SQLite)."""
    with _owner_session(database) as session:
        row = _row(session, username)
        if row is None:
            raise _unknown(username)
        if database.dialect == "postgresql":
            assert password is not None
            raw = _raw(session)
            login = row.login_role or row.username
            if not pg_roles.login_state(raw, login).exists:
                raise _error(
                    QT_TRANSLATE_NOOP(
                        "Staff",
                        "{username} has no login role {login} yet: make it with tiski "
                        "staff add {username}.",
                    ),
                    username=username,
                    login=login,
                )
            pg_roles.set_password(raw, login, password)
        else:
            assert password_hash is not None
            row.password_hash = password_hash
            row.failed_sign_ins = 0
            row.locked_until = None
        row.password_changed_at = now
        session.flush()
        return _account(row, session, database.dialect)


def disable_staff(database: Database, username: str) -> StaffAccount:
    """No more signing in: the row becomes inactive and the login role NOLOGIN."""
    with _owner_session(database) as session:
        row = _row(session, username)
        if row is None:
            raise _unknown(username)
        row.active = False
        session.flush()
        if database.dialect == "postgresql":
            pg_roles.disable_login(_raw(session), row.login_role or row.username)
        return _account(row, session, database.dialect)


def list_staff(database: Database) -> list[StaffAccount]:
    """Every staff member, active or not, by user name."""
    with _owner_session(database) as session:
        rows = session.scalars(
            select(Staff)
            .options(
                selectinload(Staff.agency),
                selectinload(Staff.skills),
                undefer(Staff.password_hash),
            )
            .order_by(Staff.username)
        ).all()
        if database.dialect != "postgresql":
            return [_account(row, session, database.dialect) for row in rows]
        states = pg_roles.login_states(
            _raw(session), [row.login_role or row.username for row in rows]
        )
        return [
            replace(
                _plain_account(row),
                can_login=states[row.login_role or row.username].exists
                and states[row.login_role or row.username].can_login,
                groups=states[row.login_role or row.username].groups,
            )
            for row in rows
        ]


def ensure_roles(database: Database) -> list[str]:
    """PostgreSQL: make the missing group and agency roles; return those made."""
    if database.dialect != "postgresql":
        return []
    with _owner_session(database) as session:
        return pg_roles.ensure_group_roles(_raw(session))
