"""API 2 plugins in the console window: a process each, the view drawn in the dock.

A person identifies the visitor; the echo panel (its own process, calls through the
broker to a real back office on 127.0.0.1) shows what it was permitted to see, its
link opens only to its declared host, its note reaches the note relay; the hostile
panel next to it gets nowhere; quitting leaves no plugin process.
"""

from __future__ import annotations

import os
import shutil
import time
from pathlib import Path
from typing import Any

import pytest
from plugin_console import console_with_plugins, identify_visitor
from PySide6.QtWidgets import QGroupBox, QLabel, QWidget
from pytest_httpserver import HTTPServer
from pytestqt.qtbot import QtBot

from console.desk.desk import Desk
from console.plugin_host.discovery import apply_policy, bundled_plugins_dir, discover
from console.plugin_host.trust import TrustRecord, folder_hash
from console.store.database import Database
from console.ui.case.identify_dialog import IdentifyDialog
from console.ui.console_window import ConsoleWindow
from console.ui.plugins import links
from console.ui.plugins.plugin_panels import PluginSetup
from console.ui.shared.worker import jobs_running

PLUGINS = Path(__file__).resolve().parent / "data" / "plugins"
CODE = "131052-308T"

pytestmark = pytest.mark.slow


def _gone(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    return False


def shown(panel: QWidget) -> str:
    """The text a person sees in ``panel``: every visible label's and section title's."""
    texts = [box.title() for box in panel.findChildren(QGroupBox) if box.isVisibleTo(panel)]
    texts += [label.text() for label in panel.findChildren(QLabel) if label.isVisibleTo(panel)]
    return "\n".join(texts)


def test_api2_panels_in_the_console(
    qtbot: QtBot,
    demo_database: Database,
    httpserver: HTTPServer,
    tmp_path: Path,
    sqlite_template: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    httpserver.expect_request("/echo/person").respond_with_json(
        {"said": "hello", "applications": [{"id": 1, "state": "open"}]}
    )
    httpserver.expect_request("/echo/health").respond_with_json({"ok": True})
    root = tmp_path / "site-plugins"
    for name in ("echo", "hostile"):
        shutil.copytree(PLUGINS / name, root / name)
    (root / "hostile" / "plugin.toml").write_text(
        (root / "hostile" / "plugin.toml").read_text().replace('agency = "kela"', 'agency = "vero"')
    )
    found = apply_policy(
        discover(bundled=None, folders=[root], entry_points=False),
        allow=["echo", "hostile"],
        deny=[],
        trusted=[
            TrustRecord(name, (root / name).resolve(), folder_hash(root / name))
            for name in ("echo", "hostile")
        ],
    )
    # The test's own SQLite desk database (on PostgreSQL: the migrated template file).
    database_file = tmp_path / "desk.sqlite3"
    if not database_file.exists():
        database_file = sqlite_template
    assert database_file.stat().st_size > 0
    key = tmp_path / "identity-key"
    key.write_text("k" * 64)
    values = {
        "echo": {"base_url": httpserver.url_for("/echo")},
        "hostile": {
            "database": str(database_file),
            "identity_key": str(key),
            "credential_file": str(key),
            "secret": "k" * 64,
            "postgres_socket": "/var/run/postgresql",
        },
    }
    opened: list[str] = []
    monkeypatch.setattr(links, "open_link", opened.append)
    desk = Desk(demo_database, identity_key=lambda: b"k" * 32)
    started = time.monotonic()
    window = ConsoleWindow(
        desk,
        desk.sign_in_by_username("aino.virtanen", "T1"),
        plugins=PluginSetup(tuple(found), values),
    )
    qtbot.addWidget(window)
    window.resize(1440, 900)
    window.show()
    window.start()
    qtbot.waitUntil(lambda: window.plugin_panels is not None)
    panels = window.plugin_panels
    assert panels is not None
    echo = panels.views["echo"]
    qtbot.waitUntil(lambda: "Nobody at the counter." in shown(echo))
    print(f"console start to first API 2 view: {(time.monotonic() - started) * 1000:.0f} ms")

    def identify(dialog: IdentifyDialog) -> int:
        dialog.code_edit.setText(CODE)
        dialog.accept()
        return 1

    monkeypatch.setattr(IdentifyDialog, "exec", identify)
    window.call_next_action.trigger()
    qtbot.waitUntil(lambda: window.case_panel.step is not None)
    window.case_panel.identify_button.click()
    qtbot.waitUntil(lambda: window.case_panel.identity is not None)
    # The case panel has finished loading the visit (each step may tell the panels
    # about the visitor again), and the identified visitor's view is drawn.
    qtbot.waitUntil(lambda: jobs_running() == 0)
    qtbot.waitUntil(
        lambda: (
            panels.shown.get("echo", (0, None))[0] == panels.generation and "hello" in shown(echo)
        )
    )
    assert "(not given)" in shown(echo)  # the identity code: not permitted, never sent
    assert CODE not in shown(echo)

    hostile = panels.views["hostile"]
    qtbot.waitUntil(lambda: "Attempts" in shown(hostile))
    assert shown(hostile).count("blocked:") >= 20, shown(hostile)
    assert "GOT" not in shown(hostile), shown(hostile)

    # The declared host opens; another one is refused with a sentence in the panel.
    echo.link_activated.emit("https://asiointi.example.fi/said")
    echo.link_activated.emit("https://evil.example/steal")
    assert opened == ["https://asiointi.example.fi/said"]
    assert "evil.example" in shown(echo)

    proposed: list[tuple[str, str]] = []
    panels.note_proposed.connect(lambda text, name: proposed.append((text, name)))
    echo.note_button.click()
    assert proposed
    assert proposed[0][0].startswith("Echo for ")

    # The back office's health, checked by the console, shows above the panel.
    echo_host = panels.hosts["echo"]
    qtbot.waitUntil(lambda: echo_host.health.property("health") == "healthy")

    # The plugin crashes: the panel says it starts again, then shows the visitor again.
    said: list[str] = []  # what the panel says the moment the restart is planned
    panels.processes["echo"].restarting.connect(lambda _seconds: said.append(shown(echo)))
    echo.action_requested.emit("crash")
    qtbot.waitUntil(lambda: bool(said))
    assert "starts again in 1 s" in said[0]
    qtbot.waitUntil(lambda: "hello" in shown(echo))

    pids = [child.process_id() for child in panels.processes.values()]
    assert all(pid is not None for pid in pids)
    window.close()
    panels.stop()
    assert all(pid is not None and _gone(pid) for pid in pids)


def test_the_bundled_api2_plugins_describe_the_demo_visitor_from_their_processes(
    qtbot: QtBot, demo_database: Database, sandbox: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = console_with_plugins(qtbot, demo_database, sandbox)
    panels = window.plugin_panels
    assert panels is not None
    api2 = sorted(panels.processes)
    assert api2, "no bundled plugin is API 2 yet"
    identify_visitor(window, CODE, monkeypatch)
    qtbot.waitUntil(lambda: window.case_panel.identity is not None, timeout=20_000)
    for plugin_id in api2:
        view = panels.views[plugin_id]
        # Described for the identified visitor (the newest generation), no problem shown.
        qtbot.waitUntil(
            lambda plugin_id=plugin_id: (
                plugin_id in panels.shown and panels.shown[plugin_id][0] == panels.generation
            ),
            timeout=20_000,
        )
        described = panels.shown[plugin_id][1]
        assert described.problem is None, (plugin_id, described.problem)
        assert described.blocks or described.placeholder, plugin_id
        assert "Loading" not in shown(view)
        assert "could not" not in shown(view), (plugin_id, shown(view))
        assert CODE not in shown(view)
    window.close()


def test_a_business_id_typed_into_the_prh_panel_is_looked_up_by_its_process(
    qtbot: QtBot, demo_database: Database, sandbox: Any
) -> None:
    """Nobody at the counter: the advisor types a business ID into the PRH panel."""
    found = apply_policy(
        discover(bundled=bundled_plugins_dir(), folders=[], entry_points=False),
        allow=["prh"],
        deny=[],
    )
    desk = Desk(demo_database, identity_key=lambda: b"k" * 32)
    window = ConsoleWindow(
        desk,
        desk.sign_in_by_username("aino.virtanen", "T1"),
        plugins=PluginSetup(tuple(found), {"prh": {"base_url": f"{sandbox.url}/prh"}}),
    )
    qtbot.addWidget(window)
    window.resize(1440, 900)
    window.show()
    window.start()
    qtbot.waitUntil(lambda: window.plugin_panels is not None)
    panels = window.plugin_panels
    assert panels is not None
    prh = panels.views["prh"]
    qtbot.waitUntil(lambda: "prh" in panels.shown)
    assert prh.query_line.isVisibleTo(prh)
    prh.query_line.setText("2845127-6")
    prh.query_button.click()
    try:
        qtbot.waitUntil(lambda: "Porin Puutyö Oy" in shown(prh))
    except Exception:
        raise AssertionError(f"{shown(prh)!r} {panels.shown.get('prh')}") from None
    generation, view = panels.shown["prh"]
    assert generation == panels.generation
    assert view.problem is None
    assert view.blocks
    window.close()


def test_a_site_plugin_changed_after_it_was_trusted_gets_no_process(
    qtbot: QtBot, demo_database: Database, tmp_path: Path
) -> None:
    folder = tmp_path / "site-plugins" / "echo"
    shutil.copytree(PLUGINS / "echo", folder)
    found = apply_policy(
        discover(bundled=None, folders=[folder], entry_points=False),
        allow=["echo"],
        deny=[],
        trusted=[TrustRecord("echo", folder.resolve(), folder_hash(folder))],
    )
    # Between the console's check and the plugin's start, someone changes its code.
    with (folder / "echo_panel.py").open("a", encoding="utf-8") as code:
        code.write("\nimport os; os.system('echo swapped')\n")
    desk = Desk(demo_database, identity_key=lambda: b"k" * 32)
    window = ConsoleWindow(
        desk, desk.sign_in_by_username("aino.virtanen", "T1"), plugins=PluginSetup(tuple(found))
    )
    qtbot.addWidget(window)
    window.show()
    window.start()
    qtbot.waitUntil(lambda: window.plugin_panels is not None)
    panels = window.plugin_panels
    assert panels is not None
    echo = panels.views["echo"]

    def refused() -> bool:
        view = panels.shown.get("echo", (0, None))[1]
        return (
            view is not None
            and view.problem is not None
            and "SHA-256 is no longer" in view.problem.details
            and view.problem.message in shown(echo)
        )

    qtbot.waitUntil(refused)
    assert panels.processes["echo"].process_id() is None
    # Retry checks again: still changed, still not started.
    del panels.shown["echo"]
    panels.retry("echo")
    qtbot.waitUntil(refused)
    assert panels.processes["echo"].process_id() is None
    window.close()
