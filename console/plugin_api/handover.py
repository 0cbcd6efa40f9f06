"""Work on a thread pool with its outcome handed back on the GUI thread, and nothing
of Qt (nor anything that owns a Qt object) released on the pool thread.

Dropping the last reference to a Qt object, or to a closure over a panel or a signal
holder, destroys it in the thread that drops it; a QObject destroyed outside its own
thread races with the GUI thread's event processing (the test suite crashed about one
run in ten in pytest-qt's event loop that way). So a job keeps nothing of Qt: it takes
its callable, puts the callable and the outcome into a locked box, drops its own
references, and only then tells the GUI thread which job finished (an ``int``) through
one post office that lives on the GUI thread as long as the process does.

Both runners use it: the console's (``console.ui.shared.worker.run_in_background``) and the
plugin authors' test kit (``console.plugin_api.testing``); it lives here because the
plugin API may import nothing else of Tiski.
"""

from __future__ import annotations

import contextlib
import itertools
import threading
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, Signal, Slot

# Called on the GUI thread with (succeeded, the result or the exception).
Receiver = Callable[[bool, Any], None]

_tickets = itertools.count(1)
# GUI thread only: who receives each job's outcome.
_receivers: dict[int, Receiver] = {}
# Filled by pool threads, emptied by the GUI thread: ticket -> (succeeded, value, work).
_box_lock = threading.Lock()
_box: dict[int, tuple[bool, Any, Callable[[], Any]]] = {}


class _PostOffice(QObject):
    """Lives on the GUI thread; a pool thread only ever emits a job's ticket through it."""

    arrived = Signal(int)

    def __init__(self) -> None:
        super().__init__()
        # Queued even if emitted on the GUI thread: delivery always waits for the event loop.
        self.arrived.connect(self._deliver, Qt.ConnectionType.QueuedConnection)

    @Slot(int)
    def _deliver(self, ticket: int) -> None:
        with _box_lock:
            succeeded, value, _work = _box.pop(ticket)
        receiver = _receivers.pop(ticket, None)
        if receiver is not None:
            receiver(succeeded, value)


_office: _PostOffice | None = None


def _post_office() -> _PostOffice:
    global _office
    if _office is None or not shiboken6.isValid(_office):
        _office = _PostOffice()
        app = QCoreApplication.instance()
        if app is not None:
            _office.moveToThread(app.thread())
    return _office


class _Job(QRunnable):
    """Holds only the ticket and, until it runs, the callable: nothing of Qt."""

    def __init__(self, ticket: int, work: Callable[[], Any], office: _PostOffice) -> None:
        super().__init__()
        self._ticket = ticket
        self._work: Callable[[], Any] | None = work
        self._arrived = office.arrived

    def run(self) -> None:
        work, self._work = self._work, None
        assert work is not None
        try:
            outcome = (True, work(), work)
        except Exception as error:
            outcome = (False, error, work)
        with _box_lock:
            _box[self._ticket] = outcome
        # From here the box holds the only references; the GUI thread drops them.
        del work, outcome
        with contextlib.suppress(RuntimeError):  # the application is gone: no one to tell
            self._arrived.emit(self._ticket)


def hand_over(work: Callable[[], Any], receiver: Receiver, pool: QThreadPool | None) -> int:
    """Run ``work`` on ``pool`` (Qt's global pool when None); ``receiver`` gets its
    outcome on the GUI thread. Call it on the GUI thread; returns the job's ticket."""
    ticket = next(_tickets)
    _receivers[ticket] = receiver
    (pool or QThreadPool.globalInstance()).start(_Job(ticket, work, _post_office()))
    return ticket
