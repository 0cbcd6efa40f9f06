"""Migrations build the schema on both databases; mismatched schemas are refused."""

from __future__ import annotations

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect, text

from console.store.database import Database
from console.store.models import Base
from console.store.schema import (
    SchemaMismatch,
    SchemaState,
    ensure_current,
    head_revision,
    modelled,
    schema_status,
    upgrade,
)
from console.store.sqlite_lock import ATTEMPT_BUSY_TIMEOUT_MS


def test_upgrade_from_empty_creates_every_table(empty_db_url: str) -> None:
    database = Database(empty_db_url)
    assert schema_status(database).state is SchemaState.EMPTY
    status = upgrade(database)
    assert status.state is SchemaState.CURRENT
    assert status.current == head_revision()
    tables = set(inspect(database.engine).get_table_names())
    assert {
        "agency",
        "service",
        "counter",
        "staff",
        "staff_skill",
        "visit",
        "visit_step",
        "site",
    } <= tables
    database.dispose()


def test_upgrade_and_the_demo_seed_leave_the_planner_statistics(empty_db_url: str) -> None:
    """A fresh or bulk-loaded PostgreSQL database is analysed at once: its plans must not
    wait for autovacuum, which may be off (issue 18)."""
    from console.desk.desk import Desk

    database = Database(empty_db_url)
    if database.dialect != "postgresql":
        database.dispose()
        pytest.skip("SQLite's planner is left without statistics on purpose")

    def analysed() -> dict[str, bool]:
        with database.engine.connect() as connection:
            rows = connection.execute(
                text(
                    "SELECT relname, last_analyze IS NOT NULL FROM pg_stat_user_tables "
                    "WHERE relname IN ('visit', 'visit_step', 'staff')"
                )
            ).all()
        return {name: done for name, done in rows}

    upgrade(database)
    assert analysed() == {"visit": True, "visit_step": True, "staff": True}
    with database.engine.connect() as connection:
        before = connection.execute(
            text("SELECT n_live_tup FROM pg_stat_user_tables WHERE relname = 'staff'")
        ).scalar_one()
    assert Desk(database).seed_demo()
    with database.engine.connect() as connection:
        # The statistics count the demo's staff: they were gathered after the load.
        after = connection.execute(
            text("SELECT reltuples FROM pg_class WHERE relname = 'staff'")
        ).scalar_one()
    assert before == 0
    assert after > 0
    database.dispose()


def test_models_match_what_the_migrations_build(database: Database) -> None:
    with database.engine.connect() as connection:
        differences = compare_metadata(
            MigrationContext.configure(connection, opts={"include_object": modelled}),
            Base.metadata,
        )
    assert differences == []


def test_upgrade_twice_changes_nothing(database: Database) -> None:
    assert upgrade(database).state is SchemaState.CURRENT
    assert upgrade(database).state is SchemaState.CURRENT


def _pretend_newer(database: Database) -> None:
    with database.engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = '9999_future'"))


def test_a_newer_schema_is_refused(database: Database) -> None:
    _pretend_newer(database)
    assert schema_status(database).state is SchemaState.AHEAD
    with pytest.raises(SchemaMismatch, match="newer than this Tiski") as caught:
        ensure_current(database, upgrade_if_behind=True)
    assert "9999_future" in str(caught.value)
    with pytest.raises(SchemaMismatch):
        upgrade(database)


def test_an_empty_shared_database_asks_for_an_upgrade(empty_db_url: str) -> None:
    database = Database(empty_db_url)
    with pytest.raises(SchemaMismatch, match="tiski db upgrade"):
        ensure_current(database, upgrade_if_behind=False)
    assert ensure_current(database, upgrade_if_behind=True).state is SchemaState.CURRENT
    database.dispose()


def test_sqlite_runs_in_wal_mode_with_foreign_keys(tmp_path: object) -> None:
    database = Database(f"sqlite:///{tmp_path}/wal.sqlite3")
    with database.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        # SQLite's own wait is one short attempt; begin_immediate waits, fairly, for the rest.
        assert connection.exec_driver_sql("PRAGMA busy_timeout").scalar() == (
            ATTEMPT_BUSY_TIMEOUT_MS
        )
    database.dispose()


def test_the_quick_revision_reading_agrees_with_alembic() -> None:
    from alembic.script import ScriptDirectory

    from console.store.schema import _alembic_config, known_revisions

    script = ScriptDirectory.from_config(_alembic_config())
    alembic_order = tuple(r.revision for r in reversed(list(script.walk_revisions())))
    assert known_revisions() == alembic_order
    assert head_revision() == script.get_current_head()


