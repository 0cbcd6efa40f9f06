"""Agency panels in the real console: a broken plugin stays in its own dock, the console
carries on, and a plugin gets only the visitor fields its manifest asks for."""

from __future__ import annotations

import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from clicking import click
from plugin_console import console_with_plugins, identify_visitor
from pytestqt.qtbot import QtBot

from console.desk.desk import Desk
from console.plugin_host.discovery import apply_policy, discover
from console.plugin_host.trust import TrustRecord, folder_hash
from console.store.database import Database
from console.ui.case.identify_dialog import IdentifyDialog
from console.ui.console_window import ConsoleWindow
from console.ui.plugins.panel_host import PanelHost
from console.ui.plugins.plugin_panels import PluginSetup
from console.ui.shared import errors as ui_errors

CODE = "131052-308T"

MANIFEST = """
[plugin]
id = "{id}"
version = "1.0.0"
api = 1
agency = "{agency}"
entry = "{id_}_panel:Plugin"

[plugin.names]
fi = "{id} fi"
sv = "{id} sv"
en = "{id} en"

[permissions]
visitor = {permissions}

[links]
hosts = ["ok.example"]
"""

PANEL = """
from PySide6.QtWidgets import QLabel
from console.plugin_api import LinkRefused


class Plugin:
    def create_panel(self, context):
        {create}
        label = QLabel("waiting")
        label.setObjectName("fakePanel")
        self.context = context
        self.label = label

        def changed(visitor):
            {changed}
            if visitor is None:
                label.setText("no visitor")
            else:
                label.setText(f"code={{visitor.identity_code}} name={{visitor.name}}")

        context.visitor_changed.connect(changed)
        try:
            context.open_link("https://evil.example/steal")
        except LinkRefused as refused:
            label.setToolTip(refused.message)
        return label
"""


def _plugin(
    root: Path,
    plugin_id: str,
    agency: str,
    *,
    permissions: str = '["name"]',
    top: str = "",
    create: str = "pass",
    changed: str = "pass",
) -> None:
    folder = root / plugin_id
    folder.mkdir(parents=True)
    module = plugin_id.replace("-", "_")
    (folder / "plugin.toml").write_text(
        MANIFEST.format(id=plugin_id, id_=module, agency=agency, permissions=permissions),
        encoding="utf-8",
    )
    (folder / f"{module}_panel.py").write_text(
        textwrap.dedent(top) + PANEL.format(create=create, changed=changed), encoding="utf-8"
    )


@pytest.fixture
def plugin_setup(tmp_path: Path) -> PluginSetup:
    root = tmp_path / "site-plugins"
    _plugin(root, "good", "kela")
    _plugin(root, "nosy", "pori", permissions='["name", "identity_code"]')
    _plugin(root, "boom-import", "vero", top="raise RuntimeError('broken at import')\n")
    _plugin(root, "boom-panel", "dvv", create="raise ValueError('broken panel')")
    _plugin(
        root,
        "boom-slot",
        "poliisi",
        changed="if visitor is not None: raise KeyError('broken refresh')",
    )
    ids = ["good", "nosy", "boom-import", "boom-panel", "boom-slot"]
    found = apply_policy(
        discover(bundled=None, folders=[root], entry_points=False),
        allow=ids,
        deny=[],
        trusted=[TrustRecord(i, (root / i).resolve(), folder_hash(root / i)) for i in ids],
        trusted_widgets=ids,  # API 1: IT's documented exception, in the console's process
    )
    return PluginSetup(tuple(found), {})


@pytest.fixture
def real_hook() -> Iterator[None]:
    """The console's own exception hook (pytest-qt's capture is off for these tests)."""
    previous = sys.excepthook
    ui_errors.install_exception_hook()
    yield
    sys.excepthook = previous


def _host(window: ConsoleWindow, agency: str) -> PanelHost:
    widget = window.agency_docks[agency].widget()
    assert isinstance(widget, PanelHost), widget
    return widget


