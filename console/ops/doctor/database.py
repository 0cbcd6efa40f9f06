"""The desk database: can it be reached, is its schema current, and on PostgreSQL
are its roles, grants and row-level security in place.

:class:`_Desk` carries what the database check found to the checks after it.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from console.core.text import QT_TRANSLATE_NOOP, Message
from console.ops.doctor.report import (
    NETWORK_SECONDS,
    Check,
    _check,
    _joined,
    _Late,
    _m,
    _reason,
    _within,
)

if TYPE_CHECKING:
    from console.config import Settings
    from console.store.database import Database


@dataclass
class _Desk:
    """What the database check leaves for the identity check."""

    embedded: bool = True
    database: Database | None = None  # open, schema current
    language: str = "fi"  # the report's, for the desk's name


_UNREACHABLE_ACTION = QT_TRANSLATE_NOOP(
    "Doctor",
    "Check that the database server is running and that host, port and database name in "
    "database.url are right; the password belongs in the keyring (tiski db set-password) or "
    "in pgpass.",
)


def check_database(settings: Settings, desk: _Desk) -> Check:
    from console.app.opening import database_url
    from console.store.urls import mask_url

    url, desk.embedded = database_url(settings, demo=False)
    seconds = min(int(settings["database.connect_timeout"]), NETWORK_SECONDS)
    try:
        # The whole look, keyring read for the password included, against a deadline.
        return _within(seconds + 2, lambda: _look_at_database(url, desk, seconds))
    except _Late:
        text = QT_TRANSLATE_NOOP("Doctor", "{url} did not answer within {seconds} s.")
        params = {"url": mask_url(url), "seconds": seconds + 2}
        return _check("database", "error", text, _UNREACHABLE_ACTION, **params)


def _look_at_database(url: str, desk: _Desk, seconds: int) -> Check:
    from console.core.text import DatabaseUnreachable
    from console.store.database import Database
    from console.store.schema import SchemaState, head_revision, schema_status
    from console.store.urls import mask_url

    try:
        database = Database(url, connect_timeout=seconds)
    except Exception as error:
        return _check(
            "database",
            "error",
            QT_TRANSLATE_NOOP("Doctor", "database.url {url} cannot be used ({reason})."),
            QT_TRANSLATE_NOOP("Doctor", "Correct database.url (tiski config check)."),
            url=mask_url(url),
            reason=_reason(error),
        )
    if desk.embedded:
        kind = _m(QT_TRANSLATE_NOOP("Doctor", "embedded SQLite"))
    elif database.dialect == "sqlite":
        kind = _m(QT_TRANSLATE_NOOP("Doctor", "SQLite from database.url"))
    else:
        kind = _m(QT_TRANSLATE_NOOP("Doctor", "shared PostgreSQL"))
    file = database.url.database if database.dialect == "sqlite" else None
    where = file if file else database.shown_url
    params: dict[str, object] = {"kind": kind, "url": where, "head": head_revision()}
    if file and file != ":memory:" and not Path(file).exists():
        database.dispose()  # connecting would create an empty file
        if desk.embedded:
            text = QT_TRANSLATE_NOOP(
                "Doctor", "{kind} {url}: not made yet; Tiski makes it (schema {head}) at its start."
            )
            return _check("database", "ok", text, **params)
        return _check(
            "database",
            "error",
            QT_TRANSLATE_NOOP("Doctor", "{kind} {url}: the file does not exist."),
            QT_TRANSLATE_NOOP(
                "Doctor", "Correct database.url, or make the database with tiski db upgrade."
            ),
            **params,
        )
    try:
        status = schema_status(database)
    except Exception as error:
        database.dispose()
        reason = (
            error.message.params.get("reason", "")
            if isinstance(error, DatabaseUnreachable)
            else _reason(error)
        )
        text = QT_TRANSLATE_NOOP("Doctor", "Cannot reach {kind} {url} ({reason}).")
        return _check("database", "error", text, _UNREACHABLE_ACTION, reason=reason, **params)
    params["current"] = status.current or "-"
    if status.state is SchemaState.CURRENT:
        desk.database = database
        text = QT_TRANSLATE_NOOP("Doctor", "{kind} {url}: schema {current}, current.")
        return _check("database", "ok", text, **params)
    database.dispose()
    if status.state is SchemaState.AHEAD:
        return _check(
            "database",
            "error",
            QT_TRANSLATE_NOOP(
                "Doctor",
                "{kind} {url}: schema {current} is newer than this Tiski knows (up to {head}); "
                "the console will not start.",
            ),
            QT_TRANSLATE_NOOP("Doctor", "Install the Tiski version the other consoles use."),
            **params,
        )
    if desk.embedded:
        text = QT_TRANSLATE_NOOP(
            "Doctor", "{kind} {url}: schema {current}; Tiski upgrades it to {head} at its start."
        )
        return _check("database", "ok", text, **params)
    return _check(
        "database",
        "error",
        QT_TRANSLATE_NOOP(
            "Doctor",
            "{kind} {url}: schema {current}, this Tiski needs {head}; the console will not start.",
        ),
        QT_TRANSLATE_NOOP(
            "Doctor",
            "Run tiski db upgrade once for the whole office, when every console has the new Tiski.",
        ),
        **params,
    )


# ---------------------------------------------------------------- roles (PostgreSQL)
def check_roles(desk: _Desk) -> Check | None:
    """The database's roles, grants and row-level security; ``None`` off PostgreSQL."""
    database = desk.database
    if database is None or database.dialect != "postgresql":
        return None
    try:
        problems = _within(NETWORK_SECONDS + 2, lambda: _policy_problems(database))
    except _Late:
        text = QT_TRANSLATE_NOOP("Doctor", "The roles could not be read within {seconds} s.")
        return _check("roles", "warning", text, _UNREACHABLE_ACTION, seconds=NETWORK_SECONDS + 2)
    except Exception as error:
        text = QT_TRANSLATE_NOOP("Doctor", "The roles could not be checked ({reason}).")
        return _check("roles", "warning", text, _SEE_SECURITY, reason=_reason(error))
    if not problems:
        text = QT_TRANSLATE_NOOP(
            "Doctor",
            "Roles, grants and row-level security are in place; this console connects as "
            "a person, not as the owner.",
        )
        return _check("roles", "ok", text)
    return Check("roles", "warning", _joined(problems, _THEN), _m(_SEE_SECURITY))


