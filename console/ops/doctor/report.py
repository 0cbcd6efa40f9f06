"""``tiski doctor``: is this computer ready to work at the desk?

Each check looks at one thing a desk needs and says ``ok``, ``warning`` or
``error``, what it found and what to do. Nothing is changed on the way (beyond
making Tiski's own data and log folders when they are missing): no database is
created or upgraded, no identity key is made, no plugin code is imported and no
sandbox is started. Whatever may wait on the network or on a
keyring runs against a deadline of a few seconds, so doctor answers even when
the database server or a back office does not.

Exit status 0 when no check says ``error``; 1 when something the desk needs is
broken (the settings, the database, the data folder), each named.
"""

from __future__ import annotations

import json
import os
import shutil
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Literal, TypeVar

from console.core.text import QT_TRANSLATE_NOOP, Message, TiskiError

if TYPE_CHECKING:
    from console.config import Settings
    from console.core.desk_file import DeskSpec
    from console.plugin_host.discovery import Found
    from console.store.database import Database
    from console.store.privacy_scan import PrivacyReport

_CTX = "Doctor"
EXIT_OK = 0
EXIT_BROKEN = 1

Status = Literal["ok", "warning", "error"]
_STATUS_TEXTS: dict[Status, str] = {
    "ok": QT_TRANSLATE_NOOP("Doctor", "ok"),
    "warning": QT_TRANSLATE_NOOP("Doctor", "warning"),
    "error": QT_TRANSLATE_NOOP("Doctor", "error"),
}

NETWORK_SECONDS = 3  # the most one network check may take
KEYRING_SECONDS = 5  # a locked Secret Service may wait for a prompt nobody answers
HEALTH_CONNECT_SECONDS = 1.5  # with the read timeout: a health check ends within 3 s
HEALTH_READ_SECONDS = 1.5
SLOW_SECONDS = 1.0
LOW_DISK_BYTES = 200 * 1024 * 1024

T = TypeVar("T")


@dataclass(frozen=True)
class Check:
    """One finding: ``name`` is stable for scripts; ``finding`` and ``action`` are for people."""

    name: str
    status: Status
    finding: Message
    action: Message | None = None


def _m(text: str, **params: object) -> Message:
    return Message(_CTX, text, dict(params))


def _check(
    name: str, status: Status, finding: str, action: str | None = None, /, **params: object
) -> Check:
    """A check whose finding and action share ``params``."""
    return Check(name, status, _m(finding, **params), _m(action, **params) if action else None)


def _joined(parts: Sequence[Message], between: str) -> Message:
    joined = parts[-1]
    for part in reversed(parts[:-1]):
        joined = _m(between, first=part, rest=joined)
    return joined


def _reason(error: BaseException) -> str:
    """An exception in one line, with any password or identity code masked."""
    from console.logs import mask_sensitive

    lines = str(error).strip().splitlines()
    return mask_sensitive(f"{type(error).__name__}: {lines[0]}" if lines else type(error).__name__)


class _Late(Exception):
    """The work did not finish before its deadline."""


def _within(seconds: float, work: Callable[[], T]) -> T:
    """``work()``, or :class:`_Late` when it takes longer than ``seconds``.

    The work runs in a daemon thread, left behind when late: a DNS lookup or a
    keyring prompt cannot be interrupted, but must not keep doctor waiting, and a
    daemon thread does not keep the process from ending.
    """
    outcome: list[T] = []
    failure: list[BaseException] = []

    def run() -> None:
        try:
            outcome.append(work())
        except BaseException as error:  # handed to the caller below
            failure.append(error)

    thread = threading.Thread(target=run, name="tiski-doctor", daemon=True)
    thread.start()
    thread.join(seconds)
    if failure:
        raise failure[0]
    if not outcome:
        raise _Late
    return outcome[0]


# ---------------------------------------------------------------- settings and folders
def check_settings(settings: Settings | None, error: TiskiError | None) -> Check:
    if settings is not None:
        files = ", ".join(str(path) for path in settings.files) or "-"
        text = QT_TRANSLATE_NOOP("Doctor", "Settings are valid. Files read: {files}")
        return _check("settings", "ok", text, files=files)
    assert error is not None
    action = QT_TRANSLATE_NOOP(
        "Doctor",
        "Correct {key} in {source} (tiski config check says what is allowed), then run tiski "
        "doctor again; the checks that need the settings were skipped.",
    )
    params = {"key": getattr(error, "key", "-"), "source": getattr(error, "source", "-")}
    return Check("settings", "error", error.message, _m(action, **params))


def _writable(folder: Path) -> OSError | None:
    """None when a file can be made in ``folder`` (and is removed again), else why not."""
    try:
        handle, name = tempfile.mkstemp(prefix=".tiski-doctor-", dir=folder)
    except OSError as error:
        return error
    os.close(handle)
    Path(name).unlink(missing_ok=True)
    return None


