"""Running work off the GUI thread (Anki's QueryOp pattern).

:func:`run_in_background` runs a callable on a thread pool and calls
``on_success`` or ``on_failure`` back on the GUI thread. The callable must not
touch a widget; the callbacks may.

Every Python object a job touches is released on the GUI thread, never on the
pool thread. Dropping the last reference to a Qt object (or to anything that
owns one: a closure over a panel, a signal holder) destroys it in the thread
that drops it, and a QObject destroyed outside its own thread races with the
GUI thread's event processing: the test suite crashed about one run in ten in
pytest-qt's event loop that way, when a pool thread freed a finished job's
signal object. So a job keeps nothing of Qt: it takes its callable, puts the
callable and the outcome into a locked hand-over box, drops its own references,
and only then tells the GUI thread which job finished (an ``int``) through the
one post office that lives on the GUI thread as long as the process does.
"""

from __future__ import annotations

import contextlib
import itertools
import os
import sys
import threading
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from types import FrameType
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, Signal, Slot

# Where each job was started, as a stack (napari's dangling-threads check does the
# same). Costly, so off unless a test run turns it on: tests/conftest.py sets it.
record_start_stacks = os.environ.get("TISKI_JOB_STACKS") == "1"
STACK_FRAMES = 12


@dataclass
class RunningJob:
    """A job whose result has not been delivered yet, as a test failure names it."""

    description: str  # the work callable's qualified name
    started_at: str  # file:line of the run_in_background call
    on_success: Callable[[Any], None] = field(repr=False)
    on_failure: Callable[[BaseException], None] = field(repr=False)
    context: QObject | None = field(repr=False)
    stack: traceback.StackSummary | None = field(default=None, repr=False)

    def report(self, hide: tuple[str, ...] = ()) -> str:
        """The job's name and where it was started, with the stack when one was recorded
        (without the frames of files whose path contains one of ``hide``)."""
        text = f"{self.description} (started at {self.started_at})"
        if self.stack:
            shown = traceback.StackSummary.from_list(
                [frame for frame in self.stack if not any(part in frame.filename for part in hide)]
            )
            text += "\n" + "".join(shown.format()).rstrip()
        return text


# GUI thread only: jobs by ticket until their result is delivered.
_running: dict[int, RunningJob] = {}
_tickets = itertools.count(1)

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
        job = _running.pop(ticket, None)
        if job is None:
            return
        if job.context is not None and not shiboken6.isValid(job.context):
            return
        (job.on_success if succeeded else job.on_failure)(value)


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


def run_in_background(
    work: Callable[[], Any],
    on_success: Callable[[Any], None],
    on_failure: Callable[[BaseException], None],
    *,
    context: QObject | None = None,
    pool: QThreadPool | None = None,
) -> None:
    """Run ``work`` on the thread pool; deliver its result on the GUI thread.

    When ``context`` is given and is destroyed first, the result is dropped.
    ``pool`` keeps slow outside work (back offices) from queueing the desk's own.
    Call it on the GUI thread.
    """
    caller = sys._getframe(1)
    ticket = next(_tickets)
    _running[ticket] = RunningJob(
        description=_describe(work),
        started_at=f"{caller.f_code.co_filename}:{caller.f_lineno}",
        on_success=on_success,
        on_failure=on_failure,
        context=context,
        stack=_stack(caller) if record_start_stacks else None,
    )
    del caller
    (pool or QThreadPool.globalInstance()).start(_Job(ticket, work, _post_office()))


def jobs_running() -> int:
    """How many jobs have not delivered their result yet."""
    return len(_running)


def running_jobs() -> list[RunningJob]:
    """The jobs that have not delivered their result yet, oldest first."""
    return list(_running.values())


def _stack(frame: FrameType) -> traceback.StackSummary:
    # Source lines are looked up only if a report is printed.
    stack = traceback.StackSummary.extract(
        traceback.walk_stack(frame), limit=STACK_FRAMES, lookup_lines=False
    )
    stack.reverse()
    return stack


def _describe(work: Callable[[], Any]) -> str:
    inner = getattr(work, "func", work)  # functools.partial
    name = getattr(inner, "__qualname__", None) or type(inner).__qualname__
    module = getattr(inner, "__module__", None)
    return f"{module}.{name}" if module else name
