"""The ``tiski`` command: run the console, and what IT needs around it.

Every error a person can act on ends as one plain message on stderr and exit
status 2, never as a traceback. ``tiski doctor`` and ``tiski --self-test`` report
instead, one line per check, and exit 1 when a check failed (see docs/deploy.md).
"""

from __future__ import annotations

import argparse
import contextlib
import logging
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from console.cli.auth import add_user_option
from console.cli.cases import CASE_COMMANDS, add_cases_parser, run_cases
from console.cli.db import add_db_parser, run_db
from console.cli.desk import add_desk_parser, run_desk
from console.cli.plugins import add_plugins_parser, run_plugins
from console.cli.privacy import add_privacy_parser, run_privacy
from console.cli.queue import add_queue_parser, run_queue
from console.cli.report import add_report_parser, run_report
from console.cli.sandbox import add_sandbox_parser, run_sandbox
from console.cli.staff import add_staff_parser, run_staff
from console.cli.voice import Voice
from console.core.text import QT_TRANSLATE_NOOP, Message, TiskiError

if TYPE_CHECKING:
    from console.config import Settings

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
        help="print 'shown' and close once the first window is painted (benchmarks)",
    )
    parser.add_argument(
        "--exit-when-filled",
        action="store_true",
        help="print 'filled' and close once the console has painted the desk's queues (benchmarks)",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    config = commands.add_parser("config", help="show or check the settings", parents=[common])
    config_commands = config.add_subparsers(dest="action", metavar="ACTION", required=True)
    config_commands.add_parser(
        "show", help="effective settings and where each comes from", parents=[common]
    )
    config_commands.add_parser("check", help="validate every settings source", parents=[common])

    add_db_parser(commands, common)

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
    commands.add_parser(
        "floor",
        help="the whole floor live: queues, counters, alerts (supervisors; asks who signs in)",
        parents=[common],
    )
    commands.add_parser(
        "guide",
        help="the lobby guide's view: find, issue, check in, waits (asks who signs in)",
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
    add_report_parser(commands, common)

    shot = commands.add_parser(
        "screenshot", help="render a window to a PNG without a screen", parents=[common]
    )
    shot.add_argument("out", type=Path, metavar="OUT.png")
    shot.add_argument(
        "--window",
        choices=(
            "console",
            "lock",
            "help",
            "tour",
            "inbox",
            "signin",
            "about",
            "kiosk",
            "kiosk-large",
            "kiosk-contrast",
            "display",
            "admin",
            "first-start",
            "floor",
            "guide",
            "reports",
            "report-charts",
            "cost-sharing",
            "forecast",
        ),
        default="console",
    )
    shot.add_argument("--size", default="1440x900", metavar="WIDTHxHEIGHT")
    shot.add_argument(
        "--theme",
        choices=("standard", "high-contrast"),
        default=None,
        help="the staff windows' theme (default: the setting ui.theme)",
    )
    shot.add_argument(
        "--font-scale",
        type=int,
        default=None,
        metavar="PERCENT",
        help="text size in percent, 100 to 200 (default: the setting ui.font_scale)",
    )
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


# ---------------------------------------------------------------- commands
def _config_show(voice: Voice, settings: Settings) -> int:
    files = ", ".join(str(path) for path in settings.files) or "-"
    voice.say(QT_TRANSLATE_NOOP("CommandLine", "Settings files read: {files}"), files=files)
    width = max(len(name) for name, _ in settings.items())
    for name, setting in settings.items():
        print(f"{name.ljust(width)} = {settings.shown(name)}    [{setting.source}]")
    return EXIT_OK


def _config_check(voice: Voice, settings: Settings) -> int:
    files = ", ".join(str(path) for path in settings.files) or "-"
    voice.say(
        QT_TRANSLATE_NOOP("CommandLine", "Settings are valid. Files read: {files}"),
        files=files,
    )
    return EXIT_OK


def _screenshot(voice: Voice, settings: Settings, args: argparse.Namespace) -> int:
    from console.ops.screenshot import render_screenshot

    width_text, _x, height_text = str(args.size).lower().partition("x")
    try:
        width, height = int(width_text), int(height_text)
        if not (200 <= width <= 8000 and 200 <= height <= 8000):
            raise ValueError
    except ValueError:
        return voice.fail(
            Message(
                _CTX,
                QT_TRANSLATE_NOOP(
                    "CommandLine",
                    "--size must look like 1440x900 (200 to 8000 pixels each way), not {size!r}",
                ),
                {"size": args.size},
            )
        )
    looks = {}
    if args.theme is not None:
        looks["ui.theme"] = args.theme
    if args.font_scale is not None:
        looks["ui.font_scale"] = str(args.font_scale)
    if looks:
        # Checked as the settings are (a scale outside 100..200 is refused, saying so).
        settings = settings.with_overrides(looks, "command line")
    out = render_screenshot(
        settings,
        args.out,
        window=args.window,
        demo=bool(getattr(args, "demo", False)),
        width=width,
        height=height,
    )
    voice.say(QT_TRANSLATE_NOOP("CommandLine", "Saved {path}"), path=str(out))
    return EXIT_OK


def _broken_settings(voice: Voice, args: argparse.Namespace, error: TiskiError) -> int:
    """``doctor`` and ``--self-test`` report invalid settings as a failed check (exit 1)."""
    if args.self_test:
        from console.ops.selftest import report_broken_settings

        return report_broken_settings(voice.text(error.message))
    from console.ops.doctor import run_doctor

    return run_doctor(None, settings_error=error, as_json=bool(args.json), language=voice.language)


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
    from console.cli import numbers

    numbers.choose_language(sys.argv[1:] if argv is None else argv, os.environ)
    args = _parser().parse_args(argv)
    # Until the settings are read (and if they cannot be), --language still speaks.
    voice = Voice(getattr(args, "language", None) or "fi", _CTX)
    from console.config import ConfigError, load_settings
    from console.logs import setup_logging

    try:
        overrides = _overrides(args)
    except TiskiError as error:
        return voice.fail(error.message)
    try:
        settings = load_settings(overrides)
    except ConfigError as error:
        if args.self_test or args.command == "doctor":
            return _broken_settings(voice, args, error)
        return voice.fail(error.message)
    except TiskiError as error:
        return voice.fail(error.message)
    voice = Voice(str(settings["ui.language"]), _CTX)
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
            from console.ops.selftest import run_self_test

            return run_self_test(settings)
        if args.command == "doctor":
            from console.ops.doctor import run_doctor

            return run_doctor(settings, as_json=bool(args.json))
        if args.command == "config":
            if args.action == "show":
                return _config_show(voice, settings)
            return _config_check(voice, settings)
        if args.command == "db":
            return run_db(args, settings)
        if args.command == "screenshot":
            return _screenshot(voice, settings, args)
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
            from console.app.windows import run_admin

            return run_admin(settings, demo=bool(getattr(args, "demo", False)))
        if args.command == "floor":
            from console.app.windows import run_floor

            return run_floor(settings, demo=bool(getattr(args, "demo", False)))
        if args.command == "guide":
            from console.app.windows import run_guide

            return run_guide(settings, demo=bool(getattr(args, "demo", False)))
        if args.command == "privacy":
            return run_privacy(args, settings)
        if args.command == "report":
            return run_report(args, settings)
        if args.command in ("kiosk", "display"):
            from console.app.windows import run_display, run_kiosk

            run = run_kiosk if args.command == "kiosk" else run_display
            return run(settings, demo=bool(getattr(args, "demo", False)))
        from console.app.windows import run_console

        return run_console(
            settings,
            demo=bool(getattr(args, "demo", False)),
            exit_when_shown=bool(args.exit_when_shown),
            exit_when_filled=bool(args.exit_when_filled),
        )
    except TiskiError as error:
        log.info("Stopped: %s", error)
        return voice.fail(error.message)
    except KeyboardInterrupt:
        return 130
