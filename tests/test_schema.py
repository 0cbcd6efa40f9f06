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
