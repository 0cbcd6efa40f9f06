"""Connections to the shared database, SQLite or PostgreSQL."""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import create_engine, event, text
from sqlalchemy.engine import URL, Engine, make_url
from sqlalchemy.exc import DBAPIError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from console.core.text import QT_TRANSLATE_NOOP, Message, TiskiError
from console.store.sqlite_lock import ATTEMPT_BUSY_TIMEOUT_MS, WriteLockTimeout, begin_immediate
from console.store.urls import keyring_user, mask_url

log = logging.getLogger(__name__)

_CTX = "Database"
KEYRING_SERVICE = "tiski/database"
SQLITE_BUSY_TIMEOUT_MS = 10_000


class DatabaseUnreachable(TiskiError):
    """The database cannot be reached or refused the connection."""


def database_password(url: URL) -> str | None:
    """The password kept in keyring for ``url``, if there is a usable keyring.

    Without a keyring backend (headless Linux) Tiski falls back to PostgreSQL's
    own pgpass and service files, so that is no error here.
    """
    try:
        import keyring
        from keyring.errors import KeyringError
    except ImportError:  # pragma: no cover - keyring is a dependency
        return None
    try:
        return keyring.get_password(KEYRING_SERVICE, keyring_user(url))
    except KeyringError as error:
        log.debug("No password from keyring (%s); relying on pgpass", type(error).__name__)
        return None


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    # Python's sqlite3 opens transactions on its own; SQLAlchemy manages them.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA synchronous=NORMAL")
    # From here on only BEGIN IMMEDIATE waits for others, in begin_immediate's fair turns.
    cursor.execute(f"PRAGMA busy_timeout={ATTEMPT_BUSY_TIMEOUT_MS}")
    cursor.close()


def _sqlite_begin(connection: Any) -> None:
    # Take the write lock at the start: a transaction that reads and then
    # writes must not fail half way with "database is locked".
    try:
        begin_immediate(
            connection.connection.driver_connection, file=str(connection.engine.url.database)
        )
    except WriteLockTimeout as error:
        # Out of reach for now, as a server would be: a note being saved goes to the outbox.
        raise DatabaseUnreachable(error.message) from None
    except sqlite3.Error as error:  # not the lock: raised as SQLAlchemy raises any other
        raise DBAPIError.instance("BEGIN IMMEDIATE", None, error, sqlite3.Error) from error


class Database:
    """One database: an engine and the transactions made from it."""

    def __init__(self, url: str, *, connect_timeout: int = 5) -> None:
        self.url = make_url(url)
        self.dialect = self.url.get_backend_name()
        connect_args: dict[str, Any] = {}
        if self.dialect == "postgresql":
            connect_args["connect_timeout"] = connect_timeout
            connect_args["application_name"] = "tiski"
            if self.url.password is None:
                password = database_password(self.url)
                if password:
                    self.url = self.url.set(password=password)
            self.engine: Engine = create_engine(
                self.url, connect_args=connect_args, pool_pre_ping=True
            )
        else:
            connect_args["timeout"] = SQLITE_BUSY_TIMEOUT_MS / 1000
            self.engine = create_engine(self.url, connect_args=connect_args)
            event.listen(self.engine, "connect", _sqlite_pragmas)
            event.listen(self.engine, "begin", _sqlite_begin)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)

    @property
    def shown_url(self) -> str:
        """The URL with the password masked."""
        return mask_url(self.url.render_as_string(hide_password=False))

    @contextmanager
    def session(self) -> Iterator[Session]:
        """One transaction: commits on success, rolls back on an exception.

        Connection failures become :class:`DatabaseUnreachable` with a message
        a person can act on.
        """
        try:
            with self._sessions.begin() as session:
                yield session
        except DBAPIError as error:
            if error.connection_invalidated or _is_connection_error(error):
                raise self.unreachable(error) from error
            raise

    def ping(self) -> None:
        """Check the connection; raise :class:`DatabaseUnreachable` if it is down."""
        try:
            with self.engine.connect() as connection:
                connection.execute(text("SELECT 1"))
        except SQLAlchemyError as error:
            raise self.unreachable(error) from error

    def unreachable(self, error: BaseException) -> DatabaseUnreachable:
        reason = str(getattr(error, "orig", None) or error).strip().splitlines()[0]
        return DatabaseUnreachable(
            Message(
                _CTX,
                QT_TRANSLATE_NOOP(
                    "Database",
                    "Cannot reach the database at {url} ({reason}). Check that the database "
                    "server is running, that the host, port and database name in "
                    "database.url are right, and the password (tiski db set-password or "
                    "pgpass).",
                ),
                {"url": self.shown_url, "reason": mask_url(reason)},
            )
        )

    def dispose(self) -> None:
        self.engine.dispose()


def _is_connection_error(error: DBAPIError) -> bool:
    orig = error.orig
    name = type(orig).__name__ if orig is not None else ""
    return name in {"OperationalError", "InterfaceError"} and "locked" not in str(orig)
