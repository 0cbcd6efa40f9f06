"""The local journal: case notes that survive a crash, a power cut or a lost network.

Notes are typed long before they reach the shared desk database, and that
database may be unreachable when they are saved. The journal keeps both halves
on this machine in one SQLite file of the user's own: *drafts* (the text being
typed, saved as it changes) and the *outbox* (finished notes waiting to be
sent). It is written with :mod:`sqlite3` rather than SQLAlchemy because it is a
private file with two tables, opened at start-up, where an engine buys nothing.

Every commit is synced to disk (WAL with ``synchronous=FULL``): a note the
console says it kept must still be there after the machine loses power. Text is
masked with :func:`~console.core.identity.mask_identity_codes` before it is
written, so an identity code typed into a note never reaches the disk in clear.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import sqlite3
import threading
import uuid
from collections.abc import Iterator
from dataclasses import astuple, dataclass, fields
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from console.core.identity import mask_identity_codes
from console.core.text import QT_TRANSLATE_NOOP, Message, TiskiError
from console.paths import user_data_dir

log = logging.getLogger(__name__)

SCHEMA_VERSION = 2

# Version 1. A later version adds its steps to _migrate and bumps SCHEMA_VERSION.
_SCHEMA_1 = (
    "CREATE TABLE draft (key TEXT PRIMARY KEY, database TEXT NOT NULL,"
    " staff_id INTEGER NOT NULL, case_id INTEGER, visit_id INTEGER, ticket_number TEXT,"
    " service_id INTEGER, partition_agency_id INTEGER, amends_id INTEGER,"
    " text TEXT NOT NULL, updated_at TEXT NOT NULL)",
    "CREATE INDEX draft_by_database ON draft (database, staff_id, updated_at)",
    "CREATE TABLE outbox (seq INTEGER PRIMARY KEY AUTOINCREMENT, database TEXT NOT NULL,"
    " client_id TEXT NOT NULL UNIQUE, payload TEXT NOT NULL, created_at TEXT NOT NULL,"
    " attempts INTEGER NOT NULL DEFAULT 0, last_error TEXT)",
    "CREATE INDEX outbox_by_database ON outbox (database, seq)",
)

# Version 2: a draft is one note, named by its database, author and client id (the
# id its note will carry into the database), so that no draft ever replaces another
# note's: version 1 keyed drafts by the caller's "visit:<id>" alone, and a note the
# database refused, another database's note or a colleague's overwrote the text there.
_DRAFT_2 = (
    "CREATE TABLE draft_2 (database TEXT NOT NULL, staff_id INTEGER NOT NULL,"
    " visit_id INTEGER, client_id TEXT NOT NULL, case_id INTEGER, ticket_number TEXT,"
    " service_id INTEGER, partition_agency_id INTEGER, amends_id INTEGER,"
    " text TEXT NOT NULL, updated_at TEXT NOT NULL, refused TEXT,"
    " PRIMARY KEY (database, staff_id, client_id))"
)
_DRAFT_2_INDEX = "CREATE INDEX draft_by_visit ON draft (database, staff_id, visit_id, updated_at)"

# What a person reads when the journal fails: the file, and what to do about it.
_CANNOT_OPEN = QT_TRANSLATE_NOOP(
    "Journal",
    "Cannot open the file for unsaved notes {path} ({reason}). Free disk space or check the "
    "folder's permissions, then restart Tiski; until then, notes are kept only in this window.",
)
_CANNOT_WRITE = QT_TRANSLATE_NOOP(
    "Journal",
    "Cannot write unsaved notes to {path} ({reason}). Free disk space or check the folder's "
    "permissions; until then, notes are kept only in this window.",
)
_CANNOT_READ = QT_TRANSLATE_NOOP(
    "Journal",
    "Cannot read unsaved notes from {path} ({reason}). Check the file's permissions, or move "
    "it away and restart Tiski to start with an empty one.",
)
_TOO_NEW = QT_TRANSLATE_NOOP(
    "Journal",
    "The file for unsaved notes {path} was written by a newer Tiski (journal version "
    "{reason}). Use that Tiski to send its notes, or move the file away to start afresh.",
)


def journal_file() -> Path:
    """The signed-in user's journal, next to Tiski's other local data."""
    return user_data_dir() / "drafts.sqlite3"


@dataclass(frozen=True)
class Draft:
    """A note not yet in the database: being typed, or refused by it.

    It is named by :attr:`key`: ``database`` (a
    :func:`~console.store.database_id.database_id`, so that a draft is never offered
    against another database), its author ``staff_id`` (a draft is never shown to
    anyone else) and ``client_id``, made when the note is first journaled and
    carried into the database, where it is unique: a draft whose note did get
    there is recognised and never saved twice. ``refused`` says why the database
    refused the note, if it did.
    """

    database: str
    staff_id: int
    visit_id: int | None
    client_id: str
    case_id: int | None
    ticket_number: str | None
    service_id: int | None
    partition_agency_id: int | None
    amends_id: int | None
    text: str
    updated_at: datetime
    refused: str | None = None

    @property
    def key(self) -> tuple[str, int, str]:
        return self.database, self.staff_id, self.client_id


@dataclass(frozen=True)
class OutboxItem:
    """A finished note waiting to be sent; ``client_id`` makes sending idempotent."""

    seq: int
    database: str
    client_id: str
    payload: dict[str, Any]
    created_at: datetime
    attempts: int
    last_error: str | None


# Columns are named as the fields, in the same order, so rows and dataclasses map 1:1.
_DRAFT_COLUMNS = ", ".join(field.name for field in fields(Draft))
_OUTBOX_COLUMNS = ", ".join(field.name for field in fields(OutboxItem))


def _masked(value: Any) -> Any:
    """``value`` with identity codes masked in every string inside it."""
    if isinstance(value, str):
        return mask_identity_codes(value)
    if isinstance(value, dict):
        return {key: _masked(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [_masked(item) for item in value]
    return value


def _stamp(moment: datetime) -> str:
    """Fixed-width UTC text, so that stamps sort as they read."""
    if moment.tzinfo is None:
        raise ValueError("journal times must be timezone-aware")
    return moment.astimezone(UTC).isoformat(timespec="microseconds")


def _draft(row: tuple[Any, ...]) -> Draft:
    values = list(row)
    values[10] = datetime.fromisoformat(values[10])
    return Draft(*values)


def _draft_row(draft: Draft) -> tuple[Any, ...]:
    values = list(astuple(draft))
    values[9] = mask_identity_codes(draft.text)
    values[10] = _stamp(draft.updated_at)
    if draft.refused is not None:
        values[11] = mask_identity_codes(draft.refused)
    return tuple(values)


def _outbox_item(row: tuple[Any, ...]) -> OutboxItem:
    values = list(row)
    values[3], values[4] = json.loads(values[3]), datetime.fromisoformat(values[4])
    return OutboxItem(*values)


class Journal:
    """The journal file, open for this process; one connection shared by all threads."""

    def __init__(self, path: Path) -> None:
        self.path = path
        # Worker threads write too; the lock keeps each transaction whole.
        self._lock = threading.Lock()
        try:
            self._connection = self._open(path)
        except (sqlite3.Error, OSError) as error:
            raise self._failure(_CANNOT_OPEN, error) from error

    def _open(self, path: Path) -> sqlite3.Connection:
        path.parent.mkdir(parents=True, exist_ok=True)
        if os.name == "posix":
            # Create it private before SQLite does; SQLite gives -wal and -shm the same mode.
            os.close(os.open(path, os.O_CREAT | os.O_WRONLY, 0o600))
            path.chmod(0o600)
        connection = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
        try:
            connection.execute("PRAGMA busy_timeout=5000")
            connection.execute("PRAGMA journal_mode=WAL")
            connection.execute("PRAGMA synchronous=FULL")
            # No checkpoint inside a commit: the drafts are written on the GUI thread,
            # and a checkpoint there (up to 1,000 pages written and the file synced)
            # held it for 190-210 ms on a busy disk (the soak, tests/soak). The log is
            # moved into the file by ``checkpoint``, off that thread, after each note
            # is sent, and when the journal closes.
            connection.execute("PRAGMA wal_autocheckpoint=0")
            # What is deleted is overwritten, not left in free pages for anyone who
            # copies the file (drafts name visitors).
            connection.execute("PRAGMA secure_delete=ON")
            connection.execute("BEGIN IMMEDIATE")
            found = connection.execute("PRAGMA user_version").fetchone()[0]
            if found > SCHEMA_VERSION:
                raise self._failure(_TOO_NEW, found)
            self._migrate(connection, found)
            connection.execute("COMMIT")
        except BaseException:
            connection.close()  # an open transaction is rolled back
            raise
        return connection

    @staticmethod
    def _migrate(connection: sqlite3.Connection, found: int) -> None:
        """Bring a journal at schema version ``found`` up to :data:`SCHEMA_VERSION`."""
        if found < 1:
            for statement in _SCHEMA_1:
                connection.execute(statement)
        if found < 2:
            connection.execute(_DRAFT_2)
            # A version 1 draft never had a client id: each gets one of its own now.
            old = connection.execute(
                "SELECT database, staff_id, visit_id, case_id, ticket_number, service_id,"
                " partition_agency_id, amends_id, text, updated_at FROM draft"
            ).fetchall()
            connection.executemany(
                "INSERT INTO draft_2 (database, staff_id, visit_id, client_id, case_id,"
                " ticket_number, service_id, partition_agency_id, amends_id, text, updated_at)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [(*row[:3], str(uuid.uuid4()), *row[3:]) for row in old],
            )
            connection.execute("DROP TABLE draft")
            connection.execute("ALTER TABLE draft_2 RENAME TO draft")
            connection.execute(_DRAFT_2_INDEX)
        connection.execute(f"PRAGMA user_version={SCHEMA_VERSION}")

    def _failure(self, text: str, reason: object) -> TiskiError:
        return TiskiError(Message("Journal", text, {"path": str(self.path), "reason": str(reason)}))

    def checkpoint(self) -> None:
        """Move the write-ahead log into the file, on a connection of its own, so that
        the thread writing drafts is not held meanwhile (WAL lets the two run side by
        side). Every commit is already synced to the log: this only keeps the log from
        growing. Best effort: a failure is logged, and the next one tries again."""
        try:
            with contextlib.closing(
                sqlite3.connect(self.path, isolation_level=None, timeout=5)
            ) as other:
                other.execute("PRAGMA wal_checkpoint(PASSIVE)")
        except sqlite3.Error as error:
            log.warning("The journal's log could not be moved into %s: %s", self.path, error)

    @contextlib.contextmanager
    def _writing(self) -> Iterator[sqlite3.Connection]:
        """One write transaction; a failure becomes a message for the person typing."""
        with self._lock:
            try:
                self._connection.execute("BEGIN IMMEDIATE")
                try:
                    yield self._connection
                    self._connection.execute("COMMIT")
                except BaseException:
                    if self._connection.in_transaction:
                        self._connection.execute("ROLLBACK")
                    raise
            except (sqlite3.Error, OSError) as error:
                raise self._failure(_CANNOT_WRITE, error) from error

    def _reading(self, sql: str, params: tuple[Any, ...]) -> list[tuple[Any, ...]]:
        with self._lock:
            try:
                return self._connection.execute(sql, params).fetchall()
            except sqlite3.Error as error:
                raise self._failure(_CANNOT_READ, error) from error

    # ---------------------------------------------------------------- drafts
    def save_draft(self, draft: Draft) -> None:
        """Keep what is typed: a new note's draft, or the same note's newer text.

        Only the draft of the same note (same database, author and client id) is
        replaced; every other unsent text stays as it was.
        """
        with self._writing() as connection:
            connection.execute(
                f"INSERT INTO draft ({_DRAFT_COLUMNS}) "  # noqa: S608
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                "ON CONFLICT (database, staff_id, client_id) DO UPDATE SET "
                "visit_id = excluded.visit_id, case_id = excluded.case_id, "
                "ticket_number = excluded.ticket_number, service_id = excluded.service_id, "
                "partition_agency_id = excluded.partition_agency_id, "
                "amends_id = excluded.amends_id, text = excluded.text, "
                "updated_at = excluded.updated_at, refused = excluded.refused",
                _draft_row(draft),
            )

    def return_draft(self, draft: Draft, client_id: str) -> None:
        """A note the database refused: back to the drafts, and out of the outbox, at once.

        A draft of the same note already there keeps its text (it may be newer than
        what was sent); it only learns why the note was refused.
        """
        with self._writing() as connection:
            connection.execute(
                f"INSERT INTO draft ({_DRAFT_COLUMNS}) "  # noqa: S608
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                "ON CONFLICT (database, staff_id, client_id) DO UPDATE SET "
                "refused = excluded.refused",
                _draft_row(draft),
            )
            connection.execute("DELETE FROM outbox WHERE client_id = ?", (client_id,))

    def drop_draft(self, database: str, staff_id: int, client_id: str) -> None:
        """Forget one note's draft once the note is in the outbox or the database."""
        with self._writing() as connection:
            connection.execute(
                "DELETE FROM draft WHERE database = ? AND staff_id = ? AND client_id = ?",
                (database, staff_id, client_id),
            )

    def draft(self, database: str, staff_id: int, client_id: str) -> Draft | None:
        rows = self._reading(
            f"SELECT {_DRAFT_COLUMNS} FROM draft "  # noqa: S608
            "WHERE database = ? AND staff_id = ? AND client_id = ?",
            (database, staff_id, client_id),
        )
        return _draft(rows[0]) if rows else None

    def drafts(self, database: str, staff_id: int, visit_id: int | None = None) -> list[Draft]:
        """One person's drafts worth offering back for ``database`` (of one visit, if
        given), oldest first; empty ones are not."""
        sql = (
            f"SELECT {_DRAFT_COLUMNS} FROM draft "  # noqa: S608
            "WHERE database = ? AND staff_id = ? AND text != ''"
        )
        params: tuple[Any, ...] = (database, staff_id)
        if visit_id is not None:
            sql += " AND visit_id = ?"
            params += (visit_id,)
        rows = self._reading(sql + " ORDER BY updated_at, client_id", params)
        return [_draft(row) for row in rows]

    def forget_older_than(self, cutoff: datetime) -> int:
        """Drop drafts and unsent notes last touched before ``cutoff``; how many went.

        The retention time (``retention.notes_days``) holds here too: a draft older
        than it belongs to a case the desk database has deleted by now, and it names
        the visitor. The write-ahead log is emptied after, so the text is gone from
        the disk and not only from the tables.
        """
        stamp = _stamp(cutoff)
        with self._writing() as connection:
            drafts = connection.execute("DELETE FROM draft WHERE updated_at < ?", (stamp,))
            unsent = connection.execute("DELETE FROM outbox WHERE created_at < ?", (stamp,))
            gone = drafts.rowcount + unsent.rowcount
        if gone:
            with self._lock, contextlib.suppress(sqlite3.Error):
                self._connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        return gone

    def rehome(self, old_database: str, new_database: str) -> int:
        """Move notes kept under an older id of a database to its current id."""
        with self._writing() as connection:
            moved = connection.execute(
                "UPDATE OR IGNORE draft SET database = ? WHERE database = ?",
                (new_database, old_database),
            ).rowcount
            moved += connection.execute(
                "UPDATE outbox SET database = ? WHERE database = ?", (new_database, old_database)
            ).rowcount
        return int(moved)

    # ---------------------------------------------------------------- outbox
    def enqueue(self, database: str, client_id: str, payload: dict[str, Any]) -> OutboxItem:
        """Queue a note for sending; the same ``client_id`` again keeps the first row."""
        text = json.dumps(_masked(payload), ensure_ascii=False)
        with self._writing() as connection:
            connection.execute(
                "INSERT INTO outbox (database, client_id, payload, created_at) "
                "VALUES (?, ?, ?, ?) ON CONFLICT (client_id) DO NOTHING",
                (database, client_id, text, _stamp(datetime.now(UTC))),
            )
            row = connection.execute(
                f"SELECT {_OUTBOX_COLUMNS} FROM outbox WHERE client_id = ?",  # noqa: S608
                (client_id,),
            ).fetchone()
        return _outbox_item(row)

    def pending(self, database: str, staff_id: int | None = None) -> list[OutboxItem]:
        """Notes still to send to ``database`` (by ``staff_id``, if given), in the order
        they were queued."""
        sql = f"SELECT {_OUTBOX_COLUMNS} FROM outbox WHERE database = ? ORDER BY seq"  # noqa: S608
        items = [_outbox_item(row) for row in self._reading(sql, (database,))]
        if staff_id is None:
            return items
        return [item for item in items if item.payload.get("staff_id") == staff_id]

    def pending_count(self, database: str) -> int:
        rows = self._reading("SELECT count(*) FROM outbox WHERE database = ?", (database,))
        return int(rows[0][0])

    def mark_sent(self, client_id: str) -> None:
        """The database has the note: it leaves the journal."""
        with self._writing() as connection:
            connection.execute("DELETE FROM outbox WHERE client_id = ?", (client_id,))

    def mark_failed(self, client_id: str, error: str) -> None:
        """Count a failed attempt; ``error`` is masked too (servers echo what they got)."""
        with self._writing() as connection:
            connection.execute(
                "UPDATE outbox SET attempts = attempts + 1, last_error = ? WHERE client_id = ?",
                (mask_identity_codes(error), client_id),
            )

    # ---------------------------------------------------------------- lifetime
    def close(self) -> None:
        with self._lock:
            self._connection.close()

    def __enter__(self) -> Journal:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()
