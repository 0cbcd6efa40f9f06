"""``tiski doctor``, ``tiski --self-test`` and ``tiski --version``, as IT meets them.

Doctor runs in this process where a test needs a back office of its own (a
pytest-httpserver) or the in-memory keyring; what depends on the process (exit
status, time taken, files left behind) runs ``python -m console`` itself.
"""

from __future__ import annotations

import importlib.metadata
import json
import re
import shutil
import socket
import subprocess
import sys
import threading
import tomllib
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import tomli_w
from PySide6.QtWidgets import QApplication, QLabel
from pytest_httpserver import HTTPServer
from pytestqt.qtbot import QtBot
from sqlalchemy.engine import make_url
from test_plugin_host import write_plugin
from tiski_test_keyring import MemoryKeyring
from werkzeug import Request, Response

from console import cli, paths
from console.plugin_host import discovery
from console.plugin_host.trust import folder_hash
from console.plugin_runtime.sandbox import probe
from console.store.database import KEYRING_SERVICE as DATABASE_KEYRING_SERVICE
from console.store.database import Database
from console.store.schema import head_revision, upgrade
from console.store.urls import keyring_user, sqlite_url
from console.version import version

ROOT = Path(__file__).resolve().parent.parent


def tiski(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "console", *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def checks_by_name(report: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {check["name"]: check for check in report["checks"]}


@pytest.fixture
def no_plugins(monkeypatch: pytest.MonkeyPatch) -> None:
    """Only the plugins a test puts in a site folder: no bundled or installed ones."""
    monkeypatch.setattr(discovery, "bundled_plugins_dir", lambda: None)
    monkeypatch.setattr(importlib.metadata, "entry_points", lambda **_: [])


Doctor = Callable[..., tuple[int, str, str]]


@pytest.fixture
def doctor(qapp: QApplication, capsys: pytest.CaptureFixture[str], no_plugins: None) -> Doctor:
    """``tiski --language en [options] doctor [--json]`` in this process."""

    def run(*options: str, as_json: bool = True) -> tuple[int, str, str]:
        capsys.readouterr()
        status = cli.main(
            ["--language", "en", *options, "doctor", *(["--json"] if as_json else [])]
        )
        out, err = capsys.readouterr()
        assert "Traceback" not in out + err
        return status, out, err

    return run


@pytest.fixture
def embedded_database() -> Path:
    """The embedded SQLite database of this test's user, migrated."""
    path = paths.embedded_database_file()
    database = Database(sqlite_url(path))
    upgrade(database)
    database.dispose()
    return path


def write_site(private_folders: Path, content: dict[str, Any]) -> Path:
    site = private_folders / "site" / "tiski" / "tiski.toml"
    site.parent.mkdir(parents=True, exist_ok=True)
    site.write_text(tomli_w.dumps({"config_version": 1, **content}), encoding="utf-8")
    return site


# ---------------------------------------------------------------- the embedded database
def test_doctor_on_the_embedded_database_reports_every_check_as_json(
    doctor: Doctor, embedded_database: Path
) -> None:
    status, out, _ = doctor()
    report = json.loads(out)
    assert status == 0
    assert report["ok"] is True
    assert report["version"] == version()
    checks = checks_by_name(report)
    for name in ("settings", "data folder", "log folder", "keyring", "database", "identity key"):
        assert checks[name]["status"] == "ok", checks[name]
    for name in ("plugins", "printer", "screen"):
        assert name in checks
    database = checks["database"]["finding"]
    assert str(embedded_database) in database
    assert f"schema {head_revision()}, current" in database
    for check in report["checks"]:
        assert set(check) == {"name", "status", "finding", "action"}
        assert check["status"] in ("ok", "warning", "error")
        assert check["finding"]
        assert check["status"] == "ok" or check["action"]
    # Under the offscreen platform there is no printer: that is a warning, not an error.
    assert checks["printer"]["status"] == "warning"
    # The lobby's voice: espeak-ng where it is installed, else a warning that says
    # only the display's PC needs one.
    if shutil.which("espeak-ng"):
        assert checks["speech"]["status"] == "ok", checks["speech"]
        assert "espeak-ng" in checks["speech"]["finding"]
    else:
        assert checks["speech"]["status"] == "warning", checks["speech"]
        assert "lobby display" in checks["speech"]["action"]
    # The plugin processes' protections: all of them on a recent Linux, else a warning
    # naming what is missing.
    sandbox = checks["plugin sandbox"]
    if probe()["missing"]:
        assert sandbox["status"] == "warning", sandbox
        assert "missing:" in sandbox["finding"]
    else:
        assert sandbox["status"] == "ok", sandbox
        assert "seccomp: no sockets" in sandbox["finding"]
    # A migrated database with nothing in it: the first start will lead IT through it.
    assert checks["desk"]["status"] == "warning"
    assert checks["desk"]["finding"] == "No desk is set up in this database yet."
    assert "its first start sets the desk up" in checks["desk"]["action"]


def test_doctor_tells_what_the_desk_has_and_a_service_nobody_serves(
    doctor: Doctor, embedded_database: Path
) -> None:
    from dataclasses import replace

    from console.core.desk_file import load_desk_file
    from console.desk.setup import apply_setup

    office = load_desk_file(Path(__file__).parent / "data" / "kankaanpaa.toml").desk
    database = Database(sqlite_url(embedded_database))
    apply_setup(database, office)
    checks = checks_by_name(json.loads(doctor()[1]))
    assert checks["desk"]["status"] == "ok"
    assert checks["desk"]["finding"] == (
        "Kankaanpää Service Point: 3 services, 3 counters, 4 staff."
    )
    # The police's specialist leaves: nobody serves passports any more.
    apply_setup(database, replace(office, staff=office.staff[:1] + office.staff[2:]))
    database.dispose()
    desk = checks_by_name(json.loads(doctor()[1]))["desk"]
    assert desk["status"] == "warning"
    assert "nobody has the skill to serve police-passport" in desk["finding"]


def test_doctor_reports_a_key_that_is_not_the_databases_and_the_backup_that_is(
    doctor: Doctor, embedded_database: Path
) -> None:
    from sqlalchemy import text

    from console.core.identity import secret_fingerprint
    from console.desk.desk import Desk
    from console.site_secret import back_up_site_secret, store_site_secret

    desk_key, other_key = bytes(range(32)), bytes(32)
    database = Database(sqlite_url(embedded_database))
    Desk(database).seed_demo()
    with database.engine.begin() as connection:
        connection.execute(
            text("UPDATE site SET identity_fingerprint = :f"), {"f": secret_fingerprint(desk_key)}
        )
    database.dispose()
    store_site_secret(other_key)

    status, out, _ = doctor()
    identity = checks_by_name(json.loads(out))["identity key"]
    assert status == 1
    assert identity["status"] == "error"
    assert f"fingerprint {secret_fingerprint(other_key)}" in identity["finding"]
    assert "visitors identified with the desk's key would not be found" in identity["finding"]
    assert "tiski identity set-key" in identity["action"]

    backup = back_up_site_secret(desk_key.hex())
    back_up_site_secret(other_key.hex())  # a backup of another key is not offered
    status, out, _ = doctor()
    identity = checks_by_name(json.loads(out))["identity key"]
    assert identity["action"] == (
        f"The backup {backup} holds the database's key: tiski identity set-key --from-file {backup}"
    )
    assert desk_key.hex() not in out


def test_doctor_report_has_aligned_columns_and_what_to_do(
    doctor: Doctor, embedded_database: Path
) -> None:
    status, out, _ = doctor(as_json=False)
    assert status == 0
    lines = out.splitlines()
    assert lines[0] == f"Tiski {version()}"
    rows = [re.match(r"^(ok|warning|error)( +)(\S.*?)( {2,})(\S.*)$", line) for line in lines]
    checks = [row for row in rows if row is not None]
    assert {row.group(3) for row in checks} >= {"settings", "database", "printer"}
    assert len({row.start(5) for row in checks}) == 1  # findings start in one column
    printer = next(i for i, line in enumerate(lines) if line.startswith("warning  printer"))
    assert lines[printer + 1].strip().startswith("-> ")
    assert "kiosk.printer" in lines[printer + 1]
    # The printer, the screen, and a database with no desk set up in it yet.
    assert lines[-1] == "Warnings: 3. The desk can work; see what to do above."


def test_doctor_does_not_make_the_embedded_database(doctor: Doctor) -> None:
    status, out, _ = doctor()
    assert status == 0
    database = checks_by_name(json.loads(out))["database"]
    assert database["status"] == "ok"
    assert "not made yet" in database["finding"]
    assert not paths.embedded_database_file().exists()


# ---------------------------------------------------------------- what breaks a desk
def test_broken_settings_file_is_an_error_naming_the_file(
    doctor: Doctor, private_folders: Path
) -> None:
    site = private_folders / "site" / "tiski" / "tiski.toml"
    site.parent.mkdir(parents=True)
    site.write_text('[ui]\nlanguage = "de"\n', encoding="utf-8")
    status, out, err = doctor(as_json=False)
    assert status == 1
    line = next(line for line in out.splitlines() if line.startswith("error"))
    assert line.split()[:2] == ["error", "settings"]
    assert str(site) in line
    assert "ui.language" in line
    assert out.splitlines()[-1].startswith("Broken: settings.")
    assert err == ""


@pytest.mark.slow
def test_a_database_on_a_closed_port_is_an_error_quickly_without_the_password(
    tiski_env: dict[str, str], tmp_path: Path
) -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    url = f"postgresql+psycopg://tiski@127.0.0.1:{port}/tiski_pori"
    password = "pw-never-shown-4711"
    keyring_file = Path(tiski_env["TISKI_TEST_KEYRING_FILE"])
    user = keyring_user(make_url(url))
    keyring_file.write_text(
        json.dumps({f"{DATABASE_KEYRING_SERVICE}|{user}": password}), encoding="utf-8"
    )
    # tiski() gives up after 120 s: a doctor waiting on the closed port would fail there.
    # How long it takes is no test's business on a shared machine (benchmarks/ are).
    result = tiski(tiski_env, "--language", "en", "--database", url, "doctor", "--json")
    assert result.returncode == 1, result.stderr
    report = json.loads(result.stdout)
    assert report["ok"] is False
    database = checks_by_name(report)["database"]
    assert database["status"] == "error"
    assert f"127.0.0.1:{port}/tiski_pori" in database["finding"]
    assert "database.url" in database["action"]
    assert checks_by_name(report)["identity key"]["status"] == "warning"
    assert "Broken: database." in result.stderr
    assert password not in result.stdout + result.stderr
    assert "Traceback" not in result.stderr


# ---------------------------------------------------------------- plugins
@pytest.fixture
def site_plugin(private_folders: Path, tmp_path: Path, httpserver: HTTPServer) -> str:
    """A site plugin "city", allowed by IT, whose back office is the test's HTTP server."""
    folder = tmp_path / "site-plugins"
    city = write_plugin(folder / "city", plugin_id="city", api=2)
    write_site(
        private_folders,
        {
            "plugins": {
                "folders": [str(folder)],
                "allow": ["city"],
                "city": {"base_url": httpserver.url_for("/city")},
            },
            "trusted_plugins": [
                {"id": "city", "path": str(city.resolve()), "sha256": folder_hash(city)}
            ],
        },
    )
    return "plugin city"


def test_a_healthy_back_office_with_its_credential_is_ok(
    doctor: Doctor, site_plugin: str, httpserver: HTTPServer, memory_keyring: MemoryKeyring
) -> None:
    memory_keyring.set_password("tiski/city", "api-key", "key-123")
    httpserver.expect_request("/city/health", headers={"X-Api-Key": "key-123"}).respond_with_json(
        {"status": "ok"}
    )
    status, out, _ = doctor()
    assert status == 0
    city = checks_by_name(json.loads(out))[site_plugin]
    assert city["status"] == "ok", city
    assert "city 1.0.0 (site): ready" in city["finding"]
    assert httpserver.url_for("/city/health") in city["finding"]


def test_a_failing_back_office_is_down_as_a_warning(
    doctor: Doctor, site_plugin: str, httpserver: HTTPServer, memory_keyring: MemoryKeyring
) -> None:
    memory_keyring.set_password("tiski/city", "api-key", "key-123")
    httpserver.expect_request("/city/health").respond_with_data("broken", status=500)
    status, out, _ = doctor()
    assert status == 0
    city = checks_by_name(json.loads(out))[site_plugin]
    assert city["status"] == "warning"
    assert "back office is down" in city["finding"]
    assert "plugins.city.base_url" in city["action"]


def test_a_back_office_that_hangs_does_not_hold_doctor_up(
    doctor: Doctor, site_plugin: str, httpserver: HTTPServer, memory_keyring: MemoryKeyring
) -> None:
    memory_keyring.set_password("tiski/city", "api-key", "key-123")
    release = threading.Event()
    answered = threading.Event()

    def late(_request: Request) -> Response:
        release.wait(60)  # hangs until the test is over (60 s only as a last resort)
        answered.set()
        return Response("too late")

    httpserver.expect_request("/city/health").respond_with_handler(late)
    try:
        status, out, _ = doctor()
        # Doctor gave up on its own: the back office still has not answered.
        assert not answered.is_set()
    finally:
        release.set()
    assert status == 0
    assert "back office is down" in checks_by_name(json.loads(out))[site_plugin]["finding"]


def test_a_missing_credential_is_a_warning_saying_how_to_keep_it(
    doctor: Doctor, site_plugin: str, httpserver: HTTPServer
) -> None:
    httpserver.expect_request("/city/health").respond_with_json({"status": "ok"})
    status, out, _ = doctor()
    assert status == 0
    city = checks_by_name(json.loads(out))[site_plugin]
    assert city["status"] == "warning"
    assert "credential api-key is not in the keyring" in city["finding"]
    assert "tiski plugins set-credential city api-key" in city["action"]


def test_a_plugin_switched_off_by_it_is_ok_and_says_why(
    doctor: Doctor, private_folders: Path, tmp_path: Path
) -> None:
    folder = tmp_path / "site-plugins"
    write_plugin(folder / "city", plugin_id="city")
    write_site(private_folders, {"plugins": {"folders": [str(folder)], "deny": ["city"]}})
    status, out, _ = doctor()
    assert status == 0
    city = checks_by_name(json.loads(out))["plugin city"]
    assert city["status"] == "ok"
    assert "plugins.deny lists city" in city["finding"]


def test_a_site_plugin_changed_since_it_was_trusted_is_a_warning(
    doctor: Doctor, site_plugin: str, tmp_path: Path
) -> None:
    folder = tmp_path / "site-plugins" / "city"
    (folder / "kela_panel.py").write_text("# changed after IT trusted it\n", encoding="utf-8")
    status, out, _ = doctor()
    assert status == 0
    city = checks_by_name(json.loads(out))[site_plugin]
    assert city["status"] == "warning"
    assert "refused, not loaded" in city["finding"]
    assert "changed since IT trusted them" in city["finding"]
    assert f"tiski plugins trust {folder}" in city["action"]


# ---------------------------------------------------------------- self-test
@pytest.mark.slow
def test_self_test_checks_everything_and_leaves_the_users_files_alone(
    tiski_env: dict[str, str],
) -> None:
    result = tiski(tiski_env, "--language", "en", "--self-test")
    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    for name in ("settings", "database", "plugins", "console", "kiosk", "display"):
        assert any(line.startswith(f"ok   {name}: ") for line in lines), (name, lines)
    assert not any(line.startswith("FAIL") for line in lines)
    database = next(line for line in lines if line.startswith("ok   database: "))
    assert f"schema {head_revision()}" in database
    plugins = next(line for line in lines if line.startswith("ok   plugins: "))
    assert re.search(r"\b[1-9]\d* loaded \(", plugins)
    console = next(line for line in lines if line.startswith("ok   console: "))
    assert console.endswith("rendered 1440x900")
    assert lines[-1].startswith("Self-test passed in ")  # its time: printed, not asserted
    data = Path(tiski_env["XDG_DATA_HOME"]) / "tiski"
    left = sorted(path.name for path in data.iterdir()) if data.exists() else []
    assert left == [], left  # no database, drafts, window layout or identity key
    keyring_file = Path(tiski_env["TISKI_TEST_KEYRING_FILE"])
    assert not keyring_file.exists() or "tiski/identity" not in keyring_file.read_text()
    assert "Traceback" not in result.stderr


@pytest.mark.slow
def test_self_test_names_the_check_that_failed(tiski_env: dict[str, str]) -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    url = f"postgresql+psycopg://tiski@127.0.0.1:{port}/tiski_pori"
    result = tiski(tiski_env, "--language", "en", "--database", url, "--self-test")
    assert result.returncode == 1
    lines = result.stdout.splitlines()
    assert any(line.startswith("FAIL database: ") for line in lines), lines
    assert any(line.startswith("ok   demo database: ") for line in lines), lines
    assert lines[-1] == "Self-test failed: database."


@pytest.mark.slow
def test_self_test_with_broken_settings_fails_naming_them(
    tiski_env: dict[str, str], private_folders: Path
) -> None:
    site = write_site(private_folders, {"ui": {"language": "de"}})
    result = tiski(tiski_env, "--language", "en", "--self-test")
    assert result.returncode == 1
    assert result.stdout.startswith("FAIL settings: ")
    assert str(site) in result.stdout


# ---------------------------------------------------------------- the version
def pyproject_version() -> str:
    """The version pyproject.toml gives: its own, or the attribute it names."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    if "version" in project["project"]:
        return str(project["project"]["version"])
    attribute = project["tool"]["setuptools"]["dynamic"]["version"]["attr"]
    module, _, name = attribute.rpartition(".")
    source = (ROOT / Path(*module.split(".")) / "__init__.py").read_text(encoding="utf-8")
    found = re.search(rf"^{name}\s*=\s*['\"]([^'\"]+)['\"]", source, re.M)
    assert found is not None
    return found.group(1)


@pytest.mark.slow
def test_version_is_the_pyproject_version(tiski_env: dict[str, str]) -> None:
    expected = pyproject_version()
    assert version() == expected
    result = tiski(tiski_env, "--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"Tiski {expected}"


@pytest.fixture
def fresh_version() -> Iterator[None]:
    version.cache_clear()
    yield
    version.cache_clear()


def test_a_frozen_build_without_metadata_reads_its_version_file(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, fresh_version: None
) -> None:
    def no_metadata(_name: str) -> str:
        raise importlib.metadata.PackageNotFoundError("tiski")

    monkeypatch.setattr(importlib.metadata, "version", no_metadata)
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    (tmp_path / "VERSION").write_text("2.3.4\n", encoding="utf-8")
    assert version() == "2.3.4"


def test_about_shows_the_version(qtbot: QtBot) -> None:
    from console.ui.shared.about import AboutDialog

    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    label = dialog.findChild(QLabel, "aboutText")
    assert label is not None
    assert f"Tiski {version()}" in label.text()


def test_doctor_on_postgresql_finds_the_key_in_the_database_and_none_on_the_pc(
    doctor: Doctor, database: Database
) -> None:
    from sqlalchemy import text

    from console.site_secret import store_site_secret

    if database.dialect != "postgresql":
        pytest.skip("the embedded database's key is on the PC (the tests above)")
    url = database.url.render_as_string(hide_password=False)

    def identity() -> dict[str, str]:
        return checks_by_name(json.loads(doctor("--database", url)[1]))["identity key"]

    found = identity()
    assert found["status"] == "ok"
    assert found["finding"].startswith("In the desk database (fingerprint ")
    assert "this console holds none" in found["finding"]

    store_site_secret(bytes(32))  # a key left on this PC from before
    found = identity()
    assert found["status"] == "warning"
    assert "this computer still keeps an identity key" in found["finding"]
    assert "python -m keyring del tiski/identity site-key" in found["action"]

    with database.engine.begin() as connection:
        connection.execute(text("DELETE FROM identity_key"))
    found = identity()
    assert found["status"] == "warning"
    assert "holds no identity key yet" in found["finding"]
    assert "--from-keyring" in found["action"]


def test_doctor_says_whether_the_servers_statistics_follow_the_queue(
    doctor: Doctor, database: Database
) -> None:
    """Without autovacuum the planner's statistics go stale (issue 18: a wait estimate
    took 99.6 ms instead of 1.6 ms); doctor names the server's settings and the fix."""
    from sqlalchemy import text

    if database.dialect != "postgresql":
        pytest.skip("statistics are PostgreSQL's (the embedded database keeps none)")
    url = database.url.render_as_string(hide_password=False)
    with database.engine.connect() as connection:
        autovacuum = connection.execute(text("SHOW autovacuum")).scalar_one()
    found = checks_by_name(json.loads(doctor("--database", url)[1]))["statistics"]
    if autovacuum == "on":
        assert (found["status"], found["finding"]) == (
            "ok",
            "Autovacuum is on: the planner's statistics follow the queue.",
        )
    else:
        assert found["status"] == "warning"
        assert "autovacuum off" in found["finding"]

    # Statistics counting off for this database alone: a warning naming it, whatever
    # the server's autovacuum.
    name = database.url.database
    with database.engine.connect() as connection:
        connection.execute(text(f'ALTER DATABASE "{name}" SET track_counts = off'))
        connection.commit()
    database.dispose()
    found = checks_by_name(json.loads(doctor("--database", url)[1]))["statistics"]
    assert found["status"] == "warning"
    assert "track_counts off" in found["finding"]
    assert found["action"].startswith("Set autovacuum = on and track_counts = on")
