"""``tiski staff``: IT's staff accounts from the command line.

On PostgreSQL run it with the owner's database URL (``--database``, the role that
ran ``tiski db upgrade``; its password from pgpass or the keyring): each person gets
a login role of the server, in the group roles of their function and agency
(docs/deploy.md, "Staff accounts"). On the embedded database the account is a
local password hash. A password is only ever typed at a prompt (twice) or read from
standard input with ``--password-stdin``, never given on the command line.

Exit status: 0 done, 2 refused or wrong input (one plain message on stderr).
"""

from __future__ import annotations

import argparse
import getpass
import logging
import sys
from typing import TYPE_CHECKING

from console.cli.voice import Voice
from console.core.text import QT_TRANSLATE_NOOP, Message, TiskiError

if TYPE_CHECKING:
    from console.config import Settings
    from console.store.database import Database
    from console.store.staff_admin import StaffAccount

log = logging.getLogger(__name__)

_CTX = "StaffCommands"
EXIT_OK = 0
EXIT_ERROR = 2


def add_staff_parser(
    commands: argparse._SubParsersAction[argparse.ArgumentParser],
    common: argparse.ArgumentParser,
) -> None:
    """Add ``tiski staff add|list|disable|password|roles`` to ``tiski``."""
    from console.core.queue import Role

    staff = commands.add_parser(
        "staff",
        help="staff accounts: add, list, disable, set a password (IT, with the owner's URL)",
        parents=[common],
    )
    actions = staff.add_subparsers(dest="action", metavar="ACTION", required=True)
    add = actions.add_parser(
        "add",
        help="add a person, or change one; on PostgreSQL also their login role",
        parents=[common],
    )
    add.add_argument("username", metavar="USERNAME")
    add.add_argument("--name", dest="full_name", metavar="NAME", help="full name, as shown")
    add.add_argument(
        "--role", choices=[role.value for role in Role], help="what they do at the desk"
    )
    add.add_argument(
        "--agency",
        metavar="CODE",
        default=None,
        help="the agency they work for (its code); --agency '' for the desk's own staff",
    )
    add.add_argument(
        "--skills",
        metavar="SERVICE",
        nargs="*",
        default=None,
        help="service codes they serve (replaces the list)",
    )
    add.add_argument(
        "--login-role",
        metavar="NAME",
        default=None,
        help="PostgreSQL: the login role they sign in as, when it is not the user name "
        "(a directory account)",
    )
    add.add_argument(
        "--no-password",
        action="store_true",
        help="PostgreSQL: set no password (Kerberos or a client certificate signs them in)",
    )
    add.add_argument(
        "--retention",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="PostgreSQL: give (or, with --no-retention, take) the records role for "
        "retention, data requests and audit exports; kept as it is when not given",
    )
    add.add_argument(
        "--password-stdin",
        action="store_true",
        help="read the password from standard input instead of asking",
    )
    actions.add_parser("list", help="every staff member and their account", parents=[common])
    disable = actions.add_parser(
        "disable", help="switch a person's account off (the row stays)", parents=[common]
    )
    disable.add_argument("username", metavar="USERNAME")
    password = actions.add_parser(
        "password", help="set a new password for a person", parents=[common]
    )
    password.add_argument("username", metavar="USERNAME")
    password.add_argument(
        "--password-stdin",
        action="store_true",
        help="read the password from standard input instead of asking",
    )
    actions.add_parser(
        "roles",
        help="PostgreSQL: make the group and agency roles that are missing",
        parents=[common],
    )


def _refusal(text: str, **params: object) -> TiskiError:
    return TiskiError(Message(_CTX, text, dict(params)))


def run_staff(args: argparse.Namespace, settings: Settings) -> int:
    """Run ``tiski staff ACTION``; return the exit status."""
    from console.app.opening import open_database
    from console.store.schema import ensure_current

    voice = Voice(str(settings["ui.language"]), _CTX)
    try:
        database, embedded = open_database(settings, demo=bool(getattr(args, "demo", False)))
    except TiskiError as error:
        return voice.fail(error.message)
    try:
        ensure_current(database, upgrade_if_behind=embedded)
        commands = {
            "add": _add,
            "list": _list,
            "disable": _disable,
            "password": _password,
            "roles": _roles,
        }
        return commands[args.action](database, args, voice)
    except TiskiError as error:
        return voice.fail(error.message)
    except Exception as error:
        return voice.unexpected(error, f"staff {args.action}")
    finally:
        database.dispose()


