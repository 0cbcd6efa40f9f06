"""Agency panels in the console: each plugin's panel in its agency's dock, guarded.

PluginPanels puts a PanelHost (panel_host.py) in each agency's dock, one tab per plugin
when an agency has several, tells the panels the visitor (visitor_facts.py), and
starts, retries and stops them. The work is done by its parts:

- out_of_process.py: API 2 (the rule), each plugin in a process of its own, its panel
  drawn from the views it describes, its calls through the broker;
- in_process.py: API 1 (IT's exception, ``plugins.trusted_widgets``), the plugin's own
  widget in the console, every load and call guarded;
- health.py: each back office's health, asked every 30 s and shown in the docks;
- pool.py: the threads the back-office calls run on; links.py: opening a link.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from functools import partial
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtWidgets import QDockWidget, QTabWidget

from console.core.text import TiskiError
from console.i18n import translate
from console.plugin_api.view import View
from console.plugin_host.broker import Broker, BrokerLimits
from console.plugin_host.discovery import Found
from console.plugin_host.loading import FailureCounter
from console.plugin_host.manifest import Manifest
from console.plugin_host.process import PluginProcess
from console.plugin_host.settings import plugin_settings
from console.ui.plugins.health import HEALTH_MS, PanelHealth
from console.ui.plugins.in_process import CREDENTIAL_HEADER, InProcessPanels, _Loaded
from console.ui.plugins.out_of_process import OutOfProcessPanels
from console.ui.plugins.panel_host import PanelHost
from console.ui.plugins.pool import plugin_pool
from console.ui.plugins.view_panel import ViewPanel
from console.ui.plugins.visitor_facts import VisitorFacts

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

# After the console's first paint (see PluginPanels.start).
PROCESS_START_DELAY_MS = 300


@dataclass(frozen=True)
class PluginSetup:
    """What the composition root found: plugins, their site values, the CA bundle, and
    the bounds of their back-office calls (for the broker of API 2 plugins)."""

    found: tuple[Found, ...] = ()
    values: Mapping[str, Mapping[str, Any]] = field(default_factory=dict)
    ca_bundle: str | None = None
    limits: BrokerLimits = field(default_factory=BrokerLimits)


class PluginPanels(InProcessPanels, OutOfProcessPanels, PanelHealth, QObject):
    """Every agency dock's plugin, loaded and guarded."""

    note_proposed = Signal(str, str)  # text, plugin name
    panel_shown = Signal(str)  # plugin id
    panel_failed = Signal(str)  # plugin id
    _health_reported = Signal(str, str)  # plugin id, Health value (from a broker thread)
    # A back office's health as a panel shows it, for the floor: plugin id, agency, value.
    back_office_health = Signal(str, str, str)

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

    def host_of(self, plugin_id: str) -> PanelHost | None:
        return self.hosts.get(plugin_id)

    def stop(self) -> None:
        """Quit: every plugin process ends (killed after 2 s), the broker's calls too."""
        self._stopped = True  # processes not started yet never start
        self._health.stop()
        self._stop_processes()
        self._close_loaded()

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

    # ------------------------------------------------------------ shared by both kinds
    def _values(self, manifest: Manifest) -> dict[str, Any] | None:
        """The plugin's settings as checked against its manifest, or None when one is
        wrong (its dock then says which, and how to put it right)."""
        try:
            return plugin_settings(manifest, self.setup.values.get(manifest.id, {}))
        except TiskiError as error:
            self.hosts[manifest.id].show_error(translate(error.message), retry=False)
            return None

    def _propose(self, plugin_name: str, text: str) -> None:
        self.note_proposed.emit(text, plugin_name)

    # ------------------------------------------------------------ the visitor
    def set_visitor(self, facts: VisitorFacts | None) -> None:
        """The visit at the counter changed: each panel gets only its permitted fields."""
        # The case panel tells again as each step of loading a visit lands; the same
        # visitor again is not a new generation (no calls cancelled, nothing redrawn).
        unchanged = facts == self.facts
        self.facts = facts
        if not unchanged:
            self.generation += 1
            self._visitor_to_processes()
        self._visitor_to_loaded(facts)
