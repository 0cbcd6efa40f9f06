"""A bundled API 2 plugin described against the sandbox back offices, read as the advisor
sees it: the view as it arrives in the console (through the wire and its checks).

    kela = described_plugin("kela", sandbox)
    view = kela.describe(identity_code="131052-308T")
    assert "Vuokrasopimus" in row_values(view)

The plugin is imported from its folder the way the host names it (``tiski_plugin_<id>``),
its context is a :class:`console.plugin_api.testing.DirectContext` pointed at the sandbox,
and the visitor is reduced to the fields its manifest declares, as the console does.
"""

from __future__ import annotations

import importlib
import importlib.util
import json
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from console.plugin_api.describe import DescribingPlugin
from console.plugin_api.model import Answer, Visitor
from console.plugin_api.testing import DirectContext
from console.plugin_api.view import Row, Section, Table, View, view_from_wire, view_to_wire
from console.plugin_host.discovery import bundled_plugins_dir
from console.plugin_host.manifest import Manifest, read_manifest
from console.plugin_host.settings import plugin_settings

DEMO_CODE = "131052-308T"  # Matti Mäkinen (docs/sandbox.md)
UNKNOWN_CODE = "010101-123N"  # valid, but nobody the sandbox knows
EVERY_FIELD: dict[str, Any] = {
    "name": "Matti Mäkinen",
    "identity_code": DEMO_CODE,
    "contact": "040 123 4567",
    "language": "fi",
}


class RecordingContext(DirectContext):
    """A DirectContext that keeps the keys and paths the plugin fetched (what the
    console's broker would hold in memory)."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.fetched: list[tuple[str, str]] = []

    def fetch_json(
        self,
        key: str,
        path: str,
        params: Any = None,
        *,
        items: str | None = None,
    ) -> Answer:
        self.fetched.append((key, path))
        return super().fetch_json(key, path, params, items=items)


@dataclass
class DescribedPlugin:
    """One plugin under test: its manifest, the plugin object and its context."""

    manifest: Manifest
    plugin: DescribingPlugin
    context: RecordingContext
    views: list[View] = field(default_factory=list)

    def describe(self, **fields: Any) -> View:
        """The view for a visitor with ``fields`` (None for nobody at the counter)."""
        visitor = (
            Visitor(
                ticket=fields.pop("ticket", "K001"), visit_id=fields.pop("visit_id", 1), **fields
            )
            if fields
            else None
        )
        return self.describe_visitor(visitor)

    def describe_visitor(self, visitor: Visitor | None) -> View:
        permitted = visitor.only(self.manifest.permissions) if visitor is not None else None
        view = self.plugin.describe(self.context, permitted)
        # What the console draws is what survives the wire and its checks.
        wire = json.loads(json.dumps(view_to_wire(view)))
        arrived = view_from_wire(wire)
        self.views.append(arrived)
        return arrived

    def describe_demo_visitor(self) -> View:
        return self.describe(**EVERY_FIELD)

    def close(self) -> None:
        self.context.http.close()


def described_plugin(
    plugin_id: str, sandbox: Any, *, language: str = "fi", **settings: Any
) -> DescribedPlugin:
    """The bundled plugin ``plugin_id`` in ``language`` with its context pointed at
    ``sandbox`` (or ``base_url``) and its other settings as the manifest checks them."""
    folder = bundled_plugins_dir()
    assert folder is not None, "run from the repository: the bundled plugins are needed"
    manifest = read_manifest(folder / plugin_id / "plugin.toml", source="bundled")
    values = {"base_url": f"{sandbox.url}/{plugin_id}", **settings}
    checked = plugin_settings(manifest, values)
    context = RecordingContext(
        plugin_id=manifest.id,
        base_url=str(checked["base_url"]),
        settings=checked,
        language=language,
    )
    return DescribedPlugin(manifest, _plugin(manifest), context)


def _plugin(manifest: Manifest) -> DescribingPlugin:
    assert manifest.folder is not None
    package = "tiski_plugin_" + manifest.id.replace("-", "_")
    if package not in sys.modules:
        spec = importlib.util.spec_from_file_location(
            package,
            Path(manifest.folder) / "__init__.py",
            submodule_search_locations=[str(manifest.folder)],
        )
        assert spec is not None
        assert spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        sys.modules[package] = module
        spec.loader.exec_module(module)
    entry = importlib.import_module(f"{package}.{manifest.entry_module}")
    plugin = getattr(entry, manifest.entry_class)()
    assert isinstance(plugin, DescribingPlugin)
    return plugin


# ---------------------------------------------------------------- reading a view
def sections(view: View) -> list[Section]:
    return [block for block in view.blocks if isinstance(block, Section)]


def section_titles(view: View) -> list[str]:
    return [section.title for section in sections(view)]


def rows(view: View) -> list[Row]:
    return [row for section in sections(view) for row in section.rows]


def row_values(view: View) -> list[str]:
    return [row.value for row in rows(view)]


def row_labels(view: View) -> list[str]:
    return [row.label for row in rows(view)]


def rows_by_value(view: View) -> dict[str, Row]:
    return {row.value: row for row in rows(view)}


def links(view: View) -> list[str]:
    found = [row.link for row in rows(view) if row.link]
    for block in view.blocks:
        if isinstance(block, Table):
            found += [link for link in block.links if link]
    return found


def every_text(view: View) -> str:
    """Everything of the view that reaches the console, as one text."""
    return json.dumps(view_to_wire(view), ensure_ascii=False)


def assert_links_open(view: View, manifest: Manifest) -> None:
    """Every link is https to a host the manifest declares (the console refuses others)."""
    for link in links(view):
        parts = urlsplit(link)
        assert parts.scheme == "https", link
        assert parts.hostname in manifest.link_hosts, link
