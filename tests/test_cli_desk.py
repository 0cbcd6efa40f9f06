"""``tiski desk plan|apply|export|template`` as IT uses them, on the embedded database.

The PostgreSQL side (login roles made and switched off by a desk file, a supervisor's
console changing a service) is in tests/test_database_roles.py.
"""

from __future__ import annotations

import io
import shutil
from pathlib import Path

import pytest

from console import cli
from console.core.desk_file import load_desk_file, parse_desk
from console.desk.desk import Desk
from console.store.database import Database

OFFICE = Path(__file__).parent / "data" / "kankaanpaa.toml"


@pytest.fixture(autouse=True)
def application(qapp: object) -> object:
    """The CLI speaks through Qt's translators."""
    return qapp


@pytest.fixture
def desk_url(tmp_path: Path, sqlite_template: Path) -> str:
    path = tmp_path / "desk.sqlite3"
    shutil.copy(sqlite_template, path)
    return f"sqlite:///{path}"


def _tiski(monkeypatch: pytest.MonkeyPatch, *args: str) -> int:
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    return cli.main(["--language", "en", *args])


def _edited(tmp_path: Path, *replacements: tuple[str, str]) -> Path:
    text = OFFICE.read_text(encoding="utf-8")
    for old, new in replacements:
        assert old in text, old
        text = text.replace(old, new)
    path = tmp_path / "edited.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_plan_shows_what_apply_then_does_and_a_second_apply_is_quiet(
    desk_url: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _tiski(monkeypatch, "desk", "plan", str(OFFICE), "--database", desk_url) == 0
    planned = capsys.readouterr().out
    assert "+ service police-passport: added" in planned
    assert "+ staff member it.tuki: added" in planned
    assert "16 added, 0 changed, 0 retired, 0 back." in planned
    assert Desk(Database(desk_url)).is_empty()  # a plan changes nothing

    assert _tiski(monkeypatch, "desk", "apply", str(OFFICE), "--database", desk_url) == 0
    applied = capsys.readouterr().out
    assert "Applied" in applied
    assert "16 added" in applied
    # Local accounts have no password until IT sets one: the command says who and how.
    assert "tiski staff password USER" in applied
    assert "leena.koski" in applied

    assert _tiski(monkeypatch, "desk", "apply", str(OFFICE), "--database", desk_url) == 0
    assert "the desk is already as the file says" in capsys.readouterr().out


def test_plan_names_changes_retirements_and_a_refused_retirement(
    desk_url: str,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
) -> None:
    assert _tiski(monkeypatch, "desk", "apply", str(OFFICE), "--database", desk_url) == 0
    database = Database(desk_url)
    waiting = Desk(database).queue.issue(["town-advice"], source="guide").ticket_number
    database.dispose()
    capsys.readouterr()
    # Kela's waiting time target changes, counter 2 and the town's advice leave the file.
    edited = _edited(
        tmp_path,
        ("target_wait_minutes = 25", "target_wait_minutes = 30"),
        (
            '[[counter]]\ncode = "2"\nname_fi = "Palvelupiste 2"\nname_sv = "Servicepunkt 2"\n'
            'name_en = "Service desk 2"\n',
            "",
        ),
        (
            '[[service]]\ncode = "town-advice"\nagency = "kankaanpaa"\nprefix = "N"\n'
            'target_wait_minutes = 10\nname_fi = "Neuvonta"\nname_sv = "Rådgivning"\n'
            'name_en = "Advice"\n',
            "",
        ),
        ('skills = ["town-advice", "kela-benefits"]', 'skills = ["kela-benefits"]'),
        ('skills = ["town-advice"]', "skills = []"),
        ('services = ["town-advice", "kela-benefits"]', 'services = ["kela-benefits"]'),
    )

    status = _tiski(monkeypatch, "desk", "plan", str(edited), "--database", desk_url)

    out = capsys.readouterr().out
    assert status == 2
    assert "~ service kela-benefits: changes target_wait_minutes" in out
    assert "- counter 2: retired" in out
    assert "- service town-advice: retired" in out
    assert "~ staff member leena.koski: changes skills" in out
    assert (
        f"! service town-advice cannot be retired while 1 visitors wait for it ({waiting})" in out
    )
    assert "Nothing can be applied until what is marked with ! is settled." in out

    assert _tiski(monkeypatch, "desk", "apply", str(edited), "--database", desk_url) == 2
    assert "was not applied; nothing changed" in capsys.readouterr().out
    assert _tiski(monkeypatch, "desk", "export", "--database", desk_url) == 0
    assert parse_desk(capsys.readouterr().out, "x").desk == load_desk_file(OFFICE).desk


