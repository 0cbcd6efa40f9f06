"""``tiski privacy check`` and the doctor's line: a day at the demo desk leaves no code
in clear; a code written behind Tiski's back is found and named, never shown."""

from __future__ import annotations

import io
import json
import logging
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from queue_kit import actor, at
from sqlalchemy import text

from console import cli
from console.core.cases import NoteDraft
from console.core.identity import visitor_identity
from console.core.queue import Language
from console.desk.desk import Desk
from console.logs import setup_logging
from console.store.database import Database
from console.store.journal import Draft, Journal, journal_file
from console.store.privacy_scan import (
    clear_codes_in,
    scan_database,
    scan_sqlite_file,
    sees_every_row,
)

KEY = b"p" * 32
CODE = "131052-308T"
# The same code as staff and visitors type it, and a temporary code of 2023's signs.
SPELLINGS = [
    "131052–308T",  # en dash
    "131052\u2011308t",  # non-breaking hyphen, lower case
    "１３１０５２−３０８Ｔ",  # fullwidth digits and letter, minus sign
    "HETU_131052 - 308T",
    "12.3.2026131052-308T",  # glued to a date
    "010105A990S",  # temporary code of the 2000s
]


@pytest.fixture(autouse=True)
def application(qapp: object) -> object:
    return qapp  # the command's voice translates through Qt


@pytest.fixture(autouse=True)
def tiski_log() -> Iterator[Path]:
    """Tiski's log file of this test, as the console writes it; gone from logging after."""
    path = setup_logging(level="INFO")
    yield path
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, "_tiski", False):
            root.removeHandler(handler)
            handler.close()


def _scripted_day(database: Database) -> int:
    """A day at the demo desk with codes typed everywhere text goes in; a visit id."""
    desk = Desk(database, identity_key=lambda: KEY)
    assert desk.seed_demo(now=at(7))  # the demo's desk and its waiting visitors
    advisor = actor(desk, "aino.virtanen", "T1")
    desk.queue.issue(
        ["kela-general"], language=Language.FI, visitor_name=f"Matti {SPELLINGS[0]}", now=at(9)
    )
    called = desk.queue.call_next(advisor, now=at(9, 1))
    assert called is not None
    visit_id = called.step.visit_id
    desk.cases.identify(
        advisor,
        visit_id,
        visitor_identity(SPELLINGS[1], f"Matti Mäkinen {SPELLINGS[2]}", None, today=at(9).date()),
    )
    case = desk.cases.open_case(advisor, visit_id, title=f"Asumistuki {SPELLINGS[3]}")
    for spelling in SPELLINGS:
        desk.cases.write_note(
            advisor,
            NoteDraft(case.id, f"Asiakas {spelling} soitti", str(uuid.uuid4()), visit_id),
        )
    desk.cases.search(advisor, SPELLINGS[4])
    desk.cases.search(advisor, "131052 308T")
    with Journal(journal_file()) as journal:
        journal.save_draft(
            Draft(
                database="desk",
                staff_id=advisor.staff_id,
                visit_id=visit_id,
                client_id=str(uuid.uuid4()),
                case_id=case.id,
                ticket_number="A001",
                service_id=None,
                partition_agency_id=None,
                amends_id=None,
                text=f"Kesken: {SPELLINGS[5]}",
                updated_at=datetime(2026, 3, 12, 9, 5, tzinfo=UTC),
            )
        )
    logging.getLogger("tiski.test").warning("visitor %s at the counter", SPELLINGS[2])
    return visit_id


def _check(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], *args: str):
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    status = cli.main(["--language", "en", "privacy", "check", *args])
    return status, capsys.readouterr()


