"""API 2 panels (the rule): each plugin in a process of its own, its panel drawn from views.

The console sends each plugin's process (console/plugin_host/process.py) the visitor
reduced to the fields its manifest permits, under a new generation at each change (the
broker cancels the older generation's calls), carries its ``fetch`` messages to the
broker (console/plugin_host/broker/, which adds the credential) and draws the views
it describes in a ViewPanel; links open only to the manifest's hosts, notes travel to
the case, Retry and actions go back to the process.

:class:`OutOfProcessPanels` is the part of PluginPanels (plugin_panels.py) that does this.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING, Any, cast

from PySide6.QtCore import QCoreApplication, QObject, SignalInstance

from console.core.identity import mask_identity_codes
from console.i18n import translate
from console.plugin_api import Health, LinkRefused, Visitor
from console.plugin_api.context import checked_link
from console.plugin_api.view import Problem, View
from console.plugin_host.broker import Broker
from console.plugin_host.loading import PluginLoadError, check_folder
from console.plugin_host.manifest import Manifest
from console.plugin_host.process import STOP_WAIT_MS, PluginProcess, hello_for
from console.ui.plugins import links
from console.ui.plugins.view_panel import ViewPanel

if TYPE_CHECKING:
    from console.ui.plugins.panel_host import PanelHost
    from console.ui.plugins.plugin_panels import PluginSetup
    from console.ui.plugins.visitor_facts import VisitorFacts

# The name the log has always known these lines by (they were split out of plugin_panels).
log = logging.getLogger("console.ui.plugins.plugin_panels")


class OutOfProcessPanels:
    """Starting, telling, drawing and retrying the API 2 plugin processes of PluginPanels."""

    # PluginPanels' own, set in its __init__.
    setup: PluginSetup
    language: str
    hosts: dict[str, PanelHost]
    manifests: dict[str, Manifest]
    facts: VisitorFacts | None
    processes: dict[str, PluginProcess]
    views: dict[str, ViewPanel]
    generation: int
    shown: dict[str, tuple[int, View]]
    broker: Broker
    _stopped: bool
    _unspawned: dict[str, Callable[[], None]]
    _down: set[str]
    panel_shown: SignalInstance
    panel_failed: SignalInstance

    if TYPE_CHECKING:

        def _values(self, manifest: Manifest) -> dict[str, Any] | None: ...
        def _propose(self, plugin_name: str, text: str) -> None: ...
        def _check_process_health(self, *plugin_ids: str) -> None: ...

    def _start_process(self, manifest: Manifest) -> None:
        host = self.hosts[manifest.id]
        values = self._values(manifest)
        if values is None:
            return
        plugin_id = manifest.id
        view = ViewPanel(manifest.name(self.language))
        view.setObjectName(f"viewPanel_{plugin_id}")
        host.show_panel(view)
        self.views[plugin_id] = view
        # PluginPanels is the QObject this part belongs to: the processes are its children.
        child = PluginProcess(plugin_id, cast(QObject, self))
        self.processes[plugin_id] = child
        self.broker.configure(plugin_id, manifest, values, self.setup.ca_bundle)
        child.fetch_requested.connect(partial(self._fetch, plugin_id))
        child.view_received.connect(partial(self._view_received, plugin_id))
        child.failed.connect(partial(self._process_failed, plugin_id))
        child.restarting.connect(partial(self._process_restarting, plugin_id))
        child.ready.connect(partial(self._process_ready, plugin_id))
        view.retry_requested.connect(partial(self._retry_process, plugin_id))
        view.action_requested.connect(partial(self._act, plugin_id))
        view.query_submitted.connect(partial(self._query, plugin_id))
        view.link_activated.connect(partial(self._open_view_link, plugin_id))
        view.note_proposed.connect(partial(self._propose, manifest.name(self.language)))
        sha256 = next((f.sha256 for f in self.setup.found if f.manifest is manifest), None)
        check = None if sha256 is None else partial(_folder_refusal, manifest, sha256)

        def spawn() -> None:
            child.start(hello_for(manifest, values, self.language), check)
            child.set_visitor(self.generation, self._visitor_of(manifest))

        self._unspawned[plugin_id] = spawn
        if manifest.health:
            host.show_health(Health.UNKNOWN)

    def _spawn_processes(self) -> None:
        if self._stopped:
            return
        for plugin_id, spawn in list(self._unspawned.items()):
            del self._unspawned[plugin_id]
            spawn()

    def _stop_processes(self) -> None:
        """Every plugin process ends (killed after 2 s), the broker's calls too."""
        children = list(self.processes.values())
        for child in children:  # all asked at once; they end while the broker closes
            child.request_stop()
        deadline = time.monotonic() + STOP_WAIT_MS / 1000
        self.broker.close()
        for child in children:
            child.finish_stop(deadline)

    def _visitor_of(self, manifest: Manifest) -> Visitor | None:
        """The visitor with only the fields the manifest permits (the rest never leaves)."""
        if self.facts is None:
            return None
        return self.facts.visitor().only(manifest.permissions)

    def _visitor_to_processes(self) -> None:
        """A new generation: older calls cancelled, each process told its visitor."""
        for plugin_id, child in self.processes.items():
            self.broker.cancel(plugin_id, self.generation)
            if plugin_id not in self._down:  # what went wrong stays until Retry
                self.views[plugin_id].show_loading()
            child.set_visitor(self.generation, self._visitor_of(self.manifests[plugin_id]))

    def _fetch(self, plugin_id: str, message: dict[str, Any]) -> None:
        child = self.processes.get(plugin_id)
        if child is not None:
            self.broker.submit(plugin_id, message, child.answer)

    def _view_received(self, plugin_id: str, generation: int, view: View) -> None:
        if generation != self.generation:
            return
        self.views[plugin_id].show_view(view)
        self.shown[plugin_id] = (generation, view)
        self.panel_shown.emit(plugin_id)

    def _process_ready(self, plugin_id: str) -> None:
        self._down.discard(plugin_id)
        self._check_process_health(plugin_id)

    def _process_failed(self, plugin_id: str, message: str, details: str) -> None:
        log.error("Plugin %s: %s", plugin_id, mask_identity_codes(details or message))
        manifest = self.manifests[plugin_id]
        view = View(title=manifest.name(self.language), problem=Problem(message, details))
        self._down.add(plugin_id)
        self.views[plugin_id].show_view(view)
        self.shown[plugin_id] = (self.generation, view)
        self.panel_failed.emit(plugin_id)

    def _process_restarting(self, plugin_id: str, seconds: int) -> None:
        manifest = self.manifests[plugin_id]
        self.views[plugin_id].show_view(
            View(
                title=manifest.name(self.language),
                placeholder=QCoreApplication.translate(
                    "AgencyPanel", "The panel stopped unexpectedly; it starts again in %1 s."
                ).replace("%1", str(seconds)),
            )
        )

    def _retry_process(self, plugin_id: str) -> None:
        child = self.processes[plugin_id]
        self.views[plugin_id].show_loading()
        if child.running:
            child.retry(self.generation)
        else:  # it failed to load, broke the protocol or crashed too often: start afresh
            child.restart()

    def _act(self, plugin_id: str, action_id: str) -> None:
        self.views[plugin_id].show_loading()
        self.processes[plugin_id].act(self.generation, action_id)

    def _query(self, plugin_id: str, query_id: str, text: str) -> None:
        self.views[plugin_id].show_loading()
        self.processes[plugin_id].act(self.generation, query_id, text)

    def _open_view_link(self, plugin_id: str, url: str) -> None:
        manifest = self.manifests[plugin_id]
        try:
            links.open_link(checked_link(url, manifest.link_hosts, plugin_id))
        except LinkRefused as refused:
            log.info("Link refused: %s", refused.details)
            self.views[plugin_id].explain(refused.message, refused.details)


def _folder_refusal(manifest: Manifest, sha256: str) -> tuple[str, str] | None:
    """Why a site plugin's process must not start: its folder is not what IT trusted."""
    try:
        check_folder(manifest, sha256)
    except PluginLoadError as error:
        return translate(error.message), error.details
    return None
