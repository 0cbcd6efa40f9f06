"""The plugin host: manifests checked without importing code, discovery, IT's policy,
guarded loading, keyring credentials and plugin settings.

Plugins are real folders written into ``tmp_path``; the keyring is the in-memory
one from conftest (or keyring's own "no backend" stand-in).
"""

from __future__ import annotations

import copy
import importlib.metadata
import logging
import sys
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

import keyring
import pytest
import tomli_w
from installed_dist import InstalledDist, install_dist
from keyring.backends import fail
from tiski_test_keyring import MemoryKeyring

from console.core.text import TiskiError
from console.plugin_host.credentials import (
    CredentialError,
    get_credential,
    has_credential,
    set_credential,
)
from console.plugin_host.discovery import (
    Found,
    apply_policy,
    bundled_plugins_dir,
    discover,
)
from console.plugin_host.loading import FailureCounter, PluginLoadError, load_plugin
from console.plugin_host.manifest import Manifest, ManifestError, SettingSpec, read_manifest
from console.plugin_host.settings import plugin_settings

PANEL_CODE = """
class KelaPlugin:
    def create_panel(self, context):
        return None
"""


def manifest_data(plugin_id: str = "kela") -> dict[str, Any]:
    """The manifest reference's example (docs/plugins.md) as a dict."""
    return {
        "plugin": {
            "id": plugin_id,
            "version": "1.0.0",
            "api": 1,
            "agency": "kela",
            "entry": "kela_panel:KelaPlugin",
            "health": "/health",
            "names": {
                "fi": "Kela: etuudet ja hakemukset",
                "sv": "FPA: förmåner och ansökningar",
                "en": "Kela: benefits and applications",
            },
        },
        "permissions": {"visitor": ["identity_code", "language"]},
        "links": {"hosts": ["asiointi.kela.fi"]},
        "credentials": {"names": ["api-key"]},
        "settings": {
            "base_url": {
                "type": "url",
                "default": "https://api.kela.example/tiski/v1",
                "description": "Kela back-office API",
            },
            "timeout_seconds": {"type": "float", "default": 8.0, "minimum": 1.0, "maximum": 60.0},
        },
    }


def write_plugin(
    folder: Path,
    data: dict[str, Any] | None = None,
    *,
    plugin_id: str = "kela",
    code: str = PANEL_CODE,
    module: str = "kela_panel",
    api: int = 1,
) -> Path:
    """A plugin folder with its plugin.toml and entry module; returns the folder."""
    folder.mkdir(parents=True, exist_ok=True)
    if data is None:
        data = manifest_data(plugin_id)
        data["plugin"]["api"] = api
    (folder / "plugin.toml").write_text(tomli_w.dumps(data), encoding="utf-8")
    (folder / f"{module}.py").write_text(code, encoding="utf-8")
    return folder


def plugin_manifest(folder: Path, **kwargs: Any) -> Manifest:
    return read_manifest(write_plugin(folder, **kwargs) / "plugin.toml", source="site")


def problems(error: ManifestError) -> list[str]:
    return [problem.english() for problem in error.problems]


# ---------------------------------------------------------------- manifests
def test_a_valid_manifest_reads_into_a_manifest(tmp_path: Path) -> None:
    folder = write_plugin(tmp_path / "kela")
    manifest = read_manifest(folder / "plugin.toml", source="bundled")
    assert manifest.id == "kela"
    assert manifest.version == "1.0.0"
    assert manifest.api == 1
    assert manifest.agency == "kela"
    assert (manifest.entry_module, manifest.entry_class) == ("kela_panel", "KelaPlugin")
    assert manifest.health == "/health"
    assert manifest.names["sv"] == "FPA: förmåner och ansökningar"
    assert manifest.name("en") == "Kela: benefits and applications"
    assert manifest.permissions == ("identity_code", "language")
    assert manifest.link_hosts == ("asiointi.kela.fi",)
    assert manifest.credentials == ("api-key",)
    assert manifest.settings == (
        SettingSpec(
            "base_url",
            "url",
            "https://api.kela.example/tiski/v1",
            "Kela back-office API",
            None,
            None,
        ),
        SettingSpec("timeout_seconds", "float", 8.0, "", 1.0, 60.0),
    )
    assert manifest.folder == folder
    assert manifest.source == "bundled"


