"""API 1 panels (IT's exception, ``plugins.trusted_widgets``): loaded into the console, guarded.

Loading (keyring, import) runs off the GUI thread; creating the panel, and every error a
plugin raises later in one of its own slots, is caught and shown inside that plugin's
dock (short message, details, retry). A plugin failing three times is switched off for
the session. Other panels and the console carry on.

What a plugin is handed leads nowhere else: its :class:`PanelContext` has no Qt parent
(a parent chain would lead to the console window, the desk and its database) and holds
no bound method of the host (whose table holds every plugin's HTTP client and
credential); a note it proposes travels by a signal of a :class:`_NoteRelay`. Each
context is deleted when its panel goes, which drops its pending results.
tests/test_plugin_isolation.py walks a context to check; docs/plugins.md says what
in-process code can still do.

:class:`InProcessPanels` is the part of PluginPanels (plugin_panels.py) that does this.
"""

from __future__ import annotations

import logging
import traceback
from functools import partial
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, Signal, SignalInstance

from console.core.identity import mask_identity_codes
from console.core.text import TiskiError
from console.i18n import translate
from console.plugin_api import Health, HttpClient, PanelContext
from console.plugin_host.credentials import get_credential
from console.plugin_host.loading import FailureCounter, load_plugin
from console.plugin_host.manifest import Manifest
from console.ui.plugins import links
from console.ui.plugins.pool import plugin_pool, run_on_plugin_pool
from console.ui.shared import errors as ui_errors
from console.ui.shared.worker import run_in_background

if TYPE_CHECKING:
    from console.ui.plugins.panel_host import PanelHost
    from console.ui.plugins.plugin_panels import PluginSetup
    from console.ui.plugins.visitor_facts import VisitorFacts

# The name the log has always known these lines by (they were split out of plugin_panels).
log = logging.getLogger("console.ui.plugins.plugin_panels")

CREDENTIAL_HEADER = "X-Api-Key"


class _NoteRelay(QObject):
    """Carries one plugin's note proposals to the host by a signal.

    The context holds this relay's :meth:`propose`, never a method of the host: a
    bound method's ``__self__`` would hand the plugin the host and through it
    every other plugin's client and credential. Qt keeps the connection to the
    host out of Python's reach.
    """

    proposed = Signal(str)

    def propose(self, text: str) -> None:
        self.proposed.emit(text)


class _Loaded:
    """A plugin that loaded: its context and HTTP client, kept for the session."""

    def __init__(self, context: PanelContext, http: HttpClient) -> None:
        self.context = context
        self.http = http

    def close(self) -> None:
        """Close the client and delete the context, so its pending results are dropped."""
        self.http.close()
        if shiboken6.isValid(self.context):
            self.context.deleteLater()


