"""Taking SQLite's write lock fairly, within a deadline.

Every transaction on the SQLite desk database starts with ``BEGIN IMMEDIATE``
(DESIGN.md: SQLite serialises writers), so a kiosk and two consoles sharing one
file queue for the same lock. SQLite's own busy handler waits with a growing
sleep (1, 2, 5 ... 100 ms): a connection that has waited longest polls least
often, and under load one of eight issuers was starved past the 10 s busy
timeout ("database is locked", a ticket not issued). Here each connection asks
again every few milliseconds, with jitter, so every waiter has the same chance
whenever the lock comes free, and gives up only after :data:`WRITE_LOCK_DEADLINE_S`.
"""

from __future__ import annotations

import logging
import random
import sqlite3
import time

from console.core.text import QT_TRANSLATE_NOOP, Message

log = logging.getLogger(__name__)

# Longer than any desk transaction holds the lock (a retention run, a migration);
# a person waiting at the kiosk would rather see a message than wait longer.
WRITE_LOCK_DEADLINE_S = 30.0
# SQLite's busy handler waits this long within one attempt (it sleeps 1 ms, then 1 ms):
# the connection's busy timeout once it is set up (see console.store.database).
ATTEMPT_BUSY_TIMEOUT_MS = 2
# Its own generator: the global one belongs to whoever else runs in this process
# (a property-based test notices a background thread moving it).
_JITTER = random.Random()  # noqa: S311 - jitter, not a secret
# Pause between attempts: short, so a free lock is taken at once, and random, so that
# waiters do not ask in step.
_PAUSE_S = (0.0005, 0.004)
# A wait this long is worth a line in the log: something holds the file.
_LOG_AFTER_S = 2.0

_SQLITE_BUSY = 5


class WriteLockTimeout(Exception):
    """The write lock stayed taken past the deadline; ``message`` says so for a person."""

    def __init__(self, message: Message, waited: float) -> None:
        super().__init__(f"SQLite write lock not taken within {waited:.1f} s")
        self.message = message
        self.waited = waited


def is_busy(error: sqlite3.Error) -> bool:
    """Whether ``error`` is SQLite's "database is locked" (SQLITE_BUSY and its variants)."""
    code = getattr(error, "sqlite_errorcode", None)
    if code is not None:
        return code & 0xFF == _SQLITE_BUSY
    return "database is locked" in str(error)


def begin_immediate(
    connection: sqlite3.Connection,
    *,
    file: str,
    deadline_s: float | None = None,
) -> None:
    """``BEGIN IMMEDIATE`` on ``connection``, asking again until ``deadline_s`` has passed.

    Raises :class:`WriteLockTimeout` naming ``file`` when the lock stayed taken
    (``deadline_s`` defaults to :data:`WRITE_LOCK_DEADLINE_S`).
    """
    deadline = WRITE_LOCK_DEADLINE_S if deadline_s is None else deadline_s
    started = time.monotonic()
    attempts = 0
    while True:
        attempts += 1
        try:
            connection.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as error:
            if not is_busy(error):
                raise
            waited = time.monotonic() - started
            if waited >= deadline:
                log.warning(
                    "SQLite write lock on %s not taken in %.1f s (%d attempts)",
                    file,
                    waited,
                    attempts,
                )
                raise WriteLockTimeout(_timeout_message(file, waited), waited) from None
            time.sleep(_JITTER.uniform(*_PAUSE_S))
            continue
        waited = time.monotonic() - started
        if waited >= _LOG_AFTER_S:
            log.info(
                "SQLite write lock on %s taken after %.1f s (%d attempts)", file, waited, attempts
            )
        return


def _timeout_message(file: str, waited: float) -> Message:
    return Message(
        "Database",
        QT_TRANSLATE_NOOP(
            "Database",
            "The database file {file} stayed locked by another program for {seconds} s, so "
            "nothing was saved. Try again; if it keeps happening, look for a program that "
            "keeps the file open for writing (a copy or backup, a stuck Tiski).",
        ),
        {"file": file, "seconds": round(waited)},
    )
