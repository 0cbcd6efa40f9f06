"""The ``tiski`` command: run the console, and what IT needs around it.

Every error a person can act on ends as one plain message on stderr and exit
status 2, never as a traceback. ``tiski doctor`` and ``tiski --self-test`` report
instead, one line per check, and exit 1 when a check failed (see docs/deploy.md).
"""

from __future__ import annotations

import argparse
import contextlib
import getpass
import logging
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from console.cli.auth import add_user_option
from console.cli.cases import CASE_COMMANDS, add_cases_parser, run_cases
from console.cli.desk import add_desk_parser, run_desk
from console.cli.plugins import add_plugins_parser, run_plugins
from console.cli.privacy import add_privacy_parser, run_privacy
from console.cli.queue import add_queue_parser, run_queue
from console.cli.sandbox import add_sandbox_parser, run_sandbox
from console.cli.staff import add_staff_parser, run_staff
from console.core.text import QT_TRANSLATE_NOOP, Message, TiskiError

if TYPE_CHECKING:
    from console.config import Settings
    from console.store.database import Database

log = logging.getLogger(__name__)

_CTX = "CommandLine"
EXIT_OK = 0
EXIT_NEEDS_UPGRADE = 1
EXIT_ERROR = 2


class _VersionAction(argparse.Action):
    """``--version``: reads the version only when asked (importlib.metadata is not free)."""

    def __init__(self, option_strings: list[str], dest: str, help: str | None = None) -> None:
        super().__init__(option_strings, dest, nargs=0, default=argparse.SUPPRESS, help=help)

    def __call__(
        self,
        parser: argparse.ArgumentParser,
        namespace: argparse.Namespace,
        values: object,
        option_string: str | None = None,
    ) -> None:
        from console.version import version

        print(f"Tiski {version()}")
        parser.exit()


class _LanguageAction(argparse.Action):
    """``--language``: also the language of the number checks of the options after it."""

    def __call__(
        self,
        parser: argparse.ArgumentParser,
        namespace: argparse.Namespace,
        values: object,
        option_string: str | None = None,
    ) -> None:
        from console.cli import numbers

        setattr(namespace, self.dest, values)
        numbers.language = str(values)