class InProcessPanels:
    """Loading, creating, telling and failing the API 1 panels of PluginPanels."""

    # PluginPanels' own, set in its __init__.
    setup: PluginSetup
    language: str
    hosts: dict[str, PanelHost]
    manifests: dict[str, Manifest]
    loaded: dict[str, _Loaded]
    switched_off: set[str]
    failures: FailureCounter
    facts: VisitorFacts | None
    panel_shown: SignalInstance
    panel_failed: SignalInstance

    if TYPE_CHECKING:

        def _values(self, manifest: Manifest) -> dict[str, Any] | None: ...
        def _propose(self, plugin_name: str, text: str) -> None: ...
        def _health_changed(self, manifest: Manifest, value: str) -> None: ...
        def _check_one(self, plugin_id: str) -> None: ...

    def _load(self, manifest: Manifest) -> None:
        values = self._values(manifest)
        if values is None:
            return

        # A site plugin's folder hash as IT trusted it, checked again just before import.
        sha256 = next((f.sha256 for f in self.setup.found if f.manifest is manifest), None)

        def prepare() -> tuple[object, dict[str, str]]:
            secrets = {}
            for name in manifest.credentials:
                secret = get_credential(manifest.id, name)
                if secret:
                    secrets[name] = secret
            return load_plugin(manifest, sha256=sha256), secrets

        run_in_background(
            prepare,
            lambda result: self._create(manifest, values, *result),
            lambda error: self._failed(manifest.id, error),
            context=self.hosts[manifest.id],
            pool=plugin_pool(),
        )

    def _create(
        self, manifest: Manifest, values: dict[str, Any], plugin: Any, secrets: dict[str, str]
    ) -> None:
        host = self.hosts[manifest.id]
        headers = {CREDENTIAL_HEADER: secrets["api-key"]} if "api-key" in secrets else {}
        http = HttpClient(
            str(values.get("base_url", "")),
            headers=headers,
            read_timeout=float(values.get("timeout_seconds", 10.0)),
            verify=self.setup.ca_bundle or True,
            logger=logging.getLogger(f"tiski.plugin.{manifest.id}"),
        )
        relay = _NoteRelay()
        relay.proposed.connect(
            partial(self._propose, manifest.names.get(self.language, manifest.id))
        )
        # No parent: the parent chain would lead the plugin to the console window.
        context = PanelContext(
            plugin_id=manifest.id,
            settings=values,
            http=http,
            logger=logging.getLogger(f"tiski.plugin.{manifest.id}"),
            permissions=manifest.permissions,
            link_hosts=manifest.link_hosts,
            runner=run_on_plugin_pool,
            link_opener=links.open_link,
            note_proposer=relay.propose,
            language=self.language,
        )
        loaded = _Loaded(context, http)
        # The context goes with its dock (as a child of it would, without being one).
        host.destroyed.connect(context.deleteLater)
        if manifest.folder is not None:
            ui_errors.register_plugin(
                manifest.id,
                manifest.folder,
                partial(self._failed, manifest.id),
            )
        try:
            panel = plugin.create_panel(context)
        except Exception as error:  # any plugin failure stays in its panel
            loaded.close()
            self._failed(manifest.id, error)
            return
        earlier = self.loaded.pop(manifest.id, None)
        if earlier is not None:  # a retry: the earlier panel's context goes with it
            earlier.close()
        self.loaded[manifest.id] = loaded
        context.health_changed.connect(partial(self._health_changed, manifest))
        host.show_panel(panel)
        if manifest.health:
            host.show_health(Health.UNKNOWN)
            self._check_one(manifest.id)
        try:
            context.set_visitor(self.facts.visitor() if self.facts else None)
        except Exception as error:
            self._failed(manifest.id, error)
            return
        self.panel_shown.emit(manifest.id)

    def _visitor_to_loaded(self, facts: VisitorFacts | None) -> None:
        for plugin_id, loaded in list(self.loaded.items()):
            try:
                loaded.context.set_visitor(facts.visitor() if facts else None)
            except Exception as error:  # a plugin slot raising stays in its panel
                self._failed(plugin_id, error)

    def _close_loaded(self) -> None:
        for plugin_id in list(self.loaded):
            ui_errors.unregister_plugin(plugin_id)
            self.loaded[plugin_id].close()
        self.loaded.clear()

    def _failed(self, plugin_id: str, error: BaseException) -> None:
        host = self.hosts.get(plugin_id)
        if host is None:
            return
        details = "".join(traceback.format_exception(error))
        details = getattr(error, "details", "") or details
        log.error("Plugin %s failed: %s", plugin_id, mask_identity_codes(details))
        message = (
            translate(error.message)
            if isinstance(error, TiskiError)
            else QCoreApplication.translate(
                "AgencyPanel", "The panel ran into an error: %1"
            ).replace("%1", mask_identity_codes(str(error) or type(error).__name__))
        )
        if self.failures.record(plugin_id):
            self.switched_off.add(plugin_id)
            loaded = self.loaded.pop(plugin_id, None)
            if loaded is not None:
                loaded.close()
            ui_errors.unregister_plugin(plugin_id)
            host.show_error(
                QCoreApplication.translate(
                    "AgencyPanel",
                    "This panel failed repeatedly and is switched off until Tiski starts "
                    "again. The queue and the notes work without it. Last error: %1",
                ).replace("%1", message),
                details,
                retry=False,
            )
        else:
            host.show_error(message, details)
        self.panel_failed.emit(plugin_id)
