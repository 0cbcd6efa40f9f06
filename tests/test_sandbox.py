"""The sandbox back offices: recorded answers and faults over real HTTP on 127.0.0.1."""

from __future__ import annotations

import json
import logging
import queue
import re
import signal
import subprocess
import sys
import threading
import time
import tomllib
from collections.abc import Iterator
from pathlib import Path

import pytest
import requests
from stdnum.fi import hetu, ytunnus

from console.cli.sandbox import DEFAULT_PORT as CLI_DEFAULT_PORT
from console.ops.sandbox import (
    DEFAULT_PORT,
    FAULT_HEADER,
    LATENCY_HEADER,
    TIMEOUT_FAULT_SECONDS,
    SandboxError,
    SandboxServer,
)

ROOT = Path(__file__).resolve().parent.parent
PLUGINS = ROOT / "plugins"
PLUGIN_IDS = {"kela", "vero", "dvv", "poliisi", "tyollisyys", "pori", "prh", "rest"}
MATTI = "131052-308T"  # Matti Mäkinen, fictional (docs/sandbox.md)
NOBODY = "010180-1232"  # valid, but no recorded answer anywhere
IDENTITY_CODE = re.compile(r"\b\d{6}[-+A-FU-Y]\d{3}[0-9A-Y]\b")


@pytest.fixture
def sandbox() -> Iterator[SandboxServer]:
    server = SandboxServer(PLUGINS, port=0)
    server.start()
    yield server
    server.stop()


def get(
    server: SandboxServer,
    path: str,
    *,
    params: dict[str, str] | None = None,
    headers: dict[str, str] | None = None,
    timeout: float = 5,
) -> requests.Response:
    return requests.get(f"{server.base_url}{path}", params=params, headers=headers, timeout=timeout)


# ---------------------------------------------------------------- recorded answers
def test_kela_applications_of_a_demo_visitor(sandbox: SandboxServer) -> None:
    assert sandbox.base_url.startswith("http://127.0.0.1:")
    answer = get(sandbox, "/kela/applications", params={"hetu": MATTI})
    assert answer.status_code == 200
    assert answer.headers["Content-Type"].startswith("application/json")
    first = answer.json()["applications"][0]
    assert first["benefit"] == "Yleinen asumistuki"
    assert first["state"] == "Käsittelyssä"
    assert first["missing_attachments"] == ["Vuokrasopimus"]


def test_an_unknown_visitor_gets_a_well_formed_empty_answer(sandbox: SandboxServer) -> None:
    assert get(sandbox, "/kela/applications", params={"hetu": NOBODY}).json() == {
        "applications": []
    }
    assert get(sandbox, "/vero/taxcard", params={"hetu": NOBODY}).json() == {"taxcard": None}
    assert get(sandbox, "/tyollisyys/jobseeker", params={"hetu": NOBODY}).json() == {
        "jobseeker": None
    }
    nobody = {"name": "Nobody Here", "birth_date": "1980-01-01"}
    assert get(sandbox, "/pori/applications", params=nobody).json() == {"applications": []}
    assert get(sandbox, "/rest/people", params={"name": "Nobody Here"}).json() == []


def test_parameters_match_in_any_order_and_extra_ones_are_ignored(
    sandbox: SandboxServer,
) -> None:
    asked = {"lang": "fi", "birth_date": "1952-10-13", "name": "Matti Mäkinen"}
    applications = get(sandbox, "/pori/applications", params=asked).json()["applications"]
    assert [a["area"] for a in applications] == ["housing", "social_services"]


def test_a_company_by_business_id_and_an_unknown_one(sandbox: SandboxServer) -> None:
    company = get(sandbox, "/prh/companies/2845127-6").json()
    assert company["name"] == "Porin Puutyö Oy"
    assert company["address"]["city"] == "Pori"
    unknown = get(sandbox, "/prh/companies/1234567-1")
    assert unknown.status_code == 404
    assert unknown.json()["error"] == "not_found"


