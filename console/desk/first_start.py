"""The first start: a new database becomes a desk with someone who can sign in.

On the embedded database (one PC) the console itself leads IT through it: a desk file
(imported, the small office's template, or the demo instead), then the first IT
person's local account. A shared PostgreSQL database is set up from the command line
with the owner's URL, so a console on an empty one says which commands to run.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from console.core.desk_file import DeskSpec
from console.core.text import QT_TRANSLATE_NOOP, Message, TiskiError
from console.desk.accounts import normalized_username, password_problem
from console.desk.errors import DeskError
from console.desk.setup import Applied, apply_setup
from console.desk.staff_admin import add_staff, check_staff, list_staff
from console.store.database import Database
from console.store.queries import transaction
from console.store.schema import SchemaState, schema_status

log = logging.getLogger(__name__)

_CTX = "FirstStart"
ADMIN_ROLE = "it"

# What IT runs on a new PostgreSQL database, in order (docs/first-start.md).
SERVER_COMMANDS = (
    "tiski db upgrade --database OWNER_URL",
    "tiski desk template desk.toml",
    "tiski desk apply desk.toml --database OWNER_URL",
    'tiski staff add USER --name "FULL NAME" --role it --database OWNER_URL',
)


@dataclass(frozen=True)
class AccountState:
    """How many staff accounts the database has, and how many can sign in."""

    staff: int  # every row, switched off or not
    active: int
    can_sign_in: int  # active with a password (SQLite's local accounts)

    @property
    def fresh(self) -> bool:
        """No one was ever added: the first start leads IT through the set-up."""
        return self.staff == 0


@dataclass(frozen=True)
class FirstAdmin:
    """The first IT person, as typed in the first-start window."""

    username: str
    full_name: str
    password: str


def account_state(database: Database) -> AccountState:
    """The staff accounts of a SQLite database (local accounts)."""
    accounts = list_staff(database)
    active = [account for account in accounts if account.active]
    return AccountState(
        len(accounts), len(active), sum(1 for account in active if account.has_password)
    )


def has_desk(database: Database) -> bool:
    """Whether the database has a desk already (agencies and services)."""
    with transaction(database) as tx:
        return not tx.is_empty()


def _say(text: str, **params: object) -> Message:
    return Message(_CTX, text, dict(params))


def admin_problem(database: Database, admin: FirstAdmin) -> Message | None:
    """Why ``admin`` cannot be made, or ``None`` (checked before anything is written)."""
    if not normalized_username(admin.username):
        return _say(QT_TRANSLATE_NOOP("FirstStart", "Give the administrator's user name."))
    if not admin.full_name.strip():
        return _say(QT_TRANSLATE_NOOP("FirstStart", "Give the administrator's full name."))
    problem = password_problem(admin.username, admin.password)
    if problem is not None:
        return problem
    try:
        check_staff(database, admin.username, full_name=admin.full_name, role=ADMIN_ROLE)
    except TiskiError as error:
        return error.message
    return None


def set_up_desk(
    database: Database, desk: DeskSpec | None, admin: FirstAdmin, *, source: str
) -> Applied | None:
    """Apply ``desk`` (``None``: keep the desk the database has) and add ``admin`` as IT.

    Nobody is signed in yet: IT at their own PC, as with ``tiski desk apply`` and
    ``tiski staff add`` on the same file. The administrator is checked first, so a
    refused one leaves the database as it was.
    """
    problem = admin_problem(database, admin)
    if problem is not None:
        raise DeskError(problem)
    applied = apply_setup(database, desk, actor=None, source=source) if desk else None
    add_staff(
        database,
        admin.username,
        full_name=admin.full_name.strip(),
        role=ADMIN_ROLE,
        password=admin.password,
    )
    log.info("First start: desk from %s, administrator %s", source, admin.username)
    return applied


def server_problem(database: Database) -> Message | None:
    """What IT must run before anyone can sign in to a new PostgreSQL database, or
    ``None`` when it has a schema and staff (or this connection cannot tell)."""
    try:
        status = schema_status(database)
        if status.state is SchemaState.EMPTY:
            return _server_message(
                QT_TRANSLATE_NOOP(
                    "FirstStart",
                    "The database {place} has no tables yet, so no one can sign in. IT sets "
                    "it up once for the whole office, with the database owner's URL:\n"
                    "{commands}\nThen start Tiski again and sign in.",
                ),
                database,
            )
        if status.state is not SchemaState.CURRENT:
            return None  # the sign-in says how to upgrade
        with transaction(database) as tx:
            staff = tx.staff_count()
    except Exception as error:  # the sign-in will say what is wrong
        log.info("Could not look at the database before signing in: %s", type(error).__name__)
        return None
    if staff:
        return None
    return _server_message(
        QT_TRANSLATE_NOOP(
            "FirstStart",
            "The database {place} has no staff accounts yet, so no one can sign in. IT adds "
            "the desk and its people with the database owner's URL:\n{commands}\n"
            "Then start Tiski again and sign in.",
        ),
        database,
    )


def _server_message(text: str, database: Database) -> Message:
    commands = "\n".join(f"  {command}" for command in SERVER_COMMANDS)
    return _say(text, place=database.shown_url, commands=commands)
