"""``tiski db``: the database's schema, its demo desk and its password in the keyring.

Exit status of ``tiski db status``: 0 current, 1 needs upgrading, 2 newer than this
Tiski; the other actions: 0 done, 2 refused (one plain message on stderr).
"""

from __future__ import annotations

import argparse
import getpass
import sys
from typing import TYPE_CHECKING

from console.cli.voice import Voice
from console.core.text import QT_TRANSLATE_NOOP, Message, TiskiError

if TYPE_CHECKING:
    from console.config import Settings
    from console.store.database import Database

_CTX = "CommandLine"
EXIT_OK = 0
EXIT_NEEDS_UPGRADE = 1
EXIT_ERROR = 2


def add_db_parser(
    commands: argparse._SubParsersAction[argparse.ArgumentParser],
    common: argparse.ArgumentParser,
) -> None:
    """Add ``tiski db upgrade|status|seed-demo|set-password`` to ``tiski``."""
    db = commands.add_parser("db", help="database schema and demo data", parents=[common])
    db_commands = db.add_subparsers(dest="action", metavar="ACTION", required=True)
    db_commands.add_parser("upgrade", help="apply the schema migrations", parents=[common])
    db_commands.add_parser("status", help="schema version of the database", parents=[common])
    db_commands.add_parser(
        "seed-demo", help="fill an empty database with the demo desk", parents=[common]
    )
    set_password = db_commands.add_parser(
        "set-password",
        help="keep the database password in the system keyring",
        parents=[common],
    )
    set_password.add_argument(
        "--stdin",
        action="store_true",
        help="read the password from standard input instead of asking",
    )


def run_db(args: argparse.Namespace, settings: Settings) -> int:
    """Run ``tiski db ACTION``; return the exit status."""
    from console.app.opening import open_database
    from console.store.schema import SchemaState, schema_status, upgrade

    voice = Voice(str(settings["ui.language"]), _CTX)
    action = args.action

    demo = bool(getattr(args, "demo", False))
    database, _embedded = open_database(settings, demo=demo)
    try:
        if action == "set-password":
            return _set_password(voice, database, bool(args.stdin))
        voice.say(QT_TRANSLATE_NOOP("CommandLine", "Database: {url}"), url=database.shown_url)
        if action == "upgrade":
            before = schema_status(database)
            after = upgrade(database)
            if before.state is SchemaState.EMPTY:
                voice.say(
                    QT_TRANSLATE_NOOP("CommandLine", "Schema created ({new})."),
                    new=after.current,
                )
            elif before.state is SchemaState.CURRENT:
                voice.say(
                    QT_TRANSLATE_NOOP("CommandLine", "Schema is already current ({head})."),
                    head=after.head,
                )
            else:
                voice.say(
                    QT_TRANSLATE_NOOP("CommandLine", "Schema upgraded from {old} to {new}."),
                    old=before.current or "-",
                    new=after.current,
                )
            return EXIT_OK
        if action == "status":
            status = schema_status(database)
            texts = {
                SchemaState.CURRENT: QT_TRANSLATE_NOOP("CommandLine", "Schema {current}: current."),
                SchemaState.EMPTY: QT_TRANSLATE_NOOP(
                    "CommandLine", "Schema: none yet. Run 'tiski db upgrade' to create it ({head})."
                ),
                SchemaState.BEHIND: QT_TRANSLATE_NOOP(
                    "CommandLine",
                    "Schema {current}: needs upgrading to {head}. Run 'tiski db upgrade'.",
                ),
                SchemaState.AHEAD: QT_TRANSLATE_NOOP(
                    "CommandLine",
                    "Schema {current}: newer than this Tiski (knows up to {head}). "
                    "Install the Tiski version the other consoles use.",
                ),
            }
            voice.say(texts[status.state], current=status.current or "-", head=status.head)
            if status.state is SchemaState.AHEAD:
                return EXIT_ERROR
            return EXIT_OK if status.state is SchemaState.CURRENT else EXIT_NEEDS_UPGRADE
        if action == "seed-demo":
            from console.desk.desk import Desk
            from console.store.schema import ensure_current

            ensure_current(database, upgrade_if_behind=False)
            if not Desk(database).is_empty():
                return _seed_demo_in_use(voice, database, settings, args)
            if Desk(database).seed_demo():
                voice.say(QT_TRANSLATE_NOOP("CommandLine", "Demo desk written into the database."))
                if database.dialect == "postgresql":
                    from console.desk.staff_admin import ensure_roles

                    # The demo's agencies get their roles (the migration made the others).
                    try:
                        ensure_roles(database)
                    except TiskiError as error:
                        print(f"tiski: {voice.text(error.message)}", file=sys.stderr)
            else:
                voice.say(
                    QT_TRANSLATE_NOOP(
                        "CommandLine", "The database already has a desk; nothing was changed."
                    ),
                )
            return EXIT_OK
    finally:
        database.dispose()
    raise AssertionError(action)


