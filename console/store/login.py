"""Connecting to PostgreSQL as the person who signs in.

A staff member is their own login role: the server checks the password (SCRAM by
default; GSSAPI or a client certificate when ``database.url``'s query passes libpq
the options), and from then on knows who asks, so its roles and row-level security
apply. Nothing here keeps a password: it goes to libpq and is dropped with the URL
once the connection pool is made.
"""

from __future__ import annotations

import logging
from typing import Any

from sqlalchemy import text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError, ProgrammingError, SQLAlchemyError

from console.core.records import StaffInfo
from console.store.database import Database

log = logging.getLogger(__name__)

# What libpq says when the server turned the person away, rather than when it could
# not be reached: wrong password, no such role, no password given, not allowed in.
_REFUSED = (
    "password authentication failed",
    "authentication failed",
    "no password supplied",
    "does not exist",
    "pg_hba.conf",
    "not permitted to log in",
    "certificate",
)


class WrongCredentials(Exception):
    """The server refused the person; the desk says so without saying which part."""


def refused(error: BaseException) -> bool:
    """Whether ``error`` is the server turning the person away at connect time."""
    text_ = str(getattr(error, "orig", None) or error).lower()
    if "database" in text_ and "does not exist" in text_:
        return False  # database.url names a database that is not there: IT's to fix
    return any(marker in text_ for marker in _REFUSED)


def connect_as(url: str, username: str, password: str | None, **options: Any) -> Database:
    """A :class:`Database` on ``url`` connected as login role ``username``.

    Raises :class:`WrongCredentials` when the server refuses the person, and the
    database's own "unreachable" error when it cannot be reached.
    """
    person = make_url(url).set(username=username, password=password or None)
    database = Database(person.render_as_string(hide_password=False), **options)
    try:
        with database.engine.connect() as connection:
            connection.execute(text("SELECT 1"))
    except SQLAlchemyError as error:
        database.dispose()
        if refused(error):
            log.info("The database refused a sign-in")
            raise WrongCredentials from None
        raise database.unreachable(error) from None
    return database


def staff_of_current_user(database: Database) -> StaffInfo | None:
    """The active staff member the connection's login role is, or ``None``.

    A login role of the server that may not read the desk's staff at all is no one
    at this desk either.
    """
    from console.store.queries import transaction

    try:
        with transaction(database) as tx:
            role = tx.current_login_role()
            return tx.staff_of_login_role(role) if role else None
    except ProgrammingError as error:
        if getattr(error.orig, "sqlstate", None) == "42501":  # insufficient_privilege
            return None
        raise


def password_accepted(database: Database, username: str, password: str) -> bool:
    """Whether the server accepts ``password`` for ``username`` now (unlocking)."""
    try:
        other = connect_as(
            database.url.render_as_string(hide_password=False),
            username,
            password,
            connect_timeout=5,
        )
    except WrongCredentials:
        return False
    other.dispose()
    return True


def change_own_password(database: Database, new_password: str) -> None:
    """Set the signed-in login role's password.

    The server gets a SCRAM verifier made here by libpq, never the password itself, so
    it cannot reach the server's statement log.
    """
    from psycopg import sql

    try:
        with database.engine.connect() as connection:
            role = str(connection.execute(text("SELECT current_user")).scalar_one())
            raw = connection.connection.driver_connection
            verifier = raw.pgconn.encrypt_password(  # type: ignore[union-attr]
                new_password.encode(), role.encode(), b"scram-sha-256"
            ).decode()
            statement = sql.SQL("ALTER ROLE {} PASSWORD {}").format(
                sql.Identifier(role), sql.Literal(verifier)
            )
            with raw.cursor() as cursor:  # type: ignore[union-attr]
                cursor.execute(statement)
            connection.commit()
    except DBAPIError as error:
        raise database.unreachable(error) from None
