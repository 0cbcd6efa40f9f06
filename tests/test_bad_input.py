"""Bad input ends in one plain message and exit status 2, never a traceback.

Three families, each one parametrised test: every file Tiski is given (settings,
plugin.toml, the demo desk, identity key files, recorded answers) against every
way a file goes wrong; every number argument of ``tiski`` out of its range; and a
reader that closes the output pipe (``tiski queue issue X | head -1``).
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from sqlalchemy import func, select

from console import cli, paths
from console.cli import numbers, tiski
from console.cli.auth import PASSWORD_ENV
from console.config import OPTIONS, ConfigError, load_settings
from console.core.demo import load_demo_desk
from console.core.text import TiskiError
from console.desk.accounts import DEMO_PASSWORD
from console.ops.sandbox import SandboxError, load_answers
from console.site_secret import load_site_secret
from console.store.database import Database
from console.store.models import Visit
from console.store.urls import sqlite_url

EXIT_ERROR = 2
HUGE = 64 * 1024 * 1024  # larger than any reader's limit; sparse, so it costs no disk


@pytest.fixture(autouse=True)
def finnish_until_asked(monkeypatch: pytest.MonkeyPatch) -> None:
    """The number checks' language is the command line's: reset it after each test."""
    monkeypatch.setattr(numbers, "language", "fi")


# ---------------------------------------------------------------- bad files
def _utf16(path: Path, kind: str) -> Path:
    text = '[ui]\nlanguage = "sv"\n' if kind == "toml" else '{"/a": {"*": {}}}'
    path.write_bytes(text.encode("utf-16"))
    return path


def _stray_byte(path: Path, kind: str) -> Path:
    body = b'[ui]\nlanguage = "s\xffv"\n' if kind == "toml" else b'{"/a":\n "s\xffv"}'
    path.write_bytes(body)
    return path


def _deeply_nested(path: Path, kind: str) -> Path:
    depth = 10_000
    path.write_text(("a = " if kind == "toml" else "") + "[" * depth + "]" * depth)
    return path


def _huge(path: Path, kind: str) -> Path:
    with path.open("wb") as file:
        file.truncate(HUGE)
    return path


def _folder(path: Path, kind: str) -> Path:
    path.mkdir()
    return path


def _dev_zero(path: Path, kind: str) -> Path:
    return Path("/dev/zero")  # endless: read without a limit it fills the memory


def _named_pipe(path: Path, kind: str) -> Path:
    os.mkfifo(path)  # no writer: an open for reading would wait for ever
    return path


def _socket(path: Path, kind: str) -> Path:
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as server:
        server.bind(str(path))  # the socket file stays after the socket is closed
    return path


BAD_FILES: dict[str, tuple[Callable[[Path, str], Path], str]] = {
    "saved as UTF-16": (_utf16, "UTF-16"),
    "a stray byte": (_stray_byte, "is not UTF-8 text (byte 0xff at line 2"),
    "nested 10,000 deep": (_deeply_nested, "nested inside each other too deeply"),
    "64 MiB": (_huge, "is larger than"),
    "a folder": (_folder, "is a folder, not a file"),
    "/dev/zero": (_dev_zero, "a device, a pipe or a socket"),
    "a named pipe": (_named_pipe, "a device, a pipe or a socket"),
    "a socket": (_socket, "a device, a pipe or a socket"),
}


def _settings_file(path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.setenv("TISKI_SITE_CONFIG", str(path))
    with pytest.raises(ConfigError) as raised:
        load_settings(environ={})
    return str(raised.value)


def _settings_on_the_command_line(
    path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> str:
    monkeypatch.setenv("TISKI_SITE_CONFIG", str(path))
    capsys.readouterr()
    assert cli.main(["--language", "en", "config", "check"]) == EXIT_ERROR
    return capsys.readouterr().err


def _manifest(path: Path, capsys: pytest.CaptureFixture[str]) -> str:
    capsys.readouterr()
    assert cli.main(["--language", "en", "plugins", "check", str(path)]) == EXIT_ERROR
    return capsys.readouterr().err


def _key_file(path: Path) -> str:
    if path.is_file():
        path.chmod(0o600)  # as IT keeps it: the content is what is wrong
    with pytest.raises(TiskiError) as raised:
        load_site_secret(secret_file=path, create_if_missing=False)
    return str(raised.value)


def _key_file_on_the_command_line(path: Path, capsys: pytest.CaptureFixture[str]) -> str:
    capsys.readouterr()
    # IT signed in to the demo desk (its accounts have the demo password).
    argv = ["--language", "en", "--demo", "--user", "ville.aaltonen"]
    argv += ["identity", "set-key", "--from-file", str(path)]
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv(PASSWORD_ENV, DEMO_PASSWORD)
        assert cli.main(argv) == EXIT_ERROR
    return capsys.readouterr().err


def _demo_desk(path: Path) -> str:
    with pytest.raises(TiskiError) as raised:
        load_demo_desk(path)
    return str(raised.value)


def _answers(path: Path) -> str:
    with pytest.raises(SandboxError) as raised:
        load_answers(path)
    return str(raised.value)


# reader: (what it reads, how the test makes it read the file)
READERS: dict[str, tuple[str, str]] = {
    "settings file": ("toml", "settings"),
    "tiski config check": ("toml", "settings-cli"),
    "tiski plugins check": ("toml", "manifest"),
    "demo desk": ("toml", "demo"),
    "identity.key_file": ("key", "key"),
    "tiski identity set-key --from-file": ("key", "key-cli"),
    "sandbox answers.json": ("json", "answers"),
}
# Where a reader's own words say it better than the generic ones.
SAID_INSTEAD = {
    # A folder given to "plugins check" is a plugin folder: its manifest is missing.
    ("tiski plugins check", "a folder"): "plugin.toml: no such file",
    # A key file holds 64 hexadecimal characters; any other text is simply not a key.
    ("identity.key_file", "saved as UTF-16"): "does not hold an identity key",
    ("identity.key_file", "a stray byte"): "does not hold an identity key",
    ("tiski identity set-key --from-file", "saved as UTF-16"): "64 hexadecimal characters",
    ("tiski identity set-key --from-file", "a stray byte"): "64 hexadecimal characters",
    # 20 KB of brackets is more than a key file may hold.
    ("identity.key_file", "nested 10,000 deep"): "is larger than 4 KiB",
    ("tiski identity set-key --from-file", "nested 10,000 deep"): "is larger than 4 KiB",
}


@pytest.mark.parametrize("bad", list(BAD_FILES))
@pytest.mark.parametrize("reader", list(READERS))
def test_a_bad_file_gets_a_message_naming_it(
    reader: str,
    bad: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    qapp: QApplication,
) -> None:
    kind, how = READERS[reader]
    make, words = BAD_FILES[bad]
    path = make(tmp_path / {"toml": "file.toml", "json": "answers.json"}.get(kind, "key"), kind)
    readers: dict[str, Callable[[], str]] = {
        "settings": lambda: _settings_file(path, monkeypatch),
        "settings-cli": lambda: _settings_on_the_command_line(path, monkeypatch, capsys),
        "manifest": lambda: _manifest(path, capsys),
        "demo": lambda: _demo_desk(path),
        "key": lambda: _key_file(path),
        "key-cli": lambda: _key_file_on_the_command_line(path, capsys),
        "answers": lambda: _answers(path),
    }

    seen = readers[how]()

    assert str(path) in seen
    assert SAID_INSTEAD.get((reader, bad), words) in seen
    assert "Traceback" not in seen


def test_a_settings_file_with_a_byte_order_mark_is_read(tmp_path: Path) -> None:
    """Notepad's "UTF-8 with BOM" is still UTF-8."""
    site = paths.site_config_file()
    site.parent.mkdir(parents=True)
    site.write_bytes(b'\xef\xbb\xbf[ui]\nlanguage = "sv"\n')
    assert load_settings(environ={})["ui.language"] == "sv"


