"""Signing in: local accounts on the embedded database, login roles on PostgreSQL.

Wrong names and wrong passwords read alike, repeated failures wait (for names that
exist and names that do not), attempts are audited with the PC's name, and no password
is stored in clear anywhere. PostgreSQL's password checks themselves need a cluster
that does not trust loopback connections: tests/test_database_roles.py has those.
"""

from __future__ import annotations

import shutil
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import text

from console.core.queue import utc_now
from console.desk import accounts
from console.desk.accounts import (
    DEMO_PASSWORD,
    FREE_ATTEMPTS,
    change_password,
    sign_in,
    verify_password,
    workstation,
)
from console.desk.desk import Desk
from console.desk.errors import DeskError
from console.store.database import Database

WRONG = "user name or the password is not right"


@pytest.fixture
def local_desk(tmp_path: Path, sqlite_template: Path) -> str:
    path = tmp_path / "desk.sqlite3"
    shutil.copy(str(sqlite_template), path)
    url = f"sqlite:///{path}"
    database = Database(url)
    assert Desk(database).seed_demo()
    database.dispose()
    return url


def _audit(url: str) -> list[tuple[str, str | None, str | None]]:
    database = Database(url)
    with database.session() as session:
        rows = session.execute(
            text("SELECT action, detail, workstation FROM audit_event ORDER BY id")
        ).all()
    database.dispose()
    return [tuple(row) for row in rows]  # type: ignore[misc]


def test_a_demo_advisor_signs_in_with_the_demo_password(local_desk: str) -> None:
    person = sign_in(local_desk, "aino.virtanen", DEMO_PASSWORD)
    assert person.staff.username == "aino.virtanen"
    assert person.local
    assert _audit(local_desk)[-1] == ("signed_in", "aino.virtanen", workstation())
    person.database.dispose()


def test_names_are_taken_as_typed_on_any_keyboard(local_desk: str) -> None:
    # Fullwidth letters (an IME left on) and stray spaces and capitals.
    person = sign_in(local_desk, "  ＡＩＮＯ.Virtanen ", DEMO_PASSWORD)
    assert person.staff.username == "aino.virtanen"
    person.database.dispose()


def test_a_wrong_password_and_an_unknown_name_read_the_same(local_desk: str) -> None:
    with pytest.raises(DeskError) as wrong_password:
        sign_in(local_desk, "aino.virtanen", "not-the-password")
    with pytest.raises(DeskError) as unknown_name:
        sign_in(local_desk, "nobody.here", DEMO_PASSWORD)
    assert WRONG in str(wrong_password.value)
    assert str(wrong_password.value) == str(unknown_name.value)
    failed = [row for row in _audit(local_desk) if row[0] == "sign_in_failed"]
    assert failed == [
        ("sign_in_failed", "aino.virtanen", workstation()),
        ("sign_in_failed", "nobody.here", workstation()),
    ]


@pytest.mark.parametrize("name", ["aino.virtanen", "nobody.here"])
def test_repeated_failures_wait_whether_the_name_exists_or_not(local_desk: str, name: str) -> None:
    now = utc_now()
    for _ in range(FREE_ATTEMPTS):
        with pytest.raises(DeskError, match=WRONG):
            accounts._sign_in_locally(Database(local_desk), name, "guess", now)
    # Even the right password waits now: the name is being guessed at.
    with pytest.raises(DeskError, match="Too many failed sign-ins") as waiting:
        sign_in(local_desk, name, DEMO_PASSWORD, now=now + timedelta(seconds=5))
    assert "Try again in 1 min" in str(waiting.value)
    # After the wait, the right password gets in again (for the real name).
    later = now + timedelta(seconds=31)
    if name == "aino.virtanen":
        sign_in(local_desk, name, DEMO_PASSWORD, now=later).database.dispose()
    else:
        with pytest.raises(DeskError, match=WRONG):
            sign_in(local_desk, name, DEMO_PASSWORD, now=later)


def test_the_wait_doubles_and_stops_at_a_quarter_of_an_hour() -> None:
    waits = [accounts.wait_after(n).total_seconds() for n in range(4, 12)]
    assert waits == [0, 30, 60, 120, 240, 480, 900, 900]


def test_a_password_is_kept_only_as_an_argon2id_hash(local_desk: str) -> None:
    person = sign_in(local_desk, "aino.virtanen", DEMO_PASSWORD)
    change_password(person, DEMO_PASSWORD, "kesäkuun-aurinko-27")
    with person.database.session() as session:
        stored = session.execute(
            text("SELECT password_hash FROM staff WHERE username = 'aino.virtanen'")
        ).scalar_one()
    assert stored.startswith("$argon2id$")
    assert "kesäkuun" not in stored
    person.database.dispose()
    file = Path(local_desk.removeprefix("sqlite:///"))
    for part in (file, file.with_name(file.name + "-wal")):
        if part.exists():
            assert "kesäkuun-aurinko-27".encode() not in part.read_bytes()


