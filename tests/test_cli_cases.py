"""``tiski audit|retention|gdpr|identity``: what IT sees, what the files and the database hold.

The commands run in this process (``run_cases`` with arguments parsed by
``add_cases_parser``) against a real SQLite file and a real PostgreSQL
database; one test runs the real ``tiski`` process to see them registered.
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import re
import shutil
import stat
import subprocess
import sys
import uuid
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from cli_signin import sign_in_name, use_demo_password
from PySide6.QtWidgets import QApplication
from queue_kit import actor, fresh_desk
from sqlalchemy import text
from tiski_test_keyring import MemoryKeyring

from console import paths
from console.cli import numbers
from console.cli.auth import add_user_option
from console.cli.cases import AUDIT_COLUMNS, EXIT_ERROR, EXIT_OK, add_cases_parser, run_cases
from console.config import load_settings
from console.core.cases import NoteDraft
from console.core.identity import (
    VisitorIdentity,
    identity_hash,
    parse_identity_code,
    secret_fingerprint,
)
from console.core.queue import Language, utc_now
from console.desk.accounts import DEMO_PASSWORD, workstation
from console.desk.desk import Desk
from console.desk.errors import DeskError
from console.desk.queue import Actor
from console.i18n import install_translators
from console.site_secret import KEYRING_SERVICE, KEYRING_USER, store_site_secret
from console.store.database import Database

KEY = bytes(range(32))
CODE = "131052-308T"
HEX_KEY = re.compile(r"^[0-9a-f]{64}$", re.M)


# ---------------------------------------------------------------- in this process
def parser() -> argparse.ArgumentParser:
    """The ``tiski`` parser's shape: shared options, then these commands."""
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--demo", action="store_true", default=argparse.SUPPRESS)
    common.add_argument("--database", metavar="URL", default=argparse.SUPPRESS)
    common.add_argument("--language", choices=("fi", "sv", "en"), default=argparse.SUPPRESS)
    add_user_option(common)
    tiski = argparse.ArgumentParser(prog="tiski", parents=[common])
    add_cases_parser(tiski.add_subparsers(dest="command", metavar="COMMAND"), common)
    return tiski


# Who runs each command that asks --user, unless a test says (password: the demo's).
RUN_AS = {
    ("audit", "export"): "ville.aaltonen",
    ("retention", "run"): "ville.aaltonen",
    ("retention", "hold"): "kaisa.mattila",
    ("gdpr", "export"): "kaisa.mattila",
    ("identity", "set-key"): "ville.aaltonen",
}


class Run:
    """Runs ``tiski <command> ...`` in this process against one database."""

    def __init__(self, database: Database, capsys: pytest.CaptureFixture[str]) -> None:
        self.database = database
        self.url = database.url.render_as_string(hide_password=False)
        self.capsys = capsys

    def __call__(
        self, *argv: str, user: str | None = None, signed_in: bool = True, **settings: str
    ) -> tuple[int, str, str]:
        user = user or RUN_AS.get((argv[0], argv[1]))
        signed = ["--user", sign_in_name(self.database, user)] if user and signed_in else []
        full = ["--language", "en", "--database", self.url, *signed, *argv]
        numbers.choose_language(full, {})  # as cli.main does before parsing
        args = parser().parse_args(full)
        overrides = {"database.url": args.database, "ui.language": args.language}
        overrides.update({key.replace("__", "."): value for key, value in settings.items()})
        self.capsys.readouterr()
        status = run_cases(args, load_settings(overrides))
        out, err = self.capsys.readouterr()
        assert "Traceback" not in err
        return status, out, err


@pytest.fixture
def desk(database: Database) -> Desk:
    fresh_desk(database)
    return Desk(database, identity_key=lambda: KEY)


@pytest.fixture
def advisor(desk: Desk) -> Actor:
    return actor(desk, "aino.virtanen", "T1")


@pytest.fixture
def run(
    desk: Desk,
    capsys: pytest.CaptureFixture[str],
    qapp: QApplication,
    monkeypatch: pytest.MonkeyPatch,
) -> Iterator[Run]:
    use_demo_password(monkeypatch)
    yield Run(desk.database, capsys)
    install_translators(qapp, "fi")  # as the other tests expect to find it


