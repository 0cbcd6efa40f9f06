"""Test kit for plugin authors: a real background runner and a context with defaults.

In a pytest-qt test::

    context = make_context(base_url=httpserver.url_for("/"), link_opener=opened.append)
    panel = MyPlugin().create_panel(context)
    context.set_visitor(Visitor(ticket="A001", visit_id=1, name="Maija Meikäläinen"))
    qtbot.waitUntil(lambda: jobs_pending() == 0)

Not imported by ``console.plugin_api`` itself, so the console never loads it.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Mapping
from typing import Any

import shiboken6
from PySide6.QtCore import QObject

from console.plugin_api.context import OnFailure, OnSuccess, PanelContext, Runner, Work
from console.plugin_api.handover import hand_over
from console.plugin_api.http import HttpClient
from console.plugin_api.model import VISITOR_FIELDS

# Jobs by ticket until their result is delivered (GUI thread only). The hand-over
# itself is the console's own (console/plugin_api/handover.py).
_pending: dict[int, tuple[OnSuccess, OnFailure, QObject]] = {}


def thread_runner(
    work: Work, on_success: OnSuccess, on_failure: OnFailure, context: QObject
) -> None:
    """A runner as the console gives one: ``work`` on the global thread pool, the
    result back on the GUI thread, nothing once ``context`` is destroyed."""
    ticket = hand_over(work, lambda succeeded, value: _deliver(ticket, succeeded, value), None)
    _pending[ticket] = (on_success, on_failure, context)


def _deliver(ticket: int, succeeded: bool, value: Any) -> None:
    job = _pending.pop(ticket, None)
    if job is None:
        return
    on_success, on_failure, context = job
    if shiboken6.isValid(context):
        (on_success if succeeded else on_failure)(value)


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
