"""How the agency panels' back offices are doing: asked every 30 s, shown in the docks.

API 1 panels ask their back office through their own HTTP client; API 2 panels through
the broker, whose answer arrives on one of its threads and reaches the GUI thread by
PluginPanels' ``_health_reported`` signal. Either way the panel's header and its dock's
tab say when a back office is slow or not reachable.

:class:`PanelHealth` is the part of PluginPanels (plugin_panels.py) that does this.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, SignalInstance
from PySide6.QtWidgets import QDockWidget

from console.plugin_api import Health
from console.plugin_host.broker import Broker
from console.plugin_host.manifest import Manifest
from console.plugin_host.process import PluginProcess
from console.ui.plugins.pool import plugin_pool
from console.ui.shared.worker import run_in_background

if TYPE_CHECKING:
    from collections.abc import Callable, Mapping

    from console.ui.plugins.in_process import _Loaded
    from console.ui.plugins.panel_host import PanelHost

# The name the log has always known these lines by (they were split out of plugin_panels).
log = logging.getLogger("console.ui.plugins.plugin_panels")

HEALTH_MS = 30_000


class PanelHealth:
    """Checking and showing the health of every agency panel's back office."""

    # PluginPanels' own, set in its __init__.
    hosts: dict[str, PanelHost]
    manifests: dict[str, Manifest]
    loaded: dict[str, _Loaded]
    processes: dict[str, PluginProcess]
    broker: Broker
    _docks: Mapping[str, QDockWidget]
    _health_reported: SignalInstance
    back_office_health: SignalInstance

    def check_health(self) -> None:
        for plugin_id in list(self.loaded):
            self._check_one(plugin_id)
        self._check_process_health(*self.processes)

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

    def _check_process_health(self, *plugin_ids: str) -> None:
        """Ask the broker to check these plugins' back offices, from a pool thread.

        The broker checks each on a thread of its own, and starting a Python thread
        waits until that thread has run: on the GUI thread, while database threads run
        Python, each start waited its turn for the interpreter lock twice, and eight
        panels' checks held the window up to 150 ms (the soak's stall watch,
        docs/reliability.md)."""
        wanted = [pid for pid in plugin_ids if self.manifests[pid].health]
        if not wanted:
            return
        broker = self.broker
        reported = self._health_reported

        def reporter(plugin_id: str) -> Callable[[Health], None]:
            return lambda health: reported.emit(plugin_id, health.value)

        def start_checks() -> None:
            for plugin_id in wanted:
                broker.check_health(plugin_id, reporter(plugin_id))

        run_in_background(
            start_checks,
            lambda _none: None,
            lambda error: log.warning("Health checks not started: %s", error),
            pool=plugin_pool(),
        )

    def _health_of_process(self, plugin_id: str, value: str) -> None:
        if plugin_id in self.manifests:
            self._health_changed(self.manifests[plugin_id], value)

    def _health_changed(self, manifest: Manifest, value: str) -> None:
        """The panel's header and its dock's tab both say when a back office is in trouble."""
        health = Health(value)
        self.hosts[manifest.id].show_health(health)
        self.back_office_health.emit(manifest.id, manifest.agency, health.value)
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