def _case(desk: Desk, advisor: Actor, *notes: str, now: datetime | None = None) -> int:
    visit = desk.queue.issue(["kela-general"], language=Language.FI, now=now).visit_id
    case = desk.cases.open_case(advisor, visit, now=now)
    for note in notes:
        draft = NoteDraft(case.id, note, str(uuid.uuid4()), visit_id=visit)
        desk.cases.write_note(advisor, draft, now=now)
    return case.id


def _count(database: Database, sql: str) -> list[int]:
    with database.engine.connect() as connection:
        return list(connection.execute(text(sql)).scalars())


# ---------------------------------------------------------------- audit export
def test_audit_export_as_json_and_csv_is_itself_audited(
    run: Run, desk: Desk, advisor: Actor, tmp_path: Path
) -> None:
    case_id = _case(desk, advisor, "Asumistuki haettu")

    status, out, _ = run("audit", "export", "--case", str(case_id))
    assert status == EXIT_OK
    exported = json.loads(out)
    assert exported["case"] == case_id
    events = exported["events"]
    assert [e["action"] for e in events] == ["case_opened", "note_written", "audit_exported"]
    opened = events[0]
    assert (opened["who"], opened["counter"], opened["note"]) == ("Aino Virtanen", "T1", None)
    assert events[1]["note"] is not None
    assert events[2]["who"] == "Ville Aaltonen"  # who exported, from which PC
    assert events[2]["workstation"] == workstation()
    assert events[0]["workstation"] == workstation()  # the advisor's console, this PC
    assert events[2]["detail"] == "tiski audit export"
    helsinki = datetime.fromisoformat(opened["at_helsinki"])
    utc = datetime.fromisoformat(opened["at_utc"])
    assert helsinki == utc
    assert helsinki.utcoffset() in (timedelta(hours=2), timedelta(hours=3))
    assert utc.utcoffset() == timedelta(0)

    out_file = tmp_path / "trail.csv"
    status, out, _ = run(
        "audit", "export", "--case", str(case_id), "--format", "csv", "--output", str(out_file)
    )
    assert status == EXIT_OK
    assert f"Wrote 4 audit events of case {case_id} to {out_file}." in out
    assert stat.S_IMODE(out_file.stat().st_mode) == 0o600
    rows = list(csv.DictReader(io.StringIO(out_file.read_text(encoding="utf-8-sig"))))
    assert [r["action"] for r in rows] == [
        "case_opened",
        "note_written",
        "audit_exported",
        "audit_exported",
    ]
    assert rows[0]["who"] == "Aino Virtanen"
    assert rows[0]["at_helsinki"] == opened["at_helsinki"]
    assert tuple(rows[0]) == AUDIT_COLUMNS


def test_audit_export_of_an_unknown_case_is_refused(run: Run) -> None:
    status, out, err = run("audit", "export", "--case", "999")
    assert (status, out) == (EXIT_ERROR, "")
    assert err == "tiski: Case 999 has no audit trail: no such case.\n"


def _exports(database: Database, case_id: int) -> int:
    sql = "SELECT case_id FROM audit_event WHERE action = 'audit_exported'"
    return _count(database, sql).count(case_id)


