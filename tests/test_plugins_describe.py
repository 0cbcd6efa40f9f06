"""What the bundled plugins ported to API 2 have in common: they draw nothing themselves,
load nothing they have no use for, and speak the console's language."""

from __future__ import annotations

import ast
import hashlib
import subprocess
import sys
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from view_reading import UNKNOWN_CODE, row_labels, row_values, section_titles

from console.plugin_api.view import View
from console.plugin_host.discovery import bundled_plugins_dir
from console.plugin_host.manifest import read_manifest

PORTED = ("kela", "vero", "dvv", "poliisi")  # port-a's
BUNDLED = (*PORTED, "pori", "prh", "rest", "tyollisyys")  # with port-b's
# A describing plugin runs in a process with no screen, no network and no credential:
# nothing of these has a use there (the console draws; its broker fetches).
FORBIDDEN = (
    "PySide6.QtWidgets",
    "PySide6.QtGui",
    "requests",
    "urllib.request",
    "http.client",
    "socket",
    "keyring",
    "console.plugin_api.panels",
    "console.plugin_api.context",
    "console.plugin_api.http",
)


def folder(plugin_id: str) -> Path:
    bundled = bundled_plugins_dir()
    assert bundled is not None
    return bundled / plugin_id


def imported_names(file: Path) -> set[str]:
    names = set()
    for node in ast.walk(ast.parse(file.read_text(encoding="utf-8"), str(file))):
        if isinstance(node, ast.Import):
            names |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module is not None:
            names.add(node.module)
            names |= {f"{node.module}.{alias.name}" for alias in node.names}
    return names


@pytest.mark.parametrize("plugin_id", BUNDLED)
def test_a_ported_plugin_is_api_2_and_draws_nothing_itself(plugin_id: str) -> None:
    manifest = read_manifest(folder(plugin_id) / "plugin.toml", source="bundled")
    assert manifest.api == 2
    for file in folder(plugin_id).rglob("*.py"):
        names = imported_names(file)
        wrong = {
            name
            for name in names
            for forbidden in FORBIDDEN
            if name == forbidden or name.startswith(forbidden + ".")
        }
        assert not wrong, f"{file.name} imports {sorted(wrong)}"


# Names of services, the same in every language.
NAMES = {"", "Suomi.fi", "OmaVero"}


# What a plugin's process must not load just by importing the plugin: widgets and GUI
# (it draws nothing), HTTP and keyring (the broker calls), the database.
NOT_LOADED = ("PySide6.QtWidgets", "PySide6.QtGui", "requests", "keyring", "sqlalchemy")
IMPORT_ALONE = """
import importlib, importlib.util, sys
folder, package, module = sys.argv[1:4]
spec = importlib.util.spec_from_file_location(
    package, folder + "/__init__.py", submodule_search_locations=[folder]
)
sys.modules[package] = importlib.util.module_from_spec(spec)
spec.loader.exec_module(sys.modules[package])
importlib.import_module(package + "." + module)
print(" ".join(name for name in sys.argv[4:] if name in sys.modules))
"""


@pytest.mark.parametrize("plugin_id", BUNDLED)
def test_importing_a_ported_plugin_loads_no_widgets_http_or_keyring(plugin_id: str) -> None:
    manifest = read_manifest(folder(plugin_id) / "plugin.toml", source="bundled")
    loaded = subprocess.run(
        [
            sys.executable,
            "-c",
            IMPORT_ALONE,
            str(folder(plugin_id)),
            f"tiski_plugin_{plugin_id}",
            manifest.entry_module,
            *NOT_LOADED,
        ],
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    )
    assert loaded.stdout.split() == []


def texts(view: View) -> set[str]:
    return {view.placeholder, *section_titles(view), *row_labels(view), *row_values(view)} - NAMES


@pytest.mark.parametrize("plugin_id", PORTED)
def test_a_ported_plugin_speaks_the_consoles_language(
    plugin_id: str, view_harness: Any, qapp: Any
) -> None:
    from console.i18n import install_translators

    plugin = view_harness(plugin_id)
    english = [plugin.show_visitor(identity_code=UNKNOWN_CODE), plugin.no_visitor()]
    # The console's translator, as the plugin's process installs it for its language.
    install_translators(qapp, "fi")
    finnish = [plugin.show_visitor(identity_code=UNKNOWN_CODE), plugin.no_visitor()]

    for in_english, in_finnish in zip(english, finnish, strict=True):
        assert texts(in_finnish)
        assert not texts(in_english) & texts(in_finnish), "some text is still in English"


# PRH is given no visitor field: the advisor types a business ID.
@pytest.mark.parametrize("plugin_id", [p for p in BUNDLED if p != "prh"])
def test_a_remembered_answers_key_says_nothing_of_the_visitor(
    plugin_id: str, view_harness: Any
) -> None:
    """The key of an answer travels to the console and may reach its debug log: it must
    not carry the identity code or the name, nor a plain digest of either (an identity
    code's digest is guessed back in seconds)."""
    code, name = "131052-308T", "Matti Mäkinen"
    harness = view_harness(plugin_id)
    keys: list[str] = []
    fetch = harness.context.fetch_json

    def recording(key: str, *args: Any, **kwargs: Any) -> Any:
        keys.append(key)
        return fetch(key, *args, **kwargs)

    harness.context.fetch_json = recording
    harness.show_visitor(identity_code=code, name=name, birth_date=date(1952, 10, 13))
    assert keys, "the plugin asked its back office nothing"
    plain = set()
    for value in (code, code.replace("-", ""), name, name.casefold(), "1952-10-13"):
        plain |= {value, hashlib.sha256(value.encode()).hexdigest()[:16]}
        plain.add(hashlib.md5(value.encode()).hexdigest()[:16])  # noqa: S324 - a guess
    for key in keys:
        assert not any(part in key for part in plain), key
