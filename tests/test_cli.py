"""The ``tiski`` command as IT uses it: a separate process, plain messages, exit codes."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from console import __version__
from console.store.schema import head_revision

pytestmark = pytest.mark.slow


def tiski(
    env: dict[str, str], *args: str, stdin: str | None = None
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "console", *args],
        env=env,
        input=stdin,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_version(tiski_env: dict[str, str]) -> None:
    result = tiski(tiski_env, "--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"Tiski {__version__}"


def test_unknown_option_is_a_usage_error_without_traceback(tiski_env: dict[str, str]) -> None:
    result = tiski(tiski_env, "--frobnicate")
    assert result.returncode == 2
    assert "unrecognized arguments: --frobnicate" in result.stderr
    assert "Traceback" not in result.stderr


def test_config_check_names_file_key_and_allowed_values(
    tiski_env: dict[str, str], private_folders: Path
) -> None:
    site = Path(tiski_env["TISKI_SITE_CONFIG"])
    site.parent.mkdir(parents=True)
    site.write_text('[ui]\nlanguage = "de"\n', encoding="utf-8")
    result = tiski(tiski_env, "config", "check")
    assert result.returncode == 2
    assert str(site) in result.stderr
    assert "ui.language" in result.stderr
    assert "fi, sv, en" in result.stderr
    assert "Traceback" not in result.stderr


def test_config_check_in_finnish_by_default(tiski_env: dict[str, str]) -> None:
    result = tiski(tiski_env, "config", "check")
    assert result.returncode == 0, result.stderr
    assert "Asetukset ovat kunnossa" in result.stdout


def test_config_show_names_sources(tiski_env: dict[str, str]) -> None:
    env = dict(tiski_env, TISKI_DATABASE_URL="postgresql+psycopg://tiski@db/desk")
    result = tiski(env, "--language", "en", "config", "show")
    assert result.returncode == 0, result.stderr
    assert "postgresql+psycopg://tiski@db/desk" in result.stdout
    assert "[environment TISKI_DATABASE_URL]" in result.stdout
    assert "ui.language" in result.stdout
    assert "[command line]" in result.stdout


@pytest.mark.parametrize("command", ["check", "show"])
def test_a_password_in_the_environment_or_on_the_command_line_is_refused_unshown(
    tiski_env: dict[str, str], command: str
) -> None:
    env = dict(tiski_env, TISKI_DATABASE_URL="postgresql+psycopg://tiski:hunter2@db/desk")
    result = tiski(env, "--language", "en", "config", command)
    assert result.returncode == 2
    assert "environment TISKI_DATABASE_URL: database.url: a password must not" in result.stderr
    assert "hunter2" not in result.stderr + result.stdout
    url = "postgresql+psycopg://tiski@db/desk?password=hunter2"
    result = tiski(tiski_env, "--language", "en", "--database", url, "config", command)
    assert result.returncode == 2
    assert "command line: database.url: a password must not" in result.stderr
    assert "hunter2" not in result.stderr + result.stdout
    assert "Traceback" not in result.stderr


def test_unreachable_database_is_a_plain_message(tiski_env: dict[str, str]) -> None:
    result = tiski(
        tiski_env,
        "--language",
        "en",
        "--database",
        "postgresql+psycopg://tiski@127.0.0.1:1/desk",
        "db",
        "status",
    )
    assert result.returncode == 2
    assert "Cannot reach the database at postgresql+psycopg://tiski@127.0.0.1:1/desk" in (
        result.stderr
    )
    assert "Traceback" not in result.stderr


@pytest.mark.postgres
def test_upgrade_then_status_on_postgresql(tiski_env: dict[str, str], postgres: object) -> None:
    url = postgres.create(migrated=False)  # type: ignore[attr-defined]
    try:
        before = tiski(tiski_env, "--language", "en", "--database", url, "db", "status")
        assert before.returncode == 1
        assert "tiski db upgrade" in before.stdout
        upgraded = tiski(tiski_env, "--language", "en", "--database", url, "db", "upgrade")
        assert upgraded.returncode == 0, upgraded.stderr
        assert f"Schema created ({head_revision()})." in upgraded.stdout
        status = tiski(tiski_env, "--language", "en", "--database", url, "db", "status")
        assert status.returncode == 0
        assert f"Schema {head_revision()}: current." in status.stdout
        seeded = tiski(tiski_env, "--language", "en", "--database", url, "db", "seed-demo")
        assert seeded.returncode == 0
        assert "Demo desk written" in seeded.stdout
    finally:
        postgres.drop(url)  # type: ignore[attr-defined]


def test_a_newer_database_is_refused(tiski_env: dict[str, str], db_url: str) -> None:
    from sqlalchemy import create_engine, text

    engine = create_engine(db_url)
    with engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = '9999_future'"))
    engine.dispose()
    status = tiski(tiski_env, "--language", "en", "--database", db_url, "db", "status")
    assert status.returncode == 2
    assert "newer than this Tiski" in status.stdout
    start = tiski(tiski_env, "--language", "en", "--database", db_url, "screenshot", "x.png")
    assert start.returncode == 2
    assert "install the same Tiski version" in start.stderr
    assert "Traceback" not in start.stderr


def test_screenshot_of_the_demo_console(tiski_env: dict[str, str], tmp_path: Path) -> None:
    out = tmp_path / "console.png"
    result = tiski(tiski_env, "screenshot", str(out), "--demo", "--size", "1280x800")
    assert result.returncode == 0, result.stderr
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1280, 800)
    colours = {image.pixel(x, y) for x in range(0, 1280, 16) for y in range(0, 800, 16)}
    assert len(colours) > 20, "the picture is nearly blank"


@pytest.mark.slow
def test_the_floor_picture_after_the_console_picture_on_the_same_demo_desk(
    tiski_env: dict[str, str], tmp_path: Path
) -> None:
    """The console's picture leaves its demo visitor called at Tiski 1; the floor's
    picture, taken next on the same demo desk, staffs the floor around that visitor
    instead of failing with "K001 is still at your counter"."""
    console = tiski(tiski_env, "--language", "en", "screenshot", str(tmp_path / "c.png"), "--demo")
    assert console.returncode == 0, console.stderr
    out = tmp_path / "floor.png"
    floor = tiski(
        tiski_env, "--language", "en", "screenshot", str(out), "--demo", "--window", "floor"
    )
    assert floor.returncode == 0, floor.stderr
    assert "still at your counter" not in floor.stderr
    image = QImage(str(out))
    colours = {
        image.pixel(x, y) for x in range(0, image.width(), 16) for y in range(0, image.height(), 16)
    }
    assert len(colours) > 20, "the picture is nearly blank"


SHOWN_IN_PICTURE = """
import json, sys
from pathlib import Path
import console.ui.shared.screenshot as screenshot
from console.config import load_settings
from console.ops.screenshot import render_screenshot

