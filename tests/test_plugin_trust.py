"""IT's trust in plugins: a site folder loads only with the hash IT recorded, an installed
package can never take a bundled id (and is never imported to find out), and the
settings that say which plugins run inside the console come from IT's site file only.

The folders, the site file and the installed distribution are real files in
``tmp_path``; the shadowing test runs the real ``tiski`` in a process of its own.
"""

from __future__ import annotations

import importlib.util
import json
import os
import py_compile
import subprocess
import sys
from pathlib import Path

import pytest
import tomli_w
from installed_dist import install_dist
from test_plugin_host import manifest_data, write_plugin

from console import paths
from console.config import ConfigError, load_settings
from console.core.files import read_toml
from console.plugin_host.discovery import (
    Found,
    apply_policy,
    bundled_plugins_dir,
    discover,
    plugins_for,
    trust_text,
)
from console.plugin_host.loading import PluginLoadError, load_plugin
from console.plugin_host.manifest import read_manifest
from console.plugin_host.trust import (
    TrustError,
    TrustRecord,
    add_record,
    folder_hash,
    remove_records,
)


# ---------------------------------------------------------------- the folder's hash
def test_the_hash_covers_every_file_name_and_byte_but_not_bytecode(tmp_path: Path) -> None:
    folder = write_plugin(tmp_path / "city", plugin_id="city", api=2)
    (folder / "sandbox").mkdir()
    (folder / "sandbox" / "answers.json").write_text("{}", encoding="utf-8")
    first = folder_hash(folder)
    assert first == folder_hash(folder)
    assert len(first) == 64

    (folder / "__pycache__").mkdir()
    (folder / "__pycache__" / "kela_panel.cpython-311.pyc").write_bytes(b"\x00written on import")
    assert folder_hash(folder) == first  # Python's cache is not the plugin's code

    (folder / "kela_panel.py").write_text("# one more line\n", encoding="utf-8")
    changed = folder_hash(folder)
    assert changed != first
    (folder / "sandbox" / "answers.json").rename(folder / "sandbox" / "other.json")
    assert folder_hash(folder) != changed
    (folder / "helper.py").write_text("", encoding="utf-8")
    assert folder_hash(folder) not in (first, changed)


def test_a_symbolic_link_in_the_folder_is_refused(tmp_path: Path) -> None:
    folder = write_plugin(tmp_path / "city", plugin_id="city", api=2)
    (tmp_path / "elsewhere.py").write_text("", encoding="utf-8")
    (folder / "linked.py").symlink_to(tmp_path / "elsewhere.py")
    with pytest.raises(TrustError) as raised:
        folder_hash(folder)
    assert "symbolic link" in raised.value.message.english()


# ---------------------------------------------------------------- the site file
def test_records_are_written_into_the_site_file_keeping_its_words(tmp_path: Path) -> None:
    site_file = tmp_path / "tiski.toml"
    site_file.write_text(
        "# IT's own words, kept\n[plugins]\nfolders = ['/srv/plugins'] # the share\n",
        encoding="utf-8",
    )
    city = TrustRecord("city", tmp_path / "city", "a" * 64)
    add_record(site_file, city)
    add_record(site_file, TrustRecord("demo-panel", tmp_path / 'odd "name"', "b" * 64))
    add_record(site_file, TrustRecord("city", tmp_path / "city", "c" * 64))  # trusted again
    text = site_file.read_text(encoding="utf-8")
    assert text.startswith("# IT's own words, kept\n[plugins]\nfolders = ['/srv/plugins'] # the")
    data = read_toml(site_file, limit=100_000)
    assert data["trusted_plugins"] == [
        {"id": "demo-panel", "path": str(tmp_path / 'odd "name"'), "sha256": "b" * 64},
        {"id": "city", "path": str(tmp_path / "city"), "sha256": "c" * 64},
    ]
    assert data["plugins"] == {"folders": ["/srv/plugins"]}
    assert remove_records(site_file, "city") == 1
    assert remove_records(site_file, "city") == 0
    assert [r["id"] for r in read_toml(site_file, limit=100_000)["trusted_plugins"]] == [
        "demo-panel"
    ]


def test_only_the_site_file_may_trust_plugins_or_widgets(private_folders: Path) -> None:
    user_file = paths.user_config_file()
    user_file.parent.mkdir(parents=True, exist_ok=True)
    user_file.write_text(
        tomli_w.dumps(
            {"trusted_plugins": [{"id": "city", "path": "/srv/city", "sha256": "a" * 64}]}
        ),
        encoding="utf-8",
    )
    with pytest.raises(ConfigError) as raised:
        load_settings()
    assert "only IT's site settings file may record trusted plugins" in str(raised.value)

    user_file.write_text(tomli_w.dumps({"plugins": {"trusted_widgets": ["kela"]}}), "utf-8")
    with pytest.raises(ConfigError) as raised:
        load_settings()
    assert "plugins.trusted_widgets: only IT's site settings file may set this" in str(raised.value)
    user_file.unlink()
    with pytest.raises(ConfigError):
        load_settings(environ={"TISKI_PLUGINS_TRUSTED_WIDGETS": "kela"})
    with pytest.raises(ConfigError):
        load_settings({"plugins.trusted_widgets": "kela"})

    site_file = paths.site_config_file()
    site_file.parent.mkdir(parents=True, exist_ok=True)
    site_file.write_text(tomli_w.dumps({"plugins": {"trusted_widgets": ["kela"]}}), "utf-8")
    add_record(site_file, TrustRecord("city", Path("/srv/city"), "a" * 64))
    settings = load_settings()
    assert settings["plugins.trusted_widgets"] == ["kela"]
    assert settings.trusted_plugins == (TrustRecord("city", Path("/srv/city"), "a" * 64),)


