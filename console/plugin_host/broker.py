"""The broker: every back-office call of an out-of-process plugin (API 2) is made here.

A plugin process never holds a credential: it sends a ``fetch`` over its pipe and
the broker, in the console, makes the call with the plugin's credential added as a
header, bounds it and answers (``console.plugin_api.answers``). So the broker owns:

- **credentials**, read from the keyring on a broker thread the first time a plugin
  calls (``api-key`` goes out as :data:`CREDENTIAL_HEADER`, as for in-process panels);
- **a lane per plugin**: at most ``plugins.concurrency`` calls of one plugin run at a
  time, each on a thread of that plugin's own, so one slow agency never holds the
  threads another agency's calls need; the rest wait in the lane's queue;
- **bounds**: the client's deadline for a whole call (a trickling answer ends there),
  ``plugins.max_answer_mb`` for an answer's size (a flood is refused, not read), and
  ``plugins.max_items`` for the long list a call names (``cap_items``, with ``total``);
- **remembered answers** per plugin and key: a failed call hands back the last good
  answer to the same request ``stale`` with the error, as ``PanelContext.fetch_json``
  does, never an answer to another request (another visitor's) under the same key;
- **cancellation**: :meth:`Broker.cancel` answers a plugin's queued calls of older
  visitor generations at once and shuts the sockets of its running ones;
- **health checks** of a manifest's ``health`` path, on a thread of their own.

Every ``deliver`` is called on a broker thread, never on the caller's: the host hops
to its GUI thread itself (a queued signal) or writes the answer to the pipe there.
No Qt here; the texts for people are :class:`Message` and the host's ``translate``
renders them (Qt's translation is thread-safe).
"""

from __future__ import annotations

import collections
import datetime
import hashlib
import json
import logging
import queue
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from console.core.text import QT_TRANSLATE_NOOP, Message
from console.plugin_api.answers import INVALID, answer_message, cancelled_message
from console.plugin_api.errors import PluginError
from console.plugin_api.http import HttpClient, scrub
from console.plugin_api.http_deadline import CallSwitch, switched
from console.plugin_api.model import Answer, Health, mask_identity_codes
from console.plugin_api.protocol import MESSAGE_LIMIT
from console.plugin_api.testing import cap_items
from console.plugin_host.credentials import get_credential

if TYPE_CHECKING:
    from console.plugin_host.manifest import Manifest

log = logging.getLogger(__name__)

_CTX = "Broker"
CREDENTIAL_HEADER = "X-Api-Key"
CREDENTIAL_NAME = "api-key"
CLOSE_WITHIN_S = 2.0
# Answers remembered per plugin: one per key, kept as the JSON they are sent as (parsed
# JSON takes several times the room), the oldest going first beyond either bound.
REMEMBERED_KEYS = 64
REMEMBERED_BYTES = 8 * 1024 * 1024
# Room for the answer message's own fields around the data, under the pipe's limit.
_ENVELOPE = 64 * 1024
_TEXT_LIMIT = 2048
_PARAMS_LIMIT = 64

Deliver = Callable[[dict[str, Any]], None]
Translate = Callable[[Message], str]
GetCredential = Callable[[str, str], "str | None"]


@dataclass(frozen=True)
class BrokerLimits:
    """IT's bounds for every plugin's calls (settings ``plugins.*``)."""

    concurrency: int = 3
    max_answer_mb: int = 5
    max_items: int = 500

    @classmethod
    def from_settings(cls, settings: Any) -> BrokerLimits:
        """The limits from the console's :class:`~console.config.Settings`."""
        return cls(
            concurrency=int(settings["plugins.concurrency"]),
            max_answer_mb=int(settings["plugins.max_answer_mb"]),
            max_items=int(settings["plugins.max_items"]),
        )


class CallRefused(PluginError):
    """The broker does not carry out a call as asked (bad path, unknown plugin, ...)."""

    kind = INVALID


@dataclass
class _Call:
    number: Any
    generation: int
    message: dict[str, Any]
    deliver: Deliver
    switch: CallSwitch
    cancelled: bool = False


@dataclass(frozen=True)
class _Remembered:
    request: bytes  # a digest of method, path and parameters: the same request only
    data: bytes
    fetched_at: datetime.datetime
    total: int | None


