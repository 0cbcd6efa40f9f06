"""API 2 plugins in their own processes: real children, a real back office on 127.0.0.1.

What is checked is what the console gets to show (the views) and what is left
running afterwards (no child process).
"""

from __future__ import annotations

import json
import logging
import os
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from pytest_httpserver import HTTPServer
from pytestqt.qtbot import QtBot
from werkzeug import Request, Response

from console.plugin_api.model import Visitor
from console.plugin_api.view import Section, Table, View
from console.plugin_host import process as process_module
from console.plugin_host.broker import Broker
from console.plugin_host.manifest import Manifest, read_manifest
from console.plugin_host.process import PluginProcess, hello_for, stop_all

PLUGINS = Path(__file__).resolve().parent / "data" / "plugins"

pytestmark = pytest.mark.slow


def manifest_of(name: str) -> Manifest:
    return read_manifest(PLUGINS / name / "plugin.toml", source="site")


def rows_of(view: View) -> dict[str, str]:
    return {
        row.label: row.value
        for block in view.blocks
        if isinstance(block, Section)
        for row in block.rows
    }


def gone(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    return False


class Panel:
    """What the console would draw: the last view per process, and the failures."""

    def __init__(self, child: PluginProcess, broker: Broker) -> None:
        self.child = child
        self.views: list[tuple[int, View]] = []
        self.failures: list[tuple[str, str]] = []
        self.restarts: list[int] = []
        child.view_received.connect(lambda generation, view: self.views.append((generation, view)))
        child.failed.connect(lambda message, details: self.failures.append((message, details)))
        child.restarting.connect(self.restarts.append)
        child.fetch_requested.connect(
            lambda message: broker.submit(child.plugin_id, message, child.answer)
        )

    @property
    def view(self) -> View:
        return self.views[-1][1]


@pytest.fixture
def broker() -> Iterator[Broker]:
    broker = Broker()
    yield broker
    broker.close()


@pytest.fixture
def echo(qtbot: QtBot, httpserver: HTTPServer, broker: Broker) -> Iterator[Panel]:
    httpserver.expect_request("/echo/person").respond_with_json(
        {"said": "hello", "applications": [{"id": n, "state": "open"} for n in range(700)]}
    )
    manifest = manifest_of("echo")
    values = {"base_url": httpserver.url_for("/echo"), "timeout_seconds": 3.0}
    broker.configure("echo", manifest, values, None)
    child = PluginProcess("echo")
    panel = Panel(child, broker)
    child.start(hello_for(manifest, values, "en"))
    yield panel
    child.stop()


def test_a_plugin_describes_the_visitor_from_its_own_process(qtbot: QtBot, echo: Panel) -> None:
    started = time.monotonic()
    echo.child.set_visitor(1, Visitor(ticket="A001", visit_id=1, name="Maija Meikäläinen"))
    qtbot.waitUntil(lambda: bool(echo.views))
    first_view_ms = (time.monotonic() - started) * 1000
    generation, view = echo.views[-1]
    assert generation == 1
    assert rows_of(view)["Name"] == "Maija Meikäläinen"
    assert rows_of(view)["Said"] == "hello"
    table = next(block for block in view.blocks if isinstance(block, Table))
    assert (len(table.rows), table.total) == (500, 700)  # the broker's cap, and how many
    assert view.note == "Echo for A001"
    assert echo.child.protections["seccomp"] is True or os.name != "posix"
    print(f"start to first view: {first_view_ms:.0f} ms")

    echo.child.set_visitor(2, Visitor(ticket="A002", visit_id=2))
    qtbot.waitUntil(lambda: echo.views[-1][0] == 2)
    assert rows_of(echo.view)["Ticket"] == "A002"
    assert rows_of(echo.view)["Name"] == "(not given)"


def test_stray_output_goes_to_the_log_masked_and_the_panel_carries_on(
    qtbot: QtBot, echo: Panel, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO)
    echo.child.set_visitor(1, Visitor(ticket="A001", visit_id=1))
    qtbot.waitUntil(lambda: len(echo.views) == 1)
    echo.child.act(1, "print")
    qtbot.waitUntil(lambda: len(echo.views) == 2)
    qtbot.waitUntil(lambda: "stray output" in caplog.text)
    assert "131052-308T" not in caplog.text
    assert not echo.failures


def test_a_plugin_printing_without_end_does_not_fill_the_log(
    qtbot: QtBot, echo: Panel, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO)
    echo.child.set_visitor(1, Visitor(ticket="A001", visit_id=1))
    qtbot.waitUntil(lambda: len(echo.views) == 1)
    echo.child.act(1, "flood")
    qtbot.waitUntil(lambda: len(echo.views) == 2)
    qtbot.waitUntil(lambda: "flood line 299" in caplog.text)
    qtbot.wait(300)
    flood = [record for record in caplog.records if "flood line" in record.getMessage()]
    assert len(flood) <= process_module.LOG_LINES_PER_MINUTE
    assert not echo.failures


def test_a_new_visitor_does_not_wait_for_the_last_ones_slow_call(
    qtbot: QtBot, broker: Broker
) -> None:
    """The earlier visitor's call hangs at the back office: the new visitor's panel comes
    at once, and the earlier view never shows."""
    server = HTTPServer(threaded=True)
    server.start()
    released = threading.Event()

    def person(request: Request) -> Response:
        if request.args.get("ticket") == "A001":
            released.wait(10)
        return Response(json.dumps({"said": request.args["ticket"]}), mimetype="application/json")

    server.expect_request("/echo/person").respond_with_handler(person)
    manifest = manifest_of("echo")
    values = {"base_url": server.url_for("/echo")}
    broker.configure("echo", manifest, values, None)
    child = PluginProcess("echo")
    panel = Panel(child, broker)
    child.start(hello_for(manifest, values, "en"))
    try:
        child.set_visitor(1, Visitor(ticket="A001", visit_id=1))
        qtbot.waitUntil(lambda: server.log != [] or child.running)
        qtbot.wait(500)  # the call for A001 is at the back office now
        started = time.monotonic()
        child.set_visitor(2, Visitor(ticket="A002", visit_id=2))
        qtbot.waitUntil(lambda: bool(panel.views))
        assert time.monotonic() - started < 3
        assert [generation for generation, _ in panel.views] == [2]
        assert rows_of(panel.view)["Said"] == "A002"
        released.set()
        qtbot.wait(500)
        assert [generation for generation, _ in panel.views] == [2]
    finally:
        released.set()
        child.stop()
        server.clear()
        server.stop()


def test_a_crash_restarts_the_plugin_with_backoff_and_the_visitor_comes_back(
    qtbot: QtBot, echo: Panel
) -> None:
    echo.child.set_visitor(1, Visitor(ticket="A001", visit_id=1))
    qtbot.waitUntil(lambda: len(echo.views) == 1)
    first_pid = echo.child.process_id()
    assert first_pid is not None
    echo.child.act(1, "crash")
    qtbot.waitUntil(lambda: echo.restarts == [1])
    # Restarted after 1 s, and the visitor at the counter is described again.
    qtbot.waitUntil(lambda: len(echo.views) == 2, timeout=10_000)
    assert echo.child.process_id() not in (None, first_pid)
    echo.child.act(1, "crash")
    qtbot.waitUntil(lambda: echo.restarts == [1, 2])
    qtbot.waitUntil(lambda: len(echo.views) == 3, timeout=10_000)
    assert not echo.failures


def test_five_crashes_in_ten_minutes_and_the_panel_says_so(
    qtbot: QtBot, echo: Panel, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(process_module, "BACKOFF_MAX_S", 0)  # no waiting in the test
    echo.child.set_visitor(1, Visitor(ticket="A001", visit_id=1))
    for crash in range(1, 6):
        qtbot.waitUntil(lambda crash=crash: len(echo.views) == crash, timeout=10_000)
        echo.child.act(1, "crash")
    qtbot.waitUntil(lambda: bool(echo.failures))
    assert "stopped unexpectedly 5 times in 10 minutes" in echo.failures[0][0]
    assert echo.child.gave_up
    assert echo.child.process_id() is None
    echo.child.restart()  # the panel's Retry
    qtbot.waitUntil(lambda: len(echo.views) == 6, timeout=10_000)


def test_a_hanging_plugin_is_killed_at_stop(qtbot: QtBot, echo: Panel) -> None:
    echo.child.set_visitor(1, Visitor(ticket="A001", visit_id=1))
    qtbot.waitUntil(lambda: len(echo.views) == 1)
    pid = echo.child.process_id()
    assert pid is not None
    echo.child.act(1, "hang")
    started = time.monotonic()
    echo.child.stop()
    assert time.monotonic() - started < 3.5
    assert gone(pid)


def test_a_plugin_stuck_in_its_own_code_is_started_again_and_shows_the_visitor(
    qtbot: QtBot, echo: Panel
) -> None:
    echo.child.answer_timeout_s = 1.0  # 120 s in the console
    echo.child.set_visitor(1, Visitor(ticket="A001", visit_id=1))
    qtbot.waitUntil(lambda: len(echo.views) == 1)
    stuck = echo.child.process_id()
    echo.child.act(1, "hang")  # describes nothing, ever
    qtbot.waitUntil(lambda: echo.restarts == [1], timeout=10_000)
    assert stuck is not None
    assert gone(stuck)
    # Started again, it is told the visitor again and describes them.
    qtbot.waitUntil(lambda: len(echo.views) == 2, timeout=10_000)
    assert echo.views[-1][0] == 1
    assert echo.child.process_id() not in (None, stuck)


def test_a_message_outside_the_protocol_ends_the_child(qtbot: QtBot, echo: Panel) -> None:
    echo.child.set_visitor(1, Visitor(ticket="A001", visit_id=1))
    qtbot.waitUntil(lambda: len(echo.views) == 1)
    pid = echo.child.process_id()
    assert pid is not None
    echo.child.act(1, "garble")
    qtbot.waitUntil(lambda: bool(echo.failures))
    assert "not allowed and was ended" in echo.failures[0][0]
    assert "at most" in echo.failures[0][1]
    qtbot.waitUntil(lambda: gone(pid))
    assert echo.restarts == []


def test_quitting_leaves_no_plugin_process(qtbot: QtBot, broker: Broker) -> None:
    manifest = manifest_of("echo")
    children = [PluginProcess("echo") for _ in range(3)]
    for child in children:
        child.start(hello_for(manifest, {"base_url": "http://127.0.0.1:9"}, "en"))
    qtbot.waitUntil(lambda: all(child.running for child in children))
    pids = [child.process_id() for child in children]
    children[0].set_visitor(1, Visitor(ticket="A001", visit_id=1))
    children[0].act(1, "hang")  # one of them stuck in plugin code
    started = time.monotonic()
    stop_all(children)
    assert time.monotonic() - started < 3.5
    assert all(pid is not None and gone(pid) for pid in pids)


def _start_hostile(
    qtbot: QtBot, broker: Broker, settings: dict[str, Any]
) -> tuple[PluginProcess, Panel]:
    manifest = manifest_of("hostile")
    child = PluginProcess("hostile")
    panel = Panel(child, broker)
    child.start(hello_for(manifest, settings, "en"))
    qtbot.waitUntil(lambda: child.running or bool(panel.failures))
    assert not panel.failures
    return child, panel


def test_the_hostile_plugin_gets_nowhere(
    qtbot: QtBot,
    broker: Broker,
    tmp_path: Path,
    sqlite_template: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from console import paths, site_secret

    secret = "s3cr3t-of-another-plugin"
    monkeypatch.setenv("TISKI_PLUGIN_CREDENTIAL", secret)
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", "unix:abstract=/tmp/dbus-tiski-test")
    database = paths.embedded_database_file()
    database.parent.mkdir(parents=True, exist_ok=True)
    database.write_bytes(sqlite_template.read_bytes())
    key = site_secret.embedded_key_file()
    key.write_text("ab" * 32)
    credential_file = tmp_path / "keyring_pass.cfg"
    credential_file.write_text(f"[tiski/echo]\napi-key = {secret}\n")
    for path in (database, key, credential_file):
        assert path.read_bytes()  # each is there and readable by the console itself
    child, panel = _start_hostile(
        qtbot,
        broker,
        {
            "database": str(database),
            "identity_key": str(key),
            "credential_file": str(credential_file),
            "secret": secret,
            "postgres_socket": "/var/run/postgresql",
            "other_plugin": str(PLUGINS / "echo" / "plugin.toml"),
        },
    )
    visitor = Visitor(ticket="A001", visit_id=1, name="Maija", identity_code="131052-308T")
    child.set_visitor(1, visitor.only(manifest_of("hostile").permissions))
    qtbot.waitUntil(lambda: bool(panel.views))
    attempts = rows_of(panel.view)
    shown = "\n".join(f"{label}: {value}" for label, value in attempts.items())
    print(shown)
    del attempts["visitor"]
    assert len(attempts) == 21
    escaped = {label: value for label, value in attempts.items() if not value.startswith("blocked")}
    assert escaped == {}, shown
    assert "131052-308T" not in shown
    assert secret not in shown
    child.stop()


def test_the_console_entry_point_becomes_a_plugin_process_with_plugin_runtime() -> None:
    """A frozen build starts its own executable with --plugin-runtime; the same entry
    point (console/__main__.py) is checked here through ``python -m console``."""
    import subprocess
    import sys

    from console.plugin_api.protocol import read_message, write_message

    with subprocess.Popen(
        [sys.executable, "-I", "-m", "console", "--plugin-runtime"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
    ) as child:
        assert child.stdin is not None
        assert child.stdout is not None
        manifest = manifest_of("echo")
        write_message(child.stdin, {"kind": "hello", **hello_for(manifest, {}, "fi")})
        ready = read_message(child.stdout)
        assert ready is not None
        assert ready["kind"] == "ready"
        write_message(child.stdin, {"kind": "visitor", "generation": 1, "visitor": None})
        view = read_message(child.stdout)
        assert view is not None
        assert view["view"]["placeholder"] == "Nobody at the counter."
        write_message(child.stdin, {"kind": "stop"})
        assert child.wait(5) == 0


LEAVES_WITHOUT_STOPPING = """
import sys, json
from pathlib import Path
from PySide6.QtCore import QCoreApplication, QTimer
from console.plugin_host.manifest import read_manifest
from console.plugin_host.process import PluginProcess, hello_for

app = QCoreApplication([])
manifest = read_manifest(Path(sys.argv[1]) / "plugin.toml", source="site")
child = PluginProcess("echo")
child.ready.connect(lambda: (print(json.dumps(child._home)), app.quit()))
child.start(hello_for(manifest, {"base_url": "http://127.0.0.1:9"}, "en"))
QTimer.singleShot(20_000, app.quit)
app.exec()
sys.exit(0)  # as a console that ends without stopping its panels
"""


def test_a_console_that_ends_without_stopping_its_panels_leaves_no_plugin_home(
    tmp_path: Path,
) -> None:
    done = subprocess.run(
        [sys.executable, "-c", LEAVES_WITHOUT_STOPPING, str(PLUGINS / "echo")],
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    home = json.loads(done.stdout.strip().splitlines()[-1])
    assert home is not None
    assert "tiski-plugin-" in home
    assert not Path(home).exists()


KILLED_WITH_ITS_PANELS = LEAVES_WITHOUT_STOPPING.replace(
    "sys.exit(0)  # as a console that ends without stopping its panels",
    "import os, signal; os.kill(os.getpid(), signal.SIGKILL)  # no exit handler runs",
).replace("app.quit()))", "sys.stdout.flush(), app.quit()))")


@pytest.mark.skipif(sys.platform == "win32", reason="kill -9; Windows cleans its temp folder")
def test_the_next_console_removes_the_plugin_home_of_one_killed_with_kill_9(
    tmp_path: Path,
) -> None:
    done = subprocess.run(
        [sys.executable, "-c", KILLED_WITH_ITS_PANELS, str(PLUGINS / "echo")],
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", "TMPDIR": str(tmp_path)},
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == -9, done.stderr
    home = Path(json.loads(done.stdout.strip().splitlines()[-1]))
    assert home.parent == tmp_path
    assert home.exists()  # nobody removed it: the console was killed
    mine = tmp_path / f"tiski-plugin-{os.getpid()}-running"  # a console that still runs
    mine.mkdir()
    fresh = tmp_path / "tiski-plugin-k2j4x9"  # an older console's name, made today
    fresh.mkdir()
    stale = tmp_path / "tiski-plugin-a8d7f3"  # the same, from a fortnight ago
    stale.mkdir()
    fortnight = time.time() - 14 * 86_400
    os.utime(stale, (fortnight, fortnight))

    assert process_module.sweep_homes_left_behind(str(tmp_path)) == 2
    left = sorted(path.name for path in tmp_path.glob("tiski-plugin-*"))
    assert left == sorted([mine.name, fresh.name])
