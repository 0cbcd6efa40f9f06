"""``reports.database_url``: the reports read a read replica instead of the shared database.

Two databases with different histories stand for the shared database (no finished
visits) and its replica (the history of tests/test_reports.py): a report that counts the
replica's visits read the replica. On PostgreSQL, then on SQLite through ``tiski report``.
"""

from __future__ import annotations

import json
import logging
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from queue_kit import fresh_desk, supervisor
from report_history import MONDAY, TUESDAY, seed_history

from console.app.opening import make_desk
from console.config import load_settings
from console.store.database import Database

REPLICA_VISITS = 5  # the history of tests/test_reports.py's docstring


@pytest.fixture
def replica_url(db_url: str, tmp_path: Path, request: pytest.FixtureRequest) -> Iterator[str]:
    """A second database of the same dialect as ``db_url``, with the reports' history."""
    if db_url.startswith("sqlite"):
        url = f"sqlite:///{tmp_path / 'replica.sqlite3'}"
        Path(url.removeprefix("sqlite:///")).write_bytes(
            Path(db_url.removeprefix("sqlite:///")).read_bytes()
        )
        made = None
    else:
        made = request.getfixturevalue("postgres")
        url = made.create(migrated=True)
    replica = Database(url)
    seed_history(replica)
    replica.dispose()
    yield url
    if made is not None:
        made.drop(url)


def visits_in_report(settings_overrides: dict[str, str], database: Database) -> int:
    desk = make_desk(load_settings(settings_overrides, environ={}), database, embedded=False)
    try:
        report = desk.reports.report(supervisor(desk), MONDAY, TUESDAY)
        visits = report.total.figures["visits"]
        assert isinstance(visits, int)
        return visits
    finally:
        desk.reports.close()


def test_reports_read_the_replica_when_one_is_set(database: Database, replica_url: str) -> None:
    fresh_desk(database)  # the shared database: the same desk, no finished visits
    assert visits_in_report({}, database) == 0
    assert visits_in_report({"reports.database_url": replica_url}, database) == REPLICA_VISITS


def test_the_replica_is_opened_on_the_first_report_not_with_the_desk(
    database: Database, replica_url: str
) -> None:
    fresh_desk(database)
    settings = load_settings({"reports.database_url": replica_url}, environ={})
    opened: list[Database] = []
    desk = make_desk(settings, database, embedded=False)
    opener = desk.reports._open_replica
    assert opener is not None

    def counting() -> Database:
        opened.append(opener())
        return opened[-1]

    desk.reports._open_replica = counting
    assert opened == []
    actor = supervisor(desk)
    desk.reports.report(actor, MONDAY, TUESDAY)
    desk.reports.forecast(actor, TUESDAY)
    assert len(opened) == 1  # once, then kept
    assert desk.reports.reading() is opened[0]
    desk.reports.close()
    assert desk.reports._replica is None


def test_an_unreachable_replica_leaves_the_reports_on_the_shared_database(
    database: Database, caplog: pytest.LogCaptureFixture
) -> None:
    if database.dialect != "postgresql":
        pytest.skip("an unreachable server is a PostgreSQL matter")
    seed_history(database)
    nowhere = "postgresql+psycopg://tiski@127.0.0.1:9/tiski_nowhere"
    overrides = {"reports.database_url": nowhere, "database.connect_timeout": "2"}
    with caplog.at_level(logging.WARNING, logger="console.desk.reports"):
        assert visits_in_report(overrides, database) == REPLICA_VISITS
    assert "replica cannot be reached" in caplog.text


def test_the_embedded_database_has_no_replica(database: Database, replica_url: str) -> None:
    if database.dialect != "sqlite":
        pytest.skip("the embedded database is SQLite")
    fresh_desk(database)
    settings = load_settings({"reports.database_url": replica_url}, environ={})
    desk = make_desk(settings, database, embedded=True)
    assert desk.reports.reading() is database


def test_the_replica_is_read_as_the_person_who_signed_in() -> None:
    from sqlalchemy.engine import make_url

    from console.store.urls import as_same_person

    person = make_url("postgresql+psycopg://liisa.kela:s3cret@db1:5432/tiski_pori")
    replica = "postgresql+psycopg://reports@replica.pori.example:5432/tiski_pori?sslmode=require"
    url = make_url(as_same_person(replica, person))
    assert (url.username, url.password, url.host) == (
        "liisa.kela",
        "s3cret",
        "replica.pori.example",
    )
    assert url.query == {"sslmode": "require"}
    # Kerberos: the main URL names no one; the replica's is used as written.
    nobody = make_url("postgresql+psycopg://db1/tiski_pori?gssencmode=require")
    assert make_url(as_same_person(replica, nobody)).username == "reports"
    assert as_same_person("sqlite:////srv/copy.sqlite3", person) == "sqlite:////srv/copy.sqlite3"


def test_tiski_report_reads_the_replica(
    database: Database, replica_url: str, tiski_env: dict[str, str]
) -> None:
    if database.dialect != "sqlite":
        pytest.skip("the command line's sign-in on PostgreSQL is tested in test_cli_signin")
    fresh_desk(database)
    main = database.url.render_as_string(hide_password=False)

    def visits(*extra: str) -> int:
        period = ["--from", MONDAY.isoformat(), "--to", TUESDAY.isoformat()]
        command = ["report", "figures", "--user", "kaisa.mattila", "--format", "json", *period]
        tiski = [sys.executable, "-m", "console", "--language", "en", "--database", main]
        done = subprocess.run(
            [*tiski, *extra, *command],
            capture_output=True,
            text=True,
            env={**tiski_env, "TISKI_PASSWORD": "demo"},
            timeout=120,
            check=False,
        )
        assert done.returncode == 0, done.stderr
        rows = json.loads(done.stdout)["rows"]
        return int(rows[-1]["visits"])

    assert visits() == 0
    assert visits("--set", f"reports.database_url={replica_url}") == REPLICA_VISITS
