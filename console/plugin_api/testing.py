"""Test kit for plugin authors: a real background runner and a context with defaults.

In a pytest-qt test::

    context = make_context(base_url=httpserver.url_for("/"), link_opener=opened.append)
    panel = MyPlugin().create_panel(context)
    context.set_visitor(Visitor(ticket="A001", visit_id=1, name="Maija Meikäläinen"))
    qtbot.waitUntil(lambda: jobs_pending() == 0)

Not imported by ``console.plugin_api`` itself, so the console never loads it.
"""

from __future__ import annotations

import contextlib
import itertools
import logging
import threading
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, Signal, Slot

from console.plugin_api.context import OnFailure, OnSuccess, PanelContext, Runner, Work
from console.plugin_api.http import HttpClient
from console.plugin_api.model import VISITOR_FIELDS

# The same hand-over as the console's runner (console/ui/worker.py, which this
# package may not import): a pool thread keeps nothing of Qt and releases nothing the
# GUI thread gave it. Its callable and outcome go into a locked box, and only a job
# number crosses threads. A QObject (or a closure over the panel's context) freed on a
# pool thread races with the GUI thread's event processing and crashed tests.
_box_lock = threading.Lock()
_box: dict[int, tuple[bool, Any, Work]] = {}
_tickets = itertools.count(1)


@dataclass
class _Pending:
    on_success: OnSuccess
    on_failure: OnFailure
    context: QObject


_pending: dict[int, _Pending] = {}


class _PostOffice(QObject):
    """Lives on the GUI thread for good; results are queued to it by job number."""

    arrived = Signal(int)

    def __init__(self) -> None:
        super().__init__()
        self.arrived.connect(self._deliver, Qt.ConnectionType.QueuedConnection)

    @Slot(int)
    def _deliver(self, ticket: int) -> None:
        with _box_lock:
            succeeded, value, _work = _box.pop(ticket)
        job = _pending.pop(ticket, None)
        if job is None or not shiboken6.isValid(job.context):
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
    def __init__(self, ticket: int, work: Work, office: _PostOffice) -> None:
        super().__init__()
        self._ticket = ticket
        self._work: Work | None = work
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
        del work, outcome  # the box holds the only references; the GUI thread drops them
        with contextlib.suppress(RuntimeError):  # the application is gone: no one to tell
            self._arrived.emit(self._ticket)


def thread_runner(
    work: Work, on_success: OnSuccess, on_failure: OnFailure, context: QObject
) -> None:
    """A runner as the console gives one: ``work`` on the global thread pool, the
    result back on the GUI thread, nothing once ``context`` is destroyed."""
    ticket = next(_tickets)
    _pending[ticket] = _Pending(on_success, on_failure, context)
    QThreadPool.globalInstance().start(_Job(ticket, work, _post_office()))


def jobs_pending() -> int:
    """How many :func:`thread_runner` jobs have not delivered their result yet."""
    return len(_pending)


def _ignore(_text: str) -> None:
    pass


def make_context(
    *,
    plugin_id: str = "test.plugin",
    base_url: str = "http://127.0.0.1:9",
    settings: Mapping[str, Any] | None = None,
    http: HttpClient | None = None,
    logger: logging.Logger | None = None,
    permissions: Iterable[str] = VISITOR_FIELDS,
    link_hosts: Iterable[str] = (),
    runner: Runner = thread_runner,
    link_opener: Callable[[str], None] = _ignore,
    note_proposer: Callable[[str], None] = _ignore,
    language: str = "fi",
    parent: QObject | None = None,
) -> PanelContext:
    """A :class:`PanelContext` for tests: every permission, no link hosts, a real
    :func:`thread_runner`, and an :class:`HttpClient` for ``base_url`` (short
    timeouts, no waiting between retries) unless ``http`` is given."""
    return PanelContext(
        plugin_id=plugin_id,
        settings=settings or {},
        http=http or HttpClient(base_url, connect_timeout=1.0, read_timeout=2.0, backoff=0.0),
        logger=logger or logging.getLogger(f"tiski.plugin.{plugin_id}"),
        permissions=permissions,
        link_hosts=link_hosts,
        runner=runner,
        link_opener=link_opener,
        note_proposer=note_proposer,
        language=language,
        parent=parent,
    )
