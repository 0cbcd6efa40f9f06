"""Retention leaves nothing of a visitor behind, and an id it frees is never given again.

A visitor is seeded as a working day leaves them: a ticket and a booking with their
name, identified by identity code, a case with notes that name them, a search for
them, a draft in the console's journal. After retention every table (every column,
as text) and every file of the data folder and the database is searched for their
name and code in any spelling: nothing. On SQLite the database file and its
write-ahead log are read byte by byte, so a deleted row left in a free page or an
old page image would be found too.
"""

from __future__ import annotations

import json
import uuid
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from queue_kit import actor, at, empty_demo, fresh_desk, it_support, supervisor
from sqlalchemy import column as sql_column
from sqlalchemy import inspect, text
from sqlalchemy import table as sql_table

from console import paths
from console.core.cases import NoteDraft
from console.core.identity import VisitorIdentity, parse_identity_code
from console.core.queue import Language
from console.core.steps import StepAction
from console.desk.desk import Desk
from console.desk.queue import Actor
from console.store.database import Database
from console.store.journal import Draft, Journal, journal_file
from console.store.schema import migrate, upgrade

KEY = b"k" * 32
FIRST, LAST = "Eveliina", "Kuusisto-Öhman"
NAME = f"{FIRST} {LAST}"
CODE = "131052-308T"
# The code in every spelling a person or a program might have left it in, and what
# the code tells (the birth date), lower case: what is searched for is lower-cased too.
SPELLINGS = [
    FIRST,
    LAST,
    "kuusisto",
    "öhman",
    "131052-308t",
    "131052308t",
    "131052 308t",
    "131052\u2013308t",
    "131052-****",
    "1952-10-13",
    "13.10.1952",
]
DAYS = 30
LATER = at(9) + timedelta(days=DAYS + 5)


def _desk(database: Database) -> Desk:
    fresh_desk(database)
    return Desk(database, identity_key=lambda: KEY)


def _served(desk: Desk, advisor: Actor, name: str | None, now: datetime) -> int:
    """A visit called to ``advisor``'s counter, the one there before it finished."""
    for step in desk.queue.at_counter(advisor):
        desk.queue.act(advisor, step.step_id, StepAction.FINISH, now=now)
    desk.queue.issue(["kela-general"], language=Language.FI, visitor_name=name, now=now)
    called = desk.queue.call_next(advisor, now=now + timedelta(minutes=1))
    assert called is not None
    return called.step.visit_id


def _copied_back_to(source: Database, target: Database, revision: str) -> None:
    """``target`` made a file of schema ``revision`` holding ``source``'s rows, in the
    columns that schema has: what a desk of that release held (its code can no longer
    write that schema itself)."""
    from console.store.models import Base

    migrate(target, revision)
    with source.engine.connect() as reading, target.engine.begin() as writing:
        present = inspect(writing)
        for table in Base.metadata.sorted_tables:
            # The change feed's log: its triggers write it again as the rows go in.
            if table.name == "change_log" or not present.has_table(table.name):
                continue
            kept = {column["name"] for column in present.get_columns(table.name)}
            columns = [column for column in table.columns if column.name in kept]
            rows = reading.execute(table.select().with_only_columns(*columns)).mappings().all()
            if rows:
                # A table of just these columns: the model's would miss its newer ones.
                shape = sql_table(table.name, *(sql_column(c.name, c.type) for c in columns))
                writing.execute(shape.insert(), [dict(row) for row in rows])


def _note(desk: Desk, advisor: Actor, case_id: int, visit: int, body: str, now: datetime) -> None:
    draft = NoteDraft(case_id, body, str(uuid.uuid4()), visit_id=visit)
    desk.cases.write_note(advisor, draft, now=now)


