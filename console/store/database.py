"""Connections to the shared database, SQLite or PostgreSQL."""

from __future__ import annotations

import contextlib
import logging
import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import create_engine, event, text
from sqlalchemy.engine import URL, Connection, Engine, make_url
from sqlalchemy.exc import DBAPIError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from console.core.text import QT_TRANSLATE_NOOP, DatabaseUnreachable, Message
from console.store.sqlite_lock import ATTEMPT_BUSY_TIMEOUT_MS, WriteLockTimeout, begin_immediate
from console.store.urls import keyring_user, mask_url

log = logging.getLogger(__name__)

_CTX = "Database"
KEYRING_SERVICE = "tiski/database"
SQLITE_BUSY_TIMEOUT_MS = 10_000

# A stalled database (a hung server, a proxy or firewall that stops forwarding
# without closing) must be noticed within seconds, not hang a save for ever.
STATEMENT_TIMEOUT_S = 10
LOCK_TIMEOUT_S = 5
# How much longer than the server's own statement timeout the client waits for
# any answer before giving the connection up: the server's timeout cannot fire
# when the statement never reached it.
CLIENT_GRACE_S = 2
# A pooled connection is checked with "SELECT 1" before use; a server that is up
# answers that at once, so a connection silent for this long is given up sooner.
PING_DEADLINE_S = 3
# A connection back in the pool for less than this is not checked again on checkout.
PING_AFTER_IDLE_S = 1.0
# libpq: probe an idle connection after 5 s, every 2 s, give up after 3 misses;
# drop a connection whose sent data stays unacknowledged for 10 s.
KEEPALIVES: dict[str, Any] = {
    "keepalives": 1,
    "keepalives_idle": 5,
    "keepalives_interval": 2,
    "keepalives_count": 3,
    "tcp_user_timeout": 10_000,
}
# SQLSTATEs that mean "no answer in time" rather than a refused request:
# query_canceled (statement_timeout) and lock_not_available (lock_timeout).
_TIMEOUT_STATES = frozenset({"57014", "55P03"})
# DB-API errors without a SQLSTATE that mean the connection failed; psycopg raises
# ConnectionTimeout when connect_timeout expires.
_CONNECTION_ERRORS = frozenset({"OperationalError", "InterfaceError", "ConnectionTimeout"})


def _deadline_connection_class() -> Any:
    """A psycopg connection that waits at most its ``deadline`` for any answer.

    psycopg waits for the server without a limit; ``Connection.wait`` (psycopg 3.3)
    takes a timeout, so every statement, commit and rollback gets one here. On expiry
    the connection is closed: it is in an unknown state, and a closed connection is
    what SQLAlchemy's pool knows to throw away.
    """
    import psycopg
    from psycopg import errors

    class DeadlineConnection(psycopg.Connection):
        deadline: float | None = None

        def wait(self, gen: Any, interval: float = 0.1, timeout: float | None = None) -> Any:
            if timeout is None:
                timeout = self.deadline
            try:
                return super().wait(gen, interval, timeout)
            except errors._WaitTimeout:
                self.close()
                raise NoAnswer(f"no answer within {self.deadline:g} s") from None

    class NoAnswer(psycopg.OperationalError):
        no_answer = True

    return DeadlineConnection


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
    # Deleted rows (retention) are overwritten, not left in free pages of the file.
    cursor.execute("PRAGMA secure_delete=ON")
    # From here on only BEGIN IMMEDIATE waits for others, in begin_immediate's fair turns.
    cursor.execute(f"PRAGMA busy_timeout={ATTEMPT_BUSY_TIMEOUT_MS}")
    cursor.close()


# A session's execution option: the transaction only reads (``Database.session``).
READ_ONLY = "tiski_read_only"