def _megabytes(size: int) -> str:
    return f"{size / 1_000_000:.1f}"


def check_data_folder() -> Check:
    from console import paths

    try:
        folder = paths.user_data_dir()
        problem = _writable(folder)
    except OSError as error:
        folder, problem = Path(error.filename or "?"), error
    if problem is not None:
        return _check(
            "data folder",
            "error",
            QT_TRANSLATE_NOOP("Doctor", "{folder} cannot be written ({reason})."),
            QT_TRANSLATE_NOOP(
                "Doctor",
                "Make the folder belong to the user who runs Tiski: note drafts, the window "
                "layout and the embedded database live there.",
            ),
            folder=str(folder),
            reason=problem.strerror or type(problem).__name__,
        )
    free = shutil.disk_usage(folder).free
    if free < LOW_DISK_BYTES:
        return _check(
            "data folder",
            "warning",
            QT_TRANSLATE_NOOP(
                "Doctor", "{folder} is writable, but only {free} MB are free on its disk."
            ),
            QT_TRANSLATE_NOOP(
                "Doctor", "Free some disk space: the embedded database and note drafts grow there."
            ),
            folder=str(folder),
            free=_megabytes(free),
        )
    text = QT_TRANSLATE_NOOP("Doctor", "{folder} is writable ({free} MB free).")
    return _check("data folder", "ok", text, folder=str(folder), free=_megabytes(free))


def check_log_folder() -> Check:
    from console import paths
    from console.logs import LOG_FILE_NAME

    try:
        folder = paths.user_log_dir()
        problem = _writable(folder)
    except OSError as error:
        folder, problem = Path(error.filename or "?"), error
    if problem is not None:
        return _check(
            "log folder",
            "warning",
            QT_TRANSLATE_NOOP("Doctor", "{folder} cannot be written ({reason})."),
            QT_TRANSLATE_NOOP(
                "Doctor",
                "Make the folder belong to the user who runs Tiski; until then a problem "
                "leaves no trace in a log.",
            ),
            folder=str(folder),
            reason=problem.strerror or type(problem).__name__,
        )
    files = [path for path in folder.glob(f"{LOG_FILE_NAME}*") if path.is_file()]
    return _check(
        "log folder",
        "ok",
        QT_TRANSLATE_NOOP("Doctor", "{folder} is writable; log files: {count}, {size} MB."),
        folder=str(folder),
        count=len(files),
        size=_megabytes(sum(path.stat().st_size for path in files)),
    )


# ---------------------------------------------------------------- keyring
_KEYRING_LATE = QT_TRANSLATE_NOOP("Doctor", "The keyring did not answer within {seconds} s.")
_UNLOCK = QT_TRANSLATE_NOOP("Doctor", "Unlock the keyring (sign out and in again).")


def check_keyring() -> Check:
    try:
        name, keeps_nothing = _within(KEYRING_SECONDS, _keyring_backend)
    except _Late:
        return _check("keyring", "warning", _KEYRING_LATE, _UNLOCK, seconds=KEYRING_SECONDS)
    except Exception as error:
        return _check(
            "keyring",
            "warning",
            QT_TRANSLATE_NOOP("Doctor", "The keyring could not be used ({reason})."),
            QT_TRANSLATE_NOOP("Doctor", "Check the keyring settings of this user."),
            reason=_reason(error),
        )
    if not keeps_nothing:
        return _check("keyring", "ok", QT_TRANSLATE_NOOP("Doctor", "Backend: {name}."), name=name)
    if sys.platform.startswith("linux"):
        return _check(
            "keyring",
            "warning",
            QT_TRANSLATE_NOOP(
                "Doctor",
                "This computer has no keyring backend ({name}); a headless Linux has none. "
                "Tiski carries on without one.",
            ),
            QT_TRANSLATE_NOOP(
                "Doctor",
                "Keep the database password in ~/.pgpass (mode 0600) and the identity key in a "
                "file named by identity.key_file; agency plugins' credentials need a keyring "
                "(on a desktop: Secret Service, such as GNOME Keyring).",
            ),
            name=name,
        )
    return _check(
        "keyring",
        "warning",
        QT_TRANSLATE_NOOP("Doctor", "No keyring backend was found ({name})."),
        QT_TRANSLATE_NOOP(
            "Doctor",
            "Tiski keeps passwords, the identity key and plugin credentials in the system "
            "keyring (Windows Credential Manager, macOS Keychain): check that this user can "
            "use it.",
        ),
        name=name,
    )


def _keyring_backend() -> tuple[str, bool]:
    """The backend's name, and whether it keeps nothing (no backend, or switched off)."""
    import keyring
    from keyring.backends import fail, null

    backend = keyring.get_keyring()
    inner = getattr(backend, "backends", None)
    chosen = inner if isinstance(inner, list) and inner else [backend]
    name = ", ".join(str(getattr(b, "name", type(b).__name__)) for b in chosen)
    return name, isinstance(backend, fail.Keyring | null.Keyring)


