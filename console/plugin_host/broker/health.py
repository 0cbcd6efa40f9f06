"""Health checks of a plugin's back office (the manifest's ``health`` path) on a thread apiece.

One check per plugin runs at a time: a back office that hangs holds one thread, not one
per check. A check pulled by ``Broker.close`` reports nothing.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable

from console.plugin_api.http import HttpClient
from console.plugin_api.http_deadline import CallSwitch, switched
from console.plugin_api.model import Health
from console.plugin_host.broker.lane import Lane

# The broker's logger still: what the log says of checks is unchanged by the package split.
log = logging.getLogger("console.plugin_host.broker")

Report = Callable[[Health], None]


def start_health_check(lane: Lane, report: Report, client_of: Callable[[Lane], HttpClient]) -> bool:
    """Check ``lane``'s back office on a thread of its own; ``report`` gets the result there.

    False, and nothing reported, when the plugin declares no health path, its lane is
    closing or its previous check is still running.
    """
    path = lane.setup.health
    if not path:
        return False
    with lane.cond:
        if lane.closing or (lane.health_thread is not None and lane.health_thread.is_alive()):
            return False
        switch = CallSwitch()
        lane.health_switch = switch
        lane.health_thread = threading.Thread(
            target=_check,
            args=(lane, path, report, switch, client_of),
            name=f"broker-{lane.plugin_id}-health",
            daemon=True,
        )
        lane.health_thread.start()
    return True


def _check(
    lane: Lane,
    path: str,
    report: Report,
    switch: CallSwitch,
    client_of: Callable[[Lane], HttpClient],
) -> None:
    try:
        client = client_of(lane)
        with switched(switch):
            health = client.check_health(path)
    except Exception:
        log.debug("Health check of %s failed", lane.plugin_id, exc_info=True)
        health = Health.DOWN
    if switch.pulled:
        return
    try:
        report(health)
    except Exception:
        log.exception("Reporting the health of %s failed", lane.plugin_id)
