"""How a ``tiski`` sub-command opens the database and the desk: one way for all of them.

The composition root (``console.app``) knows the settings that make a desk
(``make_desk``: recalls, the identity key's source, the video template, when a visitor
is stranded); the command line takes its desk from there, so a command and the
console window never run on differently made desks.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from console.config import Settings
    from console.desk.desk import Desk
    from console.store.database import Database


def open_database_for(settings: Settings, *, demo: bool) -> tuple[Database, bool]:
    """The settings' database with its schema checked (the embedded one upgrades
    itself), and whether it is the embedded one; disposed again when the check fails."""
    from console.app.opening import open_database
    from console.store.schema import ensure_current

    database, embedded = open_database(settings, demo=demo)
    try:
        ensure_current(database, upgrade_if_behind=embedded)
    except BaseException:
        database.dispose()
        raise
    return database, embedded


def open_desk_for(settings: Settings, *, demo: bool, database: Database | None = None) -> Desk:
    """The desk a command works on: over ``database`` (the signed-in person's own
    connection, ``--user``) or else the settings' database; its schema checked, and the
    demo database given the demo desk (once: seeding does nothing when there is a desk).

    The database is disposed again when the desk cannot be made.
    """
    from console.app.opening import database_url, make_desk, open_database

    if database is None:
        database, embedded = open_database(settings, demo=demo)
    else:
        embedded = database_url(settings, demo=demo)[1]
    try:
        desk = make_desk(settings, database, embedded=embedded)
        if demo:
            desk.seed_demo()  # does nothing once the demo database has a desk
    except BaseException:
        database.dispose()
        raise
    return desk
