"""The test kit's view_harness holds a plugin to what the console accepts from its process."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from console.plugin_api.view import WireError
from console.plugin_testkit import PluginHarness, ViewHarness

MANIFEST = """\
[plugin]
id = "long"
version = "0.1.0"
api = 2
agency = "pori"
entry = "long_panel:Plugin"

[plugin.names]
fi = "Pitkä"
sv = "Lång"
en = "Long"

[permissions]
visitor = ["language"]
"""

CODE = """\
from console.plugin_api.view import View


class Plugin:
    def describe(self, context, visitor):
        if visitor is not None and visitor.name is not None:
            return View(title="the name reached me")
        return View(title="x" * 5000)  # longer than any text the console reads
"""


@pytest.fixture
def long_plugin(tmp_path: Path) -> Path:
    folder = tmp_path / "long"
    folder.mkdir()
    (folder / "plugin.toml").write_text(MANIFEST, encoding="utf-8")
    (folder / "long_panel.py").write_text(CODE, encoding="utf-8")
    return folder


def test_a_view_the_console_would_refuse_fails_the_test(
    view_harness: Callable[..., ViewHarness], long_plugin: Path
) -> None:
    harness = view_harness(long_plugin)
    with pytest.raises(WireError, match="title is 5000 characters long"):
        harness.show_visitor(name="Maija Meikäläinen", language="fi")
    assert harness.visitor.name is None  # the manifest permits the language only
    assert harness.visitor.language == "fi"


def test_the_api_1_harness_points_an_api_2_plugin_to_view_harness(
    plugin_harness: Callable[..., PluginHarness], long_plugin: Path
) -> None:
    with pytest.raises(TypeError, match="test it with the view_harness fixture"):
        plugin_harness(long_plugin).panel()
