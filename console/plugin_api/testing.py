"""Test kit for plugin authors: a real background runner and a context with defaults.

In a pytest-qt test::

    context = make_context(base_url=httpserver.url_for("/"), link_opener=opened.append)
    panel = MyPlugin().create_panel(context)
    context.set_visitor(Visitor(ticket="A001", visit_id=1, name="Maija Meikäläinen"))
    qtbot.waitUntil(lambda: jobs_pending() == 0)

Not imported by ``console.plugin_api`` itself, so the console never loads it.
"""

from __future__ import annotations

import dataclasses
import datetime
import logging
from collections.abc import Callable, Iterable, Mapping
from typing import Any

import shiboken6
from PySide6.QtCore import QObject

from console.plugin_api.context import OnFailure, OnSuccess, PanelContext, Runner, Work
from console.plugin_api.errors import PluginError
from console.plugin_api.handover import hand_over
from console.plugin_api.http import HttpClient
from console.plugin_api.model import VISITOR_FIELDS, Answer

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


# ---------------------------------------------------------------- API 2
class DirectContext:
    """A :class:`console.plugin_api.describe.Context` for tests of an API 2 plugin.

    Calls go straight to ``base_url`` with ``credentials`` as headers (in the
    console the broker adds them; the plugin never sees them), with the same
    remembered-answer and ``items`` rules as the console's broker::

        context = DirectContext(base_url=httpserver.url_for("/"))
        view = KelaPlugin().describe(context, Visitor(ticket="A001", visit_id=1,
                                                      identity_code="010190-123M"))
    """

    def __init__(
        self,
        *,
        plugin_id: str = "test.plugin",
        base_url: str = "http://127.0.0.1:9",
        settings: Mapping[str, Any] | None = None,
        headers: Mapping[str, str] | None = None,
        language: str = "fi",
        http: HttpClient | None = None,
        item_limit: int = 500,
    ) -> None:
        self.plugin_id = plugin_id
        self.settings: Mapping[str, Any] = dict(settings or {})
        self.language = language
        self.logger = logging.getLogger(f"tiski.plugin.{plugin_id}")
        self.http = http or HttpClient(
            base_url, headers=headers, connect_timeout=1.0, read_timeout=2.0, backoff=0.0
        )
        self.item_limit = item_limit
        self._last_good: dict[str, Answer] = {}

    def fetch_json(
        self,
        key: str,
        path: str,
        params: Mapping[str, str] | None = None,
        *,
        items: str | None = None,
    ) -> Answer:
        try:
            data = self.http.get_json(path, params)
        except PluginError as error:
            earlier = self._last_good.get(key)
            if earlier is None:
                return Answer(data=None, fetched_at=_now(), error=error)
            return dataclasses.replace(earlier, stale=True, error=error)
        data, total = cap_items(data, items, self.item_limit)
        answer = Answer(data=data, fetched_at=_now(), total=total)
        self._last_good[key] = answer
        return answer

    def post_json(self, path: str, body: Any) -> Any:
        return self.http.post_json(path, body)


def cap_items(data: Any, items: str | None, limit: int) -> tuple[Any, int | None]:
    """``data`` with its list ``items`` cut to ``limit`` entries, and that list's length.

    The broker's rule, shared with the test kit: an answer without such a list is
    returned as it came, with no total.
    """
    if items is None or not isinstance(data, dict) or not isinstance(data.get(items), list):
        return data, None
    entries = data[items]
    if len(entries) <= limit:
        return data, len(entries)
    return {**data, items: entries[:limit]}, len(entries)


def _now() -> datetime.datetime:
    return datetime.datetime.now(datetime.UTC)
