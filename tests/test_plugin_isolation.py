"""A hostile plugin walks what the host handed it, looking for what it must not have.

The bundled plugins in the real console against the sandbox back offices, each
with its credential in the keyring, a visitor called and identified (so the desk
holds its identity key in memory). From the context the host gave one plugin (its
HTTP client included) and from its panel, a walk over attributes, closures, bound
methods and Qt parents (tests/support/reach.py) must not reach the desk, its database, the
console window, the identity key, or another plugin's context or credential.
What in-process code can still reach through module globals or the garbage
collector is documented in docs/plugins.md, not pretended away here.
"""

from __future__ import annotations

from typing import Any

import pytest
from plugin_console import console_with_plugins, identify_visitor
from pytestqt.qtbot import QtBot
from reach import Found, walk
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session, sessionmaker
from tiski_test_keyring import MemoryKeyring

from console.desk.cases import CaseDesk
from console.desk.desk import Desk
from console.plugin_api import HttpClient, PanelContext
from console.plugin_host.credentials import keyring_service
from console.store.database import Database
from console.ui.console_window import ConsoleWindow
from console.ui.plugin_panels import PluginPanels

CODE = "131052-308T"
# console_with_plugins gives the desk this key.
IDENTITY_KEY = b"k" * 32
SPY = "kela"


def _credential(plugin_id: str) -> str:
    return f"credential-of-{plugin_id}-0f3a9c"


def _forbidden(others: dict[str, tuple[PanelContext, HttpClient]]) -> Any:
    """What the spy must not reach: the console's own objects and the other plugins'."""
    other_objects = {id(item) for pair in others.values() for item in pair}
    secrets = {_credential(plugin_id) for plugin_id in others}

    def wanted(value: Any) -> bool:
        if isinstance(
            value,
            Desk | CaseDesk | Database | Engine | Session | sessionmaker | ConsoleWindow,
        ):
            return True
        if isinstance(value, PluginPanels):
            return True  # the host's table of every plugin
        if id(value) in other_objects:
            return True
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
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    for plugin_id in ("kela", "vero", "dvv", "poliisi", "tyollisyys", "pori", "prh", "rest"):
        memory_keyring.set_password(keyring_service(plugin_id), "api-key", _credential(plugin_id))
    window = console_with_plugins(qtbot, demo_database, sandbox)
    identify_visitor(window, CODE, monkeypatch)
    qtbot.waitUntil(lambda: window.case_panel.identity is not None, timeout=20_000)
    if demo_database.dialect == "sqlite":
        # The key is in the console's memory now, for the walk to miss. On PostgreSQL
        # the database hashes the code and no console holds a key at all.
        assert window.desk.cases._identity_key is not None
    else:
        assert window.desk.cases._identity_key is None
    panels = window.plugin_panels
    assert panels is not None
    loaded = {plugin_id: (item.context, item.http) for plugin_id, item in panels.loaded.items()}
    spy_context, _ = loaded.pop(SPY)
    assert loaded, "the other plugins did not load"
    # The spy's own credential is its to use: the walk finds it, and only it.
    own = walk(
        spy_context, "context", lambda value: isinstance(value, str) and value == _credential(SPY)
    )
    assert own, "the spy's own credential should reach its HTTP client"

    wanted = _forbidden(loaded)
    found = walk(spy_context, "context", wanted)
    assert not found, _report(found)
    # The panel widget sits in the console window, and any Qt widget can walk up its
    # parents (docs/plugins.md): what the panel holds below itself is walked, its dock not.
    panel = panels.hosts[SPY].panel
    assert panel is not None
    found = walk(panel, "panel", wanted, barriers=(panel.parent(),))
    assert not found, _report(found)

    # What the relay carries still arrives: a proposed note, named by its plugin.
    with qtbot.waitSignal(panels.note_proposed, timeout=10_000) as proposal:
        spy_context.propose_note("Asumistuen hakemus vireillä")
    assert proposal.args[0] == "Asumistuen hakemus vireillä"
    assert proposal.args[1].startswith("Kela")
    window.close()