# ---------------------------------------------------------------- database
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
    from console.app import database_url
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
    from console.store.database import Database, DatabaseUnreachable
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


_THEN = QT_TRANSLATE_NOOP("Doctor", "{first} {rest}")
_SEE_SECURITY = QT_TRANSLATE_NOOP(
    "Doctor", "See docs/deploy.md (staff accounts) and docs/security.md (isolation)."
)


def _policy_problems(database: Database) -> list[Message]:
    from console.store.pg_roles import policy_problems

    return policy_problems(database)


# ---------------------------------------------------------------- the desk's set-up
def check_setup(desk: _Desk) -> Check | None:
    """What the desk has: services, counters, staff; a service nobody serves is named."""
    database = desk.database
    if database is None:
        return None
    try:
        current = _within(NETWORK_SECONDS + 2, lambda: _current_desk(database))
    except Exception as error:
        text = QT_TRANSLATE_NOOP("Doctor", "The desk's set-up could not be read ({reason}).")
        return _check("desk", "warning", text, _UNREACHABLE_ACTION, reason=_reason(error))
    if current is None or not current.services:
        if desk.embedded:
            action = QT_TRANSLATE_NOOP(
                "Doctor",
                "Start tiski: its first start sets the desk up (a desk file, a small office "
                "or the demo); or run tiski desk apply FILE.",
            )
        else:
            action = QT_TRANSLATE_NOOP(
                "Doctor",
                "Write the desk file (tiski desk template FILE gives a start) and run tiski "
                "desk apply FILE with the owner's database URL (docs/deploy.md).",
            )
        text = QT_TRANSLATE_NOOP("Doctor", "No desk is set up in this database yet.")
        return _check("desk", "warning", text, action)
    serving = [m for m in current.staff if m.role.value not in ("kiosk", "display", "it")]
    served = {code for member in serving for code in member.skills}
    orphans = [service.code for service in current.services if service.code not in served]
    params = {
        "name": current.names.get(desk.language),
        "services": len(current.services),
        "counters": len(current.counters),
        "staff": len(current.staff),
    }
    if orphans:
        text = QT_TRANSLATE_NOOP(
            "Doctor",
            "{name}: {services} services, {counters} counters, {staff} staff; nobody has the "
            "skill to serve {orphans}.",
        )
        action = QT_TRANSLATE_NOOP(
            "Doctor",
            "Give someone the skill in the desk file (skills = [...]) or in the admin window, "
            "or set kiosk = false until someone does.",
        )
        return _check("desk", "warning", text, action, orphans=", ".join(orphans), **params)
    text = QT_TRANSLATE_NOOP(
        "Doctor", "{name}: {services} services, {counters} counters, {staff} staff."
    )
    return _check("desk", "ok", text, **params)


def _current_desk(database: Database) -> DeskSpec | None:
    from console.desk.setup import current_desk

    return current_desk(database)


# ---------------------------------------------------------------- codes in clear
PRIVACY_NEWEST_ROWS = 2000  # of each table: a quick look; tiski privacy check reads all
PRIVACY_SECONDS = 10
_RUN_PRIVACY_CHECK = QT_TRANSLATE_NOOP(
    "Doctor",
    "Run tiski privacy check (on PostgreSQL with the owner's URL) for every row; "
    "docs/security.md says how to mask what it finds.",
)


def check_privacy(desk: _Desk) -> Check | None:
    """Identity codes in clear in the newest rows of each table and this PC's journal."""
    database = desk.database
    if database is None:
        return None
    try:
        report = _within(PRIVACY_SECONDS, lambda: _privacy_scan(database))
    except _Late:
        text = QT_TRANSLATE_NOOP(
            "Doctor", "The look for identity codes in clear did not finish within {seconds} s."
        )
        return _check("privacy", "warning", text, _RUN_PRIVACY_CHECK, seconds=PRIVACY_SECONDS)
    except Exception as error:
        text = QT_TRANSLATE_NOOP(
            "Doctor", "The look for identity codes in clear failed ({reason})."
        )
        return _check("privacy", "warning", text, _RUN_PRIVACY_CHECK, reason=_reason(error))
    if not report.findings:
        text = QT_TRANSLATE_NOOP(
            "Doctor",
            "No identity code in clear in the newest {rows} rows of each table nor in this "
            "PC's journal.",
        )
        return _check("privacy", "ok", text, rows=PRIVACY_NEWEST_ROWS)
    places = list(dict.fromkeys(finding.place for finding in report.findings))
    text = QT_TRANSLATE_NOOP("Doctor", "Identity codes in clear in {places}.")
    return _check("privacy", "warning", text, _RUN_PRIVACY_CHECK, places=", ".join(places))