def test_optional_tables_may_be_left_out(tmp_path: Path) -> None:
    data = manifest_data()
    for table in ("permissions", "links", "credentials", "settings"):
        del data[table]
    del data["plugin"]["health"]
    manifest = plugin_manifest(tmp_path / "kela", data=data)
    assert (manifest.permissions, manifest.link_hosts, manifest.credentials) == ((), (), ())
    assert (manifest.settings, manifest.health) == ((), None)


def _set(path: str, value: Any) -> Callable[[dict[str, Any]], None]:
    def change(data: dict[str, Any]) -> None:
        *tables, key = path.split(".")
        target = data
        for table in tables:
            target = target.setdefault(table, {})
        target[key] = value

    return change


def _drop(path: str) -> Callable[[dict[str, Any]], None]:
    def change(data: dict[str, Any]) -> None:
        *tables, key = path.split(".")
        target = data
        for table in tables:
            target = target[table]
        del target[key]

    return change


BROKEN: list[tuple[str, Callable[[dict[str, Any]], None], str, str]] = [
    ("missing entry", _drop("plugin.entry"), "plugin.entry", "is missing"),
    ("missing id", _drop("plugin.id"), "plugin.id", "is missing"),
    ("missing names", _drop("plugin.names"), "plugin.names", "is missing"),
    ("missing Swedish name", _drop("plugin.names.sv"), "plugin.names.sv", "is missing"),
    ("missing plugin table", _drop("plugin"), "plugin", "is missing"),
    ("unknown plugin key", _set("plugin.entyr", "x:Y"), "plugin.entyr", "is not a known key"),
    ("unknown table", _set("permission.visitor", []), "permission", "is not a known key"),
    ("unknown name language", _set("plugin.names.de", "Kela"), "plugin.names.de", "not a known"),
    (
        "unknown setting key",
        _set("settings.base_url.defualt", "x"),
        "settings.base_url.defualt",
        "known",
    ),
    ("api as text", _set("plugin.api", "1"), "plugin.api", "must be a whole number"),
    ("api of another major", _set("plugin.api", 3), "plugin.api", "written for plugin API 3"),
    ("id with capitals", _set("plugin.id", "Kela"), "plugin.id", "lower-case letters"),
    ("id too short", _set("plugin.id", "k"), "plugin.id", "2 to 40"),
    ("version not PEP 440", _set("plugin.version", "one"), "plugin.version", "PEP 440"),
    ("version a number", _set("plugin.version", 1), "plugin.version", "PEP 440"),
    ("agency not a code", _set("plugin.agency", "Kela Oy"), "plugin.agency", "agency code"),
    ("name not text", _set("plugin.names.fi", 3), "plugin.names.fi", "non-empty string"),
    ("entry without class", _set("plugin.entry", "kela_panel"), "plugin.entry", "module:Class"),
    ("entry class not a name", _set("plugin.entry", "kela_panel:Kela Plugin"), "plugin.entry", ""),
    ("entry module missing", _set("plugin.entry", "other:KelaPlugin"), "plugin.entry", "other.py"),
    ("health not a path", _set("plugin.health", "health"), "plugin.health", "starting with '/'"),
    ("visitor not a list", _set("permissions.visitor", "name"), "permissions.visitor", "a list"),
    ("credential name", _set("credentials.names", ["api key"]), "credentials.names", "'api key'"),
    ("host with scheme", _set("links.hosts", ["https://kela.fi"]), "links.hosts", "host name"),
    ("host with path", _set("links.hosts", ["kela.fi/x"]), "links.hosts", "without https://"),
    ("setting type", _set("settings.base_url.type", "list"), "settings.base_url.type", "'list'"),
    ("missing setting type", _drop("settings.base_url.type"), "settings.base_url.type", "missing"),
    (
        "default of another type",
        _set("settings.timeout_seconds.default", "8"),
        "settings.timeout_seconds.default",
        "must be a number, not '8'",
    ),
    (
        "bool default",
        _set("settings.verbose", {"type": "bool", "default": "yes"}),
        "settings.verbose.default",
        "true or false",
    ),
    (
        "int default",
        _set("settings.retries", {"type": "int", "default": 2.5}),
        "settings.retries.default",
        "whole number",
    ),
    (
        "minimum over maximum",
        _set("settings.timeout_seconds.minimum", 90.0),
        "settings.timeout_seconds.minimum",
        "greater than the maximum",
    ),
    (
        "default over maximum",
        _set("settings.timeout_seconds.default", 90.0),
        "settings.timeout_seconds.default",
        "at most 60.0",
    ),
    (
        "bound of another type",
        _set("settings.timeout_seconds.maximum", "60"),
        "settings.timeout_seconds.maximum",
        "must be a number",
    ),
    (
        "bound on a string",
        _set("settings.label", {"type": "str", "default": "x", "minimum": 1}),
        "settings.label.minimum",
        "only an int or float setting",
    ),
    (
        "base_url not http",
        _set("settings.base_url.default", "ftp://api.kela.example/"),
        "settings.base_url.default",
        "http or https URL",
    ),
    (
        "base_url not a url type",
        _set("settings.base_url.type", "str"),
        "settings.base_url.type",
        'type "url"',
    ),
    (
        "bad setting name",
        _set("settings.Base-URL", {"type": "str"}),
        "settings.Base-URL",
        "setting name",
    ),
    (
        "health without base_url",
        _drop("settings.base_url"),
        "plugin.health",
        "settings.base_url",
    ),
]