def test_a_day_at_the_demo_desk_leaves_no_code_in_clear_and_one_written_behind_tiskis_back_is_named(
    database: Database,
    db_url: str,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    visit_id = _scripted_day(database)
    report = scan_database(database)
    assert report.findings == []
    assert report.values > 50  # the desk's names, the notes, the audit trail...
    status, out = _check(monkeypatch, capsys, "--database", db_url)
    assert status == 0, out
    assert "No identity code in clear." in out.out

    with database.engine.begin() as connection:
        connection.execute(
            text("UPDATE visit SET visitor_name = :name WHERE id = :id"),
            {"name": f"Matti {CODE}", "id": visit_id},
        )
    status, out = _check(monkeypatch, capsys, "--database", db_url)
    assert status == 1
    assert f"visit.visitor_name id={visit_id}: 1 in clear" in out.out
    assert "308T" not in out.out + out.err
    status, out = _check(monkeypatch, capsys, "--database", db_url, "--json")
    assert status == 1
    report_json = json.loads(out.out)
    assert report_json["findings"] == [
        {"place": "visit.visitor_name", "row": f"id={visit_id}", "codes": 1}
    ]
    assert report_json["every_row_seen"] is True


def test_a_code_in_clear_in_the_journal_or_the_log_is_named_by_file_and_line(
    sqlite_template: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    with Journal(journal_file()) as journal:
        journal.save_draft(
            Draft(
                *("desk", 1, None, str(uuid.uuid4()), None, None, None, None, None, "ok"),
                updated_at=datetime(2026, 3, 12, tzinfo=UTC),
            )
        )
    import sqlite3

    behind = sqlite3.connect(journal_file())
    behind.execute("UPDATE draft SET text = ?", (f"asiakas {CODE}",))
    behind.commit()
    behind.close()
    log = setup_logging(level="INFO")
    with log.open("a", encoding="utf-8") as file:  # written past the masking formatter
        file.write(f"one\ntwo {CODE}\n")
    database = tmp_path / "desk.sqlite3"
    database.write_bytes(sqlite_template.read_bytes())
    status, out = _check(monkeypatch, capsys, "--database", f"sqlite:///{database}")
    assert status == 1
    assert "drafts.sqlite3: draft.text #1: 1 in clear" in out.out
    assert "tiski.log line 2: 1 in clear" in out.out
    assert CODE not in out.out


def test_the_check_reads_without_writing_and_refuses_a_missing_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "none.sqlite3"
    status, out = _check(monkeypatch, capsys, "--database", f"sqlite:///{missing}")
    assert status == 2
    assert "There is no database at" in out.err
    assert not missing.exists()


def test_only_codes_with_a_right_check_character_are_reported_and_hashes_are_not_codes() -> None:
    assert clear_codes_in(f"x {CODE} y") == 1
    assert clear_codes_in("x 131052-308U y") == 0  # wrong check character: masked, not counted
    assert clear_codes_in("131052-****") == 0
    # A keyed hash or a client id with a code shape inside is neither.
    assert clear_codes_in("ab" + "131052a308f" * 3 + "0123456789abcdef" * 2) == 0
    assert clear_codes_in("5b0f9c2e-1310-4523-0800-123456789012") == 0


def test_an_sqlite_scan_names_rows_by_number_never_by_a_text_key(tmp_path: Path) -> None:
    import sqlite3

    path = tmp_path / "words.sqlite3"
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE word (term TEXT PRIMARY KEY) WITHOUT ROWID")
    connection.executemany("INSERT INTO word VALUES (?)", [("a",), (CODE,), ("z",)])
    connection.commit()
    connection.close()
    report = scan_sqlite_file(path)
    assert [(f.place, f.row) for f in report.findings] == [("word.term", "#1")]


def test_the_doctor_looks_for_codes_in_clear_and_names_the_column(
    qapp: object, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import importlib.metadata

    from console import paths
    from console.plugin_host import discovery
    from console.store.schema import upgrade
    from console.store.urls import sqlite_url

    monkeypatch.setattr(discovery, "bundled_plugins_dir", lambda: None)
    monkeypatch.setattr(importlib.metadata, "entry_points", lambda **_: [])
    database = Database(sqlite_url(paths.embedded_database_file()))
    upgrade(database)
    visit_id = _scripted_day(database)

    def privacy() -> dict[str, str]:
        capsys.readouterr()
        cli.main(["--language", "en", "doctor", "--json"])
        report = json.loads(capsys.readouterr().out)
        return next(check for check in report["checks"] if check["name"] == "privacy")

    clean = privacy()
    assert clean["status"] == "ok", clean
    assert clean["finding"].startswith("No identity code in clear in the newest 2000 rows")
    with database.engine.begin() as connection:
        connection.execute(
            text("UPDATE visit SET visitor_name = :name WHERE id = :id"),
            {"name": f"Matti {CODE}", "id": visit_id},
        )
    database.dispose()
    found = privacy()
    assert found["status"] == "warning"
    assert found["finding"] == "Identity codes in clear in visit.visitor_name."
    assert "tiski privacy check" in found["action"]
    assert "308T" not in json.dumps(found)


@pytest.mark.postgres
def test_on_postgresql_a_staff_account_is_told_what_it_could_not_read(postgres: object) -> None:
    """IT's role reads no visitor's name (0008) and row-level security hides rows: the
    check says so instead of reporting a clean database it could not see."""
    from sqlalchemy.engine import make_url

    url = postgres.create(migrated=True)  # type: ignore[attr-defined]
    owner = Database(url)
    try:
        _scripted_day(owner)
        with owner.engine.begin() as connection:
            connection.execute(
                text(
                    'DO $$ BEGIN CREATE ROLE "ville.aaltonen" LOGIN; '
                    "EXCEPTION WHEN duplicate_object THEN NULL; END $$"
                )
            )
            connection.execute(text('GRANT tiski_it TO "ville.aaltonen"'))
        it_url = make_url(url).set(username="ville.aaltonen").render_as_string(False)
        it = Database(it_url)
        try:
            report = scan_database(it)
            assert "visit.visitor_name" in report.unreadable
            assert not sees_every_row(it)
        finally:
            it.dispose()
        assert sees_every_row(owner)
        assert scan_database(owner).unreadable == []
    finally:
        owner.dispose()
        postgres.drop(url)  # type: ignore[attr-defined]


def test_a_code_given_as_a_name_on_the_command_line_is_stored_masked(
    database: Database,
    db_url: str,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    from queue_kit import fresh_desk

    fresh_desk(database)
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    command = ["--language", "en", "--database", db_url, "queue", "issue", "kela-general"]
    status = cli.main([*command, "--name", "Matti 010190\u2013123M"])
    assert status == 0, capsys.readouterr()
    with database.engine.connect() as connection:
        names = connection.execute(text("SELECT visitor_name FROM visit")).scalars().all()
    assert names == ["Matti 010190-****"]