@dataclass(frozen=True)
class _Setup:
    base_url: str
    read_timeout: float
    ca_bundle: str | None
    credentials: tuple[str, ...]
    health: str | None


class _Lane:
    """One plugin's calls: its queue, its threads, its client and its remembered answers."""

    def __init__(self, plugin_id: str, setup: _Setup) -> None:
        self.plugin_id = plugin_id
        self.setup = setup
        self.cond = threading.Condition()
        self.queue: collections.deque[_Call] = collections.deque()
        self.running: list[_Call] = []
        self.workers: list[threading.Thread] = []
        self.idle = 0
        self.floor = 0  # calls of generations below this are answered "cancelled"
        self.closing = False
        self.client_lock = threading.Lock()
        self.client: HttpClient | None = None
        self.remembered: collections.OrderedDict[str, _Remembered] = collections.OrderedDict()
        self.remembered_bytes = 0
        self.courier: queue.SimpleQueue[tuple[Deliver, dict[str, Any]] | None] = queue.SimpleQueue()
        self.courier_thread: threading.Thread | None = None
        self.health_thread: threading.Thread | None = None
        self.health_switch: CallSwitch | None = None


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
        self.limits = limits or BrokerLimits()
        self._translate = translate
        self._credential = credential
        self._lanes: dict[str, _Lane] = {}
        self._lock = threading.Lock()
        self._closed = False

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
        setup = _Setup(
            base_url=str(values.get("base_url", "")),
            read_timeout=float(values.get("timeout_seconds", 10.0)),
            ca_bundle=ca_bundle,
            credentials=tuple(manifest.credentials),
            health=manifest.health,
        )
        with self._lock:
            lane = self._lanes.get(plugin_id)
            if lane is None:
                self._lanes[plugin_id] = _Lane(plugin_id, setup)
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
        call = _Call(
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
                answer = self._cancelled(call)
            else:
                answer = self._refused(
                    call,
                    QT_TRANSLATE_NOOP("Broker", "This panel is not set up in the console."),
                    f"no plugin {plugin_id!r} configured",
                )
            _once(deliver, answer, f"broker-stray-{plugin_id}")
            return
        with lane.cond:
            if lane.closing:  # close() ran meanwhile: its courier may be gone
                _once(deliver, self._cancelled(call), f"broker-stray-{plugin_id}")
                return
            if call.generation < lane.floor:
                self._by_courier(lane, deliver, self._cancelled(call))
                return
            lane.queue.append(call)
            # A waiting thread takes it, unless all of them are already spoken for.
            if len(lane.queue) > lane.idle and len(lane.workers) < max(1, self.limits.concurrency):
                worker = threading.Thread(
                    target=self._work,
                    args=(lane,),
                    name=f"broker-{plugin_id}-{len(lane.workers) + 1}",
                    daemon=True,
                )
                lane.workers.append(worker)
                worker.start()
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
        dropped: list[_Call] = []
        stopped: list[_Call] = []
        with lane.cond:
            lane.floor = max(lane.floor, below_generation)
            kept: collections.deque[_Call] = collections.deque()
            for call in lane.queue:
                (dropped if call.generation < below_generation else kept).append(call)
            lane.queue = kept
            for call in lane.running:
                if call.generation < below_generation and not call.cancelled:
                    call.cancelled = True
                    stopped.append(call)
            for call in dropped:
                self._by_courier(lane, call.deliver, self._cancelled(call))
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
        path = lane.setup.health
        if not path:
            return False
        with lane.cond:
            if lane.closing or (lane.health_thread is not None and lane.health_thread.is_alive()):
                return False
            switch = CallSwitch()
            lane.health_switch = switch
            lane.health_thread = threading.Thread(
                target=self._health,
                args=(lane, path, report, switch),
                name=f"broker-{plugin_id}-health",
                daemon=True,
            )
            lane.health_thread.start()
        return True

    def _health(
        self, lane: _Lane, path: str, report: Callable[[Health], None], switch: CallSwitch
    ) -> None:
        try:
            client = self._client(lane)
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

    # ------------------------------------------------------------ inside
    def _work(self, lane: _Lane) -> None:
        while True:
            with lane.cond:
                lane.idle += 1
                while not lane.queue and not lane.closing:
                    lane.cond.wait()
                lane.idle -= 1
                if not lane.queue:
                    return
                call = lane.queue.popleft()
                lane.running.append(call)
            try:
                answer = self._carry_out(lane, call)
            except Exception as error:  # the broker itself must never lose an answer
                log.exception("Plugin %s: a call failed unexpectedly", lane.plugin_id)
                answer = self._failed(call, error)
            with lane.cond:
                lane.running.remove(call)
                if call.cancelled:
                    answer = self._cancelled(call)
            _deliver(call.deliver, answer, lane.plugin_id)

    def _carry_out(self, lane: _Lane, call: _Call) -> dict[str, Any]:
        message = call.message
        checked = self._check(call)
        if isinstance(checked, dict):
            return checked
        method, path, params, key, items = checked
        client = self._client(lane)
        target = urlsplit(client.url_for(path))
        if target.hostname != client.host or target.scheme != urlsplit(client.base_url).scheme:
            return self._refused(
                call,
                QT_TRANSLATE_NOOP(
                    "Broker", "The panel asked for an address outside its back office."
                ),
                scrub(f"path {path!r} leaves {client.host}"),
            )
        request = hashlib.sha256(
            json.dumps([method, path, params], sort_keys=True).encode()
        ).digest()
        try:
            with switched(call.switch):
                if method == "GET":
                    data = client.get_json(path, params)
                else:
                    data = client.post_json(path, message.get("body"))
        except PluginError as error:
            if call.switch.pulled:
                return self._cancelled(call)
            return answer_message(call.number, self._failure(lane, key, request, error))
        data, total = cap_items(data, items, self.limits.max_items)
        answer = Answer(data=data, fetched_at=_now(), total=total)
        encoded = _encode(data)
        size = len(encoded)
        if size > MESSAGE_LIMIT - _ENVELOPE:
            too_large = PluginError(
                self._translate(
                    Message(
                        _CTX,
                        QT_TRANSLATE_NOOP(
                            "Broker",
                            "The back office at {host} sent an answer too large to hand to "
                            "the panel.",
                        ),
                        {"host": client.host},
                    )
                ),
                f"{method} {client.host}: {size} bytes as a message; at most "
                f"{MESSAGE_LIMIT - _ENVELOPE} go to a plugin",
            )
            return answer_message(call.number, self._failure(lane, key, request, too_large))
        if method == "GET" and key is not None:
            self._remember(lane, key, _Remembered(request, encoded, answer.fetched_at, total))
        return answer_message(call.number, answer)

    def _remember(self, lane: _Lane, key: str, good: _Remembered) -> None:
        with lane.cond:
            earlier = lane.remembered.pop(key, None)
            if earlier is not None:
                lane.remembered_bytes -= len(earlier.data)
            lane.remembered[key] = good
            lane.remembered_bytes += len(good.data)
            while len(lane.remembered) > REMEMBERED_KEYS or (
                lane.remembered_bytes > REMEMBERED_BYTES and len(lane.remembered) > 1
            ):
                _key, oldest = lane.remembered.popitem(last=False)
                lane.remembered_bytes -= len(oldest.data)

    def _failure(self, lane: _Lane, key: str | None, request: bytes, error: PluginError) -> Answer:
        log.debug(
            "Plugin %s: call %s failed: %s %s",
            lane.plugin_id,
            mask_identity_codes(key or "-"),
            getattr(error, "kind", type(error).__name__),
            getattr(error, "status", "") or "",
        )
        earlier = None
        if key is not None:
            with lane.cond:
                earlier = lane.remembered.get(key)
        if earlier is None or earlier.request != request:
            return Answer(data=None, fetched_at=_now(), error=error)
        return Answer(
            data=json.loads(earlier.data),
            fetched_at=earlier.fetched_at,
            stale=True,
            error=error,
            total=earlier.total,
        )

    def _check(
        self, call: _Call
    ) -> tuple[str, str, dict[str, str] | None, str | None, str | None] | dict[str, Any]:
        """(method, path, params, key, items) of a well-formed fetch, else the refusal."""
        message = call.message
        method = message.get("method", "GET")
        path = message.get("path")
        params = message.get("params")
        key = message.get("key")
        items = message.get("items")

        def refused(why: str) -> dict[str, Any]:
            return self._refused(
                call,
                QT_TRANSLATE_NOOP(
                    "Broker", "The panel asked for a call the console does not make."
                ),
                why,
            )

        if method not in ("GET", "POST"):
            return refused(f"method {str(method)[:20]!r}")
        if not isinstance(path, str) or not _plain_text(path) or "\\" in path:
            return refused("a path that is not plain text")
        if params is not None:
            if not isinstance(params, dict) or len(params) > _PARAMS_LIMIT:
                return refused("parameters that are not a small object of texts")
            if not all(_plain_text(k) and _plain_text(v, spaces=True) for k, v in params.items()):
                return refused("parameters that are not a small object of texts")
        if key is not None and not _plain_text(key, spaces=True):
            return refused("a key that is not plain text")
        if items is not None and not _plain_text(items, spaces=True):
            return refused("an items name that is not plain text")
        return str(method), path, params, key, items

    def _client(self, lane: _Lane) -> HttpClient:
        with lane.client_lock:
            if lane.client is None:
                setup = lane.setup
                headers = {}
                if CREDENTIAL_NAME in setup.credentials:
                    secret = self._credential(lane.plugin_id, CREDENTIAL_NAME)
                    if secret:
                        headers[CREDENTIAL_HEADER] = secret
                lane.client = HttpClient(
                    setup.base_url,
                    headers=headers,
                    read_timeout=setup.read_timeout,
                    verify=setup.ca_bundle or True,
                    logger=logging.getLogger(f"tiski.plugin.{lane.plugin_id}"),
                    max_answer_bytes=self.limits.max_answer_mb * 1024 * 1024,
                    stay_on_host=True,
                )
            return lane.client

    def _by_courier(self, lane: _Lane, deliver: Deliver, answer: dict[str, Any]) -> None:
        """Deliver on the lane's courier thread (callers hold ``lane.cond``)."""
        lane.courier.put((deliver, answer))
        if lane.courier_thread is None:
            lane.courier_thread = threading.Thread(
                target=self._courier,
                args=(lane,),
                name=f"broker-{lane.plugin_id}-courier",
                daemon=True,
            )
            lane.courier_thread.start()

    def _courier(self, lane: _Lane) -> None:
        while True:
            item = lane.courier.get()
            if item is None:
                # close() posts None after every answer it queued: deliver what is left.
                while True:
                    try:
                        rest = lane.courier.get_nowait()
                    except queue.Empty:
                        return
                    if rest is not None:
                        _deliver(rest[0], rest[1], lane.plugin_id)
            _deliver(item[0], item[1], lane.plugin_id)

    # ------------------------------------------------------------ answers
    def _cancelled(self, call: _Call) -> dict[str, Any]:
        return cancelled_message(
            call.number,
            self._translate(
                Message(
                    _CTX,
                    QT_TRANSLATE_NOOP(
                        "Broker", "The visitor changed before the back office answered."
                    ),
                )
            ),
        )

    def _refused(self, call: _Call, text: str, details: str) -> dict[str, Any]:
        error = CallRefused(self._translate(Message(_CTX, text)), scrub(details))
        return answer_message(call.number, Answer(data=None, fetched_at=_now(), error=error))

    def _failed(self, call: _Call, error: BaseException) -> dict[str, Any]:
        problem = PluginError(
            self._translate(
                Message(_CTX, QT_TRANSLATE_NOOP("Broker", "The panel's call could not be made."))
            ),
            scrub(f"{type(error).__name__}: {error}"),
        )
        return answer_message(call.number, Answer(data=None, fetched_at=_now(), error=problem))


def _encode(data: Any) -> bytes:
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def _plain_text(value: Any, *, spaces: bool = False) -> bool:
    if not isinstance(value, str) or not value or len(value) > _TEXT_LIMIT:
        return False
    return all(ch >= " " and ch != "\x7f" for ch in value) and (spaces or " " not in value)


def _deliver(deliver: Deliver, answer: dict[str, Any], plugin_id: str) -> None:
    try:
        deliver(answer)
    except Exception:
        log.exception("Delivering an answer to plugin %s failed", plugin_id)


def _once(deliver: Deliver, answer: dict[str, Any], name: str) -> None:
    threading.Thread(target=_deliver, args=(deliver, answer, name), name=name, daemon=True).start()


def _now() -> datetime.datetime:
    return datetime.datetime.now(datetime.UTC)
