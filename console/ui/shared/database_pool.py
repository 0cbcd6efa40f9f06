"""The database's own threads: a small bounded pool that never holds up quitting.

The desk's database calls run here rather than on Qt's global pool (one thread
per core, shared with everything else) or the back offices' pool. A stalled
database then holds only these few threads until the connection's time limits
end the calls (docs/reliability.md), while other background work goes on; and
quitting waits for these jobs only briefly (:func:`finish_database_work`).
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QThreadPool

log = logging.getLogger(__name__)

# Enough for a read, a save and the session's heartbeat at once; SQLAlchemy's
# connection pool (5 connections) is not the narrower neck.
DATABASE_THREADS = 3

_POOL: QThreadPool | None = None


def database_pool() -> QThreadPool:
    """The pool every database job of the console starts on (``run_in_background(pool=...)``)."""
    global _POOL
    if _POOL is None:
        _POOL = QThreadPool()
        _POOL.setObjectName("tiski-database")
        _POOL.setMaxThreadCount(DATABASE_THREADS)
    return _POOL


def finish_database_work(wait_ms: int) -> bool:
    """Let queued and running database jobs end within ``wait_ms``; True when they did."""
    if _POOL is None:
        return True
    return bool(_POOL.waitForDone(wait_ms))
