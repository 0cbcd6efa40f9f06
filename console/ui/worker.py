"""Running work off the GUI thread (Anki's QueryOp pattern).

:func:`run_in_background` runs a callable on the global thread pool and calls
``on_success`` or ``on_failure`` back on the GUI thread. The callable must not
touch a widget; the callbacks may.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

log = logging.getLogger(__name__)


class _Signals(QObject):
    succeeded = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, work: Callable[[], Any], signals: _Signals) -> None:
        super().__init__()
        self._work = work
        self._signals = signals

    def run(self) -> None:
        try:
            result = self._work()
        except Exception as error:
            self._deliver(self._signals.failed, error)
        else:
            self._deliver(self._signals.succeeded, result)

    @staticmethod
    def _deliver(signal: Any, value: Any) -> None:
        # RuntimeError: the application is shutting down and took the signal object
        # with it; no one is left to tell.
        with contextlib.suppress(RuntimeError):
            signal.emit(value)


# Signal objects of running jobs, kept alive until their result is delivered.
_running: set[_Signals] = set()


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
    """
    signals = _Signals()
    _running.add(signals)

    def finish(callback: Callable[[Any], None], value: Any) -> None:
        _running.discard(signals)
        signals.deleteLater()
        if context is not None and not shiboken6.isValid(context):
            return
        callback(value)

    signals.succeeded.connect(lambda value: finish(on_success, value))
    signals.failed.connect(lambda error: finish(on_failure, error))
    (pool or QThreadPool.globalInstance()).start(_Job(work, signals))


def jobs_running() -> int:
    """How many jobs have not delivered their result yet."""
    return len(_running)
