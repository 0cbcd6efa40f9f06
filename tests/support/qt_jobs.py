"""Letting the GUI's background jobs finish before a test tears down."""

from __future__ import annotations

import sys
import time

# Only a guard against a hung job: a loaded 2-core machine may take seconds.
SETTLE_SECONDS = 20.0


def settle_background_jobs(timeout: float = SETTLE_SECONDS) -> bool:
    """Deliver the results of the GUI's background jobs (every pool); False on a time-out.

    The results are delivered here, on the main thread, so their callbacks run before
    the test's objects are torn down.
    """
    if "console.ui.shared.worker" not in sys.modules:
        return True
    from PySide6.QtCore import QCoreApplication, QThreadPool

    from console.ui.shared.worker import jobs_running

    deadline = time.monotonic() + timeout
    while jobs_running() and time.monotonic() < deadline:
        QCoreApplication.processEvents()
        if jobs_running():
            # Sleeps in Qt until the global pool is idle (or 10 ms pass); jobs on other
            # pools are polled at that pace.
            QThreadPool.globalInstance().waitForDone(10)
            if jobs_running():
                time.sleep(0.002)
    QCoreApplication.processEvents()
    return jobs_running() == 0