@pytest.mark.qt_no_exception_capture
def test_broken_plugins_stay_in_their_docks_and_the_console_carries_on(
    qtbot: QtBot,
    demo_database: Database,
    plugin_setup: PluginSetup,
    monkeypatch: pytest.MonkeyPatch,
    real_hook: None,
) -> None:
    desk = Desk(demo_database, identity_key=lambda: b"k" * 32)
    window = ConsoleWindow(
        desk, desk.sign_in_by_username("aino.virtanen", "T1"), plugins=plugin_setup
    )
    qtbot.addWidget(window)
    window.resize(1440, 900)
    window.show()
    window.start()
    qtbot.waitUntil(lambda: window.plugin_panels is not None, timeout=10_000)
    panels = window.plugin_panels
    assert panels is not None
    qtbot.waitUntil(lambda: {"good", "nosy"} <= set(panels.loaded), timeout=10_000)

    vero, dvv = _host(window, "vero"), _host(window, "dvv")
    qtbot.waitUntil(lambda: vero.stack.currentWidget() is vero.error_view, timeout=10_000)
    assert "boom-import" in vero.error.text()
    assert "broken at import" in vero.details.toPlainText()
    qtbot.waitUntil(lambda: dvv.stack.currentWidget() is dvv.error_view, timeout=10_000)
    assert "broken panel" in dvv.error.text()

    good = _host(window, "kela")
    assert good.panel is not None
    assert good.panel.toolTip() != ""  # the undeclared link was refused, with a message

    # A visitor arrives and is identified: each plugin sees only its permitted fields.
    def identify(dialog: IdentifyDialog) -> int:
        dialog.code_edit.setText(CODE)
        dialog.accept()
        return 1

    monkeypatch.setattr(IdentifyDialog, "exec", identify)
    window.call_next_action.trigger()
    qtbot.waitUntil(lambda: window.case_panel.step is not None, timeout=10_000)
    window.case_panel.identify_button.click()
    nosy = _host(window, "pori")
    qtbot.waitUntil(lambda: f"code={CODE}" in nosy.panel.text(), timeout=10_000)  # type: ignore[union-attr]
    assert good.panel.text().startswith("code=None")  # type: ignore[union-attr]

    # The plugin whose refresh raises shows it in its own dock; no dialog, no crash.
    slot = _host(window, "poliisi")
    qtbot.waitUntil(lambda: slot.stack.currentWidget() is slot.error_view, timeout=10_000)
    assert "broken refresh" in slot.error.text()

    # Three failures switch a plugin off for the session.
    for _ in range(2):
        panels.retry("boom-panel")
    qtbot.waitUntil(lambda: "boom-panel" in panels.switched_off, timeout=10_000)
    assert not dvv.retry_button.isVisible()

    # The console itself still works.
    assert window.serving.current is not None
    click(qtbot, window.finish_action)
    qtbot.waitUntil(lambda: window.serving.current is None, timeout=10_000)
    window.close()


@pytest.mark.qt_no_exception_capture
def test_a_site_plugin_changed_after_the_check_is_not_imported(
    qtbot: QtBot,
    demo_database: Database,
    plugin_setup: PluginSetup,
    tmp_path: Path,
    real_hook: None,
) -> None:
    """The folder hash is checked at discovery and again just before the import: code
    swapped in between shows as refused in its dock and never runs."""
    marker = tmp_path / "swapped-code-ran"
    good = next(f for f in plugin_setup.found if f.id == "good")
    assert good.state == "ready"
    assert good.sha256 is not None
    (good.path / "good_panel.py").write_text(
        f"open({str(marker)!r}, 'w').close()\n", encoding="utf-8"
    )
    desk = Desk(demo_database, identity_key=lambda: b"k" * 32)
    window = ConsoleWindow(
        desk, desk.sign_in_by_username("aino.virtanen", "T1"), plugins=plugin_setup
    )
    qtbot.addWidget(window)
    window.show()
    window.start()
    qtbot.waitUntil(lambda: window.plugin_panels is not None, timeout=10_000)
    kela = _host(window, "kela")
    qtbot.waitUntil(lambda: kela.stack.currentWidget() is kela.error_view, timeout=10_000)
    assert "the files in its folder changed" in kela.error.text()
    assert not marker.exists()
    window.close()


@pytest.mark.qt_no_exception_capture
def test_back_offices_failing_every_way_stay_in_their_panels(
    qtbot: QtBot,
    demo_database: Database,
    sandbox: Any,
    real_hook: None,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The bundled plugins against the sandbox: 500, malformed JSON, a timeout, a refused
    connection, each in its own dock; the others show data, and the console serves on."""
    sandbox.set_fault("kela", "500")
    sandbox.set_fault("vero", "malformed")
    sandbox.set_fault("dvv", "timeout")
    sandbox.set_fault("poliisi", "refuse")
    window = console_with_plugins(qtbot, demo_database, sandbox, {"timeout_seconds": 1.0})
    panels = window.plugin_panels
    assert panels is not None
    identify_visitor(window, CODE, monkeypatch)

    def error_of(plugin_id: str) -> str:
        # What the panel shows for the identified visitor: its view's problem, if any.
        generation, view = panels.shown.get(plugin_id, (-1, None))
        if generation != panels.generation or view is None or view.problem is None:
            return ""
        return view.problem.message

    for plugin_id in ("kela", "vero", "dvv", "poliisi"):
        try:
            qtbot.waitUntil(lambda p=plugin_id: error_of(p) != "", timeout=15_000)
        except Exception:
            raise AssertionError(f"{plugin_id}: {panels.shown.get(plugin_id)}") from None
    assert "500" in error_of("kela") or "error" in error_of("kela").lower()
    assert CODE not in "".join(error_of(p) for p in ("kela", "vero", "dvv", "poliisi"))
    # The Kela dock's tab says its back office is not reachable.
    qtbot.waitUntil(lambda: window.agency_docks["kela"].windowTitle() != "Kela", timeout=15_000)

    # The console serves on while the back offices fail.
    click(qtbot, window.finish_action)
    qtbot.waitUntil(lambda: window.serving.current is None, timeout=10_000)
    sandbox.clear_faults()
    window.close()