@pytest.mark.parametrize(
    ("replacements", "said"),
    [
        (
            [('agency = "kela"\nprefix', 'agency = "kelaa"\nprefix')],
            "line 55: service kela-benefits names agency kelaa, which the file does not have; "
            'add an [[agency]] with code = "kelaa" or correct the name',
        ),
        (
            [('prefix = "KE"', 'prefix = "N"')],
            "line 56: ticket prefix N is given twice (also at line 47); each needs its own",
        ),
        (
            [('services = ["town-advice", "kela-benefits"]', 'services = ["town-advise"]')],
            "line 121: new-resident names service town-advise, which the file does not have",
        ),
        (
            [('skills = ["police-passport"]', 'skills = ["police-pass"]')],
            "line 103: pekka.aalto names service police-pass, which the file does not have",
        ),
        (
            [("target_wait_minutes = 25", "target_wait = 25")],
            "line 57: [service] has no setting target_wait; the known ones are: agency, code,",
        ),
        (
            [('hours = ["mon-fri 08:30-15:30"]', 'hours = ["mon-fri 8.30-15.30"]')],
            "line 9: mon-fri 8.30-15.30: '8.30-15.30' is not a time range; write it as 08:00-16:00",
        ),
        (
            [("format = 2", "format = 7")],
            "line 5: the file is of format 7, made by a newer Tiski; this one reads formats "
            "up to 2",
        ),
        (
            [('role = "specialist"\nagency = "poliisi"\n', 'role = "specialist"\n')],
            "specialist pekka.aalto needs the agency they answer for",
        ),
    ],
)
def test_a_bad_desk_file_is_named_with_its_line_and_what_to_do(
    desk_url: str,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    replacements: list[tuple[str, str]],
    said: str,
) -> None:
    edited = _edited(tmp_path, *replacements)

    status = _tiski(monkeypatch, "desk", "apply", str(edited), "--database", desk_url)

    err = capsys.readouterr().err
    assert status == 2
    assert f"tiski: {edited}" in err
    assert said in err
    assert "Traceback" not in err
    assert Desk(Database(desk_url)).is_empty()


def test_every_problem_of_a_file_is_listed_at_once(
    desk_url: str,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
) -> None:
    edited = _edited(
        tmp_path,
        ('prefix = "KE"', 'prefix = "ke"'),
        ('code = "ETA"', 'code = "1"'),
        ('role = "it"', 'role = "admin"'),
    )
    assert _tiski(monkeypatch, "desk", "plan", str(edited), "--database", desk_url) == 2
    err = capsys.readouterr().err.splitlines()
    assert len(err) == 3
    assert "prefix 'ke' is not usable" in err[0]
    assert "counter 1 is given twice" in err[1]
    assert "role 'admin' is not one of the desk's roles" in err[2]


def test_a_format_1_file_of_the_first_round_is_upgraded(tmp_path: Path) -> None:
    text = OFFICE.read_text(encoding="utf-8").replace("format = 2\n", "")
    old = tmp_path / "old.toml"
    old.write_text(text.replace("[[note_template]]", "[[template]]"), encoding="utf-8")
    assert load_desk_file(old).desk == load_desk_file(OFFICE).desk


def test_export_and_template_write_files_and_never_replace_one_unasked(
    desk_url: str,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
) -> None:
    assert _tiski(monkeypatch, "desk", "export", "--database", desk_url) == 2
    assert "has no desk yet" in capsys.readouterr().err
    out = tmp_path / "office.toml"
    assert _tiski(monkeypatch, "desk", "template", str(out)) == 0
    assert load_desk_file(out).desk.names.en == "Joint Service Point"
    assert _tiski(monkeypatch, "desk", "apply", str(out), "--database", desk_url) == 0
    capsys.readouterr()
    assert _tiski(monkeypatch, "desk", "export", str(out), "--database", desk_url) == 2
    assert "exists already" in capsys.readouterr().err
    assert _tiski(monkeypatch, "desk", "export", str(out), "--force", "--database", desk_url) == 0
    assert load_desk_file(out).desk.services[2].hours is not None