def _parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--demo",
        action="store_true",
        default=argparse.SUPPRESS,
        help="use the separate demo database, seeded with a demo desk",
    )
    common.add_argument(
        "--database",
        metavar="URL",
        default=argparse.SUPPRESS,
        help="database URL (overrides database.url)",
    )
    common.add_argument(
        "--language",
        action=_LanguageAction,
        choices=("fi", "sv", "en"),
        default=argparse.SUPPRESS,
        help="language of the interface (overrides ui.language)",
    )
    common.add_argument(
        "--set",
        metavar="KEY=VALUE",
        action="append",
        default=argparse.SUPPRESS,
        dest="settings",
        help="override any setting, e.g. --set logging.level=DEBUG",
    )
    add_user_option(common)
    common.add_argument(
        "-v",
        "--verbose",
        action="store_true",
        default=argparse.SUPPRESS,
        help="also log to the terminal, in detail",
    )

    parser = argparse.ArgumentParser(
        prog="tiski",
        description="Tiski, the staff console of a shared customer-service desk.",
        parents=[common],
    )
    parser.add_argument(
        "--version", action=_VersionAction, help="show the version of Tiski and exit"
    )
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="check this installation end to end without a screen, on a throw-away "
        "database (exit 0 when it works)",
    )
    parser.add_argument(
        "--exit-when-shown",
        action="store_true",
        help="close the console once it has painted the queues (benchmarks)",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    config = commands.add_parser("config", help="show or check the settings", parents=[common])
    config_commands = config.add_subparsers(dest="action", metavar="ACTION", required=True)
    config_commands.add_parser(
        "show", help="effective settings and where each comes from", parents=[common]
    )
    config_commands.add_parser("check", help="validate every settings source", parents=[common])

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

    doctor = commands.add_parser(
        "doctor",
        help="check this desk: settings, database, identity key, keyring, plugins, printer",
        parents=[common],
    )
    doctor.add_argument("--json", action="store_true", help="one JSON object for scripts")

    commands.add_parser(
        "admin",
        help="set up the desk in a window (IT and supervisors; asks who signs in)",
        parents=[common],
    )
    commands.add_parser("kiosk", help="the visitors' ticket kiosk, full screen", parents=[common])
    commands.add_parser(
        "display", help="the lobby display of calls and queues, full screen", parents=[common]
    )

    add_queue_parser(commands, common)
    add_cases_parser(commands, common)
    add_plugins_parser(commands, common)
    add_sandbox_parser(commands, common)
    add_staff_parser(commands, common)
    add_desk_parser(commands, common)
    add_privacy_parser(commands, common)

    shot = commands.add_parser(
        "screenshot", help="render a window to a PNG without a screen", parents=[common]
    )
    shot.add_argument("out", type=Path, metavar="OUT.png")
    shot.add_argument(
        "--window",
        choices=(
            "console",
            "lock",
            "inbox",
            "signin",
            "about",
            "kiosk",
            "display",
            "admin",
            "first-start",
        ),
        default="console",
    )
    shot.add_argument("--size", default="1440x900", metavar="WIDTHxHEIGHT")
    return parser


def _overrides(args: argparse.Namespace) -> dict[str, str]:
    overrides: dict[str, str] = {}
    for item in getattr(args, "settings", None) or []:
        key, separator, value = item.partition("=")
        if not separator:
            raise TiskiError(
                Message(
                    _CTX,
                    QT_TRANSLATE_NOOP(
                        "CommandLine",
                        "--set needs KEY=VALUE, for example --set ui.language=sv (got {item!r})",
                    ),
                    {"item": item},
                )
            )
        overrides[key.strip()] = value.strip()
    if getattr(args, "database", None) is not None:
        overrides["database.url"] = args.database
    if getattr(args, "language", None) is not None:
        overrides["ui.language"] = args.language
    return overrides


# ---------------------------------------------------------------- speaking
_language = "fi"


def _text(message: Message) -> str:
    """``message`` in the interface language, via Qt's translations."""
    from PySide6.QtCore import QCoreApplication

    from console.i18n import install_translators, translate

    app = QCoreApplication.instance()
    if app is None:
        app = QCoreApplication(["tiski"])
    if not getattr(app, "_tiski_translated", False):
        install_translators(app, _language)
        app._tiski_translated = True  # type: ignore[attr-defined]
    return translate(message)


def _say(context: str, text: str, **params: object) -> None:
    print(_text(Message(context, text, dict(params))))


def _fail(message: Message) -> int:
    print(f"tiski: {_text(message)}", file=sys.stderr)
    return EXIT_ERROR


# ---------------------------------------------------------------- commands
def _config_show(settings: Settings) -> int:
    files = ", ".join(str(path) for path in settings.files) or "-"
    _say(_CTX, QT_TRANSLATE_NOOP("CommandLine", "Settings files read: {files}"), files=files)
    width = max(len(name) for name, _ in settings.items())
    for name, setting in settings.items():
        print(f"{name.ljust(width)} = {settings.shown(name)}    [{setting.source}]")
    return EXIT_OK


def _config_check(settings: Settings) -> int:
    files = ", ".join(str(path) for path in settings.files) or "-"
    _say(
        _CTX,
        QT_TRANSLATE_NOOP("CommandLine", "Settings are valid. Files read: {files}"),
        files=files,
    )
    return EXIT_OK


def _db(action: str, settings: Settings, args: argparse.Namespace) -> int:
    from console.app import open_database
    from console.store.schema import SchemaState, schema_status, upgrade

    demo = bool(getattr(args, "demo", False))
    database, _embedded = open_database(settings, demo=demo)
    try:
        if action == "set-password":
            return _set_password(database.url, bool(args.stdin))
        _say(_CTX, QT_TRANSLATE_NOOP("CommandLine", "Database: {url}"), url=database.shown_url)
        if action == "upgrade":
            before = schema_status(database)
            after = upgrade(database)
            if before.state is SchemaState.EMPTY:
                _say(
                    _CTX,
                    QT_TRANSLATE_NOOP("CommandLine", "Schema created ({new})."),
                    new=after.current,
                )
            elif before.state is SchemaState.CURRENT:
                _say(
                    _CTX,
                    QT_TRANSLATE_NOOP("CommandLine", "Schema is already current ({head})."),
                    head=after.head,
                )
            else:
                _say(
                    _CTX,
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
            _say(_CTX, texts[status.state], current=status.current or "-", head=status.head)
            if status.state is SchemaState.AHEAD:
                return EXIT_ERROR
            return EXIT_OK if status.state is SchemaState.CURRENT else EXIT_NEEDS_UPGRADE
        if action == "seed-demo":
            from console.desk.desk import Desk
            from console.store.schema import ensure_current

            ensure_current(database, upgrade_if_behind=False)
            if not Desk(database).is_empty():
                return _seed_demo_in_use(database, settings, args)
            if Desk(database).seed_demo():
                _say(_CTX, QT_TRANSLATE_NOOP("CommandLine", "Demo desk written into the database."))
                if database.dialect == "postgresql":
                    from console.desk.staff_admin import ensure_roles

                    # The demo's agencies get their roles (the migration made the others).
                    try:
                        ensure_roles(database)
                    except TiskiError as error:
                        print(f"tiski: {_text(error.message)}", file=sys.stderr)
            else:
                _say(
                    _CTX,
                    QT_TRANSLATE_NOOP(
                        "CommandLine", "The database already has a desk; nothing was changed."
                    ),
                )
            return EXIT_OK
    finally:
        database.dispose()
    raise AssertionError(action)


def _seed_demo_in_use(database: Database, settings: Settings, args: argparse.Namespace) -> int:
    """``db seed-demo`` on a database that has a desk: IT only, audited, and nothing
    is written (the demo never overwrites a desk)."""
    from console.cli.auth import authorise
    from console.core.cases import AuditAction

    authorised = authorise(args, settings, "db seed-demo", translate=_text, database=database)
    try:
        authorised.record(AuditAction.DEMO_SEEDED, "nothing written: the database has a desk")
    finally:
        authorised.close()
    _say(
        _CTX,
        QT_TRANSLATE_NOOP("CommandLine", "The database already has a desk; nothing was changed."),
    )
    return EXIT_OK


def _set_password(url: object, from_stdin: bool) -> int:
    from sqlalchemy.engine import URL

    from console.store.database import KEYRING_SERVICE
    from console.store.urls import keyring_user

    assert isinstance(url, URL)
    if url.get_backend_name() != "postgresql":
        return _fail(
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
        prompt = _text(
            Message(_CTX, QT_TRANSLATE_NOOP("CommandLine", "Password for {user}: "), {"user": user})
        )
        password = getpass.getpass(prompt)
        again = getpass.getpass(
            _text(Message(_CTX, QT_TRANSLATE_NOOP("CommandLine", "Password again: ")))
        )
        if password != again:
            return _fail(
                Message(
                    _CTX,
                    QT_TRANSLATE_NOOP(
                        "CommandLine", "The passwords differ; nothing was stored. Try again."
                    ),
                )
            )
    if not password:
        return _fail(
            Message(_CTX, QT_TRANSLATE_NOOP("CommandLine", "An empty password was not stored."))
        )
    import keyring
    from keyring.errors import KeyringError, NoKeyringError

    try:
        keyring.set_password(KEYRING_SERVICE, user, password)
    except NoKeyringError:
        return _fail(
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
        return _fail(
            Message(
                _CTX,
                QT_TRANSLATE_NOOP("CommandLine", "The keyring refused the password ({reason})."),
                {"reason": str(error)},
            )
        )
    _say(
        _CTX,
        QT_TRANSLATE_NOOP("CommandLine", "Password for {user} stored in the keyring."),
        user=user,
    )
    return EXIT_OK


def _screenshot(settings: Settings, args: argparse.Namespace) -> int:
    from console.app import render_screenshot

    width_text, _x, height_text = str(args.size).lower().partition("x")
    try:
        width, height = int(width_text), int(height_text)
        if not (200 <= width <= 8000 and 200 <= height <= 8000):
            raise ValueError
    except ValueError:
        return _fail(
            Message(
                _CTX,
                QT_TRANSLATE_NOOP(
                    "CommandLine",
                    "--size must look like 1440x900 (200 to 8000 pixels each way), not {size!r}",
                ),
                {"size": args.size},
            )
        )
    out = render_screenshot(
        settings,
        args.out,
        window=args.window,
        demo=bool(getattr(args, "demo", False)),
        width=width,
        height=height,
    )
    _say(_CTX, QT_TRANSLATE_NOOP("CommandLine", "Saved {path}"), path=str(out))
    return EXIT_OK


def _broken_settings(args: argparse.Namespace, error: TiskiError) -> int:
    """``doctor`` and ``--self-test`` report invalid settings as a failed check (exit 1)."""
    global _language
    _language = getattr(args, "language", None) or "fi"
    if args.self_test:
        from console.selftest import report_broken_settings

        return report_broken_settings(_text(error.message))
    from console.doctor import run_doctor

    return run_doctor(None, settings_error=error, as_json=bool(args.json), language=_language)


def main(argv: list[str] | None = None) -> int:
    """Run ``tiski`` with ``argv``; return the exit status.

    ``tiski queue issue X | head -1``: the ticket is issued and its number read, then
    the reader goes away and the rest of the output has nowhere to go. That is no
    error and needs no message: a script with pipefail must not issue a second
    ticket. A command that had finished keeps its own status (doctor's 1); one cut
    short while printing was stopped by its reader, which is not a failure.
    """
    try:
        status = _run(argv)
    except BrokenPipeError:
        _discard_output()
        return EXIT_OK
    except SystemExit:  # argparse: --help, --version, a usage error
        _flush_or_discard()
        raise
    _flush_or_discard()
    return status


def _flush_or_discard() -> None:
    """Output to a pipe is buffered: a reader that went away shows up here, not at exit."""
    try:
        sys.stdout.flush()
    except BrokenPipeError:
        _discard_output()


def _discard_output() -> None:
    """Python's own flush at exit would fail again: the standard streams go to devnull,
    as Python's documentation advises for a broken pipe."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    for stream in (sys.stdout, sys.stderr):
        # A stream that is no real file (a test's capture) is not flushed to a pipe anyway.
        with contextlib.suppress(OSError, ValueError):
            os.dup2(devnull, stream.fileno())
    os.close(devnull)


def _run(argv: list[str] | None) -> int:
    global _language
    from console.cli import numbers

    numbers.choose_language(sys.argv[1:] if argv is None else argv, os.environ)
    args = _parser().parse_args(argv)
    # Until the settings are read (and if they cannot be), --language still speaks.
    _language = getattr(args, "language", None) or "fi"
    from console.config import ConfigError, load_settings
    from console.logs import setup_logging

    try:
        overrides = _overrides(args)
    except TiskiError as error:
        return _fail(error.message)
    try:
        settings = load_settings(overrides)
    except ConfigError as error:
        if args.self_test or args.command == "doctor":
            return _broken_settings(args, error)
        return _fail(error.message)
    except TiskiError as error:
        return _fail(error.message)
    _language = str(settings["ui.language"])
    verbose = bool(getattr(args, "verbose", False))
    try:
        setup_logging(
            level=str(settings["logging.level"]),
            verbose=verbose,
            keep_files=int(settings["logging.keep_files"]),
        )
    except OSError as error:
        print(
            f"tiski: cannot write the log file ({error}); logging to the terminal only",
            file=sys.stderr,
        )
    try:
        if args.self_test:
            from console.selftest import run_self_test

            return run_self_test(settings)
        if args.command == "doctor":
            from console.doctor import run_doctor

            return run_doctor(settings, as_json=bool(args.json))
        if args.command == "config":
            return _config_show(settings) if args.action == "show" else _config_check(settings)
        if args.command == "db":
            return _db(args.action, settings, args)
        if args.command == "screenshot":
            return _screenshot(settings, args)
        if args.command == "queue":
            return run_queue(args, settings)
        if args.command in CASE_COMMANDS:
            return run_cases(args, settings)
        if args.command == "plugins":
            return run_plugins(args, settings)
        if args.command == "sandbox":
            return run_sandbox(args, settings)
        if args.command == "staff":
            return run_staff(args, settings)
        if args.command == "desk":
            return run_desk(args, settings)
        if args.command == "admin":
            from console.app import run_admin

            return run_admin(settings, demo=bool(getattr(args, "demo", False)))
        if args.command == "privacy":
            return run_privacy(args, settings)
        if args.command in ("kiosk", "display"):
            from console.app import run_display, run_kiosk

            run = run_kiosk if args.command == "kiosk" else run_display
            return run(settings, demo=bool(getattr(args, "demo", False)))
        from console.app import run_console

        return run_console(
            settings,
            demo=bool(getattr(args, "demo", False)),
            exit_when_shown=bool(args.exit_when_shown),
        )
    except TiskiError as error:
        log.info("Stopped: %s", error)
        return _fail(error.message)
    except KeyboardInterrupt:
        return 130
