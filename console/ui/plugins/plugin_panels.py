"""Agency panels in the console: each plugin's panel in its agency's dock, guarded.

API 2 (the rule): each plugin runs in a process of its own
(console/plugin_host/process.py). The console sends it the visitor reduced to the
fields its manifest permits, under a new generation at each change (the broker
cancels the older generation's calls), carries its ``fetch`` messages to the
broker (console/plugin_host/broker.py, which adds the credential) and draws the
views it describes in a ViewPanel; links open only to the manifest's hosts, notes
travel to the case as below, Retry and actions go back to the process.

API 1 (IT's exception, ``plugins.trusted_widgets``), what follows:
Loading (keyring, import) runs off the GUI thread; creating the panel, and every
error a plugin raises later in one of its own slots, is caught and shown inside
that plugin's dock (short message, details, retry). A plugin failing three times
is switched off for the session. Other panels and the console carry on.

What a plugin is handed leads nowhere else: its :class:`PanelContext` has no Qt
parent (a parent chain would lead to the console window, the desk and its
database) and holds no bound method of the host (whose table holds every
plugin's HTTP client and credential); a note it proposes travels by a signal of
a :class:`_NoteRelay`. Each context is deleted when its panel goes, which drops
its pending results. tests/test_plugin_isolation.py walks a context to check;
docs/plugins.md says what in-process code can still do.
"""

from __future__ import annotations

import logging
import time
import traceback
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from functools import partial
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtWidgets import (
    QDockWidget,
    QTabWidget,
)

from console.core.identity import mask_identity_codes
from console.core.text import TiskiError
from console.i18n import translate
from console.plugin_api import Health, HttpClient, LinkRefused, PanelContext, Visitor
from console.plugin_api.context import checked_link
from console.plugin_api.view import Problem, View
from console.plugin_host.broker import Broker, BrokerLimits
from console.plugin_host.credentials import get_credential
from console.plugin_host.discovery import Found
from console.plugin_host.loading import (
    FailureCounter,
    PluginLoadError,
    check_folder,
    load_plugin,
)
from console.plugin_host.manifest import Manifest
from console.plugin_host.process import STOP_WAIT_MS, PluginProcess, hello_for
from console.plugin_host.settings import plugin_settings
from console.ui.plugins import links
from console.ui.plugins.panel_host import PanelHost
from console.ui.plugins.pool import plugin_pool, run_on_plugin_pool
from console.ui.plugins.view_panel import ViewPanel
from console.ui.plugins.visitor_facts import VisitorFacts
from console.ui.shared import errors as ui_errors
from console.ui.shared.worker import run_in_background

log = logging.getLogger(__name__)

__all__ = [
    "CREDENTIAL_HEADER",
    "HEALTH_MS",
    "PROCESS_START_DELAY_MS",
    "PanelHost",
    "PluginPanels",
    "PluginSetup",
    "VisitorFacts",
    "plugin_pool",
]

HEALTH_MS = 30_000
# After the console's first paint (see PluginPanels.start).
PROCESS_START_DELAY_MS = 300
CREDENTIAL_HEADER = "X-Api-Key"


@dataclass(frozen=True)
class PluginSetup:
    """What the composition root found: plugins, their site values, the CA bundle, and
    the bounds of their back-office calls (for the broker of API 2 plugins)."""

    found: tuple[Found, ...] = ()
    values: Mapping[str, Mapping[str, Any]] = field(default_factory=dict)
    ca_bundle: str | None = None
    limits: BrokerLimits = field(default_factory=BrokerLimits)


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