def test_a_changed_password_replaces_the_old_one(local_desk: str) -> None:
    person = sign_in(local_desk, "aino.virtanen", DEMO_PASSWORD)
    with pytest.raises(DeskError, match="too short"):
        change_password(person, DEMO_PASSWORD, "short")
    with pytest.raises(DeskError, match="contains your user name"):
        change_password(person, DEMO_PASSWORD, "AINO.VIRTANEN-2026")
    with pytest.raises(DeskError, match="current password is not right"):
        change_password(person, "wrong-old-password", "kesäkuun-aurinko-27")
    change_password(person, DEMO_PASSWORD, "kesäkuun-aurinko-27")
    assert verify_password(person, "kesäkuun-aurinko-27")
    assert not verify_password(person, DEMO_PASSWORD)
    person.database.dispose()
    with pytest.raises(DeskError, match=WRONG):
        sign_in(local_desk, "aino.virtanen", DEMO_PASSWORD)
    sign_in(local_desk, "aino.virtanen", "kesäkuun-aurinko-27").database.dispose()
    assert ("password_changed", None, workstation()) in _audit(local_desk)


def test_a_switched_off_account_cannot_sign_in(local_desk: str) -> None:
    database = Database(local_desk)
    with database.session() as session:
        session.execute(text("UPDATE staff SET active = false WHERE username = 'aino.virtanen'"))
    database.dispose()
    with pytest.raises(DeskError, match=WRONG):
        sign_in(local_desk, "aino.virtanen", DEMO_PASSWORD)


@pytest.mark.postgres
def test_on_postgresql_the_console_connects_as_the_person(postgres: object) -> None:
    """The login role is the person: the server's current_user maps to their staff row.

    This machine's server trusts loopback connections, so the password is not checked
    here (tests/test_database_roles.py checks it on a cluster of its own)."""
    url = postgres.create(migrated=True)  # type: ignore[attr-defined]
    owner = Database(url)
    assert Desk(owner).seed_demo()
    with owner.engine.begin() as connection:
        connection.execute(
            text(
                'DO $$ BEGIN CREATE ROLE "aino.virtanen" LOGIN; '
                "EXCEPTION WHEN duplicate_object THEN NULL; END $$"
            )
        )
        connection.execute(
            text(
                "DO $$ BEGIN CREATE ROLE stranger LOGIN; "
                "EXCEPTION WHEN duplicate_object THEN NULL; END $$"
            )
        )
        # What tiski staff add gives an advisor (migration 0007's group role).
        connection.execute(text('GRANT tiski_advisor TO "aino.virtanen"'))
    try:
        person = sign_in(url, "Aino.Virtanen", "anything")
        assert person.staff.username == "aino.virtanen"
        assert not person.local
        with person.database.session() as session:
            assert session.execute(text("SELECT current_user")).scalar_one() == "aino.virtanen"
        person.database.dispose()
        # A login role of the server that is no one at this desk, and no role at all.
        for name in ("stranger", "no.such.role"):
            with pytest.raises(DeskError, match=WRONG):
                sign_in(url, name, "anything")
    finally:
        owner.dispose()
        postgres.drop(url)  # type: ignore[attr-defined]


def test_service_accounts_stay_out_of_the_staff_console(local_desk: str) -> None:
    from console.desk.accounts import console_refusal, set_local_password

    database = Database(local_desk)
    with database.session() as session:
        session.execute(
            text(
                "INSERT INTO staff (username, full_name, role, active, failed_sign_ins)"
                " VALUES ('lobby.kiosk', 'Lobby kiosk', 'kiosk', true, 0)"
            )
        )
        kiosk_id = session.execute(
            text("SELECT id FROM staff WHERE username = 'lobby.kiosk'")
        ).scalar_one()
    set_local_password(database, kiosk_id, "kioskin-salasana-1")
    database.dispose()
    kiosk = sign_in(local_desk, "lobby.kiosk", "kioskin-salasana-1")
    refusal = console_refusal(kiosk.staff)
    assert refusal is not None
    assert "service account" in str(refusal)
    kiosk.database.dispose()
    advisor = sign_in(local_desk, "aino.virtanen", DEMO_PASSWORD)
    assert console_refusal(advisor.staff) is None
    advisor.database.dispose()