def _seed_demo_in_use(
    voice: Voice, database: Database, settings: Settings, args: argparse.Namespace
) -> int:
    """``db seed-demo`` on a database that has a desk: IT only, audited, and nothing
    is written (the demo never overwrites a desk)."""
    from console.cli.auth import authorise
    from console.core.cases import AuditAction

    authorised = authorise(args, settings, "db seed-demo", translate=voice.text, database=database)
    try:
        authorised.record(AuditAction.DEMO_SEEDED, "nothing written: the database has a desk")
    finally:
        authorised.close()
    voice.say(
        QT_TRANSLATE_NOOP("CommandLine", "The database already has a desk; nothing was changed."),
    )
    return EXIT_OK


def _set_password(voice: Voice, database: Database, from_stdin: bool) -> int:
    from console.store.database import KEYRING_SERVICE
    from console.store.urls import keyring_user

    url = database.url
    if database.dialect != "postgresql":
        return voice.fail(
            Message(
                _CTX,
                QT_TRANSLATE_NOOP(
                    "CommandLine",
                    "Only a PostgreSQL database has a password; set database.url to the "
                    "office's PostgreSQL first.",
                ),
            )
        )
    user = keyring_user(url)
    if from_stdin:
        password = sys.stdin.readline().rstrip("\n")
    else:
        prompt = voice.text(
            Message(_CTX, QT_TRANSLATE_NOOP("CommandLine", "Password for {user}: "), {"user": user})
        )
        password = getpass.getpass(prompt)
        again = getpass.getpass(
            voice.text(Message(_CTX, QT_TRANSLATE_NOOP("CommandLine", "Password again: ")))
        )
        if password != again:
            return voice.fail(
                Message(
                    _CTX,
                    QT_TRANSLATE_NOOP(
                        "CommandLine", "The passwords differ; nothing was stored. Try again."
                    ),
                )
            )
    if not password:
        return voice.fail(
            Message(_CTX, QT_TRANSLATE_NOOP("CommandLine", "An empty password was not stored."))
        )
    import keyring
    from keyring.errors import KeyringError, NoKeyringError

    try:
        keyring.set_password(KEYRING_SERVICE, user, password)
    except NoKeyringError:
        return voice.fail(
            Message(
                _CTX,
                QT_TRANSLATE_NOOP(
                    "CommandLine",
                    "This computer has no keyring to keep passwords in (a headless Linux has "
                    "none). Put the password in PostgreSQL's pgpass file (~/.pgpass, mode 0600) "
                    "instead; see docs/deploy.md.",
                ),
            )
        )
    except KeyringError as error:
        return voice.fail(
            Message(
                _CTX,
                QT_TRANSLATE_NOOP("CommandLine", "The keyring refused the password ({reason})."),
                {"reason": str(error)},
            )
        )
    voice.say(
        QT_TRANSLATE_NOOP("CommandLine", "Password for {user} stored in the keyring."),
        user=user,
    )
    return EXIT_OK
