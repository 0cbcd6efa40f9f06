"""Letting the GUI's background jobs finish before a test tears down."""

from __future__ import annotations

import sys


def settle_background_jobs() -> bool:
    """Wait for the GUI's background jobs and deliver their results; False on a time-out."""
    if "PySide6.QtCore" not in sys.modules:
        return True
    import time

    from PySide6.QtCore import QCoreApplication, QThreadPool

    from console.ui.database_pool import database_pool
    from console.ui.worker import jobs_running

    finished = QThreadPool.globalInstance().waitForDone(5000)
    finished = database_pool().waitForDone(5000) and finished
    deadline = time.monotonic() + 5
    while jobs_running() and time.monotonic() < deadline:
        QCoreApplication.processEvents()  # deliver results so their callbacks run here
    return finished