def _sqlite_begin(connection: Any) -> None:
    if connection.get_execution_options().get(READ_ONLY):
        # Only reads: a deferred BEGIN. In WAL mode a reader waits for no writer, so the
        # change feed's and the whole desk's reads no longer queue for the write lock.
        connection.exec_driver_sql("BEGIN")
        return
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

    def __init__(
        self,
        url: str,
        *,
        connect_timeout: int = 5,
        statement_timeout: int = STATEMENT_TIMEOUT_S,
        lock_timeout: int = LOCK_TIMEOUT_S,
    ) -> None:
        self.url = make_url(url)
        self.dialect = self.url.get_backend_name()
        self.statement_timeout = statement_timeout
        self.lock_timeout = lock_timeout
        connect_args: dict[str, Any] = {}
        if self.dialect == "postgresql":
            connect_args["connect_timeout"] = connect_timeout
            connect_args["application_name"] = "tiski"
            connect_args.update(postgres_time_limits(statement_timeout, lock_timeout))
            if self.url.password is None:
                password = database_password(self.url)
                if password:
                    self.url = self.url.set(password=password)
            self.engine: Engine = create_engine(
                self.url, connect_args=connect_args, pool_pre_ping=True
            )
            deadline = statement_timeout + CLIENT_GRACE_S
            connection_class = _deadline_connection_class()

            def connect(_dialect: Any, _record: Any, cargs: Any, cparams: Any) -> Any:
                connection = connection_class.connect(*cargs, **cparams)
                connection.deadline = deadline
                return connection

            event.listen(self.engine, "do_connect", connect)
            _ping_within(self.engine, PING_DEADLINE_S)
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
    def session(self, *, read_only: bool = False) -> Iterator[Session]:
        """One transaction: commits on success, rolls back on an exception.

        ``read_only``: the transaction writes nothing; on SQLite it then begins deferred
        instead of taking the write lock (a write in it would fail with "database is
        locked" when another connection writes). Connection failures become
        :class:`DatabaseUnreachable` with a message a person can act on.
        """
        try:
            with self._sessions.begin() as session:
                if read_only and self.dialect == "sqlite":
                    session.connection(execution_options={READ_ONLY: True})
                yield session
        except DBAPIError as error:
            if error.connection_invalidated or _is_connection_error(error):
                raise self.unreachable(error) from error
            raise

    @contextmanager
    def autocommit(self) -> Iterator[Connection]:
        """A connection on which every statement is a transaction of its own: for a
        statement that is one whole unit of work by itself (``tiski_call_next``), with
        no BEGIN and COMMIT round trips and no ORM session around it. Connection
        failures become :class:`DatabaseUnreachable`, as in :meth:`session`."""
        try:
            with self.engine.connect() as connection:
                yield connection.execution_options(isolation_level="AUTOCOMMIT")
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
        orig = getattr(error, "orig", None)
        reason = str(orig or error).strip().splitlines()[0]
        if _timed_out(orig):
            return DatabaseUnreachable(
                Message(
                    _CTX,
                    QT_TRANSLATE_NOOP(
                        "Database",
                        "The database at {url} did not answer in time ({reason}). Try again in "
                        "a moment; if this keeps happening, tell IT: the database server or the "
                        "network to it is stalled.",
                    ),
                    {"url": self.shown_url, "reason": mask_url(reason)},
                )
            )
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

    def checkpoint(self) -> None:
        """SQLite: move the write-ahead log into the file and empty it.

        After retention: the log still holds the pages as they were before the
        deletion (names, notes) until a checkpoint; with ``secure_delete`` the file
        itself keeps none of it. Best effort: a reader still open elsewhere may keep
        the log from being emptied until it finishes. PostgreSQL: nothing to do here
        (autovacuum reclaims the dead rows; docs/security.md).
        """
        if self.dialect != "sqlite":
            return
        with self.engine.connect() as connection:
            raw = connection.connection.driver_connection
            assert raw is not None
            raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")

    def server_setting(self, name: str) -> str:
        """PostgreSQL: a setting of the server as this connection sees it (``SHOW``)."""
        with self.engine.connect() as connection:
            return str(
                connection.execute(
                    text("SELECT current_setting(:name)"), {"name": name}
                ).scalar_one()
            )

    def analyze(self) -> None:
        """PostgreSQL: gather the planner's statistics now, after a bulk load.

        Autovacuum does it in the end, but it may be off (it was on a test machine) or
        not yet have run: without statistics the wait-estimate query took 99.6 ms at
        1,000 waiting tickets instead of 1.6 ms (issue 18). Tables this role does not
        own are skipped with a notice, not an error. SQLite: nothing (its planner's
        choices without ``sqlite_stat1`` are the ones the queries were written for).
        """
        if self.dialect != "postgresql":
            return
        with self.engine.connect() as connection:
            # A large desk's ANALYZE may outlast the consoles' statement time limit.
            connection.execute(text("SET LOCAL statement_timeout = 0"))
            connection.execute(text("ANALYZE"))
            connection.commit()

    def dispose(self) -> None:
        """Close the pool's connections; one still in use is closed when it comes back.

        ``Engine.dispose()`` closes only the idle connections. One that a thread still
        holds (the change feed's read, a job that outlived its window) goes back to the
        old pool, which nothing uses again, and would stay open until the garbage
        collector happens to take it: a server session left behind, and psycopg's
        "deleted while still open" warning in whatever runs then (a fault-suite run on
        5 December). The old pool alone gets a check-in listener that closes them: no
        cost for the connections in use every day.
        """
        old = self.engine.pool
        self.engine.dispose()
        event.listen(old, "checkin", _close_on_return)


