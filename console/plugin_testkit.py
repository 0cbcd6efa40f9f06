"""The test kit for plugin authors: a pytest plugin (entry point ``pytest11``: ``tiski``).

Installed with Tiski, it gives any test these fixtures, no import needed:

- ``sandbox``: the sandbox back offices on a free local port, for the bundled plugins
  (or the folder in ``TISKI_SANDBOX_PLUGINS``); faults with ``sandbox.set_fault(...)``.
- ``plugin_harness``: ``plugin_harness("kela")`` (an id of a bundled plugin, or a plugin
  folder) reads the manifest, points ``base_url`` at the sandbox, and gives a
  :class:`PluginHarness` with a real :class:`console.plugin_api.PanelContext`.
- ``wait_for_panel``: ``wait_for_panel(panel)`` waits until a RecordPanel finished loading.

The first-party plugins' own tests use exactly this kit.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import pytest

DEMO_VISITOR: dict[str, Any] = {
    "name": "Matti Mäkinen",
    "identity_code": "131052-308T",
    "birth_date": date(1952, 10, 13),
    "language": "fi",
}


@dataclass
class PluginHarness:
    """One plugin under test: its manifest, a context, and what it asked the console to do."""

    manifest: Any
    context: Any
    opened_links: list[str] = field(default_factory=list)
    proposed_notes: list[str] = field(default_factory=list)

    def plugin(self) -> Any:
        from console.plugin_host.loading import load_plugin

        return load_plugin(self.manifest)

    def panel(self) -> Any:
        """The plugin's panel, made the way the console makes it."""
        return self.plugin().create_panel(self.context)

    def show_visitor(self, **fields: Any) -> None:
        """A visit at the counter; the context keeps only the fields the manifest permits."""
        from console.plugin_api import Visitor

        self.context.set_visitor(
            Visitor(
                ticket=fields.pop("ticket", "K001"), visit_id=fields.pop("visit_id", 1), **fields
            )
        )

    def show_demo_visitor(self) -> None:
        self.show_visitor(**DEMO_VISITOR)


def _bundled() -> Path:
    override = os.environ.get("TISKI_SANDBOX_PLUGINS")
    if override:
        return Path(override)
    from console.plugin_host.discovery import bundled_plugins_dir

    folder = bundled_plugins_dir()
    if folder is None:
        raise RuntimeError("no plugins folder: set TISKI_SANDBOX_PLUGINS")
    return folder


@pytest.fixture
def sandbox() -> Iterator[Any]:
    """The sandbox back offices on a free port; stopped after the test."""
    from console.sandbox import SandboxServer

    server = SandboxServer(_bundled(), port=0)
    server.url = server.start()  # type: ignore[attr-defined]
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def plugin_harness(qtbot: Any, sandbox: Any) -> Iterator[Callable[..., PluginHarness]]:
    """Make a :class:`PluginHarness` for a plugin id or folder, pointed at the sandbox."""
    from console.plugin_api import HttpClient
    from console.plugin_api.testing import jobs_pending, make_context
    from console.plugin_host.manifest import read_manifest
    from console.plugin_host.settings import plugin_settings

    made: list[PluginHarness] = []

    def make(plugin: str | Path, **settings: Any) -> PluginHarness:
        folder = Path(plugin) if isinstance(plugin, Path) else _bundled() / plugin
        manifest = read_manifest(folder / "plugin.toml", source="bundled")
        values = dict(settings)
        if manifest.setting("base_url") is not None and "base_url" not in values:
            values["base_url"] = f"{sandbox.url}/{manifest.id}"
        checked = plugin_settings(manifest, values)
        harness = PluginHarness(manifest, None)
        harness.context = make_context(
            plugin_id=manifest.id,
            settings=checked,
            http=HttpClient(
                str(checked.get("base_url", "http://127.0.0.1:9")),
                connect_timeout=1.0,
                read_timeout=float(checked.get("timeout_seconds", 2.0)),
                backoff=0.0,
            ),
            permissions=manifest.permissions,
            link_hosts=manifest.link_hosts,
            link_opener=harness.opened_links.append,
            note_proposer=harness.proposed_notes.append,
        )
        made.append(harness)
        return harness

    yield make
    qtbot.waitUntil(lambda: jobs_pending() == 0, timeout=15_000)
    for harness in made:
        harness.context.http.close()


@pytest.fixture
def wait_for_panel(qtbot: Any) -> Callable[..., None]:
    """Wait until a RecordPanel shows an answer, an error or its placeholder."""

    def wait(panel: Any, timeout: int = 20_000) -> None:  # only a guard against a hang
        qtbot.waitUntil(lambda: not panel.loading_label.isVisible(), timeout=timeout)

    return wait
