"""Running work off the GUI thread (Anki's QueryOp pattern).

:func:`run_in_background` runs a callable on a thread pool and calls
``on_success`` or ``on_failure`` back on the GUI thread. The callable must not
touch a widget; the callbacks may.

Every Python object a job touches is released on the GUI thread, never on the
pool thread: :mod:`console.plugin_api.handover` says why and how.
"""

from __future__ import annotations

import os
import sys
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from types import FrameType
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QThreadPool

from console.plugin_api.handover import hand_over

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
    job = RunningJob(
        description=_describe(work),
        started_at=f"{caller.f_code.co_filename}:{caller.f_lineno}",
        on_success=on_success,
        on_failure=on_failure,
        context=context,
        stack=_stack(caller) if record_start_stacks else None,
    )
    del caller
    ticket = hand_over(work, lambda succeeded, value: _deliver(ticket, succeeded, value), pool)
    _running[ticket] = job


def _deliver(ticket: int, succeeded: bool, value: Any) -> None:
    job = _running.pop(ticket, None)
    if job is None:
        return
    if job.context is not None and not shiboken6.isValid(job.context):
        return
    (job.on_success if succeeded else job.on_failure)(value)


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
