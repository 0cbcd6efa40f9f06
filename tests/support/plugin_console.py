"""A started console with the bundled agency plugins against the sandbox back offices,
a visitor called and identified: the set-up the back-office fault tests share."""

from __future__ import annotations

from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from console.desk.desk import Desk
from console.plugin_host.discovery import apply_policy, bundled_plugins_dir, discover
from console.store.database import Database
from console.ui.case.identify_dialog import IdentifyDialog
from console.ui.console_window import ConsoleWindow
from console.ui.plugins.plugin_panels import PluginSetup

BUNDLED_PLUGINS = 8


def console_with_plugins(
    qtbot: QtBot, database: Database, sandbox: Any, extra_values: dict[str, Any] | None = None
) -> ConsoleWindow:
    """Aino's console at T1 with every bundled plugin loaded, the next visitor called."""
    bundled = bundled_plugins_dir()
    assert bundled is not None, "run from the repository: the bundled plugins are needed"
    discovered = discover(bundled=bundled, folders=[], entry_points=False)
    # Bundled plugins still written for API 1 run in process until they are ported.
    widgets = [f.manifest.id for f in discovered if f.manifest and f.manifest.api == 1]
    found = apply_policy(discovered, [], [], trusted_widgets=widgets)
    values = {
        f.manifest.id: {"base_url": f"{sandbox.url}/{f.manifest.id}", **(extra_values or {})}
        for f in found
        if f.manifest is not None
    }
    desk = Desk(database, identity_key=lambda: b"k" * 32)
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
    # API 1 plugins load in process; API 2 ones are up when their process said ready.
    qtbot.waitUntil(
        lambda: (
            len(panels.loaded) + sum(p.running for p in panels.processes.values())
            == BUNDLED_PLUGINS
        ),
        timeout=20_000,
    )
    window.call_next_action.trigger()
    qtbot.waitUntil(lambda: window.case_panel.step is not None, timeout=20_000)
    return window


def identify_visitor(window: ConsoleWindow, code: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """Identify the visitor at the counter with ``code``, as the advisor would."""

    def identify(dialog: IdentifyDialog) -> int:
        dialog.code_edit.setText(code)
        dialog.accept()
        return 1

    monkeypatch.setattr(IdentifyDialog, "exec", identify)
    window.case_panel.identify_button.click()