def test_audit_export_never_writes_through_a_link_nor_over_a_file_unasked(
    run: Run, desk: Desk, advisor: Actor, database: Database, tmp_path: Path
) -> None:
    case_id = _case(desk, advisor, "Asumistuki haettu")
    target = tmp_path / "someone-elses.conf"
    target.write_text("keep me\n")
    target.chmod(0o644)
    link = tmp_path / "trail.json"
    link.symlink_to(target)
    status, out, err = run("audit", "export", "--case", str(case_id), "--output", str(link))
    assert (status, out) == (EXIT_ERROR, "")
    assert f"{link}: is a symbolic link; nothing was written" in err
    status, _, err = run(
        "audit", "export", "--case", str(case_id), "--output", str(link), "--force"
    )
    assert status == EXIT_ERROR
    assert "symbolic link" in err
    assert target.read_text() == "keep me\n"
    assert stat.S_IMODE(target.stat().st_mode) == 0o644
    assert _exports(database, case_id) == 0  # refused before anything was read

    out_file = tmp_path / "trail.csv"
    out_file.write_text("earlier\n")
    out_file.chmod(0o600)
    status, _, err = run("audit", "export", "--case", str(case_id), "--output", str(out_file))
    assert status == EXIT_ERROR
    assert err == (
        f"tiski: {out_file} already exists; nothing was written. Choose another name, or add "
        "--force to replace it.\n"
    )
    assert out_file.read_text() == "earlier\n"
    assert _exports(database, case_id) == 0
    status, out, err = run(
        "audit", "export", "--case", str(case_id), "--output", str(out_file), "--force"
    )
    assert status == EXIT_OK, err
    assert json.loads(out_file.read_text())["case"] == case_id
    assert stat.S_IMODE(out_file.stat().st_mode) == 0o600

    out_file.chmod(0o644)  # made readable by others since: --force does not write into it
    status, _, err = run(
        "audit", "export", "--case", str(case_id), "--output", str(out_file), "--force"
    )
    assert status == EXIT_ERROR
    assert "can be read by other users of this computer" in err
    assert stat.S_IMODE(out_file.stat().st_mode) == 0o644
    assert _exports(database, case_id) == 1


# ---------------------------------------------------------------- retention
def test_retention_deletes_exactly_the_old_case_and_keeps_the_held_one(
    run: Run, desk: Desk, advisor: Actor, database: Database
) -> None:
    long_ago = utc_now() - timedelta(days=400)
    old = _case(desk, advisor, "Vanha", "Vanhempi", now=long_ago)
    held = _case(desk, advisor, "Pidetty", now=long_ago)
    recent = _case(desk, advisor, "Uusi")
    status, out, _ = run("retention", "hold", "--case", str(held))
    assert status == EXIT_OK
    assert f"Case {held} is under legal hold" in out

    cases = "SELECT id FROM visitor_case ORDER BY id"
    status, out, _ = run("retention", "run", "--dry-run", retention__notes_days="365")
    assert status == EXIT_OK
    assert "Dry run, nothing was deleted. Would delete: 1 cases, 2 notes;" in out
    assert "Kept under legal hold: 1 cases." in out
    assert "(365 days ago)" in out
    assert _count(database, cases) == [old, held, recent]
    assert len(_count(database, "SELECT id FROM note")) == 4

    status, out, _ = run("retention", "run", "--days", "365")
    assert status == EXIT_OK
    assert "Deleted: 1 cases, 2 notes;" in out
    assert "Kept under legal hold: 1 cases." in out
    assert _count(database, cases) == [held, recent]
    assert len(_count(database, "SELECT id FROM note")) == 2
    deleted = "SELECT case_id FROM audit_event WHERE action = 'case_deleted'"
    assert _count(database, deleted) == [old]

    status, out, _ = run("retention", "hold", "--case", str(held), "--release")
    assert status == EXIT_OK
    assert f"Legal hold released on case {held}" in out
    status, out, _ = run("retention", "run", "--days", "365")
    assert "Deleted: 1 cases, 1 notes;" in out
    assert _count(database, cases) == [recent]


