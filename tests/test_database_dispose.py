"""Disposing a database closes every connection it opened, also one a thread still uses."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from typing import Any

import pytest
from sqlalchemy import text

from console.store.database import Database

pytestmark = pytest.mark.postgres


@pytest.fixture
def pg_url(postgres: Any) -> Iterator[str]:
    url = postgres.create(migrated=True)
    yield url
    postgres.drop(url)


def server_sessions(observer: Database) -> int:
    """The server's sessions on this database, apart from the observer's own."""
    with observer.engine.connect() as connection:
        return int(
            connection.execute(
                text(
                    "SELECT count(*) FROM pg_stat_activity "
                    "WHERE datname = current_database() AND pid <> pg_backend_pid()"
                )
            ).scalar_one()
        )


def test_a_connection_in_use_at_dispose_is_closed_when_it_returns(pg_url: str) -> None:
    observer = Database(pg_url)
    database = Database(pg_url)
    reading = threading.Event()
    go_on = threading.Event()

    def slow_reader() -> None:  # the change feed's read, still running at dispose
        with database.session() as session:
            session.execute(text("SELECT 1"))
            reading.set()
            go_on.wait(10)

    try:
        with database.session() as first, database.session() as second:
            first.execute(text("SELECT 1"))  # two in the pool: one stays idle
            second.execute(text("SELECT 1"))
        thread = threading.Thread(target=slow_reader)
        thread.start()
        assert reading.wait(10)
        assert server_sessions(observer) == 2

        database.dispose()
        assert server_sessions(observer) == 1  # the idle one is gone at once
        go_on.set()
        thread.join(10)

        # Not left for the garbage collector: the server has no session of it any more.
        assert server_sessions(observer) == 0
        # And the database is usable after disposing, as SQLAlchemy's engine is.
        with database.session() as session:
            assert session.execute(text("SELECT 2")).scalar_one() == 2
        assert server_sessions(observer) == 1
    finally:
        go_on.set()
        database.dispose()
        observer.dispose()
