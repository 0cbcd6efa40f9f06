"""View -> Agency plugins: every plugin found with its state, and credentials into the keyring."""

from __future__ import annotations

from pathlib import Path

import keyring
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog
from pytestqt.qtbot import QtBot
from test_plugin_host import write_plugin

from console.plugin_host.discovery import apply_policy, bundled_plugins_dir, discover
from console.plugin_host.trust import TrustRecord, folder_hash
from console.ui.plugins.plugins_dialog import PluginsDialog


def test_the_dialog_lists_plugins_and_keeps_a_credential_in_the_keyring(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    broken = tmp_path / "site" / "broken"
    broken.mkdir(parents=True)
    (broken / "plugin.toml").write_text('[plugin]\nid = "broken"\n', encoding="utf-8")
    write_plugin(tmp_path / "site" / "kela", plugin_id="kela", api=2)
    city = write_plugin(tmp_path / "site" / "city", plugin_id="city", api=2)
    found = apply_policy(
        discover(bundled=bundled_plugins_dir(), folders=[tmp_path / "site"], entry_points=False),
        allow=["kela", "broken", "site:city"],
        deny=[],
        trusted=[TrustRecord("city", city.resolve(), folder_hash(city))],
        trusted_widgets=["kela"],  # the bundled kela is API 1 until it is ported
    )
    dialog = PluginsDialog(None, found)
    qtbot.addWidget(dialog)
    rows = {(row.shown_id, row.source): row for row in dialog.model.rows()}

    def shown(plugin_id: str, source: str, column: str) -> str:
        titles = [dialog.model.headerData(i, Qt.Orientation.Horizontal) for i in range(7)]
        row = dialog.model.rows().index(rows[(plugin_id, source)])
        return str(dialog.model.index(row, titles.index(column)).data())

    assert shown("kela", "bundled", "State") == "ready"
    assert shown("kela", "bundled", "Source") == "bundled"
    assert shown("kela", "bundled", "Trust") == "ships with Tiski"
    assert shown("vero", "bundled", "State") == "off"  # not in IT's allow list
    assert shown("broken", "site", "State") == "invalid"
    assert "plugin.toml" in shown("broken", "site", "Why")
    assert shown("kela", "site", "State") == "refused"
    assert shown("kela", "site", "Source") == "site folder"
    assert "is the id of a plugin bundled with the console" in shown("kela", "site", "Why")
    assert shown("city", "site", "State") == "ready"
    assert shown("city", "site", "Trust") == (
        f"folder hash {folder_hash(city)[:12]}… as IT recorded"
    )

    dialog.table.selectRow(dialog.model.rows().index(rows[("kela", "site")]))
    assert not dialog.set_button.isEnabled()  # a refused plugin's manifest names no credential

    kela_row = dialog.model.rows().index(rows[("kela", "bundled")])
    dialog.table.selectRow(kela_row)
    qtbot.waitUntil(lambda: "api-key: " in dialog.credentials.item(0).text(), timeout=15_000)
    qtbot.waitUntil(lambda: not dialog.credentials.item(0).text().endswith("…"), timeout=15_000)
    monkeypatch.setattr(
        QInputDialog, "getText", staticmethod(lambda *args, **kwargs: ("s3cret-key", True))
    )
    dialog.set_button.click()
    qtbot.waitUntil(
        lambda: keyring.get_password("tiski/kela", "api-key") == "s3cret-key", timeout=15_000
    )
    qtbot.waitUntil(lambda: dialog.credentials.item(0).text() == "api-key: set", timeout=15_000)
    assert "s3cret-key" not in dialog.message.text()
