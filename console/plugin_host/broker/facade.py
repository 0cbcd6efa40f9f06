"""The broker's face: :class:`Broker`, the one object the host configures, submits to and closes.

It keeps one :class:`~console.plugin_host.broker.lane.Lane` per plugin and hands the
work to the modules beside it: calls are checked and made by
:class:`~console.plugin_host.broker.calls.CallCarrier`, health checks run in
:mod:`~console.plugin_host.broker.health`, the broker's own answers come from
:mod:`~console.plugin_host.broker.answers`.
"""

from __future__ import annotations

import collections
import logging
import threading
import time
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any

from console.core.text import QT_TRANSLATE_NOOP, Message
from console.plugin_api.http_deadline import CallSwitch
from console.plugin_api.model import Health
from console.plugin_host.broker.answers import Translate, cancelled, refused
from console.plugin_host.broker.calls import CallCarrier, GetCredential
from console.plugin_host.broker.health import start_health_check
from console.plugin_host.broker.lane import Call, Deliver, Lane, Setup, deliver_once
from console.plugin_host.broker.limits import CLOSE_WITHIN_S, BrokerLimits
from console.plugin_host.credentials import get_credential

if TYPE_CHECKING:
    from console.plugin_host.manifest import Manifest

# The broker's logger still: what the log says of calls is unchanged by the package split.
log = logging.getLogger("console.plugin_host.broker")


