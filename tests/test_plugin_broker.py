"""The broker against real back offices on 127.0.0.1: credentials, caps, floods, trickles,
stalls, cancellation and quitting, as the plugin process would see its answers."""

from __future__ import annotations

import contextlib
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from console import paths
from console.config import ConfigError, load_settings
from console.plugin_api import Health
from console.plugin_api.answers import answer_from_message
from console.plugin_api.describe import Cancelled
from console.plugin_host.broker import CREDENTIAL_HEADER, Broker, BrokerLimits
from console.plugin_host.credentials import set_credential
from console.plugin_host.manifest import Manifest

SUPPORT = Path(__file__).resolve().parent / "support"
SECRET = "kela-api-key-Zq9-never-in-a-plugin"
CODE = "131052-308T"


def manifest(plugin_id: str, *, health: str | None = None) -> Manifest:
    return Manifest(
        id=plugin_id,
        version="1.0.0",
        api=2,
        agency=plugin_id,
        entry_module="panel",
        entry_class="Plugin",
        health=health,
        names={"en": plugin_id},
        permissions=("identity_code",),
        link_hosts=(),
        credentials=("api-key",),
        settings=(),
        folder=None,
        source="bundled",
    )


class Inbox:
    """The answers a plugin process would be written, with when and on which thread."""

    def __init__(self) -> None:
        self.answers: list[dict[str, Any]] = []
        self.at: list[float] = []
        self.threads: list[str] = []
        self._cond = threading.Condition()

    def __call__(self, answer: dict[str, Any]) -> None:
        with self._cond:
            self.answers.append(answer)
            self.at.append(time.monotonic())
            self.threads.append(threading.current_thread().name)
            self._cond.notify_all()

    def wait(self, count: int = 1, timeout: float = 30.0) -> list[dict[str, Any]]:
        with self._cond:
            assert self._cond.wait_for(lambda: len(self.answers) >= count, timeout), (
                f"{len(self.answers)} of {count} answers in {timeout} s"
            )
            return list(self.answers)


def fetch(call: int, path: str, **fields: Any) -> dict[str, Any]:
    return {"kind": "fetch", "call": call, "generation": 1, "method": "GET", "path": path, **fields}


@pytest.fixture
def broker() -> Iterator[Broker]:
    made = Broker(BrokerLimits(concurrency=2, max_answer_mb=5, max_items=500))
    yield made
    assert made.close(), "broker threads left running"


class Stall:
    """A back office that takes every connection and never answers (until closed)."""

    def __init__(self) -> None:
        self.server = socket.create_server(("127.0.0.1", 0))
        self.url = f"http://127.0.0.1:{self.server.getsockname()[1]}"
        self.connections: list[socket.socket] = []
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    def _serve(self) -> None:
        with contextlib.suppress(OSError):
            while True:
                connection, _address = self.server.accept()
                self.connections.append(connection)

    def open_connections(self) -> int:
        """Connections the console still holds open to this back office."""
        still = 0
        for connection in self.connections:
            connection.setblocking(False)
            with contextlib.suppress(OSError):
                # The request is read (and dropped) first; then an end of stream or not.
                while connection.recv(65536):
                    pass
                continue
            still += 1
        return still

    def close(self) -> None:
        with contextlib.suppress(OSError):
            self.server.shutdown(socket.SHUT_RDWR)  # wakes the accept() waiting on it
        self.server.close()
        for connection in self.connections:
            connection.close()
        self.thread.join(timeout=5)


class Trickle:
    """A back office that sends its answer one byte every ``every`` seconds."""

    HEAD = b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 64\r\n\r\n"
    BODY = b'{"permits": ["' + b"x" * 48 + b'"]}'

    def __init__(self, every: float, *, headers_at_once: bool = False) -> None:
        self.every = every
        self.headers_at_once = headers_at_once
        self.stop = threading.Event()
        self.server = socket.create_server(("127.0.0.1", 0))
        self.url = f"http://127.0.0.1:{self.server.getsockname()[1]}"
        self.sent = 0
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    def _serve(self) -> None:
        with contextlib.suppress(OSError):
            connection, _address = self.server.accept()
            with connection:
                connection.recv(65536)
                answer = self.HEAD + self.BODY
                if self.headers_at_once:
                    connection.sendall(self.HEAD)
                    self.sent, answer = len(self.HEAD), self.BODY
                for byte in answer:
                    connection.sendall(bytes([byte]))
                    self.sent += 1
                    if self.stop.wait(self.every):
                        return

    def close(self) -> None:
        self.stop.set()
        with contextlib.suppress(OSError):
            self.server.shutdown(socket.SHUT_RDWR)
        self.server.close()
        self.thread.join(timeout=5)