def test_a_damaged_remembered_sign_in_is_forgotten_not_fatal() -> None:
    from console.ui.access.remembered import remember_sign_in, remembered_sign_in

    path = paths.remembered_file()
    path.write_text("[" * 10_000 + "]" * 10_000, encoding="utf-8")
    assert remembered_sign_in("sqlite:///desk") is None
    remember_sign_in("sqlite:///desk", "aino.virtanen", "T1")
    assert remembered_sign_in("sqlite:///desk") == ("aino.virtanen", "T1")
    assert json.loads(path.read_text(encoding="utf-8"))["sign_in"]


# ---------------------------------------------------------------- number arguments
BAD_NUMBERS = [
    (["sandbox", "serve", "--port", "99999"], "--port", "from 1 to 65535, or 0 for any free port"),
    (["sandbox", "serve", "--port", "-1"], "--port", "from 1 to 65535, or 0 for any free port"),
    (["sandbox", "serve", "--port", "http"], "--port", "not 'http'"),
    (["retention", "run", "--days", "99999999999999999999"], "--days", "from 1 to 36500"),
    (["retention", "run", "--days", "0"], "--days", "from 1 to 36500"),
    (["retention", "run", "--days", "9" * 5000], "--days", "not '99999999999999999999...'"),
    (["audit", "export", "--case", "99999999999999999999"], "--case", "from 1 to 2147483647"),
    (["retention", "hold", "--case", "0"], "--case", "from 1 to 2147483647"),
    (["retention", "hold", "--case", "1.5"], "--case", "not '1.5'"),
]


