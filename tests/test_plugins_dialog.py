"""View -> Agency plugins: every plugin found with its state, and credentials into the keyring."""

from __future__ import annotations

from pathlib import Path

import keyring
import pytest
from PySide6.QtWidgets import QInputDialog
from pytestqt.qtbot import QtBot

from console.plugin_host.discovery import apply_policy, bundled_plugins_dir, discover
from console.ui.plugins_dialog import PluginsDialog


def test_the_dialog_lists_plugins_and_keeps_a_credential_in_the_keyring(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    broken = tmp_path / "site" / "broken"
    broken.mkdir(parents=True)
    (broken / "plugin.toml").write_text('[plugin]\nid = "broken"\n', encoding="utf-8")
    found = apply_policy(
        discover(bundled=bundled_plugins_dir(), folders=[tmp_path / "site"], entry_points=False),
        allow=["kela", "broken"],
        deny=[],
    )
    dialog = PluginsDialog(None, found)
    qtbot.addWidget(dialog)
    rows = {row.shown_id: row for row in dialog.model.rows()}
    assert rows["kela"].state == "ready"
    assert rows["vero"].state == "off"  # not in IT's allow list
    assert rows["broken"].state == "invalid"
    why = dialog.model.index(dialog.model.rows().index(rows["broken"]), 5).data()
    assert "plugin.toml" in why

    kela_row = dialog.model.rows().index(rows["kela"])
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