def test_retention_refuses_a_bad_number_of_days_and_an_unknown_case(
    run: Run, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exited:  # the command line's own check, before any work
        run("retention", "run", "--days", "0")
    assert exited.value.code == EXIT_ERROR
    assert "argument --days: must be a whole number from 1 to 36500, not '0'" in (
        capsys.readouterr().err
    )
    status, _, err = run("retention", "hold", "--case", "999")
    assert status == EXIT_ERROR
    assert "Case 999 does not exist" in err


# ---------------------------------------------------------------- gdpr export
def test_gdpr_export_asks_for_the_code_and_never_writes_it(
    run: Run, desk: Desk, advisor: Actor, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store_site_secret(KEY)  # the key IT gave this console, the same as the desk's
    visit = desk.queue.issue(["kela-general"], language=Language.FI).visit_id
    identity = VisitorIdentity(parse_identity_code(CODE), "Matti Mäkinen", None)
    desk.cases.identify(advisor, visit, identity)
    case = desk.cases.open_case(advisor, visit)
    desk.cases.write_note(advisor, NoteDraft(case.id, "Muutto Poriin", str(uuid.uuid4())))
    prompts: list[str] = []

    def typed(prompt: str) -> str:
        prompts.append(prompt)
        return CODE.lower() + " "

    monkeypatch.setattr("getpass.getpass", typed)
    out_file = tmp_path / "matti.json"
    status, out, err = run("gdpr", "export", "--hetu", "-", str(out_file))
    assert status == EXIT_OK, err
    assert prompts == ["Identity code (not shown): "]
    assert "1 cases, 1 notes, 1 visits" in out
    assert stat.S_IMODE(out_file.stat().st_mode) == 0o600
    written = out_file.read_bytes()
    assert b"308T" not in written.upper()
    data = json.loads(written)
    assert data["visitor"]["identified_by"] == "identity code (kept as a keyed hash only)"
    assert data["visitor"]["name"] == "Matti Mäkinen"
    assert [n["text"] for n in data["cases"][0]["notes"]] == ["Muutto Poriin"]
    assert "308T" not in (out + err).upper()

    nobody = tmp_path / "nobody.json"
    status, out, _ = run("gdpr", "export", "--hetu", "010101-123N", str(nobody))
    assert status == EXIT_OK
    assert out.splitlines()[0] == "No data is held about this visitor."
    assert not nobody.exists()


def test_gdpr_export_refuses_a_link_and_an_existing_file_before_asking_for_the_code(
    run: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def never(_prompt: str) -> str:
        raise AssertionError("asked for the code although the file cannot be written")

    monkeypatch.setattr("getpass.getpass", never)
    target = tmp_path / "target.json"
    link = tmp_path / "out.json"
    link.symlink_to(target)
    status, _, err = run("gdpr", "export", "--hetu", "-", str(link), "--force")
    assert status == EXIT_ERROR
    assert "is a symbolic link" in err
    assert not target.exists()
    target.write_text("{}")
    status, _, err = run("gdpr", "export", "--hetu", "-", str(target))
    assert status == EXIT_ERROR
    assert "already exists; nothing was written" in err
    assert target.read_text() == "{}"


def test_gdpr_export_names_the_wrong_part_of_a_code(run: Run, tmp_path: Path) -> None:
    out_file = tmp_path / "x.json"
    status, out, err = run("gdpr", "export", "--hetu", "131052-308U", str(out_file))
    assert (status, out) == (EXIT_ERROR, "")
    assert "The check character (the last one) does not match" in err
    assert "308U" not in err
    assert not out_file.exists()


# ---------------------------------------------------------------- identity key
def _keyring_desk_only(database: Database) -> None:
    if database.dialect == "postgresql":
        pytest.skip("PostgreSQL keeps the key in the database (the tests after these)")


def test_set_key_generate_shows_the_key_once_and_the_database_keeps_its_fingerprint(
    run: Run, desk: Desk, advisor: Actor, database: Database
) -> None:
    _keyring_desk_only(database)
    status, out, _ = run("identity", "status")
    assert status == 1
    assert "Identity key: none on this console." in out

    status, out, _ = run("identity", "set-key", "--generate")
    assert status == EXIT_OK
    shown = HEX_KEY.findall(out)
    assert len(shown) == 1
    import keyring

    assert keyring.get_password(KEYRING_SERVICE, KEYRING_USER) == shown[0]
    assert "needs this same key" in out
    fingerprint = secret_fingerprint(bytes.fromhex(shown[0]))
    assert f"fingerprint {fingerprint}" in out
    assert "The desk database holds this key's fingerprint" in out
    assert _fingerprint(database) == fingerprint

    status, out, _ = run("identity", "status")
    assert status == EXIT_OK
    assert "Identity key: in this computer's keyring." in out
    assert f"Fingerprint of this console's key: {fingerprint}" in out
    assert "they match" in out
    assert shown[0] not in out

    # A console given another key (this desk's KEY) is refused before it identifies anyone.
    with pytest.raises(DeskError, match="differs from the one the desk database"):
        desk.cases.identify(
            advisor,
            desk.queue.issue(["kela-general"], language=Language.FI).visit_id,
            VisitorIdentity(parse_identity_code(CODE), None, None),
        )


def _fingerprint(database: Database) -> str | None:
    with database.engine.connect() as connection:
        return connection.execute(text("SELECT identity_fingerprint FROM site")).scalar()


def test_set_key_refuses_what_is_not_a_key(
    run: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _keyring_desk_only(run.database)
    monkeypatch.setattr("getpass.getpass", lambda _prompt: "not-hex")
    status, out, err = run("identity", "set-key")
    assert (status, out) == (EXIT_ERROR, "")
    assert "An identity key is 64 hexadecimal characters" in err
    short = tmp_path / "short.key"
    short.write_text("abcd" * 8 + "\n", encoding="ascii")
    status, _, err = run("identity", "set-key", "--from-file", str(short))
    assert status == EXIT_ERROR
    assert "64 hexadecimal characters" in err
    import keyring

    assert keyring.get_password(KEYRING_SERVICE, KEYRING_USER) is None

    good = tmp_path / "good.key"
    good.write_text(KEY.hex() + "\n", encoding="ascii")
    status, out, _ = run("identity", "set-key", "--from-file", str(good))
    assert status == EXIT_OK
    assert KEY.hex() not in out
    assert keyring.get_password(KEYRING_SERVICE, KEYRING_USER) == KEY.hex()


def _identify(desk: Desk, advisor: Actor) -> None:
    visit = desk.queue.issue(["kela-general"], language=Language.FI).visit_id
    desk.cases.identify(advisor, visit, VisitorIdentity(parse_identity_code(CODE), None, None))


def _backups() -> list[Path]:
    return sorted(paths.user_data_dir().glob("identity-key-backup-*.txt"))


def test_set_key_refuses_a_key_the_database_was_not_set_up_with(
    run: Run, desk: Desk, advisor: Actor, database: Database, tmp_path: Path
) -> None:
    _keyring_desk_only(database)
    import keyring

    store_site_secret(KEY)
    _identify(desk, advisor)  # the desk now holds KEY's fingerprint
    stored = secret_fingerprint(KEY)

    status, out, err = run("identity", "set-key", "--generate")
    assert (status, out) == (EXIT_ERROR, "")
    assert "Nothing was changed: the desk database was set up with an identity key " in err
    assert f"(fingerprint {stored})" in err
    assert "--force" in err
    assert HEX_KEY.search(out + err) is None  # the refused key is never shown
    assert keyring.get_password(KEYRING_SERVICE, KEYRING_USER) == KEY.hex()

    other = tmp_path / "other.key"
    other.write_text(bytes(32).hex() + "\n", encoding="ascii")
    other.chmod(0o600)
    status, _, err = run("identity", "set-key", "--from-file", str(other))
    assert status == EXIT_ERROR
    assert f"this key (fingerprint {secret_fingerprint(bytes(32))}) is not the one" in err
    assert keyring.get_password(KEYRING_SERVICE, KEYRING_USER) == KEY.hex()
    assert _backups() == []

    same = tmp_path / "same.key"
    same.write_text(KEY.hex() + "\n", encoding="ascii")
    status, out, err = run("identity", "set-key", "--from-file", str(same))
    assert status == EXIT_OK, err
    assert "holds this key's fingerprint" in out
    assert _backups() == []  # nothing was replaced
    assert _fingerprint(database) == stored


def test_set_key_force_backs_the_old_key_up_and_the_backup_brings_it_back(
    run: Run, desk: Desk, advisor: Actor, database: Database
) -> None:
    _keyring_desk_only(database)
    import keyring

    store_site_secret(KEY)
    _identify(desk, advisor)
    stored = secret_fingerprint(KEY)

    status, out, err = run("identity", "set-key", "--generate", "--force")
    assert status == EXIT_OK, err
    new_key = HEX_KEY.findall(out)[0]
    assert keyring.get_password(KEYRING_SERVICE, KEYRING_USER) == new_key
    (backup,) = _backups()
    assert re.fullmatch(r"identity-key-backup-\d{8}T\d{6}Z\.txt", backup.name)
    assert backup.read_text(encoding="ascii") == KEY.hex() + "\n"
    assert stat.S_IMODE(backup.stat().st_mode) == 0o600
    assert f"saved to {backup} (readable only by you)" in out
    assert f"tiski identity set-key --from-file {backup}" in out
    assert (
        f"Set with --force: the desk database was set up with another key (fingerprint {stored})"
        in out
    )
    assert KEY.hex() not in out + err
    assert _fingerprint(database) == stored  # the database's key cannot change

    status, _, err = run("identity", "status")
    assert status == EXIT_ERROR
    assert f"The backup {backup} holds the desk's key" in err

    status, out, err = run("identity", "set-key", "--from-file", str(backup))
    assert status == EXIT_OK, err
    assert keyring.get_password(KEYRING_SERVICE, KEYRING_USER) == KEY.hex()
    assert len(_backups()) == 2  # the forced key was backed up in its turn
    assert "they match" in run("identity", "status")[1]


def test_set_key_moves_a_consoles_key_into_a_postgresql_database(
    run: Run, desk: Desk, advisor: Actor, database: Database, tmp_path: Path
) -> None:
    if database.dialect != "postgresql":
        pytest.skip("the embedded database keeps the key on its one PC")
    import keyring

    # A desk from before 0011: codes hashed with the consoles' KEY, none in the database.
    code = parse_identity_code(CODE)
    with database.engine.begin() as connection:
        connection.execute(text("DELETE FROM identity_key"))
        connection.execute(
            text("UPDATE site SET identity_fingerprint = :fingerprint"),
            {"fingerprint": secret_fingerprint(KEY)},
        )
        known = connection.execute(
            text("INSERT INTO customer (code_hash, created_at) VALUES (:hash, now()) RETURNING id"),
            {"hash": identity_hash(code, KEY)},
        ).scalar_one()
    status, out, _ = run("identity", "status")
    assert status == 1
    assert "none in the database yet" in out
    with pytest.raises(DeskError, match="no identity key yet"):
        _identify(desk, advisor)

    # A new key would lose every visitor identified so far.
    status, out, err = run("identity", "set-key", "--generate")
    assert (status, out) == (EXIT_ERROR, "")
    assert "Nothing was changed" in err
    assert f"were hashed with (fingerprint {secret_fingerprint(KEY)})" in err
    assert HEX_KEY.search(out + err) is None  # the refused key is never shown

    store_site_secret(KEY)  # the console IT runs this on has the desk's key
    status, out, err = run("identity", "set-key", "--from-keyring")
    assert status == EXIT_OK, err
    assert (
        f"Identity key stored in the desk database (fingerprint {secret_fingerprint(KEY)})" in out
    )
    assert KEY.hex() not in out + err
    visit = desk.queue.issue(["kela-general"], language=Language.FI).visit_id
    found = desk.cases.identify(advisor, visit, VisitorIdentity(code, None, None))
    assert found.id == known  # the hashes made so far stay valid

    status, out, _ = run("identity", "status")
    assert status == EXIT_OK
    assert f"in the desk database (fingerprint {secret_fingerprint(KEY)})" in out
    assert "keyring still holds an identity key" in out
    keyring.delete_password(KEYRING_SERVICE, KEYRING_USER)
    assert "still holds" not in run("identity", "status")[1]

    # Replaced only with --force, and the key replaced is backed up first.
    other = tmp_path / "other.key"
    other.write_text(bytes(32).hex() + "\n", encoding="ascii")
    other.chmod(0o600)
    assert run("identity", "set-key", "--from-file", str(other))[0] == EXIT_ERROR
    status, out, err = run("identity", "set-key", "--from-file", str(other), "--force")
    assert status == EXIT_OK, err
    (backup,) = _backups()
    assert backup.read_text(encoding="ascii") == KEY.hex() + "\n"
    status, out, err = run("identity", "set-key", "--from-file", str(backup), "--force")
    assert status == EXIT_OK, err
    assert desk.cases.identify(advisor, visit, VisitorIdentity(code, None, None)).id == known


def test_set_key_on_the_embedded_database_keeps_the_key_it_made_itself(
    private_folders: Path,
    capsys: pytest.CaptureFixture[str],
    qapp: QApplication,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The embedded console made its key on first use: replacing it would lose every
    visitor for good (no other console has it), so it is refused, or backed up."""
    import keyring

    from console.app.opening import identity_key_source, open_database
    from console.store.schema import ensure_current

    database_file = paths.embedded_database_file()
    settings = load_settings({"database.url": ""}, environ={})
    database, embedded = open_database(settings)
    assert embedded
    ensure_current(database, upgrade_if_behind=True)
    try:
        desk = Desk(database, identity_key=identity_key_source(settings, embedded=True))
        desk.seed_demo()
        _identify(desk, actor(desk, "aino.virtanen", "T1"))
    finally:
        database.dispose()
    made = keyring.get_password(KEYRING_SERVICE, KEYRING_USER)
    assert made is not None
    assert database_file.exists()

    use_demo_password(monkeypatch)

    def embedded_run(*argv: str) -> tuple[int, str, str]:
        args = parser().parse_args(["--language", "en", "--user", "ville.aaltonen", *argv])
        capsys.readouterr()
        status = run_cases(args, load_settings({"ui.language": "en"}, environ={}))
        out, err = capsys.readouterr()
        return status, out, err

    status, _, err = embedded_run("identity", "set-key", "--generate")
    assert status == EXIT_ERROR
    assert "a new key can never match it" in err
    assert keyring.get_password(KEYRING_SERVICE, KEYRING_USER) == made
    status, _, _ = embedded_run("identity", "set-key", "--generate", "--force")
    assert status == EXIT_OK
    (backup,) = _backups()
    assert backup.read_text(encoding="ascii").strip() == made
    assert backup.parent == paths.user_data_dir()


def test_set_key_refuses_when_the_database_or_the_keyring_cannot_be_read(
    capsys: pytest.CaptureFixture[str],
    qapp: QApplication,
    memory_keyring: MemoryKeyring,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    sqlite_template: Path,
) -> None:
    import keyring
    from keyring.errors import KeyringLocked

    use_demo_password(monkeypatch)
    unreachable = Run(Database("postgresql+psycopg://tiski@127.0.0.1:1/desk"), capsys)
    # No one can be signed in without the database, so not even --force sets a key.
    for force in ((), ("--force",)):
        status, out, err = unreachable(
            "identity", "set-key", "--generate", *force, "--user", "it", signed_in=False
        )
        assert (status, out) == (EXIT_ERROR, "")
        assert "Cannot reach the database" in err
    assert keyring.get_password(KEYRING_SERVICE, KEYRING_USER) is None

    shutil.copy(sqlite_template, tmp_path / "desk.sqlite3")
    reachable = Database(f"sqlite:///{tmp_path / 'desk.sqlite3'}")
    fresh_desk(reachable)
    signed_in = Run(reachable, capsys)

    def locked(_service: str, _user: str) -> str:
        raise KeyringLocked("locked")

    monkeypatch.setattr(memory_keyring, "get_password", locked)
    status, _, err = signed_in("identity", "set-key", "--generate", "--force")
    reachable.dispose()
    assert status == EXIT_ERROR
    assert "The keyring could not be read (KeyringLocked)" in err
    install_translators(qapp, "fi")


# ---------------------------------------------------------------- the real process
def test_the_tiski_command_has_them(tiski_env: dict[str, str]) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "console", "gdpr", "export", "--help"],
        env=tiski_env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "shell history" in " ".join(result.stdout.split())


# ---------------------------------------------------------------- who runs them
def _audit_rows(database: Database, action: str) -> list[tuple[object, ...]]:
    with database.engine.connect() as connection:
        return [
            tuple(row)
            for row in connection.execute(
                text(
                    "SELECT s.username, a.workstation, a.detail FROM audit_event a "
                    "LEFT JOIN staff s ON s.id = a.staff_id WHERE a.action = :action "
                    "ORDER BY a.id"
                ),
                {"action": action},
            )
        ]


def test_a_sensitive_command_names_who_may_run_it_without_user(
    run: Run, desk: Desk, advisor: Actor
) -> None:
    case_id = _case(desk, advisor, "Asumistuki haettu", now=utc_now() - timedelta(days=400))
    status, out, err = run("retention", "run", "--days", "30", signed_in=False)
    assert (status, out) == (EXIT_ERROR, "")
    assert err == (
        "tiski: tiski retention run needs a signed-in person: add --user USERNAME (one of "
        "the roles: it); the password is asked, or read from TISKI_PASSWORD.\n"
    )
    assert _count(desk.database, "SELECT id FROM visitor_case") == [case_id]
    status, _, err = run("gdpr", "export", "--hetu", CODE, "x.json", signed_in=False)
    assert status == EXIT_ERROR
    assert "one of the roles: supervisor" in err


def test_the_wrong_role_is_refused_and_the_refusal_audited(
    run: Run, desk: Desk, advisor: Actor, tmp_path: Path
) -> None:
    case_id = _case(desk, advisor, "Asumistuki haettu")
    status, out, err = run("audit", "export", "--case", str(case_id), user="aino.virtanen")
    assert (status, out) == (EXIT_ERROR, "")
    assert err == "tiski: Your role (service advisor) does not allow exporting audit trails.\n"
    assert _audit_rows(desk.database, "audit_exported") == []
    refused = _audit_rows(desk.database, "access_refused")
    assert refused == [("aino.virtanen", workstation(), "tiski audit export")]

    # IT runs the installation but reads no visitor's data.
    out_file = tmp_path / "visitor.json"
    status, _, err = run("gdpr", "export", "--hetu", CODE, str(out_file), user="ville.aaltonen")
    assert status == EXIT_ERROR
    assert "Your role (IT support) does not allow exporting a visitor's data" in err
    assert not out_file.exists()
    assert _audit_rows(desk.database, "data_exported") == []


def test_each_act_is_audited_with_who_and_which_pc(
    run: Run, desk: Desk, advisor: Actor, tmp_path: Path
) -> None:
    case_id = _case(desk, advisor, "Asumistuki haettu")
    assert run("retention", "hold", "--case", str(case_id))[0] == EXIT_OK
    assert run("retention", "run", "--days", "30", "--dry-run")[0] == EXIT_OK
    key = tmp_path / "desk.key"
    key.write_text(KEY.hex() + "\n", encoding="ascii")
    assert run("identity", "set-key", "--from-file", str(key))[0] == EXIT_OK
    assert run("gdpr", "export", "--hetu", CODE, str(tmp_path / "v.json"))[0] == EXIT_OK
    here = workstation()
    assert _audit_rows(desk.database, "legal_hold_set") == [("kaisa.mattila", here, "hold=True")]
    [(who, where, detail)] = _audit_rows(desk.database, "retention_run")
    assert (who, where) == ("ville.aaltonen", here)
    assert str(detail).startswith("days=30 cases=0 notes=0 held=0")
    assert "dry_run" in str(detail)
    assert _audit_rows(desk.database, "data_exported") == [("kaisa.mattila", here, "customer=none")]
    assert _audit_rows(desk.database, "identity_key_set") == [("ville.aaltonen", here, "given")]
    assert KEY.hex() not in str(_audit_rows(desk.database, "identity_key_set"))


def test_the_password_is_asked_without_echo_when_no_variable_holds_it(
    run: Run, desk: Desk, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("TISKI_PASSWORD")
    prompts: list[str] = []

    def answer(prompt: str) -> str:
        prompts.append(prompt)
        return DEMO_PASSWORD

    monkeypatch.setattr("getpass.getpass", answer)
    status, _, err = run("retention", "run", "--days", "30", "--dry-run")
    assert status == EXIT_OK, err
    assert prompts == [f"Password for {sign_in_name(desk.database, 'ville.aaltonen')}: "]


def test_a_wrong_password_is_refused_like_an_unknown_user(
    run: Run, desk: Desk, monkeypatch: pytest.MonkeyPatch
) -> None:
    if desk.database.dialect != "sqlite":
        pytest.skip("the test PostgreSQL trusts loopback connections: no password is checked")
    monkeypatch.setenv("TISKI_PASSWORD", "not the password")
    status, _, wrong = run("retention", "run", "--days", "30")
    assert status == EXIT_ERROR
    status, _, unknown = run("retention", "run", "--days", "30", user="nobody.here")
    assert status == EXIT_ERROR
    assert wrong == unknown
    assert "user name or the password is not right" in wrong
    assert _audit_rows(desk.database, "retention_run") == []