def test_health_and_what_is_not_there(sandbox: SandboxServer) -> None:
    for plugin_id in PLUGIN_IDS:
        assert get(sandbox, f"/{plugin_id}/health").json() == {"status": "ok"}
    assert get(sandbox, "/").json() == {"plugins": sorted(PLUGIN_IDS)}
    assert get(sandbox, "/kela/no-such-path").status_code == 404
    assert get(sandbox, "/nobody/health").status_code == 404
    assert requests.post(f"{sandbox.base_url}/kela/applications", timeout=5).status_code == 405


# ---------------------------------------------------------------- faults
def arrange_fault(
    way: str, server: SandboxServer, fault: str | None, latency: float = 0.0
) -> dict[str, str]:
    """Set the fault the given way; return the headers the request must carry."""
    if way == "set_fault":
        server.set_fault("kela", fault, latency=latency)
        return {}
    if way == "endpoint":
        answer = requests.post(
            f"{server.base_url}/_faults/kela",
            json={"fault": fault, "latency": latency},
            timeout=5,
        )
        assert answer.status_code == 200
        assert answer.json() == {"plugin": "kela", "fault": fault, "latency": latency}
        return {}
    return {FAULT_HEADER: fault or "none", LATENCY_HEADER: str(latency)}


WAYS = ["set_fault", "endpoint", "header"]


def kela(server: SandboxServer, headers: dict[str, str], timeout: float = 5) -> requests.Response:
    asked = {"hetu": MATTI}
    return get(server, "/kela/applications", params=asked, headers=headers, timeout=timeout)


def assert_well_again(server: SandboxServer, way: str) -> None:
    if way != "header":
        arrange_fault(way, server, None)
    assert kela(server, {}).json()["applications"][0]["benefit"] == "Yleinen asumistuki"
    assert get(server, "/vero/health").status_code == 200  # other back offices never noticed


@pytest.mark.parametrize("way", WAYS)
def test_fault_500(sandbox: SandboxServer, way: str) -> None:
    headers = arrange_fault(way, sandbox, "500")
    answer = kela(sandbox, headers)
    assert answer.status_code == 500
    assert answer.json()["error"] == "internal"
    if way != "header":
        assert get(sandbox, "/kela/health").status_code == 500  # health is broken too
    assert_well_again(sandbox, way)


@pytest.mark.parametrize("way", WAYS)
def test_fault_malformed(sandbox: SandboxServer, way: str) -> None:
    headers = arrange_fault(way, sandbox, "malformed")
    answer = kela(sandbox, headers)
    assert answer.status_code == 200
    assert answer.text.startswith('{"applications"')
    with pytest.raises(requests.JSONDecodeError):
        answer.json()
    assert_well_again(sandbox, way)


def test_fault_huge_sends_50_mb(sandbox: SandboxServer) -> None:
    sandbox.set_fault("kela", "huge")
    with requests.get(f"{sandbox.base_url}/kela/applications", stream=True, timeout=5) as answer:
        assert answer.status_code == 200
        assert int(answer.headers["Content-Length"]) > 50_000_000
        assert next(answer.iter_content(10)) == b'{"rows": "'
    sandbox.clear_faults()


def test_fault_trickle_sends_the_answer_a_byte_at_a_time(sandbox: SandboxServer) -> None:
    sandbox.set_fault("kela", "trickle")
    url = f"{sandbox.base_url}/kela/applications"
    with requests.get(url, params={"hetu": MATTI}, stream=True, timeout=5) as answer:
        assert answer.status_code == 200
        assert int(answer.headers["Content-Length"]) > 1
        assert next(answer.iter_content(1)) == b"{"
    sandbox.stop()  # the rest would take minutes: stopping ends the trickle at once


@pytest.mark.parametrize("way", WAYS)
def test_latency(sandbox: SandboxServer, way: str) -> None:
    headers = arrange_fault(way, sandbox, None, latency=0.3)
    started = time.monotonic()
    answer = kela(sandbox, headers)
    assert time.monotonic() - started >= 0.3
    assert answer.json()["applications"][0]["benefit"] == "Yleinen asumistuki"
    assert_well_again(sandbox, way)


