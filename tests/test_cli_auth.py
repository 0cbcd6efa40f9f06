"""``--user`` on the command line: ``db seed-demo`` on a database in use, in this process.

The other commands that ask ``--user`` are tested with their own commands
(test_cli_cases.py, test_cli_plugins.py); this file has the one of ``tiski db``.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from cli_signin import use_demo_password
from PySide6.QtWidgets import QApplication
from queue_kit import fresh_desk
from sqlalchemy import text

from console import cli
from console.desk.accounts import workstation
from console.i18n import install_translators
from console.store.database import Database


@pytest.fixture
def desk_file(tmp_path: Path, sqlite_template: Path, qapp: QApplication) -> Path:
    path = tmp_path / "desk.sqlite3"
    shutil.copy(sqlite_template, path)
    yield path
    install_translators(qapp, "fi")  # as the other tests expect to find it


def _seed(path: Path, *extra: str) -> int:
    return cli.main(
        ["--language", "en", "--database", f"sqlite:///{path}", *extra, "db", "seed-demo"]
    )


def test_seeding_an_empty_database_needs_no_one(
    desk_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _seed(desk_file) == cli.EXIT_OK
    assert "Demo desk written into the database." in capsys.readouterr().out


def test_seeding_a_database_in_use_needs_it_and_is_audited(
    desk_file: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    database = Database(f"sqlite:///{desk_file}")
    fresh_desk(database)
    use_demo_password(monkeypatch)
    capsys.readouterr()

    assert _seed(desk_file) == cli.EXIT_ERROR
    assert "tiski db seed-demo needs a signed-in person" in capsys.readouterr().err
    assert _seed(desk_file, "--user", "kaisa.mattila") == cli.EXIT_ERROR
    assert (
        "Your role (supervisor) does not allow writing the demo desk into a database in use."
        in capsys.readouterr().err
    )
    assert _seed(desk_file, "--user", "ville.aaltonen") == cli.EXIT_OK
    assert "already has a desk; nothing was changed" in capsys.readouterr().out
    with database.engine.connect() as connection:
        rows = connection.execute(
            text(
                "SELECT a.action, s.username, a.workstation FROM audit_event a "
                "JOIN staff s ON s.id = a.staff_id "
                "WHERE a.action IN ('access_refused', 'demo_seeded') ORDER BY a.id"
            )
        ).all()
    database.dispose()
    assert [tuple(row) for row in rows] == [
        ("access_refused", "kaisa.mattila", workstation()),
        ("demo_seeded", "ville.aaltonen", workstation()),
    ]
