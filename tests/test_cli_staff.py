"""``tiski staff`` on the embedded database: local accounts with argon2id hashes.

The PostgreSQL side (login roles, groups) is in tests/test_database_roles.py, on a
cluster that checks passwords.
"""

from __future__ import annotations

import io
import shutil
from pathlib import Path

import pytest

from console import cli
from console.desk.accounts import sign_in
from console.desk.errors import DeskError
from console.store.database import Database

PASSWORD = "correct horse battery"


@pytest.fixture(autouse=True)
def application(qapp: object) -> object:
    """The CLI speaks through Qt's translators: a QApplication, not a bare core one
    (the later Qt tests of the session need the former)."""
    return qapp


@pytest.fixture
def desk_url(tmp_path: Path, sqlite_template: Path) -> str:
    path = tmp_path / "desk.sqlite3"
    shutil.copy(sqlite_template, path)
    url = f"sqlite:///{path}"
    from console.desk.desk import Desk

    database = Database(url)
    assert Desk(database).seed_demo()
    database.dispose()
    return url


def _tiski(monkeypatch: pytest.MonkeyPatch, *args: str, stdin: str = "") -> int:
    monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    return cli.main(["--language", "en", *args])


def _signs_in(url: str, username: str, password: str) -> bool:
    try:
        person = sign_in(url, username, password)
    except DeskError:
        return False
    person.database.dispose()
    return True


def test_staff_add_makes_a_local_account_from_a_password_on_stdin(
    desk_url: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    status = _tiski(
        monkeypatch,
        "staff",
        "add",
        "Uusi.Neuvoja",
        "--name",
        "Uusi Neuvoja",
        "--role",
        "advisor",
        "--agency",
        "KELA",
        "--skills",
        "kela-general",
        "--password-stdin",
        "--database",
        desk_url,
        stdin=PASSWORD + "\n",
    )
    out = capsys.readouterr().out
    assert status == cli.EXIT_OK
    assert "Added uusi.neuvoja." in out
    assert "uusi.neuvoja\tUusi Neuvoja\tadvisor\tkela\tlocal account with a password" in out
    assert _signs_in(desk_url, "uusi.neuvoja", PASSWORD)
    assert not _signs_in(desk_url, "uusi.neuvoja", "wrong password")
    database = Database(desk_url)
    with database.session() as session:
        from sqlalchemy import text

        stored = session.execute(
            text("SELECT password_hash FROM staff WHERE username = 'uusi.neuvoja'")
        ).scalar_one()
    database.dispose()
    assert stored.startswith("$argon2id$")
    assert PASSWORD not in stored


def test_staff_password_asks_twice_and_refuses_two_different_answers(
    desk_url: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    answers = iter(["a new password 1", "a new password 2"])
    monkeypatch.setattr("getpass.getpass", lambda _prompt="": next(answers))
    status = _tiski(monkeypatch, "staff", "password", "aino.virtanen", "--database", desk_url)
    assert status == cli.EXIT_ERROR
    assert "The passwords differ; nothing was changed" in capsys.readouterr().err
    answers = iter(["a new password 1", "a new password 1"])
    assert (
        _tiski(monkeypatch, "staff", "password", "aino.virtanen", "--database", desk_url)
        == cli.EXIT_OK
    )
    assert _signs_in(desk_url, "aino.virtanen", "a new password 1")


def test_a_short_password_is_refused_with_what_to_do(
    desk_url: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    status = _tiski(
        monkeypatch,
        "staff",
        "password",
        "aino.virtanen",
        "--password-stdin",
        "--database",
        desk_url,
        stdin="short\n",
    )
    assert status == cli.EXIT_ERROR
    assert "too short" in capsys.readouterr().err


def test_staff_disable_stops_the_sign_in_and_list_says_so(
    desk_url: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _signs_in(desk_url, "aino.virtanen", "demo")
    assert _tiski(monkeypatch, "staff", "disable", "aino.virtanen", "--database", desk_url) == 0
    assert not _signs_in(desk_url, "aino.virtanen", "demo")
    capsys.readouterr()
    assert _tiski(monkeypatch, "staff", "list", "--database", desk_url) == cli.EXIT_OK
    lines = capsys.readouterr().out.splitlines()
    assert "aino.virtanen\tAino Virtanen\tadvisor\t-\tswitched off" in lines
    assert any(line.startswith("paivi.lehtonen\t") and "\tkela\t" in line for line in lines)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["staff", "add", "someone", "--password-stdin"], "give --name and --role"),
        (
            ["staff", "add", "x.y", "--name", "X", "--role", "advisor", "--agency", "nope"],
            "Unknown agency nope",
        ),
        (
            ["staff", "add", "x.y", "--name", "X", "--role", "advisor", "--skills", "nope"],
            "Unknown services: nope",
        ),
        (["staff", "add", "x.y", "--name", "X", "--role", "advisor", "--no-password"], "local"),
        (["staff", "disable", "nobody.here"], "No staff member nobody.here"),
        (["staff", "roles"], "no roles"),
    ],
)
def test_wrong_input_gets_a_message_not_a_traceback(
    desk_url: str,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    args: list[str],
    message: str,
) -> None:
    status = _tiski(monkeypatch, *args, "--database", desk_url, stdin=PASSWORD + "\n")
    err = capsys.readouterr().err
    assert status == cli.EXIT_ERROR
    assert message in err
    assert "Traceback" not in err
