"""Schema versions: what the database has, what this Tiski knows, upgrading."""

from __future__ import annotations

import enum
from dataclasses import dataclass
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
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


def _config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


def _script() -> ScriptDirectory:
    return ScriptDirectory.from_config(_config())


def head_revision() -> str:
    head = _script().get_current_head()
    assert head is not None
    return head


def schema_status(database: Database) -> SchemaStatus:
    """Compare the database's revision with this Tiski's migrations."""
    script = _script()
    head = head_revision()
    try:
        with database.engine.connect() as connection:
            current = MigrationContext.configure(connection).get_current_revision()
    except SQLAlchemyError as error:
        raise database.unreachable(error) from error
    if current is None:
        pending = tuple(r.revision for r in reversed(list(script.walk_revisions())))
        return SchemaStatus(None, head, SchemaState.EMPTY, pending)
    known = {r.revision for r in script.walk_revisions()}
    if current not in known:
        return SchemaStatus(current, head, SchemaState.AHEAD, ())
    if current == head:
        return SchemaStatus(current, head, SchemaState.CURRENT, ())
    pending = tuple(r.revision for r in reversed(list(script.iterate_revisions(head, current))))
    return SchemaStatus(current, head, SchemaState.BEHIND, pending)


def upgrade(database: Database) -> SchemaStatus:
    """Apply every pending migration in one transaction per migration run."""
    status = schema_status(database)
    if status.state is SchemaState.AHEAD:
        raise newer_schema_error(status)
    if status.state is SchemaState.CURRENT:
        return status
    config = _config()
    try:
        with database.engine.begin() as connection:
            config.attributes["connection"] = connection
            command.upgrade(config, "head")
    except SQLAlchemyError as error:
        if database.dialect == "postgresql" and "permission" in str(error).lower():
            raise
        raise database.unreachable(error) from error
    return schema_status(database)


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
