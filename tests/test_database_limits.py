"""PostgreSQL's time limits: a statement that runs too long, a lock held too long and a
connection that stops carrying anything all end as "database unreachable", in seconds."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from typing import Any

import pytest
from sqlalchemy import text
from tcp_proxy import TcpProxy

from console.config import load_settings
from console.core.text import DatabaseUnreachable
from console.store import database as database_module
from console.store.database import PING_AFTER_IDLE_S, Database

pytestmark = pytest.mark.postgres


@pytest.fixture
def pg_url(postgres: Any) -> Iterator[str]:
    url = postgres.create(migrated=True)
    yield url
    postgres.drop(url)


@pytest.fixture
def limited(pg_url: str) -> Iterator[Database]:
    database = Database(pg_url, connect_timeout=1, statement_timeout=1, lock_timeout=1)
    yield database
    database.dispose()


def test_a_statement_over_the_limit_is_cancelled_as_unreachable(limited: Database) -> None:
    with pytest.raises(DatabaseUnreachable) as caught, limited.session() as session:
        session.execute(text("SELECT pg_sleep(5)"))

    assert "did not answer in time" in str(caught.value)
    assert "statement timeout" in str(caught.value)
    with limited.session() as session:  # the connection pool is usable again
        assert session.execute(text("SELECT 1")).scalar() == 1


def test_a_lock_held_too_long_ends_the_wait_as_unreachable(pg_url: str) -> None:
    limited = Database(pg_url, statement_timeout=30, lock_timeout=1)
    holder = Database(pg_url)
    try:
        with holder.engine.connect() as locker:
            locker.execute(text("LOCK TABLE note IN ACCESS EXCLUSIVE MODE"))
            with pytest.raises(DatabaseUnreachable) as caught, limited.session() as session:
                session.execute(text("SELECT count(*) FROM note"))
            locker.rollback()
    finally:
        holder.dispose()
        limited.dispose()

    assert "did not answer in time" in str(caught.value)
    assert "lock timeout" in str(caught.value)


@pytest.mark.slow
def test_a_stalled_connection_ends_at_the_client_deadline(pg_url: str) -> None:
    from sqlalchemy.engine import make_url

    url = make_url(pg_url)
    proxy = TcpProxy((url.host or "127.0.0.1", url.port or 5432))
    database = Database(
        url.set(host="127.0.0.1", port=proxy.port).render_as_string(hide_password=False),
        connect_timeout=1,
        statement_timeout=1,
        lock_timeout=1,
    )
    try:
        with database.session() as session:
            session.execute(text("SELECT 1"))
        proxy.stall()
        # The server never sees this statement, so only the client's deadline can end it.
        with pytest.raises(DatabaseUnreachable), database.session() as session:
            session.execute(text("SELECT 1"))
        proxy.restore()
        with database.session() as session:
            assert session.execute(text("SELECT 1")).scalar() == 1
    finally:
        database.dispose()
        proxy.close()


def test_the_limits_are_settings_with_defaults() -> None:
    settings = load_settings(environ={})

    assert settings["database.statement_timeout"] == 10
    assert settings["database.lock_timeout"] == 5


def test_the_database_pool_is_apart_from_the_global_one(qapp: Any) -> None:
    from PySide6.QtCore import QRunnable, QThreadPool

    from console.ui.shared.database_pool import DATABASE_THREADS, database_pool

    pool = database_pool()
    assert pool is not QThreadPool.globalInstance()
    assert pool.maxThreadCount() == DATABASE_THREADS
    release = threading.Event()
    ran = threading.Event()

    class Hold(QRunnable):
        def run(self) -> None:
            release.wait(10)

    class Mark(QRunnable):
        def run(self) -> None:
            ran.set()

    # Every database thread stuck, as on a stalled database: other work still runs.
    for _ in range(DATABASE_THREADS + 2):
        pool.start(Hold())
    QThreadPool.globalInstance().start(Mark())
    try:
        assert ran.wait(10)
    finally:
        release.set()
        assert pool.waitForDone(10_000)


def _backend(database: Database) -> int:
    with database.session() as session:
        return int(session.execute(text("SELECT pg_backend_pid()")).scalar_one())


def _end_backend(pg_url: str, pid: int) -> None:
    killer = Database(pg_url)
    try:
        with killer.session() as session:
            assert session.execute(text("SELECT pg_terminate_backend(:pid)"), {"pid": pid}).scalar()
    finally:
        killer.dispose()


def test_a_connection_idle_a_while_is_checked_and_replaced_when_the_server_ended_it(
    pg_url: str,
) -> None:
    """The pool skips its check for a connection back less than a second ago (the round
    trip was a third of call next's time); one idle longer is still checked."""
    database = Database(pg_url)
    try:
        pid = _backend(database)
        _end_backend(pg_url, pid)
        time.sleep(PING_AFTER_IDLE_S + 0.3)
        assert _backend(database) != pid  # checked, found gone, replaced: no error
    finally:
        database.dispose()


def test_a_connection_ended_the_moment_after_use_fails_once_as_unreachable(
    pg_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    # "The moment after" however slow this machine is today.
    monkeypatch.setattr(database_module, "PING_AFTER_IDLE_S", 60.0)
    database = Database(pg_url)
    try:
        pid = _backend(database)
        _end_backend(pg_url, pid)
        with pytest.raises(DatabaseUnreachable):  # not checked: the statement finds out
            _backend(database)
        assert _backend(database) != pid  # the pool dropped it; the next one works
    finally:
        database.dispose()
