"""``tiski plugins`` for IT: list with states and reasons, check a manifest, keep a credential.

The commands run in this process (``run_plugins`` with arguments parsed by
``add_plugins_parser``); the bundled folder and the installed entry points are
this test's own, so the repository's plugins do not change what a test sees.
"""

from __future__ import annotations

import argparse
import getpass
import importlib.metadata
import io
import json
import shutil
import sys
from pathlib import Path
from typing import Any

import pytest
import tomli_w
from cli_signin import use_demo_password
from PySide6.QtWidgets import QApplication
from queue_kit import fresh_desk
from test_plugin_host import manifest_data, write_plugin
from tiski_test_keyring import MemoryKeyring

from console import cli
from console.cli.auth import add_user_option
from console.cli.plugins import EXIT_ERROR, EXIT_OK, add_plugins_parser, run_plugins
from console.config import load_settings
from console.plugin_host import discovery
from console.plugin_host.credentials import get_credential
from console.plugin_host.trust import folder_hash
from console.store.database import Database


def parser() -> argparse.ArgumentParser:
    """The ``tiski`` parser's shape: shared options, then the plugin commands."""
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--language", choices=("fi", "sv", "en"), default=argparse.SUPPRESS)
    add_user_option(common)
    tiski = argparse.ArgumentParser(prog="tiski", parents=[common])
    add_plugins_parser(tiski.add_subparsers(dest="command", metavar="COMMAND"), common)
    return tiski


class Run:
    """Runs ``tiski plugins ...`` in this process with the given site settings."""

    def __init__(self, capsys: pytest.CaptureFixture[str], database_url: str) -> None:
        self.capsys = capsys
        self.site: dict[str, str] = {}
        self.database_url = database_url  # the desk IT signs in to (set-credential)

    def __call__(self, *argv: str, user: str = "ville.aaltonen") -> tuple[int, str, str]:
        signed = ["--user", user] if argv[0] == "set-credential" else []
        args = parser().parse_args(["--language", "en", *signed, "plugins", *argv])
        settings = load_settings(
            {"ui.language": args.language, "database.url": self.database_url, **self.site}
        )
        self.capsys.readouterr()
        status = run_plugins(args, settings)
        out, err = self.capsys.readouterr()
        assert "Traceback" not in out + err
        return status, out, err


