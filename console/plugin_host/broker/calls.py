"""Carrying out one plugin call: its client, the bounds on its answer, a failure's stale answer.

The client of a lane is made at its first call, on a broker thread, with the plugin's
credential from the keyring added as :data:`CREDENTIAL_HEADER`; it stays on the back
office's host. An answer is capped to ``max_items``, refused when too large for the
pipe, and remembered when it is a good answer to a GET with a key.
"""

from __future__ import annotations

import hashlib
import json
import logging
from collections.abc import Callable
from typing import Any
from urllib.parse import urlsplit

from console.core.text import QT_TRANSLATE_NOOP
from console.plugin_api.answers import answer_message
from console.plugin_api.errors import PluginError
from console.plugin_api.http import HttpClient, scrub
from console.plugin_api.http_deadline import switched
from console.plugin_api.model import Answer, mask_identity_codes
from console.plugin_api.protocol import MESSAGE_LIMIT
from console.plugin_api.testing import cap_items
from console.plugin_host.broker.answers import Translate, cancelled, now, refused, too_large
from console.plugin_host.broker.checks import NOT_A_CALL, Fetch, check, encode
from console.plugin_host.broker.lane import Call, Lane
from console.plugin_host.broker.limits import ENVELOPE, BrokerLimits
from console.plugin_host.broker.remembered import Remembered

# The broker's logger still: what the log says of calls is unchanged by the package split.
log = logging.getLogger("console.plugin_host.broker")

CREDENTIAL_HEADER = "X-Api-Key"
CREDENTIAL_NAME = "api-key"

GetCredential = Callable[[str, str], "str | None"]


class CallCarrier:
    """Makes the checked calls of every lane, within the broker's limits."""

    def __init__(
        self, limits: BrokerLimits, translate: Translate, credential: GetCredential
    ) -> None:
        self.limits = limits
        self._translate = translate
        self._credential = credential

    def carry_out(self, lane: Lane, call: Call) -> dict[str, Any]:
        """The ``answer`` message to ``call``, made on the calling (broker) thread."""
        message = call.message
        checked = check(message)
        if not isinstance(checked, Fetch):
            return refused(call.number, NOT_A_CALL, checked, self._translate)
        method, path, params, key, items = checked
        client = self.client(lane)
        target = urlsplit(client.url_for(path))
        if target.hostname != client.host or target.scheme != urlsplit(client.base_url).scheme:
            return refused(
                call.number,
                QT_TRANSLATE_NOOP(
                    "Broker", "The panel asked for an address outside its back office."
                ),
                scrub(f"path {path!r} leaves {client.host}"),
                self._translate,
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
                return cancelled(call.number, self._translate)
            return answer_message(call.number, self._failure(lane, key, request, error))
        data, total = cap_items(data, items, self.limits.max_items)
        answer = Answer(data=data, fetched_at=now(), total=total)
        encoded = encode(data)
        size = len(encoded)
        if size > MESSAGE_LIMIT - ENVELOPE:
            overflow = too_large(
                client.host,
                f"{method} {client.host}: {size} bytes as a message; at most "
                f"{MESSAGE_LIMIT - ENVELOPE} go to a plugin",
                self._translate,
            )
            return answer_message(call.number, self._failure(lane, key, request, overflow))
        if method == "GET" and key is not None:
            lane.remembered.remember(key, Remembered(request, encoded, answer.fetched_at, total))
        return answer_message(call.number, answer)

    def client(self, lane: Lane) -> HttpClient:
        """The lane's HTTP client, made (with the plugin's credential) at its first call."""
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

    def _failure(self, lane: Lane, key: str | None, request: bytes, error: PluginError) -> Answer:
        """The answer of a failed call: the error, with the last good answer to ``request``."""
        log.debug(
            "Plugin %s: call %s failed: %s %s",
            lane.plugin_id,
            mask_identity_codes(key or "-"),
            getattr(error, "kind", type(error).__name__),
            getattr(error, "status", "") or "",
        )
        earlier = lane.remembered.recall(key) if key is not None else None
        if earlier is None or earlier.request != request:
            return Answer(data=None, fetched_at=now(), error=error)
        return Answer(
            data=json.loads(earlier.data),
            fetched_at=earlier.fetched_at,
            stale=True,
            error=error,
            total=earlier.total,
        )
