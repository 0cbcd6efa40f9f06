"""A guard against a reference-count bug of PySide6 6.12 on Python 3.11.

Each ``QCoreApplication.processEvents()`` and each Python ``QRunnable.run()`` drops
one reference to ``None`` that it never took (measured here: 1,000 of either lower
``sys.getrefcount(None)`` by 1,000). ``None`` starts with a few thousand
references, so after some thousands of background jobs (a few hours at a busy
counter) Python aborts with "none_dealloc: deallocating None". Until PySide6 is
fixed, the keeper gives the lost references back, checked every few seconds and
whenever asked: it raises the count directly (CPython keeps it in the object's
first field), because references held in a list would be released again at exit
and abort the interpreter there. From Python 3.12 on, None is immortal and the
keeper does nothing.
"""

from __future__ import annotations

import ctypes
import sys
import threading

from PySide6.QtCore import QObject, QTimer

# Keep None this far above zero; the bug takes one per job, so this is plenty.
FLOOR = 1_000_000
CHECK_MS = 5_000
_NEEDED = sys.implementation.name == "cpython" and sys.version_info < (3, 12)

_lock = threading.Lock()


def top_up() -> int:
    """Give ``None`` back the references the bug took; return how many were added."""
    if not _NEEDED:
        return 0
    with _lock:
        missing = FLOOR - sys.getrefcount(None)
        if missing <= 0:
            return 0
        # ob_refcnt, the first field of every CPython object (3.11 and earlier).
        ctypes.c_ssize_t.from_address(id(None)).value += missing
        return missing


def keep_none_alive(parent: QObject) -> QTimer:
    """Top up now and every few seconds for as long as ``parent`` lives."""
    top_up()
    timer = QTimer(parent)
    timer.setInterval(CHECK_MS)
    timer.timeout.connect(top_up)
    timer.start()
    return timer
