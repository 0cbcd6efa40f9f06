"""What the host hands a plugin's panel: the visitor, HTTP, background work, links, notes."""

from __future__ import annotations

import datetime
import logging
from collections.abc import Callable, Iterable, Mapping
from types import MappingProxyType
from typing import Any, Protocol, runtime_checkable
from urllib.parse import urlsplit

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from console.plugin_api.errors import LinkRefused, PluginError
from console.plugin_api.http import HttpClient, scrub
from console.plugin_api.model import Answer, Health, Visitor, mask_identity_codes
from console.plugin_api.view import LINK_SCHEMES

Work = Callable[[], Any]
OnSuccess = Callable[[Any], None]
OnFailure = Callable[[BaseException], None]
# runner(work, on_success, on_failure, context): runs work off the GUI thread and
# calls one of the two back on the GUI thread (dropped once context is destroyed).
Runner = Callable[[Work, OnSuccess, OnFailure, QObject], None]


class PanelContext(QObject):
    """Everything a plugin's panel may use of the console, and nothing more.

    The host makes one per plugin. Panels follow :attr:`visitor_changed` (the
    visitor already reduced to the fields the plugin's manifest was permitted),
    do slow work through :meth:`run` or :meth:`fetch_json`, and reach the world
    only through :meth:`open_link` and :meth:`propose_note`.
    """

    visitor_changed = Signal(object)  # Visitor | None, only the permitted fields
    health_changed = Signal(str)  # a Health value

    def __init__(
        self,
        *,
        plugin_id: str,
        settings: Mapping[str, Any],
        http: HttpClient,
        logger: logging.Logger,
        permissions: Iterable[str],
        link_hosts: Iterable[str],
        runner: Runner,
        link_opener: Callable[[str], None],
        note_proposer: Callable[[str], None],
        language: str = "fi",
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.plugin_id = plugin_id
        self.settings: Mapping[str, Any] = MappingProxyType(dict(settings))
        self.http = http
        self.logger = logger
        self.language = language
        self.permissions = frozenset(permissions)
        self.link_hosts = frozenset(host.lower().rstrip(".") for host in link_hosts)
        self._runner = runner
        self._link_opener = link_opener
        self._note_proposer = note_proposer
        self._visitor: Visitor | None = None
        self._visitor_generation = 0
        self._health = Health.UNKNOWN
        self._health_detail = ""
        self._last_good: dict[str, Answer] = {}

    # ------------------------------------------------------------ the visitor
    def visitor(self) -> Visitor | None:
        """The visitor at the counter (permitted fields only), or None."""
        return self._visitor

    def set_visitor(self, visitor: Visitor | None) -> None:
        """For the host: reduce ``visitor`` to the permitted fields and announce it."""
        self._visitor = visitor.only(self.permissions) if visitor is not None else None
        self._visitor_generation += 1
        self.visitor_changed.emit(self._visitor)

    # ------------------------------------------------------------ work
    def run(self, work: Work, on_success: OnSuccess, on_failure: OnFailure) -> None:
        """Run ``work`` off the GUI thread; its result or exception comes back on it.

        ``work`` must not touch a widget; the callbacks may. Nothing is delivered
        once this context is gone (the panel was closed).
        """
        self._runner(work, on_success, on_failure, self)

    def fetch_json(
        self,
        key: str,
        path: str,
        params: Mapping[str, str] | None,
        on_result: Callable[[Answer], None],
        *,
        visitor_bound: bool = True,
    ) -> None:
        """GET ``path`` off the GUI thread and hand ``on_result`` an :class:`Answer`.

        A good answer is remembered under ``key`` for this console session. When a
        later call fails, the remembered answer comes back marked ``stale`` with its
        own time and the error; with nothing remembered, ``Answer(data=None, ...)``
        with the error.

        With ``visitor_bound`` (the default) the answer is dropped if the visitor
        changed while it was on its way, so one visitor's data never lands in the
        panel of the next; pass False for data that belongs to no visitor.
        """
        generation = self._visitor_generation
        http = self.http

        def deliver(answer: Answer) -> None:
            if visitor_bound and generation != self._visitor_generation:
                self.logger.debug(
                    "Answer for %s dropped: the visitor changed", mask_identity_codes(key)
                )
                return
            on_result(answer)

        def succeeded(data: Any) -> None:
            answer = Answer(data=data, fetched_at=_now())
            self._last_good[key] = answer
            deliver(answer)

        def failed(error: BaseException) -> None:
            problem = error if isinstance(error, PluginError) else _unexpected(error)
            # Kind and status only: the details may quote the back office's answer.
            self.logger.debug(
                "Fetch %s failed: %s %s",
                mask_identity_codes(key),
                getattr(problem, "kind", type(problem).__name__),
                getattr(problem, "status", "") or "",
            )
            earlier = self._last_good.get(key)
            if earlier is None:
                deliver(Answer(data=None, fetched_at=_now(), error=problem))
            else:
                deliver(
                    Answer(
                        data=earlier.data, fetched_at=earlier.fetched_at, stale=True, error=problem
                    )
                )

        self.run(lambda: http.get_json(path, params), succeeded, failed)

    # ------------------------------------------------------------ the world outside
    def open_link(self, url: str) -> None:
        """Open a deep link in the browser: http(s) to a host the manifest declared.

        Raises :class:`LinkRefused` for anything else.
        """
        self._link_opener(checked_link(url, self.link_hosts, self.plugin_id))

    def propose_note(self, text: str) -> None:
        """Offer ``text`` as a note; the advisor confirms it into the case (or not)."""
        self._note_proposer(text)

    # ------------------------------------------------------------ health
    @property
    def health(self) -> Health:
        """The back office's health as last set."""
        return self._health

    @property
    def health_detail(self) -> str:
        """What came with the last :meth:`set_health` (may be empty)."""
        return self._health_detail

    def set_health(self, health: Health, detail: str = "") -> None:
        """Record how the back office is doing and emit :attr:`health_changed`."""
        self._health = Health(health)
        self._health_detail = detail
        self.health_changed.emit(self._health.value)


@runtime_checkable
class Plugin(Protocol):
    """An agency plugin: the host makes one per console and asks it for its panel.

    The host calls ``create_panel`` on the GUI thread once the plugin has loaded;
    the panel follows ``context.visitor_changed`` from then on.
    """

    def create_panel(self, context: PanelContext) -> QWidget:
        """Return the widget shown in the agency's dock."""
        ...


def _now() -> datetime.datetime:
    return datetime.datetime.now(datetime.UTC)


def _unexpected(error: BaseException) -> PluginError:
    return PluginError(
        "The panel could not fetch its information.",
        scrub(f"{type(error).__name__}: {error}"),
    )


def checked_link(url: str, link_hosts: Iterable[str], plugin_id: str) -> str:
    """``url`` when a panel may open it: http(s), to a host its manifest declared.

    Raises :class:`LinkRefused` for anything else. The same rule for API 1's
    :meth:`PanelContext.open_link` and the console's drawing of an API 2 view.
    """
    hosts = {host.lower().rstrip(".") for host in link_hosts}
    parts = urlsplit(url.strip())
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").rstrip(".")
    if scheme not in LINK_SCHEMES:
        raise LinkRefused(
            "This link was not opened: a panel may only open web addresses.",
            scrub(f"scheme {scheme or '(none)'!r} in a link of {plugin_id}"),
        )
    if not host or host not in hosts or parts.username or parts.password:
        raise LinkRefused(
            f"This link was not opened: {host or 'its address'} is not among the "
            "addresses this panel may open.",
            scrub(f"host {host!r} not in the link hosts of {plugin_id}"),
        )
    return url.strip()