def _seed_the_visitor(desk: Desk, advisor: Actor, database: Database) -> int:
    """A working day with the visitor; the id of their case."""
    now = at(9)
    guide = actor(desk, "aino.virtanen", "T1")
    desk.queue.book(guide, "kela-general", at(14), visitor_name=NAME, now=now)
    visit = _served(desk, advisor, NAME, now)
    code = parse_identity_code(CODE)
    desk.cases.identify(advisor, visit, VisitorIdentity(code, NAME, None), now=now)
    case = desk.cases.open_case(advisor, visit, title=f"Asumistuki {LAST}", now=now)
    _note(desk, advisor, case.id, visit, f"{NAME} muuttaa Poriin; hetu {CODE}.", now)
    _note(desk, advisor, case.id, visit, f"Kuusisto toimittaa vuokrasopimuksen. {FIRST}", now)
    desk.cases.search(advisor, f"{LAST} {FIRST}", now=now)
    desk.cases.search(advisor, "Kuusisto", now=now)
    with Journal(journal_file()) as journal:
        journal.save_draft(
            Draft(
                database="desk",
                staff_id=advisor.staff_id,
                visit_id=visit,
                client_id=str(uuid.uuid4()),
                case_id=case.id,
                ticket_number="K001",
                service_id=None,
                partition_agency_id=None,
                amends_id=None,
                text=f"Luonnos: {NAME} soittaa huomenna",
                updated_at=now,
            )
        )
    return case.id


def _table_rows(database: Database) -> dict[str, list[str]]:
    """Every row of every table, each as one lower-cased text."""
    found: dict[str, list[str]] = {}
    with database.engine.connect() as connection:
        if database.dialect == "postgresql":
            tables = inspect(connection).get_table_names()
            for table in tables:
                query = f'SELECT t::text FROM "{table}" t'  # noqa: S608 - names from the catalog
                rows = connection.execute(text(query)).scalars()
                found[table] = [row.lower() for row in rows]
            return found
        tables = connection.execute(
            text("SELECT name FROM sqlite_master WHERE type = 'table'")
        ).scalars()
        for table in list(tables):
            query = f'SELECT * FROM "{table}"'  # noqa: S608 - names from the catalog
            rows = connection.execute(text(query)).all()
            found[table] = [
                " ".join(
                    value.decode("utf-8", "replace") if isinstance(value, bytes) else str(value)
                    for value in row
                ).lower()
                for row in rows
            ]
    return found


def _hits(haystack: bytes) -> list[str]:
    lowered = haystack.decode("utf-8", "replace").lower()
    return [spelling for spelling in SPELLINGS if spelling.lower() in lowered]


def _files(database: Database) -> list[Path]:
    folders = [paths.user_data_dir()]
    if database.dialect == "sqlite":
        folders.append(Path(str(database.url.database)).parent)
    return sorted({p for folder in folders for p in folder.rglob("*") if p.is_file()})


def test_retention_leaves_nothing_of_the_visitor(database: Database) -> None:
    desk = _desk(database)
    advisor = actor(desk, "aino.virtanen", "T1")
    _seed_the_visitor(desk, advisor, database)
    before = _table_rows(database)
    assert any(_hits(" ".join(rows).encode()) for rows in before.values())  # seeded, surely

    # A dry run counts what the run will do, and does none of it.
    planned = desk.cases.run_retention(it_support(desk), DAYS, now=LATER, dry_run=True)
    assert (planned.cases, planned.visits) == (1, 1)
    assert _table_rows(database)["visit"] == before["visit"]

    report = desk.cases.run_retention(it_support(desk), DAYS, now=LATER)
    assert (report.cases, report.notes, report.visits) == (1, planned.notes, planned.visits)
    with Journal(journal_file()) as journal:  # as the console does at start-up
        assert journal.forget_older_than(LATER - timedelta(days=DAYS)) == 1
    database.dispose()  # no connection holds an old page in memory or the log open

    left = {
        table: hits
        for table, rows in _table_rows(database).items()
        if (hits := _hits(" ".join(rows).encode()))
    }
    assert left == {}
    for path in _files(database):
        assert _hits(path.read_bytes()) == [], path
    # What stays is who did what: the case's trail, without its details.
    with database.engine.connect() as connection:
        trail = connection.execute(
            text("SELECT action, detail FROM audit_event WHERE case_id IS NOT NULL ORDER BY id")
        ).all()
    assert ("case_opened", None) in trail
    assert trail[-1][0] == "case_deleted"