def _privacy_scan(database: Database) -> PrivacyReport:
    from console.store.journal import journal_file
    from console.store.privacy_scan import scan_database, scan_files

    report = scan_database(database, newest=PRIVACY_NEWEST_ROWS)
    report.add(scan_files([journal_file()], newest=PRIVACY_NEWEST_ROWS))
    return report


# ---------------------------------------------------------------- identity key
_SET_KEY = QT_TRANSLATE_NOOP(
    "Doctor",
    "Give this console the desk's key with tiski identity set-key, or name a key file in "
    "identity.key_file.",
)


def check_identity(settings: Settings, desk: _Desk) -> Check:
    seconds = KEYRING_SECONDS + NETWORK_SECONDS
    try:
        return _within(seconds, lambda: _look_at_identity(settings, desk))
    except _Late:
        return _check("identity key", "warning", _KEYRING_LATE, _UNLOCK, seconds=seconds)
    except Exception as error:
        text = QT_TRANSLATE_NOOP("Doctor", "The identity key could not be checked ({reason}).")
        return _check("identity key", "warning", text, _SET_KEY, reason=_reason(error))


_MOVE_KEY_IN = QT_TRANSLATE_NOOP(
    "Doctor",
    "IT puts the desk's key into the database: tiski identity set-key --from-keyring (or "
    "--from-file FILE) with the owner's database URL.",
)
_REMOVE_KEY = QT_TRANSLATE_NOOP(
    "Doctor",
    "Remove it from this computer: python -m keyring del tiski/identity site-key, and delete "
    "the file identity.key_file names.",
)


def _look_at_database_key(settings: Settings, desk: _Desk) -> Check:
    """PostgreSQL: the database holds the key and hashes codes; a console's key is a risk."""
    import keyring
    from keyring.errors import KeyringError

    from console.site_secret import KEYRING_SERVICE, KEYRING_USER
    from console.store.queries import transaction

    if desk.database is None:
        text = QT_TRANSLATE_NOOP(
            "Doctor",
            "Kept in the desk database, which hashes identity codes itself; not checked, the "
            "database could not be read.",
        )
        return _check("identity key", "warning", text)
    with transaction(desk.database) as tx:
        held = tx.database_key_fingerprint()
    if held is None:
        text = QT_TRANSLATE_NOOP(
            "Doctor",
            "The desk database holds no identity key yet, so identity codes cannot be used "
            "(the queue works).",
        )
        return _check("identity key", "warning", text, _MOVE_KEY_IN)
    try:
        left_here = keyring.get_password(KEYRING_SERVICE, KEYRING_USER) is not None
    except KeyringError:
        left_here = False
    if left_here or str(settings["identity.key_file"]):
        text = QT_TRANSLATE_NOOP(
            "Doctor",
            "In the desk database (fingerprint {fingerprint}), but this computer still keeps "
            "an identity key, which a PostgreSQL desk does not use: whoever can run code as "
            "this user could read it.",
        )
        return _check("identity key", "warning", text, _REMOVE_KEY, fingerprint=held)
    text = QT_TRANSLATE_NOOP(
        "Doctor",
        "In the desk database (fingerprint {fingerprint}), readable by its owner only; this "
        "console holds none.",
    )
    return _check("identity key", "ok", text, fingerprint=held)