# ---------------------------------------------------------------- credentials and caps
def test_the_credential_is_added_by_the_broker_and_long_lists_are_capped(
    httpserver: HTTPServer,
) -> None:
    set_credential("kela", "api-key", SECRET)
    applications = [{"id": number} for number in range(1200)]
    httpserver.expect_request(
        "/kela/applications", query_string={"hetu": CODE}, headers={CREDENTIAL_HEADER: SECRET}
    ).respond_with_json({"applications": applications, "visitor": "known"})
    broker = Broker(BrokerLimits(max_items=500))
    broker.configure(
        "kela", manifest("kela"), {"base_url": httpserver.url_for("/kela")}, ca_bundle=None
    )
    inbox = Inbox()
    try:
        # What the plugin sends holds no credential: only the broker has it.
        message = fetch(1, "/applications", params={"hetu": CODE}, items="applications", key="a")
        assert SECRET not in repr(message)
        broker.submit("kela", message, inbox)
        [wire] = inbox.wait()
    finally:
        assert broker.close()

    assert wire["ok"] is True
    assert SECRET not in repr(wire)
    answer = answer_from_message(wire)
    assert answer.total == 1200
    assert len(answer.data["applications"]) == 500
    assert answer.data["applications"][-1] == {"id": 499}
    assert answer.data["visitor"] == "known"
    assert inbox.threads[0].startswith("broker-kela-")


def test_a_failed_call_brings_back_the_remembered_answer_to_the_same_request_only(
    httpserver: HTTPServer, broker: Broker
) -> None:
    httpserver.expect_oneshot_request("/persons", query_string={"hetu": CODE}).respond_with_json(
        {"name": "Matti"}
    )
    httpserver.expect_request("/persons").respond_with_data("down", status=503)
    broker.configure("dvv", manifest("dvv"), {"base_url": httpserver.url_for("/")}, None)
    inbox = Inbox()

    broker.submit("dvv", fetch(1, "/persons", params={"hetu": CODE}, key="person"), inbox)
    inbox.wait(1)
    broker.submit("dvv", fetch(2, "/persons", params={"hetu": CODE}, key="person"), inbox)
    inbox.wait(2)
    # The next visitor, under the same key: never the previous visitor's answer.
    broker.submit("dvv", fetch(3, "/persons", params={"hetu": "010190-123M"}, key="person"), inbox)
    first, again, other = (answer_from_message(wire) for wire in inbox.wait(3))

    assert first.data == {"name": "Matti"}
    assert not first.stale
    assert again.stale
    assert again.data == {"name": "Matti"}
    assert again.fetched_at == first.fetched_at
    assert again.error is not None
    assert "ran into a problem (503)" in again.error.message
    assert other.data is None
    assert not other.stale
    assert other.error is not None


def test_a_call_outside_the_rules_is_refused_unsent(httpserver: HTTPServer, broker: Broker) -> None:
    broker.configure("vero", manifest("vero"), {"base_url": httpserver.url_for("/")}, None)
    inbox = Inbox()

    broker.submit("vero", fetch(1, "/tax\r\nX-Api-Key: stolen"), inbox)
    broker.submit("vero", {**fetch(2, "/tax"), "method": "DELETE"}, inbox)
    broker.submit("vero", fetch(3, "/tax", params={"year": 2026}), inbox)
    broker.submit("nobody", fetch(4, "/tax"), inbox)
    answers = {wire["call"]: wire for wire in inbox.wait(4)}

    assert all(wire["error"]["kind"] == "invalid" for wire in answers.values())
    assert "does not make" in answers[1]["error"]["message"]
    assert "not set up" in answers[4]["error"]["message"]
    assert len(httpserver.log) == 0


