"""Test setup: offscreen Qt, private folders, real databases.

Every test gets its own settings, data and log folders (the XDG variables
point into ``tmp_path``), an in-memory keyring, and no ``TISKI_*`` setting
from the environment of whoever runs the tests.
"""

from __future__ import annotations

import gc
import os
import shutil
import sys
import uuid
from collections.abc import Generator, Iterator
from pathlib import Path

# Before anything imports Qt: tests never need a screen.
os.environ["QT_QPA_PLATFORM"] = "offscreen"

import keyring
import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import OperationalError

ROOT = Path(__file__).resolve().parent.parent
SUPPORT = Path(__file__).resolve().parent / "support"
sys.path.insert(0, str(SUPPORT))

from qt_jobs import settle_background_jobs  # noqa: E402
from tiski_test_keyring import MemoryKeyring  # noqa: E402

from console.config import OPTIONS  # noqa: E402
from console.store.database import Database  # noqa: E402
from console.store.schema import upgrade  # noqa: E402
from console.ui.shared import gc_guard, worker  # noqa: E402

PG_URL = os.environ.get("TISKI_TEST_PG_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test")
REQUIRE_PG = os.environ.get("TISKI_REQUIRE_PG") == "1"

# Automatic collection would run in background workers too and destroy Qt objects
# there (segfaults); collect on the main thread between tests instead (see
# pytest_runtest_protocol below for when).
gc.disable()

# A leaked background job is reported with the stack that started it.
worker.record_start_stacks = True

# A qtbot wait that names no timeout only guards against a hang, and pytest-qt's 5 s
# is too short for a loaded 2-core machine (docs/testing.md).
QT_WAIT_MS = 15_000
for _wait in (
    QtBot.waitUntil,
    QtBot.waitSignal,
    QtBot.waitSignals,
    QtBot.waitCallback,
    QtBot.waitExposed,
    QtBot.waitActive,
):
    defaults = _wait.__kwdefaults__
    assert defaults is not None
    assert "timeout" in defaults, f"pytest-qt changed {_wait.__name__}'s signature"
    defaults["timeout"] = QT_WAIT_MS

# Session fixtures (the PostgreSQL template) open databases too: never with the real keyring.
keyring.set_keyring(MemoryKeyring())


# ---------------------------------------------------------------- isolation
@pytest.fixture(autouse=True)
def private_folders(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Settings, data and logs of this test only, and no settings from outside."""
    home = tmp_path / "home"
    for variable, folder in {
        "XDG_CONFIG_HOME": "config",
        "XDG_DATA_HOME": "data",
        "XDG_STATE_HOME": "state",
        "XDG_CACHE_HOME": "cache",
    }.items():
        (home / folder).mkdir(parents=True)
        monkeypatch.setenv(variable, str(home / folder))
    monkeypatch.setenv("XDG_CONFIG_DIRS", str(home / "site"))
    monkeypatch.setenv("TISKI_SITE_CONFIG", str(home / "site" / "tiski" / "tiski.toml"))
    for option in OPTIONS.values():
        monkeypatch.delenv(option.env_name, raising=False)
    return home


@pytest.fixture(autouse=True)
def memory_keyring() -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


# ---------------------------------------------------------------- garbage
def _used_qt(item: pytest.Item) -> bool:
    names = getattr(item, "fixturenames", ())
    return "qtbot" in names or "qapp" in names


@pytest.hookimpl(wrapper=True)
def pytest_runtest_protocol(
    item: pytest.Item, nextitem: pytest.Item | None
) -> Generator[None, object, object]:
    """Collect garbage on the main (GUI) thread, after the test's fixture values are gone.

    A full collection after every test walked every object of the session each time
    and was most of the run's time. With automatic collection off, everything made
    since the last collection is still in the youngest generation, so after a Qt test
    a young-generation collection frees its windows and signal holders caught in
    cycles, at a fraction of the cost. Older generations are collected when Python's
    own thresholds say so (a full collection every hundred or so Qt tests). All of it
    here, on the main thread: see console/ui/shared/gc_guard.py.
    """
    result = yield  # pytest has now dropped item.funcargs
    if _used_qt(item):
        gc.collect(0)
    gc_guard.collect_if_due()
    return result


@pytest.fixture(autouse=True)
def source_language() -> Iterator[None]:
    """Every test starts in English source texts: a translator one test installed (the
    command line installs Finnish) must not change what the next one reads, nor the
    default locale it set (which decides the language of plugin names and labels)."""
    from PySide6.QtCore import QCoreApplication, QLocale

    from console.i18n import set_default_locale

    locale = QLocale()
    yield
    set_default_locale(locale)
    app = QCoreApplication.instance()
    if app is not None:
        from console.i18n import remove_translators

        remove_translators(app)


_TEST_RUNNER_FRAMES = ("/_pytest/", "/pluggy/")


def _stop_consoles_left_running() -> None:
    """Stop a console a test left open, as the application's aboutToQuit does at exit.

    Closing a console with a visitor at the counter asks what to do with them (and
    one with notes unsent asks about those); a test that ends there leaves the window
    open and its change-feed thread listening, and threads still running when the
    interpreter exits abort it.
    """
    if "console.ui.console_window" not in sys.modules:
        return
    from PySide6.QtWidgets import QApplication

    from console.ui.console_window import ConsoleWindow

    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, ConsoleWindow):
            widget.stop()


@pytest.fixture(autouse=True)
def no_workers_left(request: pytest.FixtureRequest) -> Iterator[None]:
    """Fail a test that leaves background work running or undelivered, naming each job
    and the stack that started it (napari's dangling-threads check does the same)."""
    yield
    if "qtbot" not in request.fixturenames and not worker.jobs_running():
        return
    _stop_consoles_left_running()
    if settle_background_jobs():
        return
    leaked = worker.running_jobs()
    pytest.fail(
        f"{len(leaked)} background job(s) still running or undelivered when the test ended:\n"
        + "\n".join(f"- {job.report(hide=_TEST_RUNNER_FRAMES)}" for job in leaked),
        pytrace=False,
    )


# ---------------------------------------------------------------- databases
def _pg_admin_url() -> str:
    return PG_URL


def _pg_available() -> str | None:
    """None when the test server answers, else why not."""
    try:
        engine = create_engine(_pg_admin_url(), connect_args={"connect_timeout": 3})
        with engine.connect() as connection:
            connection.execute(text("SELECT 1"))
        engine.dispose()
    except OperationalError as error:
        return str(error.orig).strip().splitlines()[0]
    return None


class PostgresServer:
    """Makes and drops throw-away databases on the test server."""

    def __init__(self) -> None:
        self.engine = create_engine(_pg_admin_url(), isolation_level="AUTOCOMMIT")
        self.template = f"tiski_tpl_{uuid.uuid4().hex[:10]}"
        self._made: list[str] = []

    def url(self, name: str) -> str:
        return make_url(_pg_admin_url()).set(database=name).render_as_string(hide_password=False)

    def create(self, *, migrated: bool) -> str:
        name = f"tiski_t_{uuid.uuid4().hex[:12]}"
        with self.engine.connect() as connection:
            template = f" TEMPLATE {self.template}" if migrated else ""
            connection.execute(text(f'CREATE DATABASE "{name}"{template}'))
        self._made.append(name)
        return self.url(name)

    def drop(self, url: str) -> None:
        name = make_url(url).database
        with self.engine.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))

    def make_template(self) -> None:
        with self.engine.connect() as connection:
            connection.execute(text(f'CREATE DATABASE "{self.template}"'))
        database = Database(self.url(self.template))
        upgrade(database)
        database.dispose()

    def close(self) -> None:
        with self.engine.connect() as connection:
            for name in [*self._made, self.template]:
                connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        self.engine.dispose()