def _look_at_identity(settings: Settings, desk: _Desk) -> Check:
    """Where this console's identity key comes from (never making one), and its match."""
    import keyring
    from keyring.errors import KeyringError, NoKeyringError

    from console.app import database_url

    if database_url(settings, demo=False)[0].startswith("postgresql"):
        return _look_at_database_key(settings, desk)

    from console.core.identity import secret_fingerprint
    from console.site_secret import (
        KEYRING_SERVICE,
        KEYRING_USER,
        embedded_key_file,
        load_site_secret,
    )

    locked: str | None = None
    try:
        in_keyring = keyring.get_password(KEYRING_SERVICE, KEYRING_USER) is not None
    except NoKeyringError:
        in_keyring = False
    except KeyringError as error:
        in_keyring, locked = False, type(error).__name__
    key_file, own_file = str(settings["identity.key_file"]), embedded_key_file()
    in_file = _m(QT_TRANSLATE_NOOP("Doctor", "the key file {file}"))
    secret: bytes | None = None
    try:
        # The order of console.site_secret.load_site_secret.
        if in_keyring:
            source = _m(QT_TRANSLATE_NOOP("Doctor", "this computer's keyring"))
            secret = load_site_secret(secret_file=None, create_if_missing=False)
        elif key_file:
            source = _m(in_file.text, file=key_file)
            secret = load_site_secret(secret_file=Path(key_file), create_if_missing=False)
        elif desk.embedded and own_file.exists():
            source = _m(in_file.text, file=str(own_file))
            secret = load_site_secret(secret_file=own_file, create_if_missing=False)
    except TiskiError as error:
        return Check("identity key", "warning", error.message, _m(_SET_KEY))
    if secret is None:
        if locked is not None:
            text = QT_TRANSLATE_NOOP(
                "Doctor", "The keyring could not be read ({reason}); it may be locked."
            )
            return _check("identity key", "warning", text, _UNLOCK, reason=locked)
        if desk.embedded:
            text = QT_TRANSLATE_NOOP(
                "Doctor",
                "None yet: the embedded database makes its own key when an identity code is "
                "first used.",
            )
            return _check("identity key", "ok", text)
        text = QT_TRANSLATE_NOOP(
            "Doctor",
            "This console has no identity key, so identity codes cannot be used at it (the "
            "queue works).",
        )
        return _check("identity key", "warning", text, _SET_KEY)
    params: dict[str, object] = {"source": source, "fingerprint": secret_fingerprint(secret)}
    if desk.database is None:
        text = QT_TRANSLATE_NOOP(
            "Doctor",
            "In {source} (fingerprint {fingerprint}); not compared with the database, which "
            "could not be read.",
        )
        return _check("identity key", "ok", text, **params)
    from console.store.queries import transaction

    with transaction(desk.database) as tx:
        stored = tx.identity_fingerprint()
    if stored is None:
        text = QT_TRANSLATE_NOOP(
            "Doctor",
            "In {source} (fingerprint {fingerprint}); the database has none yet: the first "
            "identity code used sets it.",
        )
        return _check("identity key", "ok", text, **params)
    if stored == params["fingerprint"]:
        text = QT_TRANSLATE_NOOP(
            "Doctor", "In {source}; matches the database (fingerprint {fingerprint})."
        )
        return _check("identity key", "ok", text, **params)
    from console.site_secret import backup_with_fingerprint

    # An error, not a warning: every visitor identified so far is out of this console's
    # reach (their hashes were made with the other key), and it refuses identity codes.
    text = QT_TRANSLATE_NOOP(
        "Doctor",
        "The key in {source} (fingerprint {fingerprint}) is not the one the database was set "
        "up with ({stored}): visitors identified with the desk's key would not be found, so "
        "identity codes cannot be used at this console.",
    )
    backup = backup_with_fingerprint(stored)
    if backup is not None:
        restore = QT_TRANSLATE_NOOP(
            "Doctor",
            "The backup {backup} holds the database's key: tiski identity set-key --from-file "
            "{backup}",
        )
        return _check(
            "identity key", "error", text, restore, stored=stored, backup=str(backup), **params
        )
    return _check("identity key", "error", text, _SET_KEY, stored=stored, **params)


# ---------------------------------------------------------------- plugins
_SEE_LIST = QT_TRANSLATE_NOOP("Doctor", "See tiski plugins list and the log file.")


def check_plugins(settings: Settings) -> list[Check]:
    from console.plugin_host.discovery import plugins_for

    try:
        found = plugins_for(settings)
    except Exception as error:
        text = QT_TRANSLATE_NOOP("Doctor", "The plugins could not be listed ({reason}).")
        return [_check("plugins", "warning", text, _SEE_LIST, reason=_reason(error))]
    if not found:
        return [
            _check(
                "plugins",
                "warning",
                QT_TRANSLATE_NOOP("Doctor", "No agency plugins were found."),
                QT_TRANSLATE_NOOP(
                    "Doctor",
                    "The console works without them; the first-party ones come with Tiski "
                    "(reinstall it if they are missing).",
                ),
            )
        ]
    ca_bundle = str(settings["plugins.ca_bundle"]) or None
    # Imported here once, not by every thread at once.
    import console.plugin_api
    import console.plugin_host.credentials
    import console.ui.plugin_panels  # noqa: F401

    # Every back office is asked at once: the slowest sets the time doctor takes.
    running: list[tuple[Found, threading.Thread, list[Check]]] = []
    for item in found:
        result: list[Check] = []

        def look(item: Found = item, result: list[Check] = result) -> None:
            result.append(_plugin_check(item, settings, ca_bundle))

        thread = threading.Thread(target=look, name="tiski-doctor-plugin", daemon=True)
        thread.start()
        running.append((item, thread, result))
    deadline = time.monotonic() + NETWORK_SECONDS + KEYRING_SECONDS
    checks = []
    for item, thread, result in running:
        thread.join(max(0.0, deadline - time.monotonic()))
        if result:
            checks.append(result[0])
            continue
        checks.append(
            _check(
                _plugin_name(item),
                "warning",
                QT_TRANSLATE_NOOP(
                    "Doctor", "{plugin}: no answer within {seconds} s (keyring or back office)."
                ),
                QT_TRANSLATE_NOOP(
                    "Doctor", "Check the network to the back office and that the keyring is open."
                ),
                plugin=_plugin_label(item),
                seconds=NETWORK_SECONDS + KEYRING_SECONDS,
            )
        )
    return checks


