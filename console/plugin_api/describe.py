"""A plugin of API 2: it describes its panel for each visitor; the console draws it.

The plugin runs in a process of its own. It is handed a :class:`Context` with its
settings, its language and a way to reach its back office, and nothing else of
the console: no database, no keyring, no credential (the console's broker adds
the credential to each call), no other plugin. For each visitor the console
calls :meth:`DescribingPlugin.describe` (off any GUI; a blocking call is fine)
and draws the :class:`~console.plugin_api.view.View` it returns::

    class Plugin:
        def describe(self, context, visitor):
            if visitor is None or not visitor.identity_code:
                return View(title="Kela", placeholder="Identify the visitor first.")
            answer = context.fetch_json("applications", "/applications",
                                        {"hetu": visitor.identity_code})
            ...
            return View(title="Kela", blocks=[...], note="...")

While ``describe`` runs the console shows "Loading…"; when the visitor changes
meanwhile, the plugin's calls for the old one end with a cancelled error and
its view is dropped.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from typing import Any, Protocol, runtime_checkable

from console.plugin_api.model import Answer, Visitor
from console.plugin_api.view import View


class Cancelled(Exception):
    """The visitor changed (or the console is closing): stop, nothing will be shown."""


class Context(Protocol):
    """What an API 2 plugin is given; the same in the console and in the test kit."""

    plugin_id: str
    settings: Mapping[str, Any]
    language: str
    logger: logging.Logger

    def fetch_json(
        self,
        key: str,
        path: str,
        params: Mapping[str, str] | None = None,
        *,
        items: str | None = None,
    ) -> Answer:
        """GET ``path`` from the back office (the broker adds the credential).

        Blocks until the answer is in. A good answer is remembered under ``key``;
        when a later call fails the remembered one comes back ``stale`` with the
        error, else ``Answer(data=None, error=...)``. ``items`` names the list in
        the answer that may be long (``"applications"``): the broker keeps its
        first entries only and the answer says how many there were
        (``Answer.total``). Raises :class:`Cancelled` when the visitor changed.
        """
        ...

    def post_json(self, path: str, body: Any) -> Any:
        """POST ``body`` as JSON; the decoded answer, or a ``PluginError``."""
        ...


@runtime_checkable
class DescribingPlugin(Protocol):
    """An API 2 plugin: the class named by ``entry`` in plugin.toml, made with no arguments.

    It may also define ``act(context, visitor, action_id) -> View | None``, called
    when the advisor presses one of the view's actions (None: describe again).
    When the view has a :class:`~console.plugin_api.view.Query`, its button calls
    ``act(context, visitor, query.id, text)`` with the text typed (at most
    ``query.max_length`` characters): a plugin with a query takes the fourth
    argument, ``text: str = ""``.
    """

    def describe(self, context: Context, visitor: Visitor | None) -> View:
        """The panel for ``visitor`` (None: nobody at the counter)."""
        ...