@pytest.mark.parametrize("way", WAYS)
def test_fault_timeout(sandbox: SandboxServer, way: str) -> None:
    headers = arrange_fault(way, sandbox, "timeout")
    with pytest.raises(requests.Timeout):
        kela(sandbox, headers, timeout=0.3)
    assert_well_again(sandbox, way)


@pytest.mark.parametrize("way", WAYS)
def test_fault_refuse(sandbox: SandboxServer, way: str) -> None:
    headers = arrange_fault(way, sandbox, "refuse")
    with pytest.raises(requests.ConnectionError):
        kela(sandbox, headers)
    assert_well_again(sandbox, way)


def test_the_faults_endpoint_refuses_nonsense(sandbox: SandboxServer) -> None:
    faults = f"{sandbox.base_url}/_faults"
    assert requests.post(f"{faults}/nobody", json={"fault": "500"}, timeout=5).status_code == 404
    assert requests.post(f"{faults}/kela", json={"fault": "boom"}, timeout=5).status_code == 400
    assert requests.post(f"{faults}/kela", json={"latency": -1}, timeout=5).status_code == 400
    assert requests.post(f"{faults}/kela", data=b"[", timeout=5).status_code == 400
    requests.post(f"{faults}/vero", json={"fault": "500", "latency": 0.5}, timeout=5)
    assert requests.get(faults, timeout=5).json() == {"vero": {"fault": "500", "latency": 0.5}}
    with pytest.raises(ValueError, match="fault must be one of"):
        sandbox.set_fault("kela", "boom")
    with pytest.raises(KeyError):
        sandbox.set_fault("nobody", "500")


def test_stop_does_not_wait_for_a_hanging_request(sandbox: SandboxServer) -> None:
    sandbox.set_fault("kela", "timeout")
    outcome: queue.Queue[object] = queue.Queue()

    def ask() -> None:
        try:
            outcome.put(kela(sandbox, {}, timeout=30))
        except requests.RequestException as error:
            outcome.put(error)

    asking = threading.Thread(target=ask)
    asking.start()
    time.sleep(0.2)  # let the request reach the hanging handler
    # The handler would hang for TIMEOUT_FAULT_SECONDS (60 s): half of that only
    # guards against a stop that waits for it, even on a busy machine.
    guard = TIMEOUT_FAULT_SECONDS / 2
    stopping = threading.Thread(target=sandbox.stop)
    stopping.start()
    stopping.join(timeout=guard)
    assert not stopping.is_alive(), "stop() waited for the hanging request"
    asking.join(timeout=guard)
    assert isinstance(outcome.get(timeout=guard), requests.ConnectionError)


def test_the_access_log_is_debug_only_and_masks_identity_codes(
    sandbox: SandboxServer, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.INFO, logger="console.ops.sandbox"):
        kela(sandbox, {})
    assert "/kela/applications" not in caplog.text
    with caplog.at_level(logging.DEBUG, logger="console.ops.sandbox"):
        kela(sandbox, {})
    assert "GET /kela/applications?hetu=131052-****" in caplog.text
    assert MATTI not in caplog.text


def test_a_broken_answers_file_is_named(tmp_path: Path) -> None:
    answers = tmp_path / "kela" / "sandbox" / "answers.json"
    answers.parent.mkdir(parents=True)
    answers.write_text('{"/applications": {"*": {"$status": "soon"}}}', encoding="utf-8")
    with pytest.raises(SandboxError, match=r"answers\.json: /applications: \*"):
        SandboxServer(tmp_path)
    answers.write_text("{", encoding="utf-8")
    with pytest.raises(SandboxError, match="cannot read the recorded answers"):
        SandboxServer(tmp_path)