class PluginPanels(QObject):
    """Every agency dock's plugin, loaded and guarded."""

    note_proposed = Signal(str, str)  # text, plugin name
    panel_shown = Signal(str)  # plugin id
    panel_failed = Signal(str)  # plugin id
    _health_reported = Signal(str, str)  # plugin id, Health value (from a broker thread)

    def __init__(
        self,
        setup: PluginSetup,
        docks: Mapping[str, QDockWidget],
        *,
        language: str,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.setup = setup
        self.language = language
        self.hosts: dict[str, PanelHost] = {}
        self.manifests: dict[str, Manifest] = {}
        self.loaded: dict[str, _Loaded] = {}
        self.switched_off: set[str] = set()
        self.failures = FailureCounter()
        self.facts: VisitorFacts | None = None
        # API 2: one process per plugin, a drawn view each, calls through the broker.
        self.processes: dict[str, PluginProcess] = {}
        self.views: dict[str, ViewPanel] = {}
        self.generation = 0
        # What each API 2 panel shows now: the generation it was described for, the view.
        self.shown: dict[str, tuple[int, View]] = {}
        self._stopped = False
        # API 2 processes made but not started yet (see start), by plugin id.
        self._unspawned: dict[str, Callable[[], None]] = {}
        self._down: set[str] = set()  # API 2 plugins whose process failed: no Loading…
        self.broker = Broker(setup.limits, translate=translate)
        self._health_reported.connect(self._health_of_process)
        self._docks = docks
        self._health = QTimer(self)
        self._health.setInterval(HEALTH_MS)
        self._health.timeout.connect(self.check_health)

    # ------------------------------------------------------------ starting
    def start(self) -> None:
        by_agency: dict[str, list[PanelHost]] = {}
        for found in self.setup.found:
            manifest = found.manifest
            if manifest is None or found.state != "ready":
                continue
            if manifest.agency not in self._docks:
                continue
            host = PanelHost(manifest.names.get(self.language) or manifest.id)
            host.setObjectName(f"panelHost_{manifest.id}")
            host.show_placeholder(QCoreApplication.translate("AgencyPanel", "Loading…"))
            host.retry_requested.connect(partial(self.retry, manifest.id))
            by_agency.setdefault(manifest.agency, []).append(host)
            self.hosts[manifest.id] = host
            self.manifests[manifest.id] = manifest
        for agency, hosts in by_agency.items():
            dock = self._docks[agency]
            if len(hosts) == 1:
                dock.setWidget(hosts[0])
                continue
            # Several plugins for one agency (the city's own panel and IT's REST panel):
            # one tab each, named by the plugin.
            tabs = QTabWidget()
            tabs.setObjectName(f"agencyPanels_{agency}")
            tabs.setDocumentMode(True)
            for host in hosts:
                # "Porin kaupunki: asuminen, …" -> "Porin kaupunki": tabs stay short.
                tabs.addTab(host, host.title.text().split(":")[0])
                tabs.setTabToolTip(tabs.count() - 1, host.title.text())
            dock.setWidget(tabs)
        for manifest in list(self.manifests.values()):
            # API 1 reaches here only when IT listed it in plugins.trusted_widgets:
            # discovery's policy leaves any other API 1 plugin "off", never imported.
            if manifest.api >= 2:
                self._start_process(manifest)
            else:
                self._load(manifest)
        # The processes start once the console has painted its queues: eight Pythons
        # starting at once on a two-core counter PC held up that first paint by about
        # half a second (benchmarks/startup.py), and the panels say "Loading…" anyway.
        QTimer.singleShot(PROCESS_START_DELAY_MS, self, self._spawn_processes)
        self._health.start()

    def _spawn_processes(self) -> None:
        if self._stopped:
            return
        for plugin_id, spawn in list(self._unspawned.items()):
            del self._unspawned[plugin_id]
            spawn()

    def host_of(self, plugin_id: str) -> PanelHost | None:
        return self.hosts.get(plugin_id)

    def stop(self) -> None:
        """Quit: every plugin process ends (killed after 2 s), the broker's calls too."""
        self._stopped = True  # processes not started yet never start
        self._health.stop()
        children = list(self.processes.values())
        for child in children:  # all asked at once; they end while the broker closes
            child.request_stop()
        deadline = time.monotonic() + STOP_WAIT_MS / 1000
        self.broker.close()
        for child in children:
            child.finish_stop(deadline)
        for plugin_id in list(self.loaded):
            ui_errors.unregister_plugin(plugin_id)
            self.loaded[plugin_id].close()
        self.loaded.clear()

    def retry(self, plugin_id: str) -> None:
        if plugin_id in self.processes:
            self._retry_process(plugin_id)
            return
        if plugin_id in self.switched_off:
            return
        manifest = self.manifests[plugin_id]
        self.hosts[plugin_id].show_placeholder(
            QCoreApplication.translate("AgencyPanel", "Loading…")
        )
        self._load(manifest)

    def _values(self, manifest: Manifest) -> dict[str, Any] | None:
        """The plugin's settings as checked against its manifest, or None when one is
        wrong (its dock then says which, and how to put it right)."""
        try:
            return plugin_settings(manifest, self.setup.values.get(manifest.id, {}))
        except TiskiError as error:
            self.hosts[manifest.id].show_error(translate(error.message), retry=False)
            return None

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

    def _health_changed(self, manifest: Manifest, value: str) -> None:
        """The panel's header and its dock's tab both say when a back office is in trouble."""
        health = Health(value)
        self.hosts[manifest.id].show_health(health)
        dock = self._docks.get(manifest.agency)
        if dock is None:
            return
        base = dock.property("baseTitle") or dock.windowTitle()
        dock.setProperty("baseTitle", base)
        marks = {
            Health.SLOW: QCoreApplication.translate("AgencyPanel", "%1 (slow)"),
            Health.DOWN: QCoreApplication.translate("AgencyPanel", "%1 (not reachable)"),
        }
        dock.setWindowTitle(marks[health].replace("%1", base) if health in marks else base)

    def _propose(self, plugin_name: str, text: str) -> None:
        self.note_proposed.emit(text, plugin_name)

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

    # ------------------------------------------------------------ API 2: processes
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
        child = PluginProcess(plugin_id, self)
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

    def _visitor_of(self, manifest: Manifest) -> Visitor | None:
        """The visitor with only the fields the manifest permits (the rest never leaves)."""
        if self.facts is None:
            return None
        return self.facts.visitor().only(manifest.permissions)

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

    def _check_process_health(self, plugin_id: str) -> None:
        manifest = self.manifests[plugin_id]
        if manifest.health:
            self.broker.check_health(
                plugin_id, lambda health: self._health_reported.emit(plugin_id, health.value)
            )

    def _health_of_process(self, plugin_id: str, value: str) -> None:
        if plugin_id in self.manifests:
            self._health_changed(self.manifests[plugin_id], value)

    # ------------------------------------------------------------ the visitor
    def set_visitor(self, facts: VisitorFacts | None) -> None:
        """The visit at the counter changed: each panel gets only its permitted fields."""
        # The case panel tells again as each step of loading a visit lands; the same
        # visitor again is not a new generation (no calls cancelled, nothing redrawn).
        unchanged = facts == self.facts
        self.facts = facts
        if not unchanged:
            self.generation += 1
            for plugin_id, child in self.processes.items():
                self.broker.cancel(plugin_id, self.generation)
                if plugin_id not in self._down:  # what went wrong stays until Retry
                    self.views[plugin_id].show_loading()
                child.set_visitor(self.generation, self._visitor_of(self.manifests[plugin_id]))
        for plugin_id, loaded in list(self.loaded.items()):
            try:
                loaded.context.set_visitor(facts.visitor() if facts else None)
            except Exception as error:  # a plugin slot raising stays in its panel
                self._failed(plugin_id, error)

    # ------------------------------------------------------------ health
    def check_health(self) -> None:
        for plugin_id in list(self.loaded):
            self._check_one(plugin_id)
        for plugin_id in list(self.processes):
            self._check_process_health(plugin_id)

    def _check_one(self, plugin_id: str) -> None:
        manifest = self.manifests.get(plugin_id)
        loaded = self.loaded.get(plugin_id)
        if manifest is None or loaded is None or not manifest.health:
            return
        path = manifest.health
        http = loaded.http
        run_in_background(
            lambda: http.check_health(path),
            lambda health: loaded.context.set_health(health),
            lambda error: log.warning("Health of %s not checked: %s", plugin_id, error),
            context=loaded.context,
            pool=plugin_pool(),
        )


def _folder_refusal(manifest: Manifest, sha256: str) -> tuple[str, str] | None:
    """Why a site plugin's process must not start: its folder is not what IT trusted."""
    try:
        check_folder(manifest, sha256)
    except PluginLoadError as error:
        return translate(error.message), error.details
    return None
