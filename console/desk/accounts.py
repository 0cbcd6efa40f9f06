"""Signing in: who is at the keyboard, proven by a password.

On PostgreSQL a staff member is their own login role: :func:`sign_in` connects as that
role, the server checks the password (or GSSAPI, or a client certificate, passed to
libpq through ``database.url``'s query) and every later statement runs as that person,
under the database's roles and row-level security. On the embedded SQLite database a
staff member has a local account whose password is kept as an argon2id hash
(argon2-cffi; RFC 9106's recommended algorithm, memory-hard, maintained): one file on
one PC, readable by whoever can read the file (docs/security.md says what that protects).

Wrong user names and wrong passwords get the same message, and the delay after
repeated failures is the same for names that exist and names that do not: it is
counted from the audit trail (embedded database) or in this process (PostgreSQL,
where the server's own ``auth_delay`` and connection log do the rest).
"""

from __future__ import annotations

import functools
import logging
import socket
import threading
import time
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from console.core.queue import utc_now
from console.core.records import StaffInfo
from console.core.text import QT_TRANSLATE_NOOP, Message
from console.desk.errors import DeskError
from console.store.database import Database
from console.store.login import (
    WrongCredentials,
    change_own_password,
    connect_as,
    password_accepted,
    staff_of_current_user,
)
from console.store.queries import transaction

log = logging.getLogger(__name__)

_CTX = "Accounts"

# Failures allowed in the window before each further attempt must wait.
FREE_ATTEMPTS = 5
FAILURE_WINDOW = timedelta(minutes=15)
FIRST_WAIT = timedelta(seconds=30)
LONGEST_WAIT = timedelta(minutes=15)
MIN_PASSWORD_LENGTH = 10
# The demo desk's accounts share this password, shown on the demo's sign-in dialog.
DEMO_PASSWORD = "demo"  # noqa: S105 - shown on the demo's sign-in dialog


@dataclass(frozen=True)
class Authenticated:
    """A person the database or the local account accepted."""

    database: Database
    staff: StaffInfo
    username: str
    # The embedded database: local accounts. PostgreSQL: the server's login roles.
    local: bool


def workstation() -> str:
    """This PC's name, as audit rows record it."""
    return socket.gethostname()[:128] or "?"


def normalized_username(text: str) -> str:
    """User names as typed: NFKC (fullwidth letters), no surrounding space, lower case."""
    return unicodedata.normalize("NFKC", text).strip().lower()


def wrong_credentials() -> DeskError:
    return DeskError(
        Message(
            _CTX,
            QT_TRANSLATE_NOOP(
                "Accounts",
                "The user name or the password is not right. Check them (is Caps Lock on?) "
                "and try again; if you have forgotten your password, ask IT.",
            ),
        )
    )