@pytest.mark.parametrize(
    ("argv", "option", "words"),
    BAD_NUMBERS,
    ids=[
        " ".join([*a[:-1], a[-1] if len(a[-1]) < 24 else f"<{len(a[-1])} digits>"])
        for a, _, _ in BAD_NUMBERS
    ],
)
def test_a_number_out_of_range_is_a_usage_error(
    argv: list[str],
    option: str,
    words: str,
    capsys: pytest.CaptureFixture[str],
    qapp: QApplication,
) -> None:
    with pytest.raises(SystemExit) as exited:
        cli.main(["--language", "en", *argv])
    err = capsys.readouterr().err
    assert exited.value.code == EXIT_ERROR
    assert f"error: argument {option}: " in err
    assert words in err
    assert "Traceback" not in err


@pytest.mark.parametrize(
    ("argv", "dest", "value"),
    [
        (["sandbox", "serve", "--port", "0"], "port", 0),
        (["sandbox", "serve", "--port", "65535"], "port", 65535),
        (["retention", "run", "--days", "36500"], "days", 36500),
        (["retention", "hold", "--case", "2147483647"], "case_id", 2147483647),
    ],
)
def test_the_ends_of_each_range_are_allowed(argv: list[str], dest: str, value: int) -> None:
    assert getattr(tiski._parser().parse_args(argv), dest) == value


def test_the_days_on_the_command_line_are_those_of_the_setting() -> None:
    option = OPTIONS["retention.notes_days"]
    assert (option.minimum, option.maximum) == numbers.RETENTION_DAYS


def test_a_number_error_speaks_the_language_asked_for(
    capsys: pytest.CaptureFixture[str], qapp: QApplication
) -> None:
    with pytest.raises(SystemExit):
        cli.main(["sandbox", "serve", "--port", "99999", "--language", "sv"])
    # Chosen before parsing, though given after the number.
    assert numbers.language == "sv"
    with pytest.raises(SystemExit):
        cli.main(["sandbox", "serve", "--language", "en", "--port", "99999"])
    assert numbers.language == "en"


# ---------------------------------------------------------------- a closed output pipe
def _tickets(private_folders: Path) -> int:
    database = Database(sqlite_url(paths.embedded_database_file(demo=True)))
    try:
        with database.session() as session:
            return int(session.scalar(select(func.count()).select_from(Visit)) or 0)
    finally:
        database.dispose()


def _run_with_closed_stdout(env: dict[str, str], argv: list[str]) -> tuple[int, str]:
    with subprocess.Popen(
        [sys.executable, "-m", "console", "--language", "en", *argv],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    ) as process:
        assert process.stdout is not None
        process.stdout.close()  # the reader is gone before Tiski writes a line (| head -0)
        _out, err = process.communicate(timeout=120)
    return process.returncode, err


PIPED = [
    ["queue", "issue", "pori-general", "--demo"],
    ["queue", "list", "--demo"],
    ["queue", "list", "--json", "--demo"],
    ["config", "show"],
    ["plugins", "list"],
    ["--help"],
]


@pytest.mark.slow
@pytest.mark.parametrize("argv", PIPED, ids=[" ".join(argv) for argv in PIPED])
def test_a_closed_output_pipe_ends_quietly_after_the_work(
    argv: list[str], tiski_env: dict[str, str], private_folders: Path
) -> None:
    if "--demo" in argv:  # the demo database exists, so the count below is before the command
        subprocess.run(
            [sys.executable, "-m", "console", "queue", "list", "--demo"],
            env=tiski_env,
            capture_output=True,
            check=True,
            timeout=120,
        )
    before = _tickets(private_folders) if "--demo" in argv else 0

    status, err = _run_with_closed_stdout(tiski_env, argv)

    assert status == 0, err
    assert err == ""
    if argv[:2] == ["queue", "issue"]:
        # Issued once; a script with pipefail sees success and does not issue it again.
        assert _tickets(private_folders) == before + 1