def _read_password(voice: Voice, username: str, from_stdin: bool) -> str:
    if from_stdin:
        password = sys.stdin.readline().rstrip("\r\n")
    else:
        password = getpass.getpass(
            voice.text(
                Message(
                    _CTX,
                    QT_TRANSLATE_NOOP("StaffCommands", "New password for {username}: "),
                    {"username": username},
                )
            )
        )
        again = getpass.getpass(
            voice.text(Message(_CTX, QT_TRANSLATE_NOOP("StaffCommands", "The same again: ")))
        )
        if password != again:
            raise _refusal(
                QT_TRANSLATE_NOOP(
                    "StaffCommands", "The passwords differ; nothing was changed. Try again."
                )
            )
    if not password:
        raise _refusal(
            QT_TRANSLATE_NOOP("StaffCommands", "An empty password was not set; nothing changed.")
        )
    return password


def _add(database: Database, args: argparse.Namespace, voice: Voice) -> int:
    from console.desk.staff_admin import add_staff, check_staff, find_staff

    wanted = {
        "full_name": args.full_name,
        "role": args.role,
        "agency_code": args.agency,
        "skills": args.skills,
        "login_role": args.login_role,
        "retention": args.retention,
    }
    check_staff(database, args.username, **wanted)
    known = find_staff(database, args.username)
    password: str | None = None
    if args.no_password:
        if database.dialect != "postgresql":
            raise _refusal(
                QT_TRANSLATE_NOOP(
                    "StaffCommands",
                    "--no-password is for PostgreSQL's Kerberos or certificate sign-in; a "
                    "local account needs a password.",
                )
            )
    elif known is None or args.password_stdin:
        # A new person gets a password now; a known one keeps theirs (tiski staff password).
        password = _read_password(voice, args.username, bool(args.password_stdin))
    account, new = add_staff(database, args.username, password=password, **wanted)
    text = (
        QT_TRANSLATE_NOOP("StaffCommands", "Added {username}.")
        if new
        else QT_TRANSLATE_NOOP("StaffCommands", "Changed {username}.")
    )
    voice.say(text, username=account.username)
    _print_account(account, voice)
    return EXIT_OK


def _list(database: Database, args: argparse.Namespace, voice: Voice) -> int:
    from console.desk.staff_admin import list_staff

    accounts = list_staff(database)
    if not accounts:
        voice.say(
            QT_TRANSLATE_NOOP("StaffCommands", "No staff yet: add them with tiski staff add.")
        )
    for account in accounts:
        _print_account(account, voice)
    return EXIT_OK


def _disable(database: Database, args: argparse.Namespace, voice: Voice) -> int:
    from console.desk.staff_admin import disable_staff

    account = disable_staff(database, args.username)
    voice.say(
        QT_TRANSLATE_NOOP(
            "StaffCommands",
            "{username} can no longer sign in. Their notes and audit rows stay; tiski staff "
            "add {username} lets them in again.",
        ),
        username=account.username,
    )
    return EXIT_OK


def _password(database: Database, args: argparse.Namespace, voice: Voice) -> int:
    from console.desk.staff_admin import find_staff, set_staff_password

    if find_staff(database, args.username) is None:
        raise _refusal(
            QT_TRANSLATE_NOOP(
                "StaffCommands", "No staff member {username}. tiski staff list shows who there is."
            ),
            username=args.username,
        )
    password = _read_password(voice, args.username, bool(args.password_stdin))
    account = set_staff_password(database, args.username, password)
    voice.say(
        QT_TRANSLATE_NOOP("StaffCommands", "New password set for {username}."),
        username=account.username,
    )
    return EXIT_OK


def _roles(database: Database, args: argparse.Namespace, voice: Voice) -> int:
    from console.desk.staff_admin import ensure_roles

    if database.dialect != "postgresql":
        raise _refusal(
            QT_TRANSLATE_NOOP("StaffCommands", "The embedded database has no roles; nothing to do.")
        )
    made = ensure_roles(database)
    if made:
        voice.say(QT_TRANSLATE_NOOP("StaffCommands", "Roles made: {roles}."), roles=", ".join(made))
    else:
        voice.say(QT_TRANSLATE_NOOP("StaffCommands", "Every role is there already."))
    return EXIT_OK


def _print_account(account: StaffAccount, voice: Voice) -> None:
    if account.can_login is not None:
        state = (
            QT_TRANSLATE_NOOP("StaffCommands", "signs in as {login} ({groups})")
            if account.can_login
            else QT_TRANSLATE_NOOP("StaffCommands", "cannot sign in (login role {login})")
        )
    elif account.has_password:
        state = QT_TRANSLATE_NOOP("StaffCommands", "local account with a password")
    else:
        state = QT_TRANSLATE_NOOP("StaffCommands", "local account without a password")
    if not account.active:
        state = QT_TRANSLATE_NOOP("StaffCommands", "switched off")
    shown = voice.text(
        Message(
            _CTX, state, {"login": account.login_role, "groups": ", ".join(account.groups) or "-"}
        )
    )
    agency = account.agency_code or "-"
    print(f"{account.username}\t{account.full_name}\t{account.role}\t{agency}\t{shown}")