def test_a_malformed_record_names_the_file(private_folders: Path) -> None:
    site_file = paths.site_config_file()
    site_file.parent.mkdir(parents=True, exist_ok=True)
    site_file.write_text('[[trusted_plugins]]\nid = "city"\npath = "relative"\n', "utf-8")
    with pytest.raises(ConfigError) as raised:
        load_settings()
    assert f"{site_file}: trusted plugin record 1 must be" in str(raised.value)


# ---------------------------------------------------------------- site plugins
def test_a_site_plugin_loads_only_as_it_was_trusted(
    tmp_path: Path, private_folders: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Untrusted: refused. Trusted: ready. Changed: refused with why. Moved: refused."""
    monkeypatch.setattr("importlib.metadata.entry_points", lambda **_: [])
    site = tmp_path / "share"
    city = write_plugin(site / "city", plugin_id="city", api=2)
    site_file = paths.site_config_file()
    site_file.parent.mkdir(parents=True, exist_ok=True)
    site_file.write_text(
        tomli_w.dumps({"plugins": {"folders": [str(site)], "allow": ["kela", "site:city"]}}),
        encoding="utf-8",
    )

    def city_found() -> Found:
        return next(item for item in plugins_for(load_settings()) if item.id == "city")

    untrusted = city_found()
    assert untrusted.state == "refused"
    assert untrusted.reason.english() == (
        "Not trusted by IT: a site-folder plugin loads only after IT records its folder's "
        f"hash with: tiski plugins trust {city}"
    )
    add_record(site_file, TrustRecord("city", city.resolve(), folder_hash(city)))
    trusted = city_found()
    assert (trusted.state, trusted.sha256) == ("ready", folder_hash(city))
    assert trust_text(trusted).english() == f"folder hash {folder_hash(city)[:12]}… as IT recorded"

    (city / "kela_panel.py").write_text("import keyring  # slipped in later\n", "utf-8")
    changed = city_found()
    assert changed.state == "refused"
    assert changed.reason.english() == (
        f"Refused: the files in {city.resolve()} changed since IT trusted them. If IT made the "
        f"change, IT trusts the folder again with: tiski plugins trust {city.resolve()}"
    )
    assert trust_text(changed).english() == "folder not as IT trusted it"

    # Trusted but written for API 1: off until IT trusts its widget too; its trust still shows.
    widget = write_plugin(tmp_path / "widgets" / "map", plugin_id="map", api=1)
    [off] = apply_policy(
        discover(bundled=None, folders=[widget.parent], entry_points=False),
        allow=["site:map"],
        deny=[],
        trusted=[TrustRecord("map", widget.resolve(), folder_hash(widget))],
    )
    assert off.state == "off"
    assert off.reason is not None
    assert "plugins.trusted_widgets" in off.reason.english()
    assert trust_text(off).english().startswith("folder hash ")

    copy = write_plugin(tmp_path / "other-share" / "city", plugin_id="city", api=2)
    found = apply_policy(
        discover(bundled=None, folders=[copy.parent], entry_points=False),
        allow=["city"],
        deny=[],
        trusted=[TrustRecord("city", city.resolve(), folder_hash(copy))],
    )
    assert found[0].state == "refused"
    assert (
        found[0]
        .reason.english()
        .startswith(f"Not trusted by IT here: IT trusted the plugin city in {city.resolve()}")
    )


# ---------------------------------------------------------------- a shadowing package
def test_an_installed_kela_is_refused_and_never_imported(
    tmp_path: Path, private_folders: Path, tiski_env: dict[str, str]
) -> None:
    """A package called kela, installed beside the console, would receive the bundled
    Kela plugin's credential if it took its id. The real ``tiski plugins list`` finds
    it from its distribution's files, refuses it, and never runs a line of its code,
    even with IT's allow list naming it by distribution."""
    bundled = bundled_plugins_dir()
    assert bundled is not None
    assert (bundled / "kela" / "plugin.toml").is_file()
    marker = tmp_path / "kela-was-imported"
    data = manifest_data("kela")
    data["plugin"]["api"] = 2
    data["plugin"]["entry"] = "panel:Plugin"
    installed = install_dist(
        tmp_path / "site-packages",
        dist="kela",
        package="kela",
        manifest=data,
        entry_name="kela",
        marker=marker,
    )
    site_file = paths.site_config_file()
    site_file.parent.mkdir(parents=True, exist_ok=True)
    site_file.write_text(
        tomli_w.dumps({"plugins": {"allow": ["kela", "installed:kela/kela"]}}), "utf-8"
    )
    env = {
        **tiski_env,
        "PYTHONPATH": os.pathsep.join([str(installed.site_packages), tiski_env["PYTHONPATH"]]),
    }
    result = subprocess.run(
        [sys.executable, "-m", "console", "--language", "en", "plugins", "list", "--json"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    plugins = json.loads(result.stdout)["plugins"]
    kelas = [(p["source"], p["state"], p["path"]) for p in plugins if p["id"] == "kela"]
    assert kelas[0] == ("bundled", kelas[0][1], str(bundled / "kela"))
    assert kelas[1] == ("installed", "refused", str(installed.plugin_folder))
    [shadow] = [p for p in plugins if p["source"] == "installed"]
    assert shadow["pin"] == "installed:kela/kela"
    assert shadow["reason"].startswith(
        f"Refused: kela is the id of a plugin bundled with the console ({bundled / 'kela'})"
    )
    assert not marker.exists()

    # The same in this process: discovery finds it and imports nothing.
    sys.path.insert(0, str(installed.site_packages))
    try:
        found = discover(bundled=bundled, folders=[])
    finally:
        sys.path.remove(str(installed.site_packages))
    assert [(f.source, f.state) for f in found if f.id == "kela"][1] == ("installed", "refused")
    assert "kela" not in sys.modules
    assert "kela.panel" not in sys.modules
    assert not marker.exists()


# ---------------------------------------------------------------- importing what was trusted
def _planted_bytecode(folder: Path, module: str, real: str, planted: str) -> None:
    """Bytecode of ``planted`` left in ``folder/__pycache__`` as if compiled from ``real``:
    same size and modification time in its header, so Python's default import would run it."""
    assert len(real) == len(planted)
    source = folder / f"{module}.py"
    other = folder.parent / f"planted-{module}.py"
    other.write_text(planted, encoding="utf-8")
    source.write_text(real, encoding="utf-8")
    stamp = source.stat().st_mtime_ns
    os.utime(other, ns=(stamp, stamp))
    py_compile.compile(
        str(other), cfile=importlib.util.cache_from_source(str(source)), doraise=True
    )
    other.unlink()


def test_bytecode_planted_beside_a_trusted_plugin_is_never_run(tmp_path: Path) -> None:
    real = (
        "from .helper import WHO\n"
        "class KelaPlugin:\n"
        "    who = WHO\n"
        "    def create_panel(self, context): ...\n"
    )
    folder = write_plugin(tmp_path / "share" / "city", plugin_id="city", code=real)
    _planted_bytecode(folder, "helper", "WHO = 'the source'\n", "WHO = 'planted!!!'\n")
    trusted = folder_hash(folder)

    # The plant works on Python's own import: that is the attack.
    spec = importlib.util.spec_from_file_location("planted_probe", folder / "helper.py")
    assert spec is not None
    assert spec.loader is not None
    probe = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(probe)
    assert probe.WHO == "planted!!!"

    manifest = read_manifest(folder / "plugin.toml", source="site")
    plugin = load_plugin(manifest, sha256=trusted)
    assert plugin.who == "the source"  # type: ignore[attr-defined]

    (folder / "helper.py").write_text("WHO = 'changed later'\n", encoding="utf-8")
    with pytest.raises(PluginLoadError) as raised:
        load_plugin(manifest, sha256=trusted)
    assert "changed since the console checked them" in raised.value.message.english()


def test_a_users_file_may_allow_less_and_deny_more_never_the_reverse(
    private_folders: Path,
) -> None:
    site_file = paths.site_config_file()
    site_file.parent.mkdir(parents=True, exist_ok=True)
    site_file.write_text(
        tomli_w.dumps({"plugins": {"allow": ["kela", "vero"], "deny": ["dvv"]}}), "utf-8"
    )
    user_file = paths.user_config_file()
    user_file.parent.mkdir(parents=True, exist_ok=True)

    user_file.write_text(
        tomli_w.dumps({"plugins": {"allow": ["kela"], "deny": ["dvv", "vero"]}}), "utf-8"
    )
    stricter = load_settings()
    assert (stricter["plugins.allow"], stricter["plugins.deny"]) == (["kela"], ["dvv", "vero"])

    user_file.write_text(
        tomli_w.dumps({"plugins": {"allow": ["kela", "site:evil"], "deny": []}}), "utf-8"
    )
    looser = load_settings()
    assert (looser["plugins.allow"], looser["plugins.deny"]) == (["kela", "vero"], ["dvv"])
    assert looser.source("plugins.allow").endswith("(IT's policy)")
    assert load_settings(environ={"TISKI_PLUGINS_ALLOW": ""})["plugins.allow"] == ["kela", "vero"]
