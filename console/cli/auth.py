"""Who runs a sensitive ``tiski`` command: ``--user``, a password, the right role.

The commands of :data:`console.core.permissions.COMMANDS` read or change
visitors' data or the desk's secrets. Each signs the person in through the
desk's own sign-in (:func:`console.desk.accounts.sign_in`: a local account on
the embedded database, the person's own login role on PostgreSQL, so the
database's roles apply to what the command does), checks the role against the
permission table, and is audited with who, when and from which PC.

The password is asked without echo. A script may put it in the environment
variable ``TISKI_PASSWORD`` instead: anyone who can read that process's
environment (the same user, root, a crash report) can read it too, so give
scripts an account of their own with only the role they need, and never type
``TISKI_PASSWORD=...`` on a command line that a shell history keeps
(docs/security.md).
"""

from __future__ import annotations

import argparse
import getpass
import logging
import os
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from console.core.permissions import COMMANDS, refusal, roles_with
from console.core.text import QT_TRANSLATE_NOOP, Message, TiskiError

if TYPE_CHECKING:
    from console.config import Settings
    from console.desk.queue import Actor
    from console.store.database import Database

log = logging.getLogger(__name__)

_CTX = "CommandLine"
PASSWORD_ENV = "TISKI_PASSWORD"  # noqa: S105 - the variable's name, not a password


def add_user_option(parser: argparse.ArgumentParser) -> None:
    """``--user USERNAME``: who runs a command that needs a signed-in person."""
    parser.add_argument(
        "--user",
        metavar="USERNAME",
        default=argparse.SUPPRESS,
        help="sign in as USERNAME for commands that read or change visitors' data or the "
        f"desk's secrets; the password is asked without echo (or read from {PASSWORD_ENV})",
    )


@dataclass
class Authorised:
    """A person signed in for one command, with the role it needs."""

    database: Database  # on PostgreSQL connected as the person's own login role
    actor: Actor
    command: str

    def record(self, action: str, detail: str | None = None) -> None:
        """Audit the command's act: who, when, which PC."""
        from console.desk.permits import record_act

        record_act(self.database, self.actor, COMMANDS[self.command], action, detail)

    def close(self) -> None:
        self.database.dispose()


def _refusal(text: str, **params: object) -> TiskiError:
    return TiskiError(Message(_CTX, text, dict(params)))


def _password(username: str, translate: Callable[[Message], str]) -> str:
    from_environment = os.environ.get(PASSWORD_ENV)
    if from_environment is not None:
        return from_environment
    prompt = translate(
        Message(
            _CTX,
            QT_TRANSLATE_NOOP("CommandLine", "Password for {user}: "),
            {"user": username},
        )
    )
    try:
        return getpass.getpass(prompt)
    except EOFError:
        return ""


def authorise(
    args: argparse.Namespace,
    settings: Settings,
    command: str,
    *,
    translate: Callable[[Message], str],
    database: Database | None = None,
) -> Authorised:
    """Sign ``--user`` in and check their role for ``command`` (a key of
    :data:`~console.core.permissions.COMMANDS`); a refusal is a :class:`TiskiError`
    with a message for a person, and is audited when the person was signed in.

    ``database`` is the one the command already opened (it is disposed when the
    person gets a connection of their own); without it the settings' is opened.
    """
    from console.app.opening import open_database
    from console.desk.accounts import sign_in, workstation
    from console.desk.permits import permitted, record_refusal
    from console.desk.queue import Actor
    from console.store.schema import ensure_current

    permission = COMMANDS[command]
    username = str(getattr(args, "user", "") or "").strip()
    if not username:
        raise _refusal(
            QT_TRANSLATE_NOOP(
                "CommandLine",
                "tiski {command} needs a signed-in person: add --user USERNAME (one of the "
                "roles: {roles}); the password is asked, or read from {variable}.",
            ),
            command=command,
            roles=", ".join(role.value for role in roles_with(permission)),
            variable=PASSWORD_ENV,
        )
    if database is None:
        database, embedded = open_database(settings, demo=bool(getattr(args, "demo", False)))
        try:
            ensure_current(database, upgrade_if_behind=embedded)
            if getattr(args, "demo", False):
                from console.desk.desk import Desk

                Desk(database).seed_demo()  # the demo's accounts, before signing in
        except BaseException:
            database.dispose()
            raise
    opened = database
    password = _password(username, translate)
    try:
        person = sign_in(
            opened.url.render_as_string(hide_password=False),
            username,
            password,
            open_database=lambda _url: opened,
            connect_timeout=int(settings["database.connect_timeout"]),
            statement_timeout=int(settings["database.statement_timeout"]),
            lock_timeout=int(settings["database.lock_timeout"]),
        )
    except BaseException:
        opened.dispose()
        raise
    if person.database is not opened:
        opened.dispose()
    actor = Actor.of_staff(person.staff, None, workstation=workstation())
    if not permitted(actor, permission):
        try:
            record_refusal(person.database, actor, f"tiski {command}")
        finally:
            person.database.dispose()
        log.info("tiski %s refused for role %s", command, actor.role.value)
        raise TiskiError(refusal(actor.role, permission))
    log.info("tiski %s run by staff %s", command, actor.staff_id)
    return Authorised(person.database, actor, command)