def _upgrade_to(database: Database, revision: str, *, down: bool = False) -> None:
    from console.store.schema import migrate

    migrate(database, revision, down=down)


def test_accounts_keep_the_staff_and_their_skills(empty_db_url: str) -> None:
    """0006 rebuilds staff on SQLite (a CHECK cannot change in place): people, their
    skills and the references to them come through, and service accounts fit."""
    database = Database(empty_db_url)
    _upgrade_to(database, "0005")
    with database.engine.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO agency (id, code, name_fi, name_sv, name_en, short_fi, short_sv,"
                " short_en) VALUES (1, 'KELA', 'Kela', 'FPA', 'Kela', 'Kela', 'FPA', 'Kela')"
            )
        )
        connection.execute(
            text(
                "INSERT INTO service (id, agency_id, code, prefix, name_fi, name_sv, name_en,"
                " target_wait_minutes, active) VALUES (1, 1, 'kela-benefits', 'K', 'Etuudet',"
                " 'Förmåner', 'Benefits', 15, true)"
            )
        )
        connection.execute(
            text(
                "INSERT INTO staff (id, username, full_name, role, agency_id, active)"
                " VALUES (1, 'aino.virtanen', 'Aino Virtanen', 'advisor', 1, true)"
            )
        )
        connection.execute(text("INSERT INTO staff_skill (staff_id, service_id) VALUES (1, 1)"))

    _upgrade_to(database, "head")

    with database.engine.begin() as connection:
        row = connection.execute(
            text("SELECT username, role, failed_sign_ins, password_hash FROM staff")
        ).one()
        assert tuple(row) == ("aino.virtanen", "advisor", 0, None)
        assert connection.execute(text("SELECT staff_id FROM staff_skill")).scalars().all() == [1]
        if database.dialect == "sqlite":
            assert connection.execute(text("PRAGMA foreign_key_check")).all() == []
        connection.execute(
            text(
                "INSERT INTO staff (id, username, full_name, role, active)"
                " VALUES (2, 'kiosk-1', 'Lobby kiosk', 'kiosk', true)"
            )
        )
    with pytest.raises(Exception, match=r"(?i)check"), database.engine.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO staff (id, username, full_name, role, active)"
                " VALUES (3, 'x', 'Nobody', 'emperor', true)"
            )
        )

    _upgrade_to(database, "0005", down=True)
    with database.engine.begin() as connection:
        assert connection.execute(text("SELECT username FROM staff")).scalars().all() == [
            "aino.virtanen"
        ]
        assert connection.execute(text("SELECT staff_id FROM staff_skill")).scalars().all() == [1]
    database.dispose()


def test_upgrading_makes_the_later_steps_of_open_visits_pending(empty_db_url: str) -> None:
    """A desk from before migration 0020 kept a visit's later services waiting; the
    upgrade makes them pending, and going back makes them waiting again."""
    from queue_kit import actor, at, minutes, one_office_demo

    from console.core.steps import StepAction
    from console.desk.desk import Desk
    from console.store.schema import migrate

    database = Database(empty_db_url)
    upgrade(database)
    desk = Desk(database)
    desk.seed_demo(one_office_demo(), now=at(7))
    open_visit = desk.queue.issue(["pori-general", "kela-general", "vero-taxcard"], now=at(9))
    moved_on = desk.queue.issue(["pori-housing", "kela-family"], now=at(9, 5))
    aino = actor(desk, "aino.virtanen", "T1")
    called = desk.queue.call_next(aino, now=at(9, 30))  # pori-general, the longest waiting
    assert called is not None
    assert called.step.visit_id == open_visit.visit_id
    desk.queue.act(aino, called.step.step_id, StepAction.FINISH, now=at(9, 30) + minutes(5))

    def step_states() -> list[tuple[int, str]]:
        with database.engine.connect() as connection:
            rows = connection.execute(
                text("SELECT visit_id, state FROM visit_step ORDER BY visit_id, position, id")
            ).all()
        return [(visit_id, state) for visit_id, state in rows]

    now = [
        (open_visit.visit_id, "done"),
        (open_visit.visit_id, "waiting"),
        (open_visit.visit_id, "pending"),
        (moved_on.visit_id, "waiting"),
        (moved_on.visit_id, "pending"),
    ]
    assert step_states() == now
    migrate(database, "0019", down=True)
    assert step_states() == [
        (visit, "waiting" if state == "pending" else state) for visit, state in now
    ]
    upgrade(database)
    assert step_states() == now
    database.dispose()