taking = screenshot.save_screenshot

def recording(widget, out, size):
    saved = taking(widget, out, size)
    panel = widget.case_panel
    print(json.dumps({
        "ticket": widget.queue_zone.ticket_panel.number.text(),
        "case": panel.case_label.text(),
        "identified": panel.identity is not None,
    }))
    return saved

screenshot.save_screenshot = recording
render_screenshot(load_settings(), Path(sys.argv[1]), window="console", demo=True,
                  width=1366, height=768)
"""


def test_the_demo_picture_shows_a_visitor_identified_at_the_counter(
    tiski_env: dict[str, str], tmp_path: Path
) -> None:
    """The demo's console picture (the README's, the self-test's) has work in it: a
    ticket at the counter whose visitor is identified, so the agency panels have data."""
    result = subprocess.run(
        [sys.executable, "-c", SHOWN_IN_PICTURE, str(tmp_path / "console.png")],
        env=tiski_env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    shown = json.loads(result.stdout.strip().splitlines()[-1])
    assert shown["ticket"] not in ("", "–")
    assert shown["identified"]


def test_screenshot_rejects_a_bad_size(tiski_env: dict[str, str], tmp_path: Path) -> None:
    result = tiski(
        tiski_env, "--language", "en", "screenshot", str(tmp_path / "x.png"), "--size", "huge"
    )
    assert result.returncode == 2
    assert "--size must look like 1440x900" in result.stderr


def test_set_password_keeps_it_in_the_keyring(tiski_env: dict[str, str], tmp_path: Path) -> None:
    url = "postgresql+psycopg://tiski@db.pori.example:5432/desk"
    result = tiski(
        tiski_env,
        "--language",
        "en",
        "--database",
        url,
        "db",
        "set-password",
        "--stdin",
        stdin="s3cret-pass\n",
    )
    assert result.returncode == 0, result.stderr
    stored = json.loads(Path(tiski_env["TISKI_TEST_KEYRING_FILE"]).read_text())
    assert stored == {"tiski/database|tiski@db.pori.example:5432/desk": "s3cret-pass"}
    assert "s3cret-pass" not in result.stdout + result.stderr


def test_set_password_without_a_keyring_says_what_to_do(tiski_env: dict[str, str]) -> None:
    env = dict(tiski_env, PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring")
    result = tiski(
        env,
        "--language",
        "en",
        "--database",
        "postgresql+psycopg://tiski@db/desk",
        "db",
        "set-password",
        "--stdin",
        stdin="x\n",
    )
    assert result.returncode == 2
    assert "no keyring" in result.stderr
    assert "pgpass" in result.stderr
    assert "Traceback" not in result.stderr


def test_log_file_is_written_in_the_user_log_folder(
    tiski_env: dict[str, str], private_folders: Path
) -> None:
    result = tiski(tiski_env, "--verbose", "db", "status", "--demo")
    assert result.returncode in (0, 1), result.stderr
    logs = list((private_folders / "state").rglob("tiski.log"))
    assert logs, "no log file in the user's log folder"


def test_no_screen_gets_a_hint_instead_of_a_qt_abort(tiski_env: dict[str, str]) -> None:
    env = {
        k: v
        for k, v in tiski_env.items()
        if k not in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY")
    }
    result = tiski(env, "--language", "en", "--demo")
    assert result.returncode == 2
    assert "No screen found" in result.stderr
    assert "tiski screenshot" in result.stderr


def test_the_console_starts_on_the_demo_desk_and_stops_cleanly(
    tiski_env: dict[str, str], private_folders: Path
) -> None:
    """End to end: the real ``tiski --demo`` process, watched through its log."""
    from tiski_process import run_until_logged

    started, errors, code = run_until_logged(
        tiski_env,
        private_folders,
        ["--demo", "--set", "logging.level=DEBUG"],
        "Console started for aino.virtanen at T1",
    )
    assert started, errors
    assert code == 0, errors
    assert "Traceback" not in errors
    assert (private_folders / "data" / "tiski" / "window.ini").is_file(), "layout not saved"
    demo_file = private_folders / "data" / "tiski" / "demo.sqlite3"
    assert demo_file.is_file(), "the demo uses its own database file"
    assert not (private_folders / "data" / "tiski" / "tiski.sqlite3").exists()
    log_text = next((private_folders / "state").rglob("tiski.log")).read_text(encoding="utf-8")
    assert "Sandbox back offices at http://127.0.0.1:" in log_text, "the demo starts them"


def test_an_unforeseen_failure_is_one_line_without_secrets_and_the_log_has_it(
    capsys: pytest.CaptureFixture[str], caplog: pytest.LogCaptureFixture
) -> None:
    from console.cli.voice import Voice

    # As SQLAlchemy wraps the driver's error: the driver's first line is the reason.
    error = RuntimeError("wrapped")
    error.orig = OSError(  # type: ignore[attr-defined]
        "cannot reach postgresql://aino:salasana@db.example/tiski for 131052-308T,"
        " 131052\u2013308T (typed with an en dash)\nmore"
    )
    status = Voice("en", "QueueCommands").unexpected(error, "queue issue")
    err = capsys.readouterr().err
    assert status == 2
    assert err.startswith("tiski: The command failed unexpectedly (cannot reach postgresql://")
    assert err.endswith("the log file has the details.\n")
    assert "salasana" not in err
    assert "131052-308T" not in err
    assert "308T" not in err  # nor the en dash spelling's end
    assert "more" not in err
    assert any(
        record.getMessage() == "tiski queue issue failed" and record.exc_info
        for record in caplog.records
    )
