"""Quitting: SIGTERM closes the window, and background work ends before Python does."""

from __future__ import annotations

import logging
import os
import sys
from typing import TYPE_CHECKING, TextIO

if TYPE_CHECKING:
    from collections.abc import Callable

    from PySide6.QtWidgets import QWidget

    from console.desk.desk import Desk

# The composition root's logger still: what the log says of start-up is unchanged.
log = logging.getLogger("console.app")


# How long quitting waits for the last database jobs (signing out): longer than a
# healthy call, far shorter than a stalled one's time limits.
QUIT_DATABASE_WAIT_MS = 3_000

# How long a process told to stop by SIGTERM has before it ends itself: closing waits
# at most 10 s for background work and 3 s for the database, so a healthy close is done
# well within this. A shutdown's SIGKILL follows later (systemd's default is 90 s).
TERMINATE_GRACE_S = 25


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
    desk.reports.close()  # the reports' replica, if a report opened it
    desk.database.dispose()


def close_on_terminate(
    window: QWidget,
    close: Callable[[], object] | None = None,
    *,
    grace_s: float = TERMINATE_GRACE_S,
) -> None:
    """SIGTERM (a shutdown, IT's tools) closes the window as the person would, or with
    ``close`` when closing would ask a question nobody is there to answer. A process
    still running ``grace_s`` later says where it is stuck and ends itself."""
    import signal

    from PySide6.QtCore import QTimer

    closing = close or window.close

    def on_terminate(_signum: int, _frame: object) -> None:
        # The handler runs between two bytecodes of whatever the GUI thread is doing,
        # maybe inside a lock that closing needs too (the plugin broker's): it only asks
        # the event loop to close, which then does so outside any such code.
        QTimer.singleShot(0, closing)
        end_if_still_running(grace_s)

    signal.signal(signal.SIGTERM, on_terminate)
    # Python runs signal handlers only between bytecodes; wake it up now and then.
    timer = QTimer(window)
    timer.timeout.connect(lambda: None)
    timer.start(300)


def end_if_still_running(seconds: float) -> None:
    """Make sure a process told to stop does stop: if it is still running ``seconds``
    from now (closing stuck somewhere, even in the interpreter's own shutdown), write
    every thread's stack to stderr, which says where, and end the process (exit code 1).

    faulthandler's watchdog is a thread of C code: it fires whatever Python's threads
    are doing, which a Python timer would not. Without a stderr (a windowed build) the
    stacks go to ``tiski-stuck.txt`` in the log folder.
    """
    import faulthandler

    try:
        target: TextIO = sys.stderr if sys.stderr is not None else _stuck_file()
        faulthandler.dump_traceback_later(seconds, exit=True, file=target)
    except (OSError, RuntimeError, ValueError) as error:  # no file to write to at all
        log.warning("Cannot watch this process's closing: %s", error)


_stuck: list[TextIO] = []  # the open file faulthandler writes to: kept open until the end


def _stuck_file() -> TextIO:
    from console import paths

    if not _stuck:
        _stuck.append(open(paths.user_log_dir() / "tiski-stuck.txt", "w", encoding="utf-8"))  # noqa: SIM115
    return _stuck[0]