def test_a_redirect_away_from_the_back_office_is_not_followed(
    httpserver: HTTPServer, broker: Broker
) -> None:
    # The plugin reaches its back office only: not, through it, 127.0.0.1's other ports.
    elsewhere = HTTPServer(host="127.0.0.1", port=0)
    elsewhere.start()
    try:
        elsewhere.expect_request("/landing").respond_with_json({"landed": True})
        httpserver.expect_request("/moved").respond_with_data(
            "", status=302, headers={"Location": elsewhere.url_for("/landing")}
        )
        httpserver.expect_request("/here").respond_with_data(
            "", status=301, headers={"Location": "/there"}
        )
        httpserver.expect_request("/there").respond_with_json({"here": True})
        broker.configure("vero", manifest("vero"), {"base_url": httpserver.url_for("/")}, None)
        inbox = Inbox()

        broker.submit("vero", fetch(1, "/moved"), inbox)
        broker.submit("vero", fetch(2, "/here"), inbox)
        answers = {wire["call"]: wire for wire in inbox.wait(2)}
    finally:
        elsewhere.clear()
        elsewhere.stop()

    assert answers[1]["error"]["kind"] == "refused"
    assert "does not follow it there" in answers[1]["error"]["message"]
    assert elsewhere.log == []
    assert answers[2]["data"] == {"here": True}


# ---------------------------------------------------------------- floods and trickles
def _memory() -> tuple[int, int]:
    """(resident now, resident at most since the last reset) of this process, in MB."""
    fields = dict(line.split(":", 1) for line in Path("/proc/self/status").read_text().splitlines())
    return int(fields["VmRSS"].split()[0]) // 1024, int(fields["VmHWM"].split()[0]) // 1024