@pytest.mark.parametrize(
    ("change", "key", "words"), [case[1:] for case in BROKEN], ids=[case[0] for case in BROKEN]
)
def test_each_broken_rule_names_file_key_and_what_is_wrong(
    tmp_path: Path, change: Callable[[dict[str, Any]], None], key: str, words: str
) -> None:
    data = copy.deepcopy(manifest_data())
    change(data)
    folder = write_plugin(tmp_path / "kela", data)
    with pytest.raises(ManifestError) as raised:
        read_manifest(folder / "plugin.toml", source="site")
    [problem] = problems(raised.value)
    assert problem.startswith(f"{folder / 'plugin.toml'}: ")
    assert f": {key}" in problem
    assert words in problem
    assert isinstance(raised.value, TiskiError)


def test_wrong_api_says_which_the_console_supports(tmp_path: Path) -> None:
    data = manifest_data()
    data["plugin"]["api"] = 3
    with pytest.raises(ManifestError) as raised:
        plugin_manifest(tmp_path / "kela", data=data)
    assert "this console supports plugin API 1 and 2 only" in str(raised.value)


def test_unknown_permission_lists_the_known_fields(tmp_path: Path) -> None:
    data = manifest_data()
    data["permissions"]["visitor"] = ["name", "address"]
    with pytest.raises(ManifestError) as raised:
        plugin_manifest(tmp_path / "kela", data=data)
    assert problems(raised.value) == [
        f"{tmp_path / 'kela' / 'plugin.toml'}: permissions.visitor: 'address' is not a visitor "
        "field (known: name, identity_code, birth_date, contact, language)"
    ]


def test_every_problem_is_reported_at_once(tmp_path: Path) -> None:
    data = manifest_data()
    data["plugin"]["id"] = "Kela"
    data["plugin"]["api"] = 7
    data["links"]["hosts"] = ["https://asiointi.kela.fi"]
    with pytest.raises(ManifestError) as raised:
        plugin_manifest(tmp_path / "kela", data=data)
    keys = [problem.split(": ")[1] for problem in problems(raised.value)]
    assert keys == ["plugin.id", "plugin.api", "links.hosts"]
    assert "plugin.id" in str(raised.value)
    assert "links.hosts" in str(raised.value)


def test_a_toml_syntax_error_names_the_line(tmp_path: Path) -> None:
    path = tmp_path / "plugin.toml"
    path.write_text('[plugin]\nid = "kela"\nversion = 1.0.0\n', encoding="utf-8")
    with pytest.raises(ManifestError) as raised:
        read_manifest(path, source="site")
    assert str(raised.value).startswith(f"{path}: line 3: not valid TOML")


def test_a_missing_manifest_is_named(tmp_path: Path) -> None:
    with pytest.raises(ManifestError, match="no such file"):
        read_manifest(tmp_path / "plugin.toml", source="site")


def test_reading_a_manifest_never_imports_the_plugin(tmp_path: Path) -> None:
    folder = write_plugin(tmp_path / "kela", code="raise SystemExit('imported!')\n")
    assert read_manifest(folder / "plugin.toml", source="site").id == "kela"


