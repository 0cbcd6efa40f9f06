"""Opening the database and the desk over it, as this console's settings say."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from console import paths
from console.config import Settings
from console.core.demo import DemoDesk, load_demo_desk
from console.desk.desk import Desk, demo_data_file
from console.desk.reports import ReportDesk
from console.store.database import Database
from console.store.schema import ensure_current
from console.store.urls import as_same_person, sqlite_url

if TYPE_CHECKING:
    from collections.abc import Callable


@dataclass(frozen=True)
class OpenedDesk:
    desk: Desk
    embedded: bool
    demo: DemoDesk | None = None


def database_url(settings: Settings, *, demo: bool) -> tuple[str, bool]:
    """The URL to use and whether it is the embedded SQLite file."""
    if demo:
        return sqlite_url(paths.embedded_database_file(demo=True)), True
    url = str(settings["database.url"])
    if url:
        return url, False
    return sqlite_url(paths.embedded_database_file()), True


def database_options(settings: Settings) -> dict[str, Any]:
    """The time limits every connection of this console gets."""
    return {
        "connect_timeout": int(settings["database.connect_timeout"]),
        "statement_timeout": int(settings["database.statement_timeout"]),
        "lock_timeout": int(settings["database.lock_timeout"]),
    }


def open_database(settings: Settings, *, demo: bool = False) -> tuple[Database, bool]:
    url, embedded = database_url(settings, demo=demo)
    return Database(url, **database_options(settings)), embedded


def reports_replica(settings: Settings, database: Database) -> Callable[[], Database] | None:
    """What opens the read replica the reports read (``reports.database_url``), as the
    person ``database`` is connected as; ``None`` when the reports read ``database``."""
    url = str(settings["reports.database_url"])
    if not url:
        return None
    options = database_options(settings)

    def open_replica() -> Database:
        return Database(as_same_person(url, database.url), **options)

    return open_replica


def identity_key_source(settings: Settings, *, embedded: bool) -> Callable[[], bytes]:
    """Where the desk's identity key comes from; read on first use, not at start-up.

    The embedded database makes its own key on first use; a shared database
    needs the key IT gave every console (keyring or ``identity.key_file``).
    """
    key_file = str(settings["identity.key_file"])

    def load() -> bytes:
        from console.site_secret import load_site_secret

        return load_site_secret(
            secret_file=Path(key_file) if key_file else None, create_if_missing=embedded
        )

    return load


def open_desk(settings: Settings, *, demo: bool, database: Database | None = None) -> OpenedDesk:
    """Open the database (or take ``database``, connected as the person who signed in),
    check or upgrade its schema over that connection, seed the demo when asked."""
    if database is None:
        database, embedded = open_database(settings, demo=demo)
    else:
        embedded = database_url(settings, demo=demo)[1]
    desk = make_desk(settings, database, embedded=embedded)
    if not demo:
        return OpenedDesk(desk, embedded)
    demo_desk = load_demo_desk(demo_data_file())
    if not desk.seed_demo(demo_desk):
        desk.refresh_demo_visits(demo_desk)
    return OpenedDesk(desk, embedded, demo_desk)


def make_desk(settings: Settings, database: Database, *, embedded: bool) -> Desk:
    """The desk over ``database``, once its schema is checked (upgraded if embedded)."""
    ensure_current(database, upgrade_if_behind=embedded)
    desk = Desk(
        database,
        max_recalls=int(settings["queue.max_recalls"]),
        # PostgreSQL hashes identity codes itself with a key no console holds (0011).
        identity_key=(
            None
            if database.dialect == "postgresql"
            else identity_key_source(settings, embedded=embedded)
        ),
        video_template=str(settings["video.url_template"]),
        stranded_after=timedelta(minutes=int(settings["queue.stranded_after_minutes"])),
        site=str(settings["desk.site"]),
    )
    # The embedded database (a single PC, the demo) has no replica.
    replica = None if embedded else reports_replica(settings, database)
    if replica is not None:
        desk.reports = ReportDesk(database, replica=replica)
    return desk
