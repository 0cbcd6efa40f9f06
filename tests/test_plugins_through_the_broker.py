"""The four ported plugins with their calls carried out by the console's real broker, as
in the console: each fetch is the protocol's message, the broker adds the credential,
and its answer comes back the way the plugin's process reads it. (The process and its
pipe are part proc's; here the messages go straight to the broker.)"""

from __future__ import annotations

import itertools
import logging
import threading
from collections.abc import Iterator, Mapping
from typing import Any

import pytest
from pytest_httpserver import HTTPServer
from view_reading import DEMO_CODE, every_text, row_values

from console.plugin_api.answers import answer_from_message
from console.plugin_api.describe import Cancelled
from console.plugin_api.model import Answer, Visitor
from console.plugin_api.view import View
from console.plugin_host.broker import CREDENTIAL_HEADER, Broker, BrokerLimits
from console.plugin_host.credentials import set_credential
from console.plugin_host.discovery import bundled_plugins_dir
from console.plugin_host.loading import load_plugin
from console.plugin_host.manifest import Manifest, read_manifest
from console.plugin_host.settings import plugin_settings

SECRET = "agency-key-Zq9-never-in-a-plugin"


class BrokerContext:
    """A describing plugin's context whose calls are ``fetch`` messages to the broker."""

    def __init__(self, broker: Broker, manifest: Manifest, settings: Mapping[str, Any]) -> None:
        self.plugin_id = manifest.id
        self.settings = settings
        self.language = "fi"
        self.logger = logging.getLogger(f"tiski.plugin.{manifest.id}")
        self.generation = 1
        self.sent: list[dict[str, Any]] = []
        self._broker = broker
        self._calls = itertools.count(1)
        self._lock = threading.Lock()

    def fetch_json(
        self,
        key: str,
        path: str,
        params: Mapping[str, str] | None = None,
        *,
        items: str | None = None,
    ) -> Answer:
        with self._lock:
            call = next(self._calls)
        message = {
            "kind": "fetch",
            "call": call,
            "generation": self.generation,
            "method": "GET",
            "path": path,
            "params": dict(params) if params is not None else None,
            "key": key,
            "items": items,
        }
        self.sent.append(message)
        answered = threading.Event()
        answers: list[dict[str, Any]] = []

        def deliver(answer: dict[str, Any]) -> None:
            answers.append(answer)
            answered.set()

        self._broker.submit(self.plugin_id, message, deliver)
        assert answered.wait(30), f"no answer to {path}"
        return answer_from_message(answers[0])

    def post_json(self, path: str, body: Any) -> Any:
        raise NotImplementedError("the ported plugins only read")


class Brokered:
    """One bundled plugin whose calls go through ``broker``."""

    def __init__(self, broker: Broker, plugin_id: str, base_url: str) -> None:
        folder = bundled_plugins_dir()
        assert folder is not None
        self.manifest = read_manifest(folder / plugin_id / "plugin.toml", source="bundled")
        values = plugin_settings(self.manifest, {"base_url": base_url})
        broker.configure(plugin_id, self.manifest, values, ca_bundle=None)
        self.context = BrokerContext(broker, self.manifest, values)
        self.plugin: Any = load_plugin(self.manifest)

    def describe(self, code: str) -> View:
        visitor = Visitor(ticket="K001", visit_id=1, name="Matti Mäkinen", identity_code=code)
        view = self.plugin.describe(self.context, visitor.only(self.manifest.permissions))
        assert isinstance(view, View)
        return view


@pytest.fixture
def broker() -> Iterator[Broker]:
    made = Broker(BrokerLimits(concurrency=2, max_answer_mb=5, max_items=500))
    yield made
    assert made.close(), "broker threads left running"


EXPECTED = {
    "kela": "Vuokrasopimus",
    "vero": "Verokortti",
    "dvv": "Yrjönkatu 6 A 3, 28100 Pori",
    "poliisi": "Porin poliisiasema",
}


@pytest.mark.parametrize("plugin_id", sorted(EXPECTED))
def test_through_the_broker_the_view_stays_and_goes_stale_as_with_the_kit(
    plugin_id: str, broker: Broker, sandbox: Any
) -> None:
    brokered = Brokered(broker, plugin_id, f"{sandbox.url}/{plugin_id}")

    view = brokered.describe(DEMO_CODE)

    assert view.problem is None
    assert EXPECTED[plugin_id] in row_values(view)
    # The broker took every call: well-formed, keyed without the clear code.
    assert brokered.context.sent
    assert all(DEMO_CODE not in message["key"] for message in brokered.context.sent)

    sandbox.set_fault(plugin_id, "500")
    again = brokered.describe(DEMO_CODE)  # Retry, with the back office down

    assert again.stale_as_of is not None
    assert again.problem is not None
    assert again.blocks == view.blocks
    assert DEMO_CODE not in every_text(again)


@pytest.mark.parametrize("plugin_id", sorted(EXPECTED))
def test_a_changed_visitor_ends_the_description_through_the_broker(
    plugin_id: str, broker: Broker, sandbox: Any
) -> None:
    brokered = Brokered(broker, plugin_id, f"{sandbox.url}/{plugin_id}")
    broker.cancel(plugin_id, 2)  # the console moved on to generation 2

    with pytest.raises(Cancelled):
        brokered.describe(DEMO_CODE)  # still describing generation 1


def test_the_credential_reaches_the_back_office_never_the_plugin(
    broker: Broker, httpserver: HTTPServer
) -> None:
    set_credential("kela", "api-key", SECRET)
    httpserver.expect_request(
        "/applications", query_string={"hetu": DEMO_CODE}, headers={CREDENTIAL_HEADER: SECRET}
    ).respond_with_json({"applications": []})
    brokered = Brokered(broker, "kela", httpserver.url_for("/"))

    view = brokered.describe(DEMO_CODE)

    assert view.problem is None  # the back office accepted the call: the key was on it
    assert row_values(view) == ["No applications in Kela's system."]
    assert SECRET not in repr(brokered.context.sent)
    assert SECRET not in every_text(view)
