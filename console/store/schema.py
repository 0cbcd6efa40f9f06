"""Schema versions: what the database has, what this Tiski knows, upgrading.

Checking the version happens at every start, so it reads the migration files'
revision ids itself instead of importing Alembic (which loads every SQL dialect
and costs a third of the start-up time); only upgrading imports Alembic. A test
holds the two readings equal.
"""

from __future__ import annotations

import enum
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import inspect, text
from sqlalchemy.exc import SQLAlchemyError

from console.core.text import QT_TRANSLATE_NOOP, Message, TiskiError
from console.store.database import Database

_CTX = "Database"
MIGRATIONS = Path(__file__).with_name("migrations")


class SchemaState(enum.StrEnum):
    EMPTY = "empty"
    BEHIND = "behind"
    CURRENT = "current"
    AHEAD = "ahead"


@dataclass(frozen=True)
class SchemaStatus:
    """The database's schema revision compared with this Tiski's migrations."""

    current: str | None
    head: str
    state: SchemaState
    pending: tuple[str, ...]


class SchemaMismatch(TiskiError):
    """The database schema does not match this version of Tiski."""


# Built by the migrations in SQL the models cannot express: SQLite's FTS5 index
# (a virtual table, its shadow tables, its vocabulary and word list) and
# PostgreSQL's tsvector column and the identity key only the owner reads (0011).
_NOT_MODELLED_TABLE = re.compile(r"^(note_(fts(_\w+)?|term)|identity_key)$")
_NOT_MODELLED = {("column", "search_vector"), ("index", "ix_note_search")}


def modelled(_object: Any, name: str | None, type_: str, _reflected: bool, _other: Any) -> bool:
    """Alembic's ``include_object``: leave out what only the migrations know."""
    if type_ == "table" and name and _NOT_MODELLED_TABLE.match(name):
        return False
    return (type_, name) not in _NOT_MODELLED


_REVISION = re.compile(r"^revision\s*=\s*['\"]([^'\"]+)['\"]", re.M)
_DOWN_REVISION = re.compile(r"^down_revision\s*=\s*(?:['\"]([^'\"]+)['\"]|None)", re.M)


def _alembic_config() -> Any:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


def known_revisions() -> tuple[str, ...]:
    """This Tiski's schema revisions, oldest first (the history is linear)."""
    parents: dict[str, str | None] = {}
    for path in (MIGRATIONS / "versions").glob("*.py"):
        source = path.read_text(encoding="utf-8")
        revision = _REVISION.search(source)
        down = _DOWN_REVISION.search(source)
        if revision and down:
            parents[revision.group(1)] = down.group(1)
    children = {parent: child for child, parent in parents.items()}
    order: list[str] = []
    current = children.get(None)
    while current is not None:
        order.append(current)
        current = children.get(current)
    if len(order) != len(parents):
        raise RuntimeError("schema migrations must form one line; found a branch")
    return tuple(order)


def head_revision() -> str:
    return known_revisions()[-1]


def stored_revision(database: Database) -> str | None:
    """The revision recorded in the database, ``None`` for a database without schema."""
    try:
        with database.engine.connect() as connection:
            if not inspect(connection).has_table("alembic_version"):
                return None
            return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
    except SQLAlchemyError as error:
        raise database.unreachable(error) from error


def schema_status(database: Database) -> SchemaStatus:
    """Compare the database's revision with this Tiski's migrations."""
    revisions = known_revisions()
    head = revisions[-1]
    current = stored_revision(database)
    if current is None:
        return SchemaStatus(None, head, SchemaState.EMPTY, revisions)
    if current not in revisions:
        return SchemaStatus(current, head, SchemaState.AHEAD, ())
    if current == head:
        return SchemaStatus(current, head, SchemaState.CURRENT, ())
    pending = revisions[revisions.index(current) + 1 :]
    return SchemaStatus(current, head, SchemaState.BEHIND, pending)


def upgrade(database: Database) -> SchemaStatus:
    """Apply every pending migration in one transaction per migration run."""
    status = schema_status(database)
    if status.state is SchemaState.AHEAD:
        raise newer_schema_error(status)
    if status.state is SchemaState.CURRENT:
        return status
    try:
        migrate(database, "head")
        database.analyze()  # a migration may have rewritten or filled tables
    except SQLAlchemyError as error:
        if database.dialect == "postgresql" and "permission" in str(error).lower():
            raise
        raise database.unreachable(error) from error
    return schema_status(database)


def migrate(database: Database, revision: str, *, down: bool = False) -> None:
    """Run the migrations up (or down) to ``revision`` in one transaction.

    On SQLite foreign keys are switched off meanwhile and checked before the commit:
    that is SQLite's own procedure for rebuilding a table that others refer to (a
    CHECK or a constraint cannot be altered in place), and the switch only works
    outside a transaction.
    """
    from alembic import command

    config = _alembic_config()
    with database.engine.connect() as connection:
        raw = connection.connection.driver_connection if database.dialect == "sqlite" else None
        if raw is not None:
            raw.execute("PRAGMA foreign_keys=OFF")
        try:
            with connection.begin():
                config.attributes["connection"] = connection
                (command.downgrade if down else command.upgrade)(config, revision)
                if raw is not None:
                    broken = connection.execute(text("PRAGMA foreign_key_check")).all()
                    if broken:
                        raise RuntimeError(f"migration broke references: {broken[:5]}")
        finally:
            if raw is not None:
                raw.execute("PRAGMA foreign_keys=ON")


def newer_schema_error(status: SchemaStatus) -> SchemaMismatch:
    return SchemaMismatch(
        Message(
            _CTX,
            QT_TRANSLATE_NOOP(
                "Database",
                "The database has schema version {current}, which is newer than this Tiski "
                "knows (up to {head}). Another console has been updated: install the same "
                "Tiski version on this computer.",
            ),
            {"current": status.current, "head": status.head},
        )
    )


def older_schema_error(status: SchemaStatus) -> SchemaMismatch:
    return SchemaMismatch(
        Message(
            _CTX,
            QT_TRANSLATE_NOOP(
                "Database",
                "The database has schema version {current} and this Tiski needs {head}. "
                "Ask IT to run 'tiski db upgrade' once for the whole office.",
            ),
            {"current": status.current or "-", "head": status.head},
        )
    )


def ensure_current(database: Database, *, upgrade_if_behind: bool) -> SchemaStatus:
    """Make sure the schema matches this Tiski before the console starts.

    The embedded database upgrades itself; a shared one is upgraded by IT,
    because every console of the office must move at once.
    """
    status = schema_status(database)
    if status.state is SchemaState.AHEAD:
        raise newer_schema_error(status)
    if status.state in (SchemaState.EMPTY, SchemaState.BEHIND):
        if not upgrade_if_behind:
            raise older_schema_error(status)
        status = upgrade(database)
    return status