class Broker:
    """Carries out the plugins' back-office calls, bounded and isolated per plugin.

    ``configure`` each plugin once (again when its settings or credential change),
    ``submit`` its ``fetch`` messages, ``cancel`` when the visitor changes, ``close``
    on quit. All methods return at once and may be called from any thread. In the
    host, for one plugin process::

        broker = Broker(setup.limits, translate=console.i18n.translate)
        broker.configure(manifest.id, manifest, values, setup.ca_bundle)
        process.fetch_requested.connect(
            lambda message: broker.submit(manifest.id, message, process.answer))
        # a new visitor: the process gets generation g, older calls end
        process.set_visitor(g, visitor); broker.cancel(manifest.id, g)
        # every 30 s; a signal's emit brings the result to the GUI thread
        broker.check_health(manifest.id, relay.health_checked.emit)
        broker.close()  # on quit
    """

    def __init__(
        self,
        limits: BrokerLimits | None = None,
        *,
        translate: Translate = Message.english,
        credential: GetCredential = get_credential,
    ) -> None:
        self._translate = translate
        self._carrier = CallCarrier(limits or BrokerLimits(), translate, credential)
        self._lanes: dict[str, Lane] = {}
        self._lock = threading.Lock()
        self._closed = False

    @property
    def limits(self) -> BrokerLimits:
        """The bounds every plugin's calls are made within."""
        return self._carrier.limits

    @limits.setter
    def limits(self, limits: BrokerLimits) -> None:
        self._carrier.limits = limits

    # ------------------------------------------------------------ set-up
    def configure(
        self,
        plugin_id: str,
        manifest: Manifest,
        values: Mapping[str, Any],
        ca_bundle: str | None,
    ) -> None:
        """Where the plugin's back office is and which credentials it is given.

        ``values`` are its checked settings (``base_url``, ``timeout_seconds``). The
        keyring is read later, on a broker thread, at the plugin's next call: configure
        again after IT stores a new credential.
        """
        setup = Setup(
            base_url=str(values.get("base_url", "")),
            read_timeout=float(values.get("timeout_seconds", 10.0)),
            ca_bundle=ca_bundle,
            credentials=tuple(manifest.credentials),
            health=manifest.health,
        )
        with self._lock:
            lane = self._lanes.get(plugin_id)
            if lane is None:
                self._lanes[plugin_id] = Lane(plugin_id, setup)
                return
        with lane.client_lock:
            lane.setup = setup
            old, lane.client = lane.client, None
        if old is not None:
            old.close()

    # ------------------------------------------------------------ calls
    def submit(self, plugin_id: str, message: dict[str, Any], deliver: Deliver) -> None:
        """Carry out one ``fetch`` of ``plugin_id``; ``deliver`` gets its ``answer``.

        Returns at once; ``deliver`` is called once, on a broker thread.
        """
        generation = message.get("generation")
        call = Call(
            number=message.get("call"),
            generation=generation if isinstance(generation, int) else 0,
            message=message,
            deliver=deliver,
            switch=CallSwitch(),
        )
        with self._lock:
            lane = self._lanes.get(plugin_id)
            closed = self._closed
        if lane is None or closed:
            if closed:
                answer = cancelled(call.number, self._translate)
            else:
                answer = refused(
                    call.number,
                    QT_TRANSLATE_NOOP("Broker", "This panel is not set up in the console."),
                    f"no plugin {plugin_id!r} configured",
                    self._translate,
                )
            deliver_once(deliver, answer, f"broker-stray-{plugin_id}")
            return
        with lane.cond:
            if lane.closing:  # close() ran meanwhile: its courier may be gone
                deliver_once(
                    deliver, cancelled(call.number, self._translate), f"broker-stray-{plugin_id}"
                )
                return
            if call.generation < lane.floor:
                lane.by_courier(deliver, cancelled(call.number, self._translate))
                return
            lane.queue.append(call)
            # A waiting thread takes it, unless all of them are already spoken for.
            if len(lane.queue) > lane.idle and len(lane.workers) < max(1, self.limits.concurrency):
                lane.add_worker(self._carrier.carry_out, self._translate)
            else:
                lane.cond.notify()

    def cancel(self, plugin_id: str, below_generation: int) -> None:
        """The visitor changed: calls of generations below ``below_generation`` end now.

        Queued ones are answered "cancelled" at once (on a broker thread); running ones
        have their sockets shut and answer "cancelled" as soon as their thread sees it.
        Later calls of those generations are answered the same way.
        """
        with self._lock:
            lane = self._lanes.get(plugin_id)
        if lane is None:
            return
        dropped: list[Call] = []
        stopped: list[Call] = []
        with lane.cond:
            lane.floor = max(lane.floor, below_generation)
            kept: collections.deque[Call] = collections.deque()
            for call in lane.queue:
                (dropped if call.generation < below_generation else kept).append(call)
            lane.queue = kept
            for call in lane.running:
                if call.generation < below_generation and not call.cancelled:
                    call.cancelled = True
                    stopped.append(call)
            for call in dropped:
                lane.by_courier(call.deliver, cancelled(call.number, self._translate))
        for call in stopped:
            call.switch.pull()
        if dropped or stopped:
            log.debug(
                "Plugin %s: %d queued and %d running calls cancelled",
                plugin_id,
                len(dropped),
                len(stopped),
            )

    def pending(self, plugin_id: str) -> tuple[int, int]:
        """(queued, running) calls of ``plugin_id`` just now."""
        with self._lock:
            lane = self._lanes.get(plugin_id)
        if lane is None:
            return 0, 0
        with lane.cond:
            return len(lane.queue), len(lane.running)

    # ------------------------------------------------------------ health
    def check_health(self, plugin_id: str, report: Callable[[Health], None]) -> bool:
        """Check the manifest's ``health`` path of the back office on a thread of its own.

        ``report`` gets HEALTHY, SLOW or DOWN on that thread. False, and nothing
        reported, when the plugin is unknown, declares no health path, or its previous
        check is still running (a back office that hangs holds one thread, not one per
        check).
        """
        with self._lock:
            lane = self._lanes.get(plugin_id)
            if lane is None or self._closed:
                return False
        return start_health_check(lane, report, self._carrier.client)

    # ------------------------------------------------------------ quitting
    def close(self, within: float = CLOSE_WITHIN_S) -> bool:
        """Cancel everything and end the broker's threads; True when all ended in ``within`` s."""
        with self._lock:
            self._closed = True
            lanes = list(self._lanes.values())
        for lane in lanes:
            self.cancel(lane.plugin_id, 2**62)
            with lane.cond:
                lane.closing = True
                lane.cond.notify_all()
                if lane.health_switch is not None:
                    lane.health_switch.pull()
                lane.courier.put(None)
        ends_at = time.monotonic() + within
        left: list[str] = []
        for lane in lanes:
            threads = [*lane.workers, lane.courier_thread, lane.health_thread]
            for thread in threads:
                if thread is None:
                    continue
                thread.join(max(0.0, ends_at - time.monotonic()))
                if thread.is_alive():
                    left.append(thread.name)
            with lane.client_lock:
                client, lane.client = lane.client, None
            if client is not None:
                client.close()
        if left:
            log.warning("Broker threads still running after %g s: %s", within, ", ".join(left))
        return not left