def _plugin_name(item: Found) -> str:
    return f"plugin {item.shown_id or item.path.name}"


def _plugin_label(item: Found) -> str:
    if item.manifest is None:
        return f"{item.shown_id or item.path.name} ({item.source})"
    return f"{item.manifest.id} {item.manifest.version} ({item.source})"


def _plugin_check(item: Found, settings: Settings, ca_bundle: str | None) -> Check:
    try:
        return _look_at_plugin(item, settings, ca_bundle)
    except Exception as error:  # one plugin's surprise must not end the report
        text = QT_TRANSLATE_NOOP("Doctor", "{plugin}: could not be checked ({reason}).")
        params = {"plugin": _plugin_label(item), "reason": _reason(error)}
        return _check(_plugin_name(item), "warning", text, _SEE_LIST, **params)


def _look_at_plugin(item: Found, settings: Settings, ca_bundle: str | None) -> Check:
    from console.plugin_host.credentials import get_credential
    from console.plugin_host.settings import PluginSettingsError, plugin_settings

    name = _plugin_name(item)
    params: dict[str, object] = {"plugin": _plugin_label(item), "reason": item.reason or "-"}
    if item.state == "off":
        return _check(name, "ok", QT_TRANSLATE_NOOP("Doctor", "{plugin}: off. {reason}"), **params)
    if item.state == "duplicate":
        text = QT_TRANSLATE_NOOP("Doctor", "{plugin}: {reason}")
        action = QT_TRANSLATE_NOOP("Doctor", "Remove one of the two copies.")
        return _check(name, "warning", text, action, **params)
    if item.state == "refused":
        text = QT_TRANSLATE_NOOP("Doctor", "{plugin}: refused, not loaded. {reason}")
        action = QT_TRANSLATE_NOOP(
            "Doctor",
            "Give the plugin an id of its own, trust a folder IT changed again (tiski plugins "
            "trust {path}), or remove it.",
        )
        return _check(name, "warning", text, action, path=str(item.path), **params)
    if item.manifest is None or item.state != "ready":
        return _check(
            name,
            "warning",
            QT_TRANSLATE_NOOP("Doctor", "{plugin}: invalid, not loaded. {reason}"),
            QT_TRANSLATE_NOOP("Doctor", "Fix it (tiski plugins check {path}) or remove it."),
            path=str(item.path),
            **params,
        )
    manifest = item.manifest
    try:
        values = plugin_settings(manifest, settings.plugin_values(manifest.id))
    except PluginSettingsError as error:
        return _check(
            name,
            "warning",
            QT_TRANSLATE_NOOP("Doctor", "{plugin}: its panel shows an error. {reason}"),
            QT_TRANSLATE_NOOP("Doctor", "Correct {key} in the site settings."),
            key=error.key,
            **{**params, "reason": error.message},
        )
    problems: list[tuple[Message, Message]] = []
    secrets = {}
    for credential in manifest.credentials:
        secret = get_credential(manifest, credential)
        if secret is not None:
            secrets[credential] = secret
            continue
        problems.append(
            (
                _m(
                    QT_TRANSLATE_NOOP("Doctor", "its credential {name} is not in the keyring"),
                    name=credential,
                ),
                _m(
                    QT_TRANSLATE_NOOP(
                        "Doctor",
                        "Keep it in the keyring: tiski plugins set-credential {id} {name}.",
                    ),
                    id=manifest.id,
                    name=credential,
                ),
            )
        )
    base_url = str(values.get("base_url") or "")
    if not (manifest.health and base_url):
        params["answered"] = _m(QT_TRANSLATE_NOOP("Doctor", "it declares no health check"))
    else:
        health, seconds, url = _ask_health(base_url, manifest.health, secrets, ca_bundle)
        answer = {"url": url, "seconds": seconds, "id": manifest.id}
        if health == "healthy":
            text = QT_TRANSLATE_NOOP("Doctor", "{url} answered in {seconds} s")
            params["answered"] = _m(text, **answer)
        elif health == "slow":
            finding = QT_TRANSLATE_NOOP("Doctor", "its back office is slow: {url} took {seconds} s")
            action = QT_TRANSLATE_NOOP(
                "Doctor", "Tell the agency's contact if it stays slow; the panel waits longer."
            )
            problems.insert(0, (_m(finding, **answer), _m(action, **answer)))
        else:
            finding = QT_TRANSLATE_NOOP("Doctor", "its back office is down: {url}")
            action = QT_TRANSLATE_NOOP(
                "Doctor",
                "Check plugins.{id}.base_url in the site settings and the network to the back "
                "office (the demo's sandbox: tiski sandbox serve).",
            )
            problems.insert(0, (_m(finding, **answer), _m(action, **answer)))
    if not problems:
        return _check(
            name, "ok", QT_TRANSLATE_NOOP("Doctor", "{plugin}: ready; {answered}."), **params
        )
    return Check(
        name,
        "warning",
        _m(
            QT_TRANSLATE_NOOP("Doctor", "{plugin}: ready, but {problems}."),
            plugin=params["plugin"],
            problems=_joined(
                [finding for finding, _ in problems],
                QT_TRANSLATE_NOOP("Doctor", "{first}; {rest}"),
            ),
        ),
        _joined([action for _, action in problems], QT_TRANSLATE_NOOP("Doctor", "{first} {rest}")),
    )


