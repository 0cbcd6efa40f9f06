"""Another program holding an SQLite file's write lock, for the tests of what the desk
and the console do while they cannot write."""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def write_lock_held_elsewhere(path: str) -> Iterator[threading.Event]:
    """Another connection holds the file's write lock until the event is set (or the
    block ends): the desk's writes give up as "database unreachable" once the lock's
    deadline passes."""
    release = threading.Event()
    taken = threading.Event()

    def hold() -> None:
        other = sqlite3.connect(path, isolation_level=None)
        try:
            other.execute("BEGIN IMMEDIATE")
            taken.set()
            release.wait(timeout=60)
            other.execute("COMMIT")
        finally:
            other.close()

    holder = threading.Thread(target=hold, name="other program")
    holder.start()
    try:
        assert taken.wait(timeout=10)
        yield release
    finally:
        release.set()
        holder.join(timeout=10)