def _every_row(database: Database, *, leave_out: dict[str, set[str]]) -> dict[str, list[tuple]]:
    """Every row of every table of the models, in primary-key order, without the
    columns ``leave_out`` names per table."""
    out: dict[str, list[tuple]] = {}
    with database.engine.connect() as connection:
        for table in Base.metadata.sorted_tables:
            columns = [
                c.name for c in table.columns if c.name not in leave_out.get(table.name, set())
            ]
            order = ", ".join(c.name for c in table.primary_key.columns)
            rows = connection.execute(
                text(f"SELECT {', '.join(columns)} FROM {table.name} ORDER BY {order}")  # noqa: S608
            ).all()
            out[table.name] = [tuple(row) for row in rows]
    return out


def test_a_desk_of_one_office_upgrades_to_offices_losing_nothing(empty_db_url: str) -> None:
    """Issue 19: a one-office desk at migration 0021 (the demo, a morning of queue work,
    weeks of history, notes) goes to the offices' schema and back and up again with every
    row as it was, and every counter, visit, step and ticket number in the one office."""
    from dataclasses import replace

    from queue_kit import actor, at, empty_demo, minutes, one_office_demo

    from console.core.steps import StepAction
    from console.desk.desk import Desk, seed_demo_history
    from console.store.schema import migrate

    database = Database(empty_db_url)
    upgrade(database)
    desk = Desk(database)
    # A desk of one office names none: it is "main".
    desk.seed_demo(replace(one_office_demo(), code="main"), now=at(7))
    seed_demo_history(desk, weeks=1, visits_per_day=15, now=at(7))
    first = desk.queue.issue(["pori-general", "kela-general"], now=at(9))
    desk.queue.issue(["vero-taxcard"], priority=None, now=at(9, 5))
    aino = actor(desk, "aino.virtanen", "T1")
    called = desk.queue.call_next(aino, now=at(9, 30))
    assert called is not None
    assert called.step.visit_id == first.visit_id
    desk.queue.act(aino, called.step.step_id, StepAction.FINISH, now=at(9, 30) + minutes(4))
    feed_log = {"change_log": {"site_id"}}
    before = _every_row(database, leave_out=feed_log)
    assert len(before["visit_step"]) > 50

    migrate(database, "0021", down=True)
    with database.engine.connect() as connection:
        tickets = connection.execute(text("SELECT count(*) FROM ticket_counter")).scalar_one()
        columns = {c["name"] for c in inspect(connection).get_columns("visit")}
    assert "site_id" not in columns
    assert tickets == len(before["ticket_counter"])

    upgrade(database)
    after = _every_row(database, leave_out=feed_log)
    assert after == before
    with database.engine.connect() as connection:
        offices = connection.execute(text("SELECT id, code FROM site")).all()
        assert [code for _id, code in offices] == ["main"]
        for table in ("counter", "visit", "visit_step", "ticket_counter"):
            placed = (
                connection.execute(
                    text(f"SELECT DISTINCT site_id FROM {table}")  # noqa: S608
                )
                .scalars()
                .all()
            )
            assert placed == [offices[0][0]], table
        if database.dialect == "sqlite":
            # A step id is never given twice (0012): 0020's rebuild had lost that.
            made = connection.execute(
                text("SELECT sql FROM sqlite_master WHERE name = 'visit_step'")
            ).scalar_one()
            assert "AUTOINCREMENT" in made
        offered = connection.execute(text("SELECT count(*) FROM site_service")).scalar_one()
    assert offered == len(empty_demo().services)
    # The queue goes on where it was: the next number, the first visit's next step first.
    assert desk.queue.issue(["vero-taxcard"], now=at(9, 40)).ticket_number == "V002"
    assert [step.ticket_number for step in desk.snapshot().waiting] == ["C001", "V001", "V002"]
    database.dispose()


def test_going_back_before_offices_is_refused_while_there_are_several(
    empty_db_url: str,
) -> None:
    from dataclasses import replace

    from queue_kit import at, one_office_demo

    from console.core.desk_file import OfficeSpec
    from console.core.records import Names
    from console.desk.desk import Desk
    from console.store.schema import migrate

    database = Database(empty_db_url)
    upgrade(database)
    other = OfficeSpec("ulvila", Names("Ulvila", "Ulvsby", "Ulvila"))
    assert Desk(database).seed_demo(replace(one_office_demo(), offices=(other,)), now=at(7))
    with pytest.raises(Exception, match="more than one office"):
        migrate(database, "0021", down=True)
    assert schema_status(database).state is SchemaState.CURRENT
    database.dispose()