def _close_on_return(dbapi_connection: Any, _record: Any) -> None:
    if dbapi_connection is not None:
        with contextlib.suppress(Exception):  # closing a broken connection
            dbapi_connection.close()


def _ping_within(engine: Engine, seconds: float) -> None:
    """Give the pool's check of a connection its own, shorter deadline, and skip it for
    a connection that came back to the pool less than :data:`PING_AFTER_IDLE_S` ago.

    The check is a round trip of its own on every checkout: at a counter calling,
    finishing and calling again it was a third of call next's time on PostgreSQL
    (benchmarks/queue.py). A connection in use a moment ago is alive unless the server
    went away in that moment; then the statement itself fails, the pool drops the
    connection and the person is told to try again, as for a break in mid-statement.
    """
    dialect = engine.dialect
    ping = dialect.do_ping

    def returned(dbapi_connection: Any, _record: Any) -> None:
        with contextlib.suppress(AttributeError):  # a connection class without attributes
            dbapi_connection.returned_at = time.monotonic()

    event.listen(engine, "checkin", returned)

    def ping_within(dbapi_connection: Any) -> bool:
        returned_at = getattr(dbapi_connection, "returned_at", None)
        if returned_at is not None and time.monotonic() - returned_at < PING_AFTER_IDLE_S:
            return True
        usual = getattr(dbapi_connection, "deadline", None)
        dbapi_connection.deadline = min(seconds, usual or seconds)
        try:
            return bool(ping(dbapi_connection))
        finally:
            dbapi_connection.deadline = usual

    dialect.do_ping = ping_within  # type: ignore[method-assign]


def postgres_time_limits(statement_timeout: int, lock_timeout: int) -> dict[str, Any]:
    """libpq connection parameters: the server's time limits and TCP keepalives."""
    options = (
        f"-c statement_timeout={statement_timeout * 1000} -c lock_timeout={lock_timeout * 1000}"
    )
    return {"options": options, **KEEPALIVES}


def _timed_out(orig: object) -> bool:
    """Whether the server's time limit or the client's deadline ended the statement."""
    return getattr(orig, "sqlstate", None) in _TIMEOUT_STATES or getattr(orig, "no_answer", False)


def _is_connection_error(error: DBAPIError) -> bool:
    orig = error.orig
    if _timed_out(orig):
        return True
    state = getattr(orig, "sqlstate", None) or ""
    # Connection exceptions (08...) and a server shutting down or starting (57P0x).
    if state.startswith("08") or state in {"57P01", "57P02", "57P03"}:
        return True
    name = type(orig).__name__ if orig is not None else ""
    return name in _CONNECTION_ERRORS and "locked" not in str(orig)
