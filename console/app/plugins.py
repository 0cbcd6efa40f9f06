"""The agency plugins a console loads, and the demo's sandbox back offices for them."""

from __future__ import annotations

import logging
from typing import Any

from console.config import Settings

# The composition root's logger still: what the log says of start-up is unchanged.
log = logging.getLogger("console.app")


def plugin_setup(settings: Settings, *, demo: bool) -> tuple[Any, Any]:
    """The agency plugins this console may load, with their site values; the demo also
    starts the sandbox back offices and points the bundled plugins at them."""
    from console.plugin_host.discovery import bundled_plugins_dir, plugins_for
    from console.ui.plugins.plugin_panels import PluginSetup

    bundled = bundled_plugins_dir()
    found = plugins_for(settings)
    values = {f.manifest.id: settings.plugin_values(f.manifest.id) for f in found if f.manifest}
    sandbox = None
    if demo and bundled is not None:
        from console.ops.sandbox import SandboxServer

        sandbox = SandboxServer(bundled, port=0)
        base = sandbox.start()
        log.info("Sandbox back offices at %s", base)
        for f in found:
            if f.manifest is not None and f.source == "bundled":
                values[f.manifest.id] = {
                    **values[f.manifest.id],
                    "base_url": f"{base}/{f.manifest.id}",
                }
    from console.plugin_host.broker import BrokerLimits

    ca_bundle = str(settings["plugins.ca_bundle"]) or None
    limits = BrokerLimits.from_settings(settings)
    return PluginSetup(tuple(found), values, ca_bundle, limits), sandbox
