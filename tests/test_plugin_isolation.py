"""A hostile in-process plugin walks what the host handed it, looking for what it must not have.

An API 1 plugin (a widget in the console's own process, which IT trusts by id) runs
beside the bundled plugins, which are API 2 and run in processes of their own, in the
real console against the sandbox back offices, each with its credential in the
keyring, a visitor called and identified (so the desk holds its identity key in
memory). From the context the host gave the in-process spy (its HTTP client included)
and from its panel, a walk over attributes, closures, bound methods and Qt parents
(tests/support/reach.py) must not reach the desk, its database, the console window,
the identity key, the host's plugin table, the broker (which holds every API 2
plugin's credential) or another plugin's credential. What in-process code can still
reach through module globals or the garbage collector is documented in
docs/plugins.md, not pretended away here; API 2 plugins are tested from inside their
sandbox by tests/test_plugin_process.py.
"""

from __future__ import annotations

import textwrap
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot
from reach import Found, walk
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session, sessionmaker
from tiski_test_keyring import MemoryKeyring

from console.desk.cases import CaseDesk
from console.desk.desk import Desk
from console.plugin_host.broker import Broker
from console.plugin_host.credentials import keyring_service
from console.plugin_host.discovery import apply_policy, bundled_plugins_dir, discover
from console.plugin_host.process import PluginProcess
from console.plugin_host.trust import TrustRecord, folder_hash
from console.store.database import Database
from console.ui.case.identify_dialog import IdentifyDialog
from console.ui.console_window import ConsoleWindow
from console.ui.plugins.plugin_panels import PluginPanels, PluginSetup

CODE = "131052-308T"
# console_with_plugins gives the desk this key.
IDENTITY_KEY = b"k" * 32
SPY = "spy"
BUNDLED = ("kela", "vero", "dvv", "poliisi", "tyollisyys", "pori", "prh", "rest")

SPY_MANIFEST = """
[plugin]
id = "spy"
version = "1.0.0"
api = 1
agency = "kela"
entry = "spy_panel:Spy"

[plugin.names]
fi = "Vakooja"
sv = "Spion"
en = "Spy"

[permissions]
visitor = ["name"]

[credentials]
names = ["api-key"]

[settings.base_url]
type = "url"
default = "http://127.0.0.1:9/spy"
description = "nowhere"
"""

SPY_PANEL = """
from PySide6.QtWidgets import QLabel


class Spy:
    def create_panel(self, context):
        self.context = context
        return QLabel("spy")
"""


def _credential(plugin_id: str) -> str:
    return f"credential-of-{plugin_id}-0f3a9c"


def _forbidden(others: tuple[str, ...]) -> Any:
    """What the spy must not reach: the console's own objects and the other plugins'."""
    secrets = {_credential(plugin_id) for plugin_id in others}

    def wanted(value: Any) -> bool:
        if isinstance(
            value,
            Desk | CaseDesk | Database | Engine | Session | sessionmaker | ConsoleWindow,
        ):
            return True
        if isinstance(value, PluginPanels | Broker | PluginProcess):
            return True  # the host's table of every plugin, the credentials' broker
        if isinstance(value, bytes | bytearray):
            return IDENTITY_KEY in bytes(value)
        if isinstance(value, str):
            return IDENTITY_KEY.hex() in value or any(secret in value for secret in secrets)
        return False

    return wanted


def _report(found: list[Found]) -> str:
    return "the spy plugin reached:\n" + "\n".join(f"  {item}" for item in found[:20])