def check_statistics(desk: _Desk) -> Check | None:
    """PostgreSQL: is autovacuum on, so that the planner's statistics follow the queue;
    ``None`` off PostgreSQL (SQLite keeps none that Tiski's queries rely on)."""
    database = desk.database
    if database is None or database.dialect != "postgresql":
        return None

    def settings_of_server() -> tuple[str, str]:
        return database.server_setting("autovacuum"), database.server_setting("track_counts")

    try:
        autovacuum, track_counts = _within(NETWORK_SECONDS + 2, settings_of_server)
    except (_Late, Exception) as error:
        text = QT_TRANSLATE_NOOP(
            "Doctor", "The server's autovacuum setting could not be read ({reason})."
        )
        reason = "timeout" if isinstance(error, _Late) else _reason(error)
        return _check("statistics", "warning", text, _UNREACHABLE_ACTION, reason=reason)
    if autovacuum == "on" and track_counts == "on":
        text = QT_TRANSLATE_NOOP(
            "Doctor", "Autovacuum is on: the planner's statistics follow the queue."
        )
        return _check("statistics", "ok", text)
    return _check(
        "statistics",
        "warning",
        QT_TRANSLATE_NOOP(
            "Doctor",
            "Autovacuum is off on the database server (autovacuum {autovacuum}, track_counts "
            "{track_counts}): its statistics go stale as the day's tickets come in, and the "
            "queue's reads slow down.",
        ),
        QT_TRANSLATE_NOOP(
            "Doctor",
            "Set autovacuum = on and track_counts = on in postgresql.conf and reload the "
            "server; until then run ANALYZE after large loads (tiski db upgrade and "
            "tiski db seed-demo do).",
        ),
        autovacuum=autovacuum,
        track_counts=track_counts,
    )


_THEN = QT_TRANSLATE_NOOP("Doctor", "{first} {rest}")
_SEE_SECURITY = QT_TRANSLATE_NOOP(
    "Doctor", "See docs/deploy.md (staff accounts) and docs/security.md (isolation)."
)


def _policy_problems(database: Database) -> list[Message]:
    from console.store.pg_policy_check import policy_problems

    return policy_problems(database)