# ---------------------------------------------------------------- the plugins' data
PLUGIN_KEYS = {"id", "version", "api", "agency", "entry", "health", "names"}
VISITOR_FIELDS = {"name", "identity_code", "birth_date", "contact", "language"}
SETTING_TYPES = {"url": str, "str": str, "int": int, "float": float, "bool": bool}
AGENCIES = {"pori", "kela", "vero", "dvv", "poliisi", "tyollisyys"}


def plugin_folders() -> list[Path]:
    return sorted(folder for folder in PLUGINS.iterdir() if (folder / "plugin.toml").exists())


def test_every_first_party_plugin_has_its_data() -> None:
    assert {folder.name for folder in plugin_folders()} == PLUGIN_IDS
    for folder in plugin_folders():
        assert (folder / "openapi.yaml").is_file()
        assert (folder / "sandbox" / "answers.json").is_file()


@pytest.mark.parametrize("plugin_id", sorted(PLUGIN_IDS))
def test_manifest_has_what_docs_plugins_md_requires(plugin_id: str) -> None:
    manifest = tomllib.loads((PLUGINS / plugin_id / "plugin.toml").read_text(encoding="utf-8"))
    plugin = manifest["plugin"]
    assert set(plugin) <= PLUGIN_KEYS
    assert PLUGIN_KEYS - {"health"} <= set(plugin)
    assert plugin["id"] == plugin_id
    assert plugin["version"] == "1.0.0"
    assert plugin["api"] == 2  # every bundled plugin describes its panel (issue 14)
    assert plugin["agency"] in AGENCIES
    assert re.fullmatch(r"[a-z_][a-z0-9_]*:[A-Za-z_][A-Za-z0-9_]*", plugin["entry"])
    assert set(plugin["names"]) == {"fi", "sv", "en"}
    assert all(name.strip() for name in plugin["names"].values())
    assert set(manifest["permissions"]["visitor"]) <= VISITOR_FIELDS
    for host in manifest["links"]["hosts"]:
        assert re.fullmatch(r"[a-z0-9.-]+\.[a-z]{2,}", host), host
    assert all(isinstance(name, str) for name in manifest["credentials"]["names"])
    for name, setting in manifest["settings"].items():
        assert isinstance(setting["default"], SETTING_TYPES[setting["type"]]), name
        if "minimum" in setting:
            assert setting["minimum"] <= setting["default"] <= setting["maximum"], name
    assert manifest["settings"]["base_url"]["type"] == "url"
    base_url = manifest["settings"]["base_url"]["default"]
    assert base_url == f"http://127.0.0.1:{DEFAULT_PORT}/{plugin_id}"
    assert manifest["settings"]["timeout_seconds"]["default"] == 8.0


def test_manifests_give_each_plugin_its_visitor_fields() -> None:
    def visitor(plugin_id: str) -> list[str]:
        text = (PLUGINS / plugin_id / "plugin.toml").read_text(encoding="utf-8")
        return list(tomllib.loads(text)["permissions"]["visitor"])

    for plugin_id in ("kela", "vero", "dvv", "poliisi", "tyollisyys"):
        assert visitor(plugin_id) == ["identity_code", "language"]
    assert visitor("pori") == ["name", "birth_date", "language"]
    assert visitor("prh") == []
    assert visitor("rest") == ["name"]


def openapi_paths(text: str) -> set[str]:
    section = text.split("\npaths:\n", 1)[1].split("\ncomponents:", 1)[0]
    return set(re.findall(r"^  (/\S*):\s*$", section, flags=re.MULTILINE))


def served_by(route: str, contract: set[str]) -> bool:
    """Whether ``route`` (maybe with ``{name}`` segments) is one of the contract's paths."""
    for path in contract:
        segments = [
            "[^/]+" if segment.startswith("{") else re.escape(segment)
            for segment in path.split("/")
        ]
        if route == path or re.fullmatch("/".join(segments), route):
            return True
    return False