def _ask_health(
    base_url: str, path: str, secrets: dict[str, str], ca_bundle: str | None
) -> tuple[str, str, str]:
    """``(health, seconds taken, URL asked)`` of one back office, within about 3 s."""
    from console.plugin_api import HttpClient
    from console.ui.plugin_panels import CREDENTIAL_HEADER

    headers = {CREDENTIAL_HEADER: secrets["api-key"]} if "api-key" in secrets else {}
    client = HttpClient(
        base_url,
        headers=headers,
        connect_timeout=HEALTH_CONNECT_SECONDS,
        read_timeout=HEALTH_READ_SECONDS,
        retries=0,
        verify=ca_bundle or True,
    )
    try:
        started = time.monotonic()
        health = client.check_health(path, slow_after=SLOW_SECONDS)
        return str(health), f"{time.monotonic() - started:.2f}", client.url_for(path)
    finally:
        client.close()


# ---------------------------------------------------------------- printer and screen
def check_printer(settings: Settings) -> Check:
    pdf = str(settings["kiosk.print_to_pdf"])
    if pdf:
        folder = Path(pdf).expanduser().parent
        while not folder.exists() and folder != folder.parent:
            folder = folder.parent  # the printer makes the missing folders
        if os.access(folder, os.W_OK):
            text = QT_TRANSLATE_NOOP("Doctor", "Kiosk tickets go into the PDF file {file}.")
            return _check("printer", "ok", text, file=pdf)
        return _check(
            "printer",
            "warning",
            QT_TRANSLATE_NOOP(
                "Doctor", "Kiosk tickets go into {file}, but {folder} is not writable."
            ),
            QT_TRANSLATE_NOOP("Doctor", "Correct kiosk.print_to_pdf, or the folder's owner."),
            file=pdf,
            folder=str(folder),
        )
    from PySide6.QtPrintSupport import QPrinterInfo

    names = QPrinterInfo.availablePrinterNames()
    wanted = str(settings["kiosk.printer"])
    if wanted and wanted in names:
        text = QT_TRANSLATE_NOOP("Doctor", "The kiosk printer {name} is there.")
        return _check("printer", "ok", text, name=wanted)
    if wanted:
        return _check(
            "printer",
            "warning",
            QT_TRANSLATE_NOOP(
                "Doctor", "There is no printer {name} (kiosk.printer); printers here: {names}."
            ),
            QT_TRANSLATE_NOOP(
                "Doctor", "Connect that printer, or name one of these in kiosk.printer."
            ),
            name=wanted,
            names=", ".join(names) or "-",
        )
    default = QPrinterInfo.defaultPrinter()
    if not default.isNull():
        text = QT_TRANSLATE_NOOP("Doctor", "Kiosk tickets go to the default printer {name}.")
        return _check("printer", "ok", text, name=default.printerName())
    return _check(
        "printer",
        "warning",
        QT_TRANSLATE_NOOP("Doctor", "No printer: a kiosk here could not print tickets."),
        QT_TRANSLATE_NOOP(
            "Doctor",
            "Only a kiosk prints: there, connect the ticket printer and make it the default or "
            "name it in kiosk.printer. A counter PC needs none.",
        ),
    )


def check_screen() -> Check:
    from console.app import display_problem

    problem = display_problem()
    if problem is None:
        return _check("screen", "ok", QT_TRANSLATE_NOOP("Doctor", "Tiski can open windows here."))
    action = QT_TRANSLATE_NOOP(
        "Doctor", "Nothing to do in a remote session: the desk's own screen is what counts."
    )
    return Check("screen", "warning", problem, _m(action))


def check_plugin_sandbox() -> Check:
    """Which protections the API 2 plugin processes get on this machine."""
    from console.plugin_runtime.sandbox import describe_protections, probe

    report = probe()
    if report["landlock"] and report["seccomp"] and not report["missing"]:
        return _check(
            "plugin sandbox",
            "ok",
            QT_TRANSLATE_NOOP("Doctor", "Plugin processes are locked down: {protections}."),
            protections=describe_protections(report),
        )
    return _check(
        "plugin sandbox",
        "warning",
        QT_TRANSLATE_NOOP(
            "Doctor",
            "Plugin processes run with fewer protections here: {protections}. Each plugin "
            "still runs in a process of its own without credentials, database or keyring, "
            "but with the reach of this OS account.",
        ),
        QT_TRANSLATE_NOOP(
            "Doctor", "Use Linux 6.12 or later for every protection (docs/plugins.md)."
        ),
        protections=describe_protections(report),
    )