def test_retention_keeps_what_is_newer_than_its_time(database: Database) -> None:
    desk = _desk(database)
    advisor = actor(desk, "aino.virtanen", "T1")
    case_id = _seed_the_visitor(desk, advisor, database)
    report = desk.cases.run_retention(it_support(desk), DAYS, now=at(9) + timedelta(days=2))
    assert report.cases == 0
    assert desk.cases.case_view(advisor, case_id).title == f"Asumistuki {LAST}"
    with database.engine.connect() as connection:
        names = connection.execute(text("SELECT visitor_name FROM visit")).scalars().all()
        searches = (
            connection.execute(text("SELECT detail FROM audit_event WHERE action = 'search_run'"))
            .scalars()
            .all()
        )
    assert names == [NAME]
    assert all(detail is not None for detail in searches)
    with Journal(journal_file()) as journal:
        assert journal.forget_older_than(at(9) - timedelta(days=1)) == 0


def test_a_deleted_cases_id_is_never_given_again(database: Database) -> None:
    desk = _desk(database)
    advisor = actor(desk, "aino.virtanen", "T1")
    first = _seed_the_visitor(desk, advisor, database)
    desk.cases.run_retention(it_support(desk), DAYS, now=LATER)

    # Visitor B, after retention freed case 1, its notes and its visitor.
    visit = _served(desk, advisor, "Bertta Berg", LATER)
    code = parse_identity_code("010190-123M")
    desk.cases.identify(advisor, visit, VisitorIdentity(code, "Bertta Berg", None), now=LATER)
    case = desk.cases.open_case(advisor, visit, now=LATER)
    assert case.id == first + 1
    _note(desk, advisor, case.id, visit, "Verokortti", LATER)
    data = desk.cases.visitor_data(supervisor(desk), code, now=LATER)
    assert [c["id"] for c in data["cases"]] == [case.id]
    assert {event["case"] for event in data["audit"]} == {case.id}
    dumped = json.dumps(data, ensure_ascii=False).lower()
    assert [s for s in SPELLINGS if s.lower() in dumped] == []


def test_an_existing_sqlite_file_never_gives_an_id_the_audit_trail_names(
    empty_db_url: str,
) -> None:
    if not empty_db_url.startswith("sqlite"):
        pytest.skip("PostgreSQL's sequences never go back")
    today = Database(empty_db_url)
    upgrade(today)
    desk = Desk(today, identity_key=lambda: KEY)
    assert desk.seed_demo(empty_demo(), now=at(7))
    advisor = actor(desk, "aino.virtanen", "T1")
    visit = _served(desk, advisor, None, at(9))
    desk.cases.identify(advisor, visit, VisitorIdentity(parse_identity_code(CODE), None, None))
    case = desk.cases.open_case(advisor, visit)
    database = Database(empty_db_url.replace("empty.sqlite3", "last-release.sqlite3"))
    try:
        _copied_back_to(today, database, "0011")  # a desk file of the last release
        today.dispose()
        desk = Desk(database, identity_key=lambda: KEY)
        # What the last release's retention did: the rows went, the trail stayed.
        with database.engine.begin() as connection:
            connection.execute(text("DELETE FROM case_visit"))
            connection.execute(text("DELETE FROM visitor_case"))
            connection.execute(text("UPDATE visit SET customer_id = NULL"))
            connection.execute(text("DELETE FROM customer"))
        upgrade(database)
        visit = _served(desk, advisor, None, at(10))
        other = desk.cases.identify(
            advisor, visit, VisitorIdentity(parse_identity_code("010190-123M"), None, None)
        )
        assert desk.cases.open_case(advisor, visit).id == case.id + 1
        assert other.id == 2  # customer=1 is named in the identification's audit row
        with database.engine.connect() as connection:
            assert connection.execute(text("PRAGMA integrity_check")).scalar() == "ok"
            assert connection.execute(text("PRAGMA foreign_key_check")).all() == []
    finally:
        database.dispose()
