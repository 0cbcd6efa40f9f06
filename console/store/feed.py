"""The change feed: waking up when another console changed the queue.

Database triggers write a ``change_log`` row for every change to a step, a
visit or an appointment (migration 0002). A :class:`ChangeListener` waits on a
dedicated connection: PostgreSQL ``LISTEN tiski_changes`` (the trigger's
NOTIFY arrives when the writing transaction commits) and, for a console of one
office, ``tiski_changes_<site id>`` (that office's queue; migration 0022), SQLite by polling
``PRAGMA data_version``, which changes whenever another connection commits.
Then :func:`read_changes` reads the new log rows through the normal engine.
"""

from __future__ import annotations

import contextlib
import logging
import sqlite3
import time
from collections import deque
from dataclasses import dataclass, field
from typing import Any

from console.store.database import KEEPALIVES, Database
from console.store.queries import Tx, transaction
from console.store.urls import libpq_conninfo

log = logging.getLogger(__name__)

CHANNEL = "tiski_changes"
SQLITE_POLL_SECONDS = 0.05
# PostgreSQL hands out log ids at insert time but transactions commit in any
# order: re-read this many ids below the newest seen, so none is missed.
LOOKBACK = 200


class FeedDown(Exception):
    """The listening connection is gone; the caller reconnects and resynchronises."""


class ChangeListener:
    """Waits on its own connection until the database may have changed."""

    def __init__(self, database: Database, site_id: int | None = None) -> None:
        self._database = database
        self._site_id = site_id
        self._connection: Any = None
        self._data_version: int | None = None

    def connect(self) -> None:
        self.close()
        try:
            if self._database.dialect == "postgresql":
                import psycopg

                # libpq's own form: a URL's repeated host= (failover) reaches it intact.
                conninfo = libpq_conninfo(self._database.url)
                self._connection = psycopg.connect(
                    conninfo, autocommit=True, connect_timeout=5, **KEEPALIVES
                )
                self._connection.execute(f"LISTEN {CHANNEL}")
                # Every office's queue without one (the tools, a regional view): the
                # trigger names each office's channel, and an office is followed on it.
                for channel in self._office_channels():
                    self._connection.execute(f"LISTEN {channel}")
            else:
                path = self._database.url.database or ""
                self._connection = sqlite3.connect(path, check_same_thread=False, timeout=10)
                self._data_version = self._sqlite_version()
        except Exception as error:
            self._connection = None
            raise FeedDown(str(error)) from error

    def _office_channels(self) -> list[str]:
        if self._site_id is not None:
            return [f"{CHANNEL}_{int(self._site_id)}"]
        with transaction(self._database, read_only=True) as tx:
            return [f"{CHANNEL}_{office.id}" for office in tx.offices()]

    def _sqlite_version(self) -> int:
        return int(self._connection.execute("PRAGMA data_version").fetchone()[0])

    def wait(self, timeout: float) -> bool:
        """Block up to ``timeout`` seconds; True when something may have changed."""
        if self._connection is None:
            raise FeedDown("not connected")
        try:
            if self._database.dialect == "postgresql":
                return any(True for _ in self._connection.notifies(timeout=timeout, stop_after=1))
            deadline = time.monotonic() + timeout
            while True:
                version = self._sqlite_version()
                if version != self._data_version:
                    self._data_version = version
                    return True
                if time.monotonic() >= deadline:
                    return False
                time.sleep(SQLITE_POLL_SECONDS)
        except Exception as error:
            raise FeedDown(str(error)) from error

    def drain(self) -> None:
        """Forget the wake-ups that arrived so far: the next read covers their changes."""
        if self._connection is None:
            raise FeedDown("not connected")
        try:
            if self._database.dialect == "postgresql":
                for _ in self._connection.notifies(timeout=0):
                    pass
            else:
                self._data_version = self._sqlite_version()
        except Exception as error:
            raise FeedDown(str(error)) from error

    def close(self) -> None:
        if self._connection is not None:
            with contextlib.suppress(Exception):  # closing a broken connection
                self._connection.close()
            self._connection = None


@dataclass
class ChangeCursor:
    """Where a reader stands in the change log."""

    last_id: int = 0
    _seen: deque[int] = field(default_factory=lambda: deque(maxlen=4 * LOOKBACK))
    _seen_set: set[int] = field(default_factory=set)

    def remember(self, change_id: int) -> bool:
        """Record an id; False when it was already seen."""
        if change_id in self._seen_set:
            return False
        if len(self._seen) == self._seen.maxlen:
            self._seen_set.discard(self._seen[0])
        self._seen.append(change_id)
        self._seen_set.add(change_id)
        self.last_id = max(self.last_id, change_id)
        return True


@dataclass(frozen=True)
class Changes:
    """What changed since the cursor last read: visits, and whether appointments did."""

    visit_ids: frozenset[int]
    appointments: bool
    count: int
    notes: bool = False  # a case note was written
    consultations: bool = False  # a consultation was asked for, accepted, closed
    # The desk's set-up changed (services, counters, staff, life events, templates).
    setup: bool = False


def start_cursor(database: Database) -> ChangeCursor:
    """A cursor at the newest change: what is visible now counts as read.

    Ids below the newest that are not visible yet belong to transactions still
    running; they are read when they commit.
    """
    cursor = ChangeCursor()
    with transaction(database, read_only=True) as tx:
        last = tx.last_change_id()
        for change_id, _kind, _visit in tx.changes_since(last, LOOKBACK):
            cursor.remember(change_id)
    cursor.last_id = last
    return cursor


def read_changes(database: Database, cursor: ChangeCursor, site_id: int | None = None) -> Changes:
    """The changes after ``cursor`` (advancing it); re-reads a window to catch late commits.
    With ``site_id``: of that office's queue, and what every office follows."""
    with transaction(database) as tx:
        return changes_in(tx, cursor, site_id)


def changes_in(tx: Tx, cursor: ChangeCursor, site_id: int | None = None) -> Changes:
    """:func:`read_changes` inside an open transaction (the feed's delta reads what
    changed in the same one: one connection, one transaction per read)."""
    rows = tx.changes_since(cursor.last_id, LOOKBACK, site_id)
    visits: set[int] = set()
    appointments = False
    notes = False
    consultations = False
    setup = False
    count = 0
    for change_id, kind, visit_id in rows:
        if not cursor.remember(change_id):
            continue
        count += 1
        if visit_id is not None:
            visits.add(visit_id)
        if kind == "appointment":
            appointments = True
        elif kind == "note":
            notes = True
        elif kind == "consultation":
            consultations = True
        elif kind == "setup":
            setup = True
    return Changes(frozenset(visits), appointments, count, notes, consultations, setup)