@pytest.fixture
def bundled(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """This test's bundled plugins: kela and vero; no installed ones."""
    folder = tmp_path / "bundled"
    write_plugin(folder / "kela", plugin_id="kela", api=2)
    write_plugin(folder / "vero", plugin_id="vero", api=2)
    monkeypatch.setattr(discovery, "bundled_plugins_dir", lambda: folder)
    monkeypatch.setattr(importlib.metadata, "entry_points", lambda **_: [])
    return folder


@pytest.fixture
def run(
    capsys: pytest.CaptureFixture[str],
    qapp: QApplication,
    bundled: Path,
    tmp_path: Path,
    sqlite_template: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> Run:
    path = tmp_path / "desk.sqlite3"
    shutil.copy(sqlite_template, path)
    database = Database(f"sqlite:///{path}")
    fresh_desk(database)
    database.dispose()
    use_demo_password(monkeypatch)
    return Run(capsys, f"sqlite:///{path}")


@pytest.fixture
def site(tmp_path: Path) -> Path:
    """A site plugin folder with one plugin (city) and one broken manifest."""
    folder = tmp_path / "site"
    write_plugin(folder / "city", plugin_id="city", api=2)
    broken = manifest_data("broken")
    broken["plugin"]["api"] = 3
    write_plugin(folder / "broken", broken)
    return folder


# ---------------------------------------------------------------- list
def test_list_shows_each_plugin_its_state_and_why(run: Run, site: Path) -> None:
    run.site = {"plugins.folders": str(site), "plugins.deny": "vero"}
    status, out, _ = run("list")
    assert status == EXIT_OK
    lines = out.splitlines()
    assert lines[0].split() == ["ID", "VERSION", "SOURCE", "STATE", "AGENCY", "PATH"]
    assert lines[1].split()[:5] == ["kela", "1.0.0", "bundled", "ready", "kela"]
    assert lines[2].strip() == "Kela: benefits and applications"
    assert lines[3].strip() == "ships with Tiski; in plugins.allow: kela"
    vero = lines.index(next(line for line in lines if line.startswith("vero")))
    assert "off by IT" in lines[vero]
    assert "plugins.deny lists vero" in lines[vero + 3]
    assert any(line.startswith("city") and "off by IT" in line for line in lines)
    assert "plugins.allow" in out
    assert "invalid" in out
    assert "plugin.api: the plugin was written for plugin API 3" in out


def test_list_json_for_scripts(run: Run, site: Path, bundled: Path) -> None:
    run.site = {"plugins.folders": str(site), "plugins.allow": "kela,city"}
    assert run("trust", str(site / "city"))[0] == EXIT_OK
    status, out, _ = run("list", "--json")
    assert status == EXIT_OK
    plugins = json.loads(out)["plugins"]
    assert [(p["id"], p["source"], p["state"]) for p in plugins] == [
        ("kela", "bundled", "ready"),
        ("vero", "bundled", "off"),
        ("broken", "site", "invalid"),
        ("city", "site", "ready"),
    ]
    kela = plugins[0]
    assert kela == {
        "id": "kela",
        "version": "1.0.0",
        "name": "Kela: benefits and applications",
        "agency": "kela",
        "source": "bundled",
        "pin": "kela",
        "trust": "ships with Tiski",
        "sha256": None,
        "state": "ready",
        "reason": None,
        "path": str(bundled / "kela"),
    }
    city = plugins[3]
    assert (city["pin"], city["sha256"]) == ("site:city", folder_hash(site / "city"))
    assert city["trust"] == (f"folder hash {city['sha256'][:12]}… as IT recorded")
    assert "plugins.allow does not list vero" in plugins[1]["reason"]
    assert plugins[2]["path"] == str(site / "broken")
    assert "plugin.api" in plugins[2]["reason"]


# ---------------------------------------------------------------- trust
def test_trust_records_the_folder_and_untrust_removes_it(
    run: Run, site: Path, private_folders: Path
) -> None:
    site_file = private_folders / "site" / "tiski" / "tiski.toml"
    site_file.parent.mkdir(parents=True)
    site_file.write_text("# kept by IT\n[ui]\nlanguage = 'fi'\n", encoding="utf-8")
    run.site = {"plugins.folders": str(site), "plugins.allow": "kela,site:city"}

    def city() -> dict[str, Any]:
        plugins = json.loads(run("list", "--json")[1])["plugins"]
        return next(p for p in plugins if p["id"] == "city")

    assert city()["state"] == "refused"
    status, out, err = run("trust", str(site / "city" / "plugin.toml"))
    assert (status, err) == (EXIT_OK, "")
    sha256 = folder_hash(site / "city")
    assert out.splitlines() == [
        f"Trusted: the plugin city 1.0.0 in {(site / 'city').resolve()} (SHA-256 {sha256}), "
        f"recorded in the site settings file {site_file}. If its files change it is refused "
        "until trusted again."
    ]
    assert site_file.read_text(encoding="utf-8").startswith("# kept by IT\n[ui]\n")
    assert city()["state"] == "ready"

    (site / "city" / "kela_panel.py").write_text("# changed\n", encoding="utf-8")
    changed = city()
    assert changed["state"] == "refused"
    assert "changed since IT trusted them" in changed["reason"]
    _, out, _ = run("list")
    assert "refused" in out

    assert run("untrust", "city") == (
        EXIT_OK,
        f"The plugin city is no longer trusted: its record is gone from {site_file}; it does "
        "not load from its site folder any more.\n",
        "",
    )
    assert "Not trusted by IT" in city()["reason"]
    status, _, err = run("untrust", "city")
    assert status == EXIT_ERROR
    assert err == f"tiski: The site settings file {site_file} trusts no plugin city.\n"


def test_trust_refuses_a_bundled_id_and_says_what_else_is_needed(
    run: Run, tmp_path: Path, private_folders: Path
) -> None:
    shadow = write_plugin(tmp_path / "share" / "kela", plugin_id="kela", api=2)
    status, _, err = run("trust", str(shadow))
    assert status == EXIT_ERROR
    assert "kela is the id of a plugin bundled with the console" in err
    assert not (private_folders / "site" / "tiski" / "tiski.toml").exists()

    other = write_plugin(tmp_path / "share" / "city", plugin_id="city", api=2)
    status, out, _ = run("trust", str(other))
    assert status == EXIT_OK
    assert out.splitlines()[1:] == [
        f"The site setting plugins.folders does not name {other.resolve()} or a folder above "
        "it yet.",
        "To load it, IT also adds site:city to the site setting plugins.allow.",
    ]


# ---------------------------------------------------------------- check
def test_check_a_good_folder_and_its_manifest(run: Run, bundled: Path) -> None:
    assert run("check", str(bundled / "kela")) == (EXIT_OK, "OK: kela 1.0.0\n", "")
    assert run("check", str(bundled / "kela" / "plugin.toml"))[1] == "OK: kela 1.0.0\n"


def test_check_names_each_problem_and_exits_2(run: Run, tmp_path: Path) -> None:
    data = manifest_data()
    data["plugin"]["entry"] = "kela_panel"
    data["permissions"]["visitor"] = ["address"]
    folder = write_plugin(tmp_path / "kela", data)
    status, out, err = run("check", str(folder))
    assert (status, out) == (EXIT_ERROR, "")
    problems = err.splitlines()
    manifest = folder / "plugin.toml"
    assert problems[0].startswith(f"tiski: {manifest}: plugin.entry: must be module:Class")
    assert problems[1].startswith(f"tiski: {manifest}: permissions.visitor: 'address' is not")
    assert len(problems) == 2


def test_check_a_folder_without_manifest(run: Run, tmp_path: Path) -> None:
    status, _, err = run("check", str(tmp_path))
    assert status == EXIT_ERROR
    assert err == f"tiski: {tmp_path / 'plugin.toml'}: no such file\n"


def test_check_is_a_tiski_command(
    tmp_path: Path, qapp: QApplication, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "kela"
    folder.mkdir()
    (folder / "plugin.toml").write_text(tomli_w.dumps({"plugin": {"id": "kela"}}), encoding="utf-8")
    assert cli.main(["--language", "en", "plugins", "check", str(folder)]) == EXIT_ERROR
    err = capsys.readouterr().err
    assert "plugin.version: is missing" in err
    assert "plugin.names: is missing" in err


# ---------------------------------------------------------------- set-credential
def test_set_credential_from_stdin_keeps_it_and_never_prints_it(
    run: Run, monkeypatch: pytest.MonkeyPatch, memory_keyring: MemoryKeyring, bundled: Path
) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO("s3cret-key\n"))
    status, out, err = run("set-credential", "kela", "api-key", "--stdin")
    assert status == EXIT_OK, err
    assert (
        out == "Credential api-key of the plugin kela stored in the keyring (service tiski/kela).\n"
    )
    assert "s3cret-key" not in out + err
    assert get_credential("kela", "api-key") == "s3cret-key"
    assert memory_keyring.passwords == {("tiski/kela", "api-key"): "s3cret-key"}


def test_set_credential_asks_twice_without_echo(
    run: Run, monkeypatch: pytest.MonkeyPatch, memory_keyring: MemoryKeyring
) -> None:
    answers = iter(["first", "second"])
    monkeypatch.setattr(getpass, "getpass", lambda prompt: next(answers))
    status, out, err = run("set-credential", "vero", "api-key")
    assert (status, out) == (EXIT_ERROR, "")
    assert err == "tiski: The two differ; nothing was stored. Try again.\n"
    assert memory_keyring.passwords == {}


def test_set_credential_refuses_an_unknown_plugin_or_name(
    run: Run, monkeypatch: pytest.MonkeyPatch, memory_keyring: MemoryKeyring
) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO("s3cret\n"))
    status, _, err = run("set-credential", "nobody", "api-key", "--stdin")
    assert status == EXIT_ERROR
    assert err == "tiski: No plugin nobody was found. Plugins found: kela, vero.\n"
    status, _, err = run("set-credential", "kela", "password", "--stdin")
    assert status == EXIT_ERROR
    assert err == (
        "tiski: The plugin kela declares no credential password; its credentials are: api-key.\n"
    )
    monkeypatch.setattr(sys, "stdin", io.StringIO("\n"))
    status, _, err = run("set-credential", "kela", "api-key", "--stdin")
    assert (status, err) == (EXIT_ERROR, "tiski: An empty credential was not stored.\n")
    assert memory_keyring.passwords == {}


def test_set_credential_for_an_invalid_plugin_says_why(
    run: Run, site: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    run.site = {"plugins.folders": str(site)}
    monkeypatch.setattr(sys, "stdin", io.StringIO("s3cret\n"))
    status, _, err = run("set-credential", "broken", "api-key", "--stdin")
    assert status == EXIT_ERROR
    assert err.startswith("tiski: The plugin broken is not valid: ")
    assert "plugin.api" in err


def test_set_credential_needs_it_and_is_audited_without_the_secret(
    run: Run, monkeypatch: pytest.MonkeyPatch, memory_keyring: MemoryKeyring
) -> None:
    from sqlalchemy import text

    from console.desk.accounts import workstation

    monkeypatch.setattr(sys, "stdin", io.StringIO("s3cret-key\n"))
    status, _, err = run("set-credential", "kela", "api-key", "--stdin", user="aino.virtanen")
    assert status == EXIT_ERROR
    assert err == (
        "tiski: Your role (service advisor) does not allow managing agency plugins' credentials.\n"
    )
    assert memory_keyring.passwords == {}
    monkeypatch.setattr(sys, "stdin", io.StringIO("s3cret-key\n"))
    assert run("set-credential", "kela", "api-key", "--stdin")[0] == EXIT_OK
    database = Database(run.database_url)
    with database.engine.connect() as connection:
        rows = connection.execute(
            text(
                "SELECT a.action, s.username, a.workstation, a.detail FROM audit_event a "
                "JOIN staff s ON s.id = a.staff_id "
                "WHERE a.action IN ('access_refused', 'plugin_credential_set') ORDER BY a.id"
            )
        ).all()
    database.dispose()
    assert [tuple(row) for row in rows] == [
        ("access_refused", "aino.virtanen", workstation(), "tiski plugins set-credential"),
        ("plugin_credential_set", "ville.aaltonen", workstation(), "plugin=kela name=api-key"),
    ]
    assert "s3cret" not in str(rows)