@pytest.fixture
def flood() -> Iterator[str]:
    server = subprocess.Popen(
        [sys.executable, str(SUPPORT / "flood_back_office.py")],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert server.stdout is not None
        port, size, within = server.stdout.readline().split()
        assert int(size) > 52_000_000  # 100,000 applications
        assert 4_500_000 < int(within) < 5 * 1024 * 1024  # 9,000 of them
        yield f"http://127.0.0.1:{port}"
    finally:
        server.kill()
        server.wait(timeout=10)
        if server.stdout is not None:
            server.stdout.close()


@pytest.mark.slow
@pytest.mark.skipif(not Path("/proc/self/clear_refs").exists(), reason="Linux memory counters")
@pytest.mark.parametrize("path", ["/declared", "/chunked"])
def test_a_flood_of_52_mb_is_refused_with_a_clear_message_in_little_memory(
    flood: str, broker: Broker, path: str, capsys: pytest.CaptureFixture[str]
) -> None:
    broker.configure("kela", manifest("kela"), {"base_url": flood}, None)
    inbox = Inbox()
    Path("/proc/self/clear_refs").write_text("5")  # the peak counts from here
    before, _peak = _memory()
    started = time.monotonic()

    broker.submit("kela", fetch(1, path, items="applications", key="a"), inbox)
    [wire] = inbox.wait(timeout=60)
    took = time.monotonic() - started
    after, peak = _memory()

    answer = answer_from_message(wire)
    assert answer.data is None
    assert answer.error is not None
    assert answer.error.message == (
        "The back office at 127.0.0.1 sent an answer too large to read (over 5 MB)."
    )
    assert peak < 300, f"{peak} MB resident at the peak"
    with capsys.disabled():
        print(
            f"\nflood {path}: refused in {took:.3f} s; resident {before} MB before, "
            f"peak {peak} MB (+{peak - before}), {after} MB after"
        )


@pytest.mark.slow
@pytest.mark.parametrize("part", ["headers", "body"])
def test_an_answer_trickling_one_byte_every_3_s_ends_at_the_deadline(
    broker: Broker, capsys: pytest.CaptureFixture[str], part: str
) -> None:
    # Each byte comes well within the bundled plugins' 8 s read timeout: only the call's
    # deadline (20 s: the longer of 20 s and 3.05 + 2 x 8 s) ends it.
    server = Trickle(every=3.0, headers_at_once=part == "body")
    broker.configure(
        "poliisi", manifest("poliisi"), {"base_url": server.url, "timeout_seconds": 8.0}, None
    )
    inbox = Inbox()
    started = time.monotonic()
    try:
        broker.submit("poliisi", fetch(1, "/permits", key="p"), inbox)
        [wire] = inbox.wait(timeout=40)
    finally:
        server.close()
    took = time.monotonic() - started

    assert wire["error"]["kind"] == "timeout"
    assert "did not answer in time" in wire["error"]["message"]
    assert "no complete answer in 20 s" in wire["error"]["details"]
    assert 19.5 <= took <= 22.0
    with capsys.disabled():
        print(
            f"\ntrickle in the {part}: {server.sent} bytes in, ended after {took:.2f} s "
            "(deadline 20 s)"
        )


@pytest.mark.slow
@pytest.mark.skipif(not Path("/proc/self/clear_refs").exists(), reason="Linux memory counters")
def test_a_large_answer_within_the_cap_reaches_the_plugin_as_its_first_500_entries(
    flood: str, broker: Broker, capsys: pytest.CaptureFixture[str]
) -> None:
    broker.configure("kela", manifest("kela"), {"base_url": flood}, None)
    inbox = Inbox()
    Path("/proc/self/clear_refs").write_text("5")
    before, _peak = _memory()
    started = time.monotonic()

    broker.submit("kela", fetch(1, "/within", items="applications", key="a"), inbox)
    [wire] = inbox.wait(timeout=60)
    took = time.monotonic() - started
    after, peak = _memory()

    answer = answer_from_message(wire)
    assert answer.error is None
    assert answer.total == 9000
    assert len(answer.data["applications"]) == 500
    assert peak < 300, f"{peak} MB resident at the peak"
    with capsys.disabled():
        print(
            f"\n4.7 MB answer, 9,000 applications: 500 handed on in {took:.3f} s; resident "
            f"{before} MB before, peak {peak} MB (+{peak - before}), {after} MB after"
        )


# ---------------------------------------------------------------- isolation
@pytest.mark.slow
def test_a_stalled_plugin_with_20_queued_calls_does_not_delay_another(
    httpserver: HTTPServer, broker: Broker, capsys: pytest.CaptureFixture[str]
) -> None:
    stall = Stall()
    httpserver.expect_request("/tax").respond_with_json({"tax": "ok"})
    broker.configure("kela", manifest("kela"), {"base_url": stall.url}, None)
    broker.configure("vero", manifest("vero"), {"base_url": httpserver.url_for("/")}, None)

    def vero_latencies(first_call: int) -> list[float]:
        inbox = Inbox()
        latencies = []
        for number in range(10):
            started = time.monotonic()
            broker.submit("vero", fetch(first_call + number, "/tax"), inbox)
            inbox.wait(number + 1)
            latencies.append(inbox.at[number] - started)
        assert all(wire["ok"] for wire in inbox.answers)
        return sorted(latencies)

    broker.submit("vero", fetch(0, "/tax"), Inbox())  # its client made, its connection open
    alone = vero_latencies(1)
    stalled = Inbox()
    for call in range(22):
        broker.submit("kela", fetch(call, "/applications"), stalled)
    deadline = time.monotonic() + 10
    while broker.pending("kela") != (20, 2) and time.monotonic() < deadline:
        time.sleep(0.01)
    try:
        assert broker.pending("kela") == (20, 2)
        beside = vero_latencies(100)
        assert beside[-1] < 1.0
        assert stalled.answers == []
        assert broker.pending("kela") == (20, 2)
    finally:
        broker.cancel("kela", 2)
        stalled.wait(22, timeout=5)
        stall.close()
    with capsys.disabled():
        print(
            f"\nanother plugin's calls, 10 each: alone median {alone[5] * 1000:.1f} ms, worst "
            f"{alone[-1] * 1000:.1f} ms; beside a stalled one (2 running, 20 queued) median "
            f"{beside[5] * 1000:.1f} ms, worst {beside[-1] * 1000:.1f} ms"
        )


def test_cancelling_answers_queued_calls_at_once_and_frees_the_threads(
    httpserver: HTTPServer, broker: Broker, capsys: pytest.CaptureFixture[str]
) -> None:
    stall = Stall()
    broker.configure("kela", manifest("kela"), {"base_url": stall.url}, None)
    old = Inbox()
    for call in range(7):
        broker.submit("kela", {**fetch(call, "/applications"), "generation": 3}, old)
    deadline = time.monotonic() + 10
    while (broker.pending("kela") != (5, 2) or len(stall.connections) < 2) and (
        time.monotonic() < deadline
    ):
        time.sleep(0.01)
    assert broker.pending("kela") == (5, 2)

    started = time.monotonic()
    broker.cancel("kela", 4)
    answers = old.wait(7, timeout=5)
    took = time.monotonic() - started

    try:
        assert all(wire["error"]["kind"] == "cancelled" for wire in answers)
        assert broker.pending("kela") == (0, 0)
        assert took < 0.5
        assert "MainThread" not in old.threads
        with pytest.raises(Cancelled):
            answer_from_message(answers[0])
        # The sockets the stalled calls held are shut, and the threads take new work.
        deadline = time.monotonic() + 5
        while stall.open_connections() and time.monotonic() < deadline:
            time.sleep(0.01)
        assert stall.open_connections() == 0
        httpserver.expect_request("/applications").respond_with_json({"applications": []})
        broker.configure("kela", manifest("kela"), {"base_url": httpserver.url_for("/")}, None)
        new = Inbox()
        broker.submit("kela", {**fetch(10, "/applications"), "generation": 4}, new)
        assert new.wait()[0]["ok"] is True
        # A late call of an old generation is answered "cancelled" unsent.
        broker.submit("kela", {**fetch(11, "/applications"), "generation": 3}, new)
        assert new.wait(2)[1]["error"]["kind"] == "cancelled"
    finally:
        stall.close()
    with capsys.disabled():
        print(f"\ncancel: 2 running and 5 queued calls answered in {took * 1000:.1f} ms")


def test_closing_ends_every_call_and_thread_within_2_s(broker: Broker) -> None:
    stall = Stall()
    broker.configure("kela", manifest("kela", health="/health"), {"base_url": stall.url}, None)
    inbox = Inbox()
    for call in range(6):
        broker.submit("kela", fetch(call, "/applications"), inbox)
    health: list[Health] = []
    assert broker.check_health("kela", health.append)
    deadline = time.monotonic() + 10
    while len(stall.connections) < 3 and time.monotonic() < deadline:
        time.sleep(0.01)

    started = time.monotonic()
    try:
        assert broker.close()
        took = time.monotonic() - started
        answers = inbox.wait(6, timeout=1)
    finally:
        stall.close()

    assert took < 2.0
    assert all(wire["error"]["kind"] == "cancelled" for wire in answers)
    assert health == []  # a check cut short by quitting reports nothing
    after = Inbox()
    broker.submit("kela", fetch(9, "/applications"), after)
    assert after.wait()[0]["error"]["kind"] == "cancelled"


# ---------------------------------------------------------------- health
def test_health_is_checked_off_the_callers_thread_one_check_at_a_time(
    httpserver: HTTPServer, broker: Broker
) -> None:
    slow = threading.Event()

    def answer(_request: Request) -> Response:
        slow.wait(5)
        return Response("{}", content_type="application/json")

    httpserver.expect_request("/health").respond_with_handler(answer)
    broker.configure(
        "dvv", manifest("dvv", health="/health"), {"base_url": httpserver.url_for("/")}, None
    )
    broker.configure("vero", manifest("vero"), {"base_url": httpserver.url_for("/")}, None)
    reports: list[tuple[Health, str]] = []
    done = threading.Event()

    def report(health: Health) -> None:
        reports.append((health, threading.current_thread().name))
        done.set()

    assert broker.check_health("dvv", report)
    assert not broker.check_health("dvv", report)  # the first is still waiting
    assert not broker.check_health("vero", report)  # no health path declared
    slow.set()
    assert done.wait(10)
    assert reports == [(Health.HEALTHY, "broker-dvv-health")]


# ---------------------------------------------------------------- settings
def test_the_limits_come_from_the_site_file_beside_the_plugins_own_tables() -> None:
    site = paths.site_config_file()
    site.parent.mkdir(parents=True, exist_ok=True)
    site.write_text(
        "[plugins]\nconcurrency = 4\nmax_answer_mb = 2\nmax_items = 50\n"
        '[plugins.kela]\nbase_url = "https://kela.example"\n',
        encoding="utf-8",
    )
    settings = load_settings(environ={})

    assert BrokerLimits.from_settings(settings) == BrokerLimits(4, 2, 50)
    assert settings.plugin_values("kela") == {"base_url": "https://kela.example"}
    assert BrokerLimits.from_settings(load_settings(environ={"TISKI_PLUGINS_MAX_ITEMS": "20"})) == (
        BrokerLimits(4, 2, 20)
    )
    with pytest.raises(ConfigError, match="max_answer_mb"):
        load_settings(environ={"TISKI_PLUGINS_MAX_ANSWER_MB": "64"})


# ---------------------------------------------------------------- every call, one answer
def test_every_call_gets_exactly_one_answer_whatever_the_cancels_and_the_threads(
    httpserver: HTTPServer,
) -> None:
    def answer(request: Request) -> Response:
        time.sleep(int(request.args["ms"]) / 1000)  # the back office taking its time
        return Response('{"ok": true}', content_type="application/json")

    httpserver.expect_request("/work").respond_with_handler(answer)
    broker = Broker(BrokerLimits(concurrency=3))
    plugins = ("kela", "vero", "dvv")
    for plugin_id in plugins:
        broker.configure(
            plugin_id, manifest(plugin_id), {"base_url": httpserver.url_for("/")}, None
        )
    inbox = Inbox()
    generations = dict.fromkeys(plugins, 1)

    def advisor(number: int) -> None:
        # Each thread stands for a plugin process and a visitor changing now and then.
        plugin_id = plugins[number % 3]
        for call in range(40):
            message = fetch(number * 1000 + call, "/work", params={"ms": str(call % 7)})
            message["generation"] = generations[plugin_id]
            broker.submit(plugin_id, message, inbox)
            if call % 9 == 8:
                generations[plugin_id] += 1
                broker.cancel(plugin_id, generations[plugin_id])

    threads = [threading.Thread(target=advisor, args=(number,)) for number in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    answers = inbox.wait(240, timeout=60)
    assert broker.close()
    time.sleep(0.1)  # nothing more may come

    numbers = [wire["call"] for wire in inbox.answers]
    assert len(numbers) == 240
    assert len(set(numbers)) == 240
    kinds = {wire["error"]["kind"] if not wire["ok"] else "ok" for wire in answers}
    assert kinds <= {"ok", "cancelled"}
    assert "ok" in kinds
    assert "MainThread" not in inbox.threads


def test_configuring_again_reads_a_credential_stored_meanwhile(
    httpserver: HTTPServer, broker: Broker
) -> None:
    httpserver.expect_request("/tax", headers={CREDENTIAL_HEADER: SECRET}).respond_with_json({})
    httpserver.expect_request("/tax").respond_with_data("who are you", status=401)
    broker.configure("vero", manifest("vero"), {"base_url": httpserver.url_for("/")}, None)
    inbox = Inbox()

    broker.submit("vero", fetch(1, "/tax"), inbox)
    inbox.wait(1)
    set_credential("vero", "api-key", SECRET)  # IT, in Settings -> Plugins
    broker.configure("vero", manifest("vero"), {"base_url": httpserver.url_for("/")}, None)
    broker.submit("vero", fetch(2, "/tax"), inbox)
    before, after = inbox.wait(2)

    assert "did not accept the console's credentials (401)" in before["error"]["message"]
    assert after["ok"] is True