@pytest.mark.parametrize("plugin_id", sorted(PLUGIN_IDS))
def test_openapi_describes_every_recorded_path(plugin_id: str) -> None:
    text = (PLUGINS / plugin_id / "openapi.yaml").read_text(encoding="utf-8")
    assert re.search(r"^openapi: ['\"]?3\.0\.\d", text, flags=re.MULTILINE)
    contract = openapi_paths(text)
    assert "/health" in contract
    assert "name: X-Api-Key" in text or plugin_id == "prh"
    answers = json.loads((PLUGINS / plugin_id / "sandbox/answers.json").read_text("utf-8"))
    routes = [route for route in answers if route.startswith("/")]
    assert routes
    for route in routes:
        assert served_by(route, contract), route


def test_recorded_identity_codes_and_business_ids_are_valid() -> None:
    codes: set[str] = set()
    for folder in plugin_folders():
        text = (folder / "sandbox" / "answers.json").read_text(encoding="utf-8")
        codes |= set(IDENTITY_CODE.findall(text))
    assert MATTI in codes
    assert len(codes) >= 4
    for code in codes:
        assert hetu.validate(code) == code
    prh = json.loads((PLUGINS / "prh/sandbox/answers.json").read_text("utf-8"))
    business_ids = [route.rsplit("/", 1)[1] for route in prh if route.startswith("/companies/")]
    for business_id in business_ids:
        if not business_id.startswith("{"):
            assert ytunnus.format(ytunnus.validate(business_id)) == business_id


def test_recorded_names_are_demo_visitors() -> None:
    demo = tomllib.loads((ROOT / "resources/demo/desk.toml").read_text(encoding="utf-8"))
    visitors = {visit.get("visitor_name") for visit in demo["visit"]}
    names = set()
    for plugin_id in ("pori", "rest"):
        answers = json.loads((PLUGINS / plugin_id / "sandbox/answers.json").read_text("utf-8"))
        for queries in (q for route, q in answers.items() if route.startswith("/")):
            names |= set(re.findall(r"name=([^&]+)", "&".join(queries)))
    assert names
    assert names <= visitors


# ---------------------------------------------------------------- tiski sandbox serve
def first_line(process: subprocess.Popen[str], seconds: float) -> str:
    lines: queue.Queue[str] = queue.Queue()
    assert process.stdout is not None
    stdout = process.stdout
    threading.Thread(target=lambda: lines.put(stdout.readline()), daemon=True).start()
    return lines.get(timeout=seconds).strip()


@pytest.mark.slow
def test_tiski_sandbox_serve_answers_until_sigterm(tiski_env: dict[str, str]) -> None:
    assert CLI_DEFAULT_PORT == DEFAULT_PORT
    with subprocess.Popen(
        [sys.executable, "-m", "console", "sandbox", "serve", "--port", "0"],
        env=tiski_env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    ) as process:
        try:
            base_url = first_line(process, 30)
            assert re.fullmatch(r"http://127\.0\.0\.1:\d+", base_url)
            assert requests.get(f"{base_url}/kela/health", timeout=5).json() == {"status": "ok"}
            said = first_line(process, 10)
            assert "kela" in said
            assert "vero" in said
        finally:
            process.send_signal(signal.SIGTERM)
            _out, errors = process.communicate(timeout=20)
    assert process.returncode == 0, errors
    assert "Traceback" not in errors
    with pytest.raises(requests.ConnectionError):
        requests.get(f"{base_url}/kela/health", timeout=2)


@pytest.mark.slow
def test_tiski_sandbox_serve_on_a_busy_port_is_a_plain_message(
    tiski_env: dict[str, str], sandbox: SandboxServer
) -> None:
    port = sandbox.base_url.rsplit(":", 1)[1]
    result = subprocess.run(
        [sys.executable, "-m", "console", "--language", "en", "sandbox", "serve", "--port", port],
        env=tiski_env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 2
    assert f"Cannot listen on 127.0.0.1:{port}" in result.stderr
    assert "Traceback" not in result.stderr