def must_wait(wait: timedelta) -> DeskError:
    minutes = max(1, int((wait.total_seconds() + 59) // 60))
    return DeskError(
        Message(
            _CTX,
            QT_TRANSLATE_NOOP(
                "Accounts",
                "Too many failed sign-ins with this user name. Try again in {minutes} min, "
                "or ask IT to check the account.",
            ),
            {"minutes": minutes},
        )
    )


def wait_after(failures: int) -> timedelta:
    """How long the next attempt waits after ``failures`` recent failures."""
    if failures < FREE_ATTEMPTS:
        return timedelta(0)
    return min(FIRST_WAIT * 2 ** (failures - FREE_ATTEMPTS), LONGEST_WAIT)


def password_problem(username: str, password: str) -> Message | None:
    """Why ``password`` may not be a new password, or ``None``."""
    if len(password) < MIN_PASSWORD_LENGTH:
        return Message(
            _CTX,
            QT_TRANSLATE_NOOP(
                "Accounts", "The new password is too short: use at least {count} characters."
            ),
            {"count": MIN_PASSWORD_LENGTH},
        )
    if normalized_username(username) in normalized_username(password):
        return Message(
            _CTX,
            QT_TRANSLATE_NOOP(
                "Accounts", "The new password contains your user name: choose another one."
            ),
        )
    return None


def console_refusal(staff: StaffInfo) -> DeskError | None:
    """Why ``staff`` may not use the staff console: the kiosk's and the lobby
    display's service accounts run only their own windows."""
    from console.core.permissions import ROLE_PERMISSIONS, Permission

    # Working at a counter is what the console is for: IT works at one too, and sees
    # the queues without visitors' names (it has no READ_QUEUE).
    if Permission.WORK_AT_COUNTER in ROLE_PERMISSIONS[staff.role]:
        return None
    return DeskError(
        Message(
            _CTX,
            QT_TRANSLATE_NOOP(
                "Accounts",
                "This is a service account of the ticket kiosk or the lobby display; it "
                "cannot sign in to the staff console. Sign in with your own account.",
            ),
        )
    )


# ---------------------------------------------------------------- password hashes
@functools.cache
def _hasher() -> Any:
    from argon2 import PasswordHasher

    return PasswordHasher()  # RFC 9106's low-memory profile: t=3, m=64 MiB, p=4


def hash_password(password: str) -> str:
    return str(_hasher().hash(password))


def password_matches(password_hash: str | None, password: str) -> bool:
    """Whether ``password`` is the one ``password_hash`` was made from.

    Without a hash (an unknown user, an account without a password) a hash is still
    checked, so that the time taken does not tell which it was.
    """
    from argon2.exceptions import InvalidHashError, VerificationError

    try:
        return bool(_hasher().verify(password_hash or _decoy_hash(), password)) and bool(
            password_hash
        )
    except (VerificationError, InvalidHashError):
        return False


@functools.cache
def _decoy_hash() -> str:
    import secrets

    return hash_password(secrets.token_urlsafe(16))


@functools.cache
def demo_password_hash() -> str:
    """One hash of the demo password for every demo account (made once per process)."""
    return hash_password(DEMO_PASSWORD)


# ---------------------------------------------------------------- throttling (PostgreSQL)
class _Failures:
    """Failed sign-ins per (database, user name) in this process."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._seen: dict[tuple[str, str], list[float]] = {}

    def wait(self, key: tuple[str, str]) -> timedelta:
        with self._lock:
            now = time.monotonic()
            recent = [
                t for t in self._seen.get(key, []) if now - t < FAILURE_WINDOW.total_seconds()
            ]
            self._seen[key] = recent
            if not recent:
                return timedelta(0)
            left = wait_after(len(recent)) - timedelta(seconds=now - recent[-1])
            return max(left, timedelta(0))

    def failed(self, key: tuple[str, str]) -> None:
        with self._lock:
            self._seen.setdefault(key, []).append(time.monotonic())

    def succeeded(self, key: tuple[str, str]) -> None:
        with self._lock:
            self._seen.pop(key, None)


_FAILURES = _Failures()


# ---------------------------------------------------------------- signing in
def sign_in(
    url: str,
    username: str,
    password: str | None,
    *,
    open_database: Callable[[str], Database] = Database,
    now: datetime | None = None,
    **options: Any,
) -> Authenticated:
    """Check who this is and hand back a database connected as them.

    ``options`` go to :class:`Database` (time limits) when a new connection is made.
    Raises :class:`DeskError` for a wrong user name or password, a locked-out name,
    and the database's own error when it cannot be reached.
    """
    name = normalized_username(username)
    if not name:
        raise wrong_credentials()
    if url.startswith("sqlite"):
        return _sign_in_locally(open_database(url), name, password or "", now or utc_now())
    return _sign_in_to_server(url, name, password, options)


def _sign_in_locally(database: Database, name: str, password: str, now: datetime) -> Authenticated:
    where = workstation()
    with transaction(database) as tx:
        failures, last = tx.failed_sign_ins_since(name, now - FAILURE_WINDOW)
        account = tx.local_account(name)
    if last is not None:
        left = wait_after(failures) - (now - last)
        if left > timedelta(0):
            raise must_wait(left)
    accepted = password_matches(account.password_hash if account else None, password)
    accepted = accepted and account is not None and account.active
    staff_id = account.staff.id if account else None
    with transaction(database) as tx:
        tx.record_sign_in(name, staff_id=staff_id, succeeded=accepted, now=now, workstation=where)
        if account is not None and not accepted:
            wait = wait_after(failures + 1)
            tx.set_lock(account.staff.id, now + wait if wait else None)
        elif account is not None:
            tx.set_lock(account.staff.id, None)
    if not accepted or account is None:
        log.info("A sign-in was refused")
        raise wrong_credentials()
    return Authenticated(database, account.staff, name, local=True)


def _sign_in_to_server(
    url: str, name: str, password: str | None, options: dict[str, Any]
) -> Authenticated:
    key = (url, name)
    left = _FAILURES.wait(key)
    if left > timedelta(0):
        raise must_wait(left)
    try:
        database = connect_as(url, name, password, **options)
    except WrongCredentials:
        _FAILURES.failed(key)
        raise wrong_credentials() from None
    staff = staff_of_current_user(database)
    if staff is not None:
        with transaction(database) as tx:
            # Only the audit row: staff rows are IT's to change on a shared database.
            tx.add_audit(
                "signed_in",
                now=utc_now(),
                staff_id=staff.id,
                counter_id=None,
                detail=name,
                workstation=workstation(),
            )
    if staff is None:
        # A login role of the server but no one at this desk (or switched off).
        database.dispose()
        _FAILURES.failed(key)
        raise wrong_credentials()
    _FAILURES.succeeded(key)
    return Authenticated(database, staff, name, local=False)


def verify_password(authenticated: Authenticated, password: str) -> bool:
    """Whether ``password`` is the signed-in person's (to unlock a locked console).

    Failures count towards the same delay as failed sign-ins.
    """
    if authenticated.local:
        try:
            _sign_in_locally(authenticated.database, authenticated.username, password, utc_now())
        except DeskError:
            return False
        return True
    key = (authenticated.database.url.render_as_string(hide_password=True), authenticated.username)
    if _FAILURES.wait(key) > timedelta(0):
        return False
    if password_accepted(authenticated.database, authenticated.username, password):
        _FAILURES.succeeded(key)
        return True
    _FAILURES.failed(key)
    return False


def change_password(authenticated: Authenticated, old_password: str, new_password: str) -> None:
    """Change the signed-in person's own password, after checking the old one."""
    problem = password_problem(authenticated.username, new_password)
    if problem is not None:
        raise DeskError(problem)
    if not verify_password(authenticated, old_password):
        raise DeskError(
            Message(
                _CTX,
                QT_TRANSLATE_NOOP(
                    "Accounts", "The current password is not right; the password was not changed."
                ),
            )
        )
    if authenticated.local:
        set_local_password(authenticated.database, authenticated.staff.id, new_password)
    else:
        change_own_password(authenticated.database, new_password)
        with transaction(authenticated.database) as tx:
            tx.add_audit(
                "password_changed",
                now=utc_now(),
                staff_id=authenticated.staff.id,
                counter_id=None,
                workstation=workstation(),
            )


def set_local_password(database: Database, staff_id: int, password: str) -> None:
    """Give a local account a new password (the embedded database; IT's ``staff password``)."""
    with transaction(database) as tx:
        tx.set_password_hash(
            staff_id, hash_password(password), now=utc_now(), workstation=workstation()
        )