# ---------------------------------------------------------------- discovery
@pytest.fixture
def no_installed_plugins(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(importlib.metadata, "entry_points", lambda **_: [])


def installed_plugin(
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    plugin_id: str | None,
    *,
    dist: str = "",
    entry_name: str = "",
    api: int = 2,
) -> InstalledDist:
    """A real distribution on ``sys.path`` whose entry point names a plugin folder."""
    tag = uuid.uuid4().hex[:8]
    data = None
    if plugin_id is not None:
        data = manifest_data(plugin_id)
        data["plugin"]["api"] = api
        data["plugin"]["entry"] = "panel:Plugin"
    installed = install_dist(
        tmp_path / f"site-packages-{tag}",
        dist=dist or f"tiski-dist-{tag}",
        package=f"tiski_dist_{tag}",
        manifest=data,
        entry_name=entry_name or plugin_id or "nothing",
        marker=tmp_path / f"imported-{tag}",
    )
    monkeypatch.syspath_prepend(str(installed.site_packages))
    return installed


def states(found: list[Found]) -> list[tuple[str | None, str, str]]:
    return [(item.id, item.source, item.state) for item in found]


def test_discovery_order_bundled_installed_site_and_bundled_ids_are_reserved(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    alpha = installed_plugin(monkeypatch, tmp_path, "alpha")
    omega = installed_plugin(monkeypatch, tmp_path, "omega", dist="Tiski_Omega.Panel")
    bundled = tmp_path / "bundled"
    write_plugin(bundled / "alpha", plugin_id="alpha")
    write_plugin(bundled / "beta", plugin_id="beta")
    site = tmp_path / "site"
    write_plugin(site / "beta", plugin_id="beta")
    write_plugin(site / "gamma", plugin_id="gamma")
    write_plugin(site / "omega", plugin_id="omega")
    single = write_plugin(tmp_path / "single", plugin_id="delta")  # a folder that is a plugin

    found = [item for item in discover(bundled=bundled, folders=[site, single])]
    assert states(found) == [
        ("alpha", "bundled", "ready"),
        ("beta", "bundled", "ready"),
        ("alpha", "installed", "refused"),
        ("omega", "installed", "ready"),
        ("beta", "site", "refused"),
        ("gamma", "site", "ready"),
        ("omega", "site", "duplicate"),
        ("delta", "site", "ready"),
    ]
    assert found[2].path == alpha.plugin_folder
    assert found[2].reason is not None
    assert (
        found[2]
        .reason.english()
        .startswith(
            f"Refused: alpha is the id of a plugin bundled with the console ({bundled / 'alpha'})"
        )
    )
    assert found[4].reason is not None
    assert "bundled" in found[4].reason.english()
    assert (found[3].distribution, found[3].pin) == (
        "tiski-omega-panel",
        "installed:tiski-omega-panel/omega",
    )
    assert found[6].reason is not None
    assert found[6].reason.english() == (
        f"Ignored: the plugin omega was already found in {omega.plugin_folder} (installed)."
    )
    assert not alpha.marker.exists()
    assert not omega.marker.exists()
    assert discover(bundled=bundled, folders=[], entry_points=False)[0].state == "ready"


def test_an_invalid_plugin_is_listed_with_its_reason(
    tmp_path: Path, no_installed_plugins: None
) -> None:
    data = manifest_data()
    data["plugin"]["api"] = 9
    write_plugin(tmp_path / "site" / "kela", data)
    [found] = discover(bundled=None, folders=[tmp_path / "site"])
    assert (found.manifest, found.state, found.path) == (
        None,
        "invalid",
        tmp_path / "site" / "kela",
    )
    assert (found.id, found.shown_id) == (None, "kela")
    assert found.reason is not None
    assert "plugin.api" in found.reason.english()


def test_a_missing_site_folder_is_reported(tmp_path: Path, no_installed_plugins: None) -> None:
    [found] = discover(bundled=None, folders=[tmp_path / "nowhere"])
    assert found.state == "invalid"
    assert found.reason is not None
    assert "plugins.folders" in found.reason.english()


def test_an_installed_entry_point_without_a_plugin_folder_is_invalid_and_not_imported(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    installed = installed_plugin(monkeypatch, tmp_path, None, entry_name="ghost")
    [found] = [item for item in discover(bundled=None, folders=[]) if item.source == "installed"]
    assert (found.source, found.state) == ("installed", "invalid")
    assert found.reason is not None
    assert f"{installed.package}:PLUGIN_DIR" in found.reason.english()
    assert f"lists no plugin.toml under {installed.package}/" in found.reason.english()
    assert not installed.marker.exists()
    assert installed.package not in sys.modules


def test_policy_pins_plugins_by_id_and_source(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A bare id allows the bundled plugin (or a trusted site one); an installed plugin
    needs installed:distribution/id; deny always wins; empty allow means bundled only."""
    installed = installed_plugin(monkeypatch, tmp_path, "city-extra", dist="city-extra")
    for plugin_id in ("kela", "vero"):
        data = manifest_data(plugin_id)
        data["plugin"]["api"] = 2
        write_plugin(tmp_path / "bundled" / plugin_id, data)
    city = manifest_data("city")
    city["plugin"]["api"] = 2
    write_plugin(tmp_path / "site" / "city", city)
    write_plugin(tmp_path / "site" / "kela", plugin_id="kela")
    found = discover(bundled=tmp_path / "bundled", folders=[tmp_path / "site"])

    default = apply_policy(found, allow=[], deny=["vero"])
    assert states(default) == [
        ("kela", "bundled", "ready"),
        ("vero", "bundled", "off"),
        ("city-extra", "installed", "off"),
        ("city", "site", "off"),
        ("kela", "site", "refused"),
    ]
    assert default[1].reason is not None
    assert "plugins.deny" in default[1].reason.english()
    assert default[3].reason is not None
    assert "plugins.allow" in default[3].reason.english()
    assert "IT adds site:city to plugins.allow" in default[3].reason.english()

    by_id = apply_policy(found, allow=["vero", "city-extra", "kela"], deny=["vero"])
    assert [item.state for item in by_id] == ["ready", "off", "off", "off", "refused"]
    assert by_id[2].reason is not None
    assert by_id[2].reason.english() == (
        "Not allowed by IT: an installed plugin is allowed by its distribution too; the site "
        "setting plugins.allow lists city-extra but not installed:city-extra/city-extra."
    )
    pinned = apply_policy(found, allow=["installed:city-extra/city-extra", "kela"], deny=[])
    assert [item.state for item in pinned] == ["ready", "off", "ready", "off", "refused"]
    wrong_dist = apply_policy(found, allow=["installed:someone-else/city-extra"], deny=[])
    assert wrong_dist[2].state == "off"
    assert not installed.marker.exists()


def test_an_api_1_plugin_loads_only_when_it_trusts_its_widgets(
    tmp_path: Path, no_installed_plugins: None
) -> None:
    write_plugin(tmp_path / "bundled" / "kela", plugin_id="kela")  # api 1
    found = discover(bundled=tmp_path / "bundled", folders=[])
    [off] = apply_policy(found, allow=[], deny=[])
    assert off.state == "off"
    assert off.reason is not None
    assert "plugins.trusted_widgets" in off.reason.english()
    [ready] = apply_policy(found, allow=[], deny=[], trusted_widgets=["kela"])
    assert ready.state == "ready"


def test_bundled_plugins_come_from_the_frozen_build(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert bundled_plugins_dir() is None  # no plugins folder in the build
    write_plugin(tmp_path / "plugins" / "kela")
    assert bundled_plugins_dir() == tmp_path / "plugins"


def test_bundled_plugins_from_source_are_the_repository_folder() -> None:
    folder = bundled_plugins_dir()
    repository = Path(__file__).resolve().parent.parent / "plugins"
    assert folder in (None, repository)
    assert (folder is not None) == any(repository.glob("*/plugin.toml"))


# ---------------------------------------------------------------- loading
def test_a_plugin_loads_under_its_own_package(tmp_path: Path) -> None:
    folder = tmp_path / "kela"
    (folder).mkdir()
    (folder / "client.py").write_text("GREETING = 'hei'\n", encoding="utf-8")
    code = (
        "from .client import GREETING\n"
        "class KelaPlugin:\n"
        "    greeting = GREETING\n"
        "    def create_panel(self, context):\n"
        "        return None\n"
    )
    plugin = load_plugin(plugin_manifest(folder, code=code))
    assert type(plugin).__name__ == "KelaPlugin"
    assert plugin.greeting == "hei"  # type: ignore[attr-defined]
    assert type(plugin).__module__ == "tiski_plugin_kela.kela_panel"
    assert "kela_panel" not in sys.modules


def test_two_plugins_with_the_same_module_name_load_apart(tmp_path: Path) -> None:
    def code(answer: str) -> str:
        return f"class Panel:\n    answer = {answer!r}\n    def create_panel(self, context): ...\n"

    first, second = [manifest_data(plugin_id) for plugin_id in ("kela-one", "kela-two")]
    for data in (first, second):
        data["plugin"]["entry"] = "panel:Panel"
    one = load_plugin(
        plugin_manifest(tmp_path / "one", data=first, code=code("one"), module="panel")
    )
    two = load_plugin(
        plugin_manifest(tmp_path / "two", data=second, code=code("two"), module="panel")
    )
    assert (one.answer, two.answer) == ("one", "two")  # type: ignore[attr-defined]
    assert type(one) is not type(two)


BROKEN_CODE = [
    ("raises at import", "raise RuntimeError('visitor 131052-308T broke it')\n", "RuntimeError"),
    ("syntax error", "class KelaPlugin(:\n    pass\n", "SyntaxError"),
    (
        "raises in __init__",
        "class KelaPlugin:\n    def __init__(self):\n        raise ValueError('no config')\n"
        "    def create_panel(self, context): ...\n",
        "ValueError: no config",
    ),
    ("no such class", "class OtherPlugin: ...\n", "AttributeError"),
    ("exits", "import sys\nsys.exit(3)\n", "SystemExit"),
    ("lacks create_panel", "class KelaPlugin:\n    pass\n", "create_panel"),
]


@pytest.mark.parametrize(
    ("code", "words"), [case[1:] for case in BROKEN_CODE], ids=[case[0] for case in BROKEN_CODE]
)
def test_a_broken_plugin_gives_a_load_error_with_details(
    tmp_path: Path, code: str, words: str
) -> None:
    manifest = plugin_manifest(tmp_path / "kela", code=code)
    with pytest.raises(PluginLoadError) as raised:
        load_plugin(manifest)
    error = raised.value
    assert isinstance(error, TiskiError)
    assert error.plugin_id == "kela"
    assert str(error).startswith("The plugin kela could not be loaded: ")
    assert words in str(error) + error.details
    assert error.details
    assert "131052-308T" not in str(error) + error.details
    assert not [name for name in sys.modules if name.split(".")[0] == "tiski_plugin_kela"]


def test_identity_codes_in_the_traceback_are_masked(tmp_path: Path) -> None:
    manifest = plugin_manifest(tmp_path / "kela", code=BROKEN_CODE[0][1])
    with pytest.raises(PluginLoadError) as raised:
        load_plugin(manifest)
    assert "Traceback" in raised.value.details
    assert "131052-****" in raised.value.details
    assert "131052-****" in str(raised.value)


def test_a_fixed_plugin_loads_fresh_code_on_retry(tmp_path: Path) -> None:
    manifest = plugin_manifest(tmp_path / "kela", code="raise ImportError('not yet')\n")
    with pytest.raises(PluginLoadError):
        load_plugin(manifest)
    (tmp_path / "kela" / "kela_panel.py").write_text(PANEL_CODE, encoding="utf-8")
    assert hasattr(load_plugin(manifest), "create_panel")


def test_failure_counter_switches_off_at_the_limit() -> None:
    counter = FailureCounter()
    assert [counter.record("kela") for _ in range(3)] == [False, False, True]
    assert counter.record("vero") is False
    counter.reset("kela")
    assert counter.failures("kela") == 0
    assert FailureCounter(limit=1).record("kela") is True


# ---------------------------------------------------------------- credentials
def test_a_credential_is_kept_in_the_keyring_under_the_plugin_service(
    tmp_path: Path, memory_keyring: MemoryKeyring
) -> None:
    manifest = plugin_manifest(tmp_path / "kela")
    assert get_credential(manifest, "api-key") is None
    assert not has_credential(manifest, "api-key")
    set_credential(manifest, "api-key", "s3cret")
    assert memory_keyring.passwords == {("tiski/kela", "api-key"): "s3cret"}
    assert get_credential(manifest, "api-key") == "s3cret"
    assert get_credential("kela", "api-key") == "s3cret"  # by id, as the panels ask
    assert has_credential(manifest, "api-key")


def test_an_undeclared_credential_is_refused_listing_the_declared(tmp_path: Path) -> None:
    manifest = plugin_manifest(tmp_path / "kela")
    with pytest.raises(CredentialError) as raised:
        set_credential(manifest, "password", "x")
    assert str(raised.value) == (
        "The plugin kela declares no credential password; its credentials are: api-key."
    )
    with pytest.raises(CredentialError):
        get_credential(manifest, "password")
    with pytest.raises(CredentialError, match="empty"):
        set_credential(manifest, "api-key", "")


def test_without_a_keyring_a_credential_is_none_and_cannot_be_set(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    manifest = plugin_manifest(tmp_path / "kela")
    keyring.set_keyring(fail.Keyring())  # the memory_keyring fixture puts its own back
    with caplog.at_level(logging.DEBUG, logger="console.plugin_host.credentials"):
        assert get_credential(manifest, "api-key") is None
    assert "No keyring" in caplog.text
    assert not has_credential(manifest, "api-key")
    with pytest.raises(CredentialError, match="no keyring"):
        set_credential(manifest, "api-key", "s3cret")
    assert "s3cret" not in caplog.text


# ---------------------------------------------------------------- plugin settings
def test_plugin_settings_apply_defaults_and_site_values(tmp_path: Path) -> None:
    manifest = plugin_manifest(tmp_path / "kela")
    assert plugin_settings(manifest, {}) == {
        "base_url": "https://api.kela.example/tiski/v1",
        "timeout_seconds": 8.0,
    }
    values = plugin_settings(
        manifest, {"base_url": "http://127.0.0.1:8765/kela", "timeout_seconds": 5}
    )
    assert values == {"base_url": "http://127.0.0.1:8765/kela", "timeout_seconds": 5.0}
    assert isinstance(values["timeout_seconds"], float)


@pytest.mark.parametrize(
    ("site", "expected"),
    [
        ({"timeout_seconds": "5"}, "plugins.kela.timeout_seconds: must be a number, not '5'"),
        ({"timeout_seconds": 0.5}, "plugins.kela.timeout_seconds: must be at least 1.0, not 0.5"),
        ({"timeout_seconds": True}, "plugins.kela.timeout_seconds: must be a number, not True"),
        ({"base_url": "api.kela.fi"}, "plugins.kela.base_url: must be an http or https URL"),
        ({"timeout": 5}, "plugins.kela.timeout: the plugin kela has no such setting"),
    ],
)
def test_a_bad_plugin_setting_names_its_key(
    tmp_path: Path, site: dict[str, Any], expected: str
) -> None:
    manifest = plugin_manifest(tmp_path / "kela")
    with pytest.raises(TiskiError) as raised:
        plugin_settings(manifest, site)
    assert expected in str(raised.value)


def test_a_setting_without_default_must_come_from_the_site(tmp_path: Path) -> None:
    data = manifest_data()
    data["settings"]["endpoint"] = {"type": "str"}
    manifest = plugin_manifest(tmp_path / "kela", data=data)
    with pytest.raises(TiskiError, match=r"plugins\.kela\.endpoint: is needed"):
        plugin_settings(manifest, {})
    assert plugin_settings(manifest, {"endpoint": "/people"})["endpoint"] == "/people"


def test_an_api_2_plugin_loads_by_its_describe_method(tmp_path: Path) -> None:
    data = manifest_data()
    data["plugin"]["api"] = 2
    describing = "class KelaPlugin:\n    def describe(self, context, visitor): ...\n"
    assert hasattr(
        load_plugin(plugin_manifest(tmp_path / "kela", data=data, code=describing)), "describe"
    )

    with pytest.raises(PluginLoadError) as raised:  # a panel plugin declared as API 2
        load_plugin(plugin_manifest(tmp_path / "vero", data=data, code=PANEL_CODE))
    assert "has no describe method" in str(raised.value)


@pytest.mark.parametrize(
    ("api", "code", "method"),
    [
        (2, "class KelaPlugin:\n    def describe(self, context): ...\n", "describe"),
        (2, "class KelaPlugin:\n    def describe(self, c, v, extra): ...\n", "describe"),
        (1, "class KelaPlugin:\n    def create_panel(self): ...\n", "create_panel"),
    ],
    ids=["describe-without-visitor", "describe-wanting-more", "create_panel-without-context"],
)
def test_a_method_that_cannot_take_the_hosts_arguments_is_refused_at_load(
    tmp_path: Path, api: int, code: str, method: str
) -> None:
    data = manifest_data()
    data["plugin"]["api"] = api
    with pytest.raises(PluginLoadError) as raised:
        load_plugin(plugin_manifest(tmp_path / "kela", data=data, code=code))
    assert f"KelaPlugin.{method} does not take the arguments the console passes" in str(
        raised.value
    )
    assert "kela" in str(raised.value)
