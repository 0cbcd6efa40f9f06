"""A kiosk and consoles sharing one SQLite file: every ticket issued, however busy the lock.

Each issuer opens its own :class:`Database`, as separate programs do. Before
``console.store.sqlite_lock``, SQLite's busy handler let one waiter starve past the
10 s busy timeout: 1 to 13 of 1,000 tickets failed with "database is locked".
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor

import pytest
from queue_kit import at, fresh_desk
from sqlalchemy import func, select
from write_lock import write_lock_held_elsewhere

from console.core.text import DatabaseUnreachable
from console.desk.desk import Desk
from console.store import sqlite_lock
from console.store.database import Database
from console.store.models import Visit

ISSUERS = 8
TICKETS = 1000

sqlite_only = pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)


@pytest.fixture
def desk_file(db_url: str) -> Iterator[Database]:
    """The demo desk, without visitors, in a SQLite file of this test."""
    database = Database(db_url)
    fresh_desk(database)
    yield database
    database.dispose()


@pytest.mark.slow
@sqlite_only
def test_eight_issuers_on_one_file_issue_a_thousand_tickets_without_a_failure(
    desk_file: Database, db_url: str
) -> None:
    start = threading.Barrier(ISSUERS)

    def issue(index: int) -> tuple[list[str], list[str]]:
        own = Database(db_url)  # its own connections, as a separate program has
        issued: list[str] = []
        failures: list[str] = []
        try:
            desk = Desk(own)
            start.wait(timeout=30)
            for _ in range(TICKETS // ISSUERS):
                try:
                    ticket = desk.queue.issue(["pori-general"], source="kiosk", now=at(10))
                except Exception as error:  # counted and shown below
                    failures.append(f"{type(error).__name__}: {error}")
                else:
                    issued.append(ticket.ticket_number)
        finally:
            own.dispose()
        return issued, failures

    with ThreadPoolExecutor(ISSUERS) as pool:
        results = list(pool.map(issue, range(ISSUERS)))

    issued = [ticket for tickets, _ in results for ticket in tickets]
    failures = [failure for _, failed in results for failure in failed]
    assert failures == []
    assert len(issued) == TICKETS
    assert len(set(issued)) == TICKETS, "every ticket number once"
    with desk_file.session() as session:
        assert session.scalar(select(func.count()).select_from(Visit)) == TICKETS


@pytest.fixture
def lock_held_elsewhere(desk_file: Database) -> Iterator[threading.Event]:
    """Another program holds the file's write lock until the event is set."""
    path = desk_file.url.database
    assert path is not None
    with write_lock_held_elsewhere(path) as release:
        yield release


@sqlite_only
def test_an_issue_waits_for_a_lock_held_elsewhere_and_then_goes_through(
    desk_file: Database, lock_held_elsewhere: threading.Event
) -> None:
    timer = threading.Timer(0.5, lock_held_elsewhere.set)
    timer.start()
    try:
        ticket = Desk(desk_file).queue.issue(["pori-general"], source="kiosk", now=at(10))
    finally:
        timer.cancel()
    assert ticket.ticket_number == "C001"


@sqlite_only
def test_a_lock_never_released_ends_in_a_message_naming_the_file(
    desk_file: Database, lock_held_elsewhere: threading.Event, monkeypatch: pytest.MonkeyPatch
) -> None:
    desk = Desk(desk_file)
    monkeypatch.setattr(sqlite_lock, "WRITE_LOCK_DEADLINE_S", 0.3)
    with pytest.raises(DatabaseUnreachable) as raised:
        desk.queue.issue(["pori-general"], source="kiosk", now=at(10))
    assert str(desk_file.url.database) in str(raised.value)
    assert "stayed locked by another program" in str(raised.value)
    lock_held_elsewhere.set()
    monkeypatch.undo()
    # Nothing half-done was left behind: the next ticket is the first.
    assert desk.queue.issue(["pori-general"], now=at(10)).ticket_number == "C001"


@sqlite_only
def test_the_whole_desk_and_the_feed_are_read_while_another_program_writes(
    desk_file: Database, lock_held_elsewhere: threading.Event, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Reads begin deferred: in WAL mode they wait for no writer. They used to take the
    write lock too, and queued behind every issue and call of the other consoles."""
    from console.desk.feed import LiveDesk

    desk = Desk(desk_file)
    live = LiveDesk(desk_file, actor=None)
    live.start()
    monkeypatch.setattr(sqlite_lock, "WRITE_LOCK_DEADLINE_S", 0.3)
    snapshot = desk.snapshot()  # would end in DatabaseUnreachable after 0.3 s
    assert snapshot.waiting == ()
    assert {service.code for service in snapshot.services} >= {"pori-general", "kela-general"}
    assert live.delta() is None  # nothing changed since start
    # A write still waits its turn, and gives up when the lock is never released.
    with pytest.raises(DatabaseUnreachable):
        desk.queue.issue(["pori-general"], source="kiosk", now=at(10))