@pytest.mark.qt_no_exception_capture
def test_a_plugin_reaches_nothing_of_the_desk_nor_of_other_plugins(
    qtbot: QtBot,
    demo_database: Database,
    sandbox: Any,
    memory_keyring: MemoryKeyring,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    for plugin_id in (*BUNDLED, SPY):
        memory_keyring.set_password(keyring_service(plugin_id), "api-key", _credential(plugin_id))
    spy_folder = tmp_path / "site-plugins" / SPY
    spy_folder.mkdir(parents=True)
    (spy_folder / "plugin.toml").write_text(SPY_MANIFEST, encoding="utf-8")
    (spy_folder / "spy_panel.py").write_text(textwrap.dedent(SPY_PANEL), encoding="utf-8")
    found = apply_policy(
        discover(bundled=bundled_plugins_dir(), folders=[spy_folder], entry_points=False),
        allow=[*BUNDLED, SPY],
        deny=[],
        trusted=[TrustRecord(SPY, spy_folder.resolve(), folder_hash(spy_folder))],
        trusted_widgets=[SPY],  # API 1: IT's documented exception, in the console's process
    )
    values = {
        f.manifest.id: {"base_url": f"{sandbox.url}/{f.manifest.id}"}
        for f in found
        if f.manifest is not None
    }
    desk = Desk(demo_database, identity_key=lambda: IDENTITY_KEY)
    window = ConsoleWindow(
        desk,
        desk.sign_in_by_username("aino.virtanen", "T1"),
        plugins=PluginSetup(tuple(found), values),
    )
    qtbot.addWidget(window)
    window.resize(1440, 900)
    window.show()
    window.start()
    qtbot.waitUntil(lambda: window.plugin_panels is not None, timeout=20_000)
    panels = window.plugin_panels
    assert panels is not None
    qtbot.waitUntil(lambda: SPY in panels.loaded, timeout=20_000)
    qtbot.waitUntil(lambda: all(child.running for child in panels.processes.values()))
    assert sorted(panels.processes) == sorted(BUNDLED)

    def identify(dialog: IdentifyDialog) -> int:
        dialog.code_edit.setText(CODE)
        dialog.accept()
        return 1

    monkeypatch.setattr(IdentifyDialog, "exec", identify)
    window.call_next_action.trigger()
    qtbot.waitUntil(lambda: window.case_panel.step is not None, timeout=20_000)
    window.case_panel.identify_button.click()
    qtbot.waitUntil(lambda: window.case_panel.identity is not None, timeout=20_000)
    # Every API 2 plugin has called its back office through the broker by now, so the
    # broker's clients hold their credentials for the walk to miss.
    qtbot.waitUntil(
        lambda: all(
            panels.shown.get(plugin_id, (0, None))[0] == panels.generation for plugin_id in BUNDLED
        ),
        timeout=20_000,
    )
    if demo_database.dialect == "sqlite":
        # The key is in the console's memory now, for the walk to miss. On PostgreSQL
        # the database hashes the code and no console holds a key at all.
        assert window.desk.cases._identity_key is not None
    else:
        assert window.desk.cases._identity_key is None
    spy_context = panels.loaded[SPY].context
    # The spy's own credential is its to use: the walk finds it, and only it.
    own = walk(
        spy_context, "context", lambda value: isinstance(value, str) and value == _credential(SPY)
    )
    assert own, "the spy's own credential should reach its HTTP client"

    wanted = _forbidden(BUNDLED)
    found_things = walk(spy_context, "context", wanted)
    assert not found_things, _report(found_things)
    # The panel widget sits in the console window, and any Qt widget can walk up its
    # parents (docs/plugins.md): what the panel holds below itself is walked, its dock not.
    panel = panels.hosts[SPY].panel
    assert panel is not None
    found_things = walk(panel, "panel", wanted, barriers=(panel.parent(),))
    assert not found_things, _report(found_things)

    # What the relay carries still arrives: a proposed note, named by its plugin.
    with qtbot.waitSignal(panels.note_proposed, timeout=10_000) as proposal:
        spy_context.propose_note("Asumistuen hakemus vireillä")
    assert proposal.args[0] == "Asumistuen hakemus vireillä"
    assert proposal.args[1] == "Vakooja"
    window.close()