def check_qt() -> Check:
    from console.ui.qt_compat import broken_qt_release

    broken = broken_qt_release()
    if broken is None:
        return _check(
            "qt", "ok", QT_TRANSLATE_NOOP("Doctor", "The Qt libraries are a safe release.")
        )
    return _check(
        "qt",
        "error",
        QT_TRANSLATE_NOOP(
            "Doctor",
            "PySide6 {version} on this Python crashes the console after some thousands of "
            "background jobs.",
        ),
        QT_TRANSLATE_NOOP(
            "Doctor",
            "Install the versions Tiski is tested with: pip install -c constraints.txt tiski, "
            "or use the packaged installer.",
        ),
        version=broken,
    )


# ---------------------------------------------------------------- running
def run_checks(settings: Settings | None, settings_error: TiskiError | None = None) -> list[Check]:
    """Every check, in the order a person reads them; none of them raises."""
    checks = [check_settings(settings, settings_error), check_data_folder(), check_log_folder()]
    checks.append(check_keyring())
    if settings is None:
        return [*checks, check_qt(), check_screen()]
    desk = _Desk(language=str(settings["ui.language"]))
    try:
        checks.append(check_database(settings, desk))
        roles = check_roles(desk)
        checks += [roles] if roles is not None else []
        setup = check_setup(desk)
        checks += [setup] if setup is not None else []
        checks.append(check_identity(settings, desk))
        privacy = check_privacy(desk)
        checks += [privacy] if privacy is not None else []
    finally:
        if desk.database is not None:
            desk.database.dispose()
    checks += check_plugins(settings)
    checks.append(check_plugin_sandbox())
    return [*checks, check_printer(settings), check_qt(), check_screen()]


def run_doctor(
    settings: Settings | None,
    *,
    as_json: bool,
    settings_error: TiskiError | None = None,
    language: str | None = None,
) -> int:
    """Run ``tiski doctor``: print the report; 0, or 1 when something needed is broken."""
    if language is None:
        language = str(settings["ui.language"]) if settings is not None else "fi"
    voice = _Voice(language)
    checks = run_checks(settings, settings_error)
    broken = any(check.status == "error" for check in checks)
    if as_json:
        print(json.dumps(report_json(checks, voice), ensure_ascii=False, indent=2))
        if broken:
            print(f"tiski doctor: {voice.summary(checks)}", file=sys.stderr)
    else:
        print(report_text(checks, voice))
    return EXIT_BROKEN if broken else EXIT_OK


class _Voice:
    """Texts in the interface language, through Qt's translations."""

    def __init__(self, language: str) -> None:
        from PySide6.QtCore import QCoreApplication

        from console.i18n import install_translators

        install_translators(QCoreApplication.instance() or QCoreApplication(["tiski"]), language)

    def text(self, message: Message) -> str:
        from console.i18n import translate

        return translate(message)

    def summary(self, checks: Sequence[Check]) -> str:
        broken = [check.name for check in checks if check.status == "error"]
        warnings = sum(check.status == "warning" for check in checks)
        if broken:
            text = QT_TRANSLATE_NOOP(
                "Doctor", "Broken: {names}. The desk cannot work until that is fixed."
            )
        elif warnings:
            text = QT_TRANSLATE_NOOP(
                "Doctor", "Warnings: {count}. The desk can work; see what to do above."
            )
        else:
            text = QT_TRANSLATE_NOOP("Doctor", "Everything is in order.")
        return self.text(_m(text, names=", ".join(broken), count=warnings))


def report_json(checks: Sequence[Check], voice: _Voice) -> dict[str, object]:
    from console.version import version

    return {
        "version": version(),
        "checks": [
            {
                "name": check.name,
                "status": check.status,
                "finding": voice.text(check.finding),
                "action": voice.text(check.action) if check.action else None,
            }
            for check in checks
        ],
        "ok": not any(check.status == "error" for check in checks),
    }


def report_text(checks: Sequence[Check], voice: _Voice) -> str:
    """One line per check in aligned columns, what to do beneath it."""
    from console.version import version

    statuses = [voice.text(_m(_STATUS_TEXTS[check.status])) for check in checks]
    status_width = max(len(text) for text in statuses)
    name_width = max(len(check.name) for check in checks)
    indent = " " * (status_width + name_width + 4)
    lines = [f"Tiski {version()}"]
    for check, status in zip(checks, statuses, strict=True):
        finding = voice.text(check.finding)
        lines.append(f"{status.ljust(status_width)}  {check.name.ljust(name_width)}  {finding}")
        if check.action is not None and check.status != "ok":
            lines.append(f"{indent}-> {voice.text(check.action)}")
    lines.append(voice.summary(checks))
    return "\n".join(lines)
