"""Quitting: SIGTERM closes the window, and background work ends before Python does."""

from __future__ import annotations

import logging
import os
import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Callable

    from PySide6.QtWidgets import QWidget

    from console.desk.desk import Desk

# The composition root's logger still: what the log says of start-up is unchanged.
log = logging.getLogger("console.app")


# How long quitting waits for the last database jobs (signing out): longer than a
# healthy call, far shorter than a stalled one's time limits.
QUIT_DATABASE_WAIT_MS = 3_000


def finish_background_work(desk: Desk, code: int = 0) -> None:
    """Let jobs still running (signing out, a last read) end before Python does:
    a worker thread running Python code during interpreter shutdown aborts the process.

    A database job that is stalled does not hold the window's closing up: after a short
    wait the process ends at once, without the interpreter's shutdown (which would wait
    for that thread, or abort under it). What was committed is in the database; what was
    not is in the note journal, offered again at the next start.
    """
    from PySide6.QtCore import QThreadPool

    from console.ui.shared.database_pool import finish_database_work

    if not QThreadPool.globalInstance().waitForDone(10_000):
        log.warning("Background work was still running when Tiski closed")
    if not finish_database_work(QUIT_DATABASE_WAIT_MS):
        log.warning("A database call was still waiting when Tiski closed; leaving it behind")
        logging.shutdown()
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(code)
    desk.database.dispose()


def close_on_terminate(window: QWidget, close: Callable[[], object] | None = None) -> None:
    """SIGTERM (a shutdown, IT's tools) closes the window as the person would, or with
    ``close`` when closing would ask a question nobody is there to answer."""
    import signal

    from PySide6.QtCore import QTimer

    closing = close or window.close
    # The handler runs between two bytecodes of whatever the GUI thread is doing, maybe
    # inside a lock that closing needs too (the plugin broker's): it only asks the event
    # loop to close, which then does so outside any such code.
    signal.signal(signal.SIGTERM, lambda _signum, _frame: QTimer.singleShot(0, closing))
    # Python runs signal handlers only between bytecodes; wake it up now and then.
    timer = QTimer(window)
    timer.timeout.connect(lambda: None)
    timer.start(300)
