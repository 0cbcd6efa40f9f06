"""STAND-IN, TO BE REPLACED by console/plugin_host/broker.py (issue 14, part 2).

The smallest broker the plugin processes need until the real one lands: the same
interface (``configure``, ``submit``, ``cancel``, ``close``, ``check_health``),
calls straight over an :class:`HttpClient` on plain threads, credentials read in
the host, remembered answers per key. No per-plugin pool bound, no body-size or
item settings beyond the client's own, no socket shutdown on cancel: the real
broker does those.
"""

from __future__ import annotations

import dataclasses
import datetime
import logging
import threading
from collections.abc import Callable, Mapping
from typing import Any

from console.plugin_api.errors import HttpError, PluginError
from console.plugin_api.http import HttpClient
from console.plugin_api.model import Health
from console.plugin_api.testing import cap_items
from console.plugin_host.credentials import get_credential
from console.plugin_host.manifest import Manifest

CREDENTIAL_HEADER = "X-Api-Key"
ITEM_LIMIT = 500

Deliver = Callable[[dict[str, Any]], None]


@dataclasses.dataclass
class _Plugin:
    manifest: Manifest
    values: Mapping[str, Any]
    ca_bundle: str | None
    http: HttpClient | None = None
    remembered: dict[str, dict[str, Any]] = dataclasses.field(default_factory=dict)
    cancelled_below: int = 0


class Broker:
    """Carries plugins' back-office calls (stand-in; see the module docstring)."""

    def __init__(self) -> None:
        self._plugins: dict[str, _Plugin] = {}
        self._lock = threading.Lock()
        self._threads: set[threading.Thread] = set()
        self._closed = False

    def configure(
        self, plugin_id: str, manifest: Manifest, values: Mapping[str, Any], ca_bundle: str | None
    ) -> None:
        with self._lock:
            self._plugins[plugin_id] = _Plugin(manifest, dict(values), ca_bundle)

    def submit(self, plugin_id: str, message: dict[str, Any], deliver: Deliver) -> None:
        """Carry out ``message`` (a protocol ``fetch``); ``deliver`` gets the ``answer``
        on a broker thread."""
        thread = threading.Thread(target=self._run, args=(plugin_id, message, deliver), daemon=True)
        with self._lock:
            if self._closed:
                return
            self._threads.add(thread)
        thread.start()

    def cancel(self, plugin_id: str, below_generation: int) -> None:
        with self._lock:
            plugin = self._plugins.get(plugin_id)
            if plugin is not None:
                plugin.cancelled_below = max(plugin.cancelled_below, below_generation)

    def check_health(self, plugin_id: str, done: Callable[[Health], None]) -> None:
        """Check the manifest's health path off the GUI thread; ``done`` on that thread."""
        plugin = self._plugins.get(plugin_id)
        if plugin is None or not plugin.manifest.health:
            return
        path = plugin.manifest.health

        def check() -> None:
            done(self._client(plugin).check_health(path))

        threading.Thread(target=check, daemon=True).start()

    def close(self) -> None:
        with self._lock:
            self._closed = True
            threads = list(self._threads)
            plugins = list(self._plugins.values())
        for plugin in plugins:
            if plugin.http is not None:
                plugin.http.close()
        for thread in threads:
            thread.join(timeout=2.0 / max(1, len(threads)))

    # ------------------------------------------------------------ the call
    def _client(self, plugin: _Plugin) -> HttpClient:
        with self._lock:
            if plugin.http is not None:
                return plugin.http
        headers = {}
        if "api-key" in plugin.manifest.credentials:
            secret = get_credential(plugin.manifest.id, "api-key")
            if secret:
                headers[CREDENTIAL_HEADER] = secret
        http = HttpClient(
            str(plugin.values.get("base_url", "")),
            headers=headers,
            read_timeout=float(plugin.values.get("timeout_seconds", 10.0)),
            verify=plugin.ca_bundle or True,
            logger=logging.getLogger(f"tiski.plugin.{plugin.manifest.id}"),
        )
        with self._lock:
            if plugin.http is None:
                plugin.http = http
            return plugin.http

    def _run(self, plugin_id: str, message: dict[str, Any], deliver: Deliver) -> None:
        try:
            deliver(self._answer(plugin_id, message))
        finally:
            with self._lock:
                self._threads.discard(threading.current_thread())

    def _answer(self, plugin_id: str, message: dict[str, Any]) -> dict[str, Any]:
        call = message.get("call")
        plugin = self._plugins.get(plugin_id)
        generation = message.get("generation", 0)
        if plugin is None or generation < plugin.cancelled_below:
            return {"kind": "answer", "call": call, "ok": False, "error": {"kind": "cancelled"}}
        http = self._client(plugin)
        path = str(message.get("path", ""))
        now = datetime.datetime.now(datetime.UTC).isoformat()
        try:
            if message.get("method") == "POST":
                data = http.post_json(path, message.get("body"))
                return {"kind": "answer", "call": call, "ok": True, "data": data, "fetched_at": now}
            data = http.get_json(path, message.get("params") or None)
        except PluginError as error:
            failure = {
                "kind": error.kind if isinstance(error, HttpError) else "plugin",
                "message": error.message,
                "details": error.details,
                "status": error.status if isinstance(error, HttpError) else None,
            }
            earlier = plugin.remembered.get(str(message.get("key")))
            if earlier is not None and message.get("method") != "POST":
                return {**earlier, "call": call, "ok": False, "stale": True, "error": failure}
            return {"kind": "answer", "call": call, "ok": False, "error": failure}
        items = message.get("items")
        data, total = cap_items(data, items if isinstance(items, str) else None, ITEM_LIMIT)
        answer = {
            "kind": "answer",
            "call": call,
            "ok": True,
            "data": data,
            "total": total,
            "fetched_at": now,
        }
        plugin.remembered[str(message.get("key"))] = answer
        return answer