@pytest.fixture(scope="session")
def postgres() -> Iterator[PostgresServer]:
    problem = _pg_available()
    if problem is not None:
        message = f"PostgreSQL at {make_url(PG_URL).render_as_string()} is not available: {problem}"
        if REQUIRE_PG:
            pytest.fail(message + " (TISKI_REQUIRE_PG=1)")
        pytest.skip(message)
    server = PostgresServer()
    server.make_template()
    yield server
    server.close()


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("sqlite-template") / "template.sqlite3"
    database = Database(f"sqlite:///{path}")
    upgrade(database)
    database.dispose()
    return path


DIALECTS = ["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)]


def _throwaway_database(
    request: pytest.FixtureRequest, tmp_path: Path, *, migrated: bool
) -> Iterator[str]:
    """A database of this test only: a copied SQLite file or a new PostgreSQL database."""
    if request.param == "sqlite":
        path = tmp_path / ("desk.sqlite3" if migrated else "empty.sqlite3")
        if migrated:
            shutil.copy(request.getfixturevalue("sqlite_template"), path)
        yield f"sqlite:///{path}"
        return
    server: PostgresServer = request.getfixturevalue("postgres")
    url = server.create(migrated=migrated)
    yield url
    server.drop(url)


@pytest.fixture(params=DIALECTS)
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A migrated, empty desk database: a real SQLite file, then a real PostgreSQL one."""
    yield from _throwaway_database(request, tmp_path, migrated=True)


@pytest.fixture(params=DIALECTS)
def empty_db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A database with no schema at all, on each dialect."""
    yield from _throwaway_database(request, tmp_path, migrated=False)


@pytest.fixture
def database(db_url: str) -> Iterator[Database]:
    database = Database(db_url)
    yield database
    settle_background_jobs()  # a job still holding a connection would leak it past dispose
    database.dispose()


@pytest.fixture
def demo_database(database: Database) -> Database:
    from console.desk.desk import Desk

    assert Desk(database).seed_demo()
    return database


# ---------------------------------------------------------------- subprocesses
@pytest.fixture
def tiski_env(private_folders: Path, tmp_path: Path) -> dict[str, str]:
    """Environment for running ``python -m console`` as a separate process."""
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith("TISKI_") or key in ("TISKI_SITE_CONFIG",)
    }
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["PYTHONPATH"] = os.pathsep.join([str(SUPPORT), str(ROOT)])
    env["PYTHON_KEYRING_BACKEND"] = "tiski_test_keyring.FileKeyring"
    env["TISKI_TEST_KEYRING_FILE"] = str(tmp_path / "keyring.json")
    env["PYTHONWARNINGS"] = "error::DeprecationWarning:console"
    return env


@pytest.fixture
def it_desk() -> Iterator[None]:
    """IT's contact as the setting support.contact gives it, for one test."""
    from console.ui.shared.contact import set_it_contact

    set_it_contact("IT help desk, 02 621 1234")
    yield
    set_it_contact("")
