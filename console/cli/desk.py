"""``tiski desk``: the desk as a file IT keeps (docs/desk-file.md).

``plan FILE`` shows what applying the file would change and what would be refused,
``apply FILE`` does it in one transaction (audited, announced to every console),
``export [OUT]`` writes the database's desk back as a file, and ``template [OUT]``
writes the small office IT can start from. On PostgreSQL run ``apply`` with the
owner's database URL (``--database``): staff members are login roles of the server.

Exit status: 0 done (``plan``: the file can be applied), 2 refused or wrong input.
"""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from console.cli.voice import Voice
from console.core.text import QT_TRANSLATE_NOOP, Message, TiskiError

if TYPE_CHECKING:
    from console.config import Settings
    from console.core.desk_file import DeskSpec
    from console.core.desk_plan import DeskPlan
    from console.store.database import Database

log = logging.getLogger(__name__)

_CTX = "DeskCommands"
EXIT_OK = 0
EXIT_ERROR = 2


def add_desk_parser(
    commands: argparse._SubParsersAction[argparse.ArgumentParser],
    common: argparse.ArgumentParser,
) -> None:
    """Add ``tiski desk plan|apply|export|template`` to ``tiski``."""
    desk = commands.add_parser(
        "desk",
        help="the desk as a file: plan, apply, export (IT; on PostgreSQL with the owner's URL)",
        parents=[common],
    )
    actions = desk.add_subparsers(dest="action", metavar="ACTION", required=True)
    plan = actions.add_parser(
        "plan", help="show what applying a desk file would change", parents=[common]
    )
    plan.add_argument("file", type=Path, metavar="FILE")
    apply = actions.add_parser(
        "apply", help="make the database's desk what the file says", parents=[common]
    )
    apply.add_argument("file", type=Path, metavar="FILE")
    export = actions.add_parser(
        "export", help="write the database's desk as a desk file", parents=[common]
    )
    export.add_argument(
        "out", type=Path, nargs="?", metavar="OUT", help="the file (standard output if not given)"
    )
    export.add_argument("--force", action="store_true", help="replace OUT if it exists")
    template = actions.add_parser(
        "template", help="write a small office's desk file to start from", parents=[common]
    )
    template.add_argument(
        "out", type=Path, nargs="?", metavar="OUT", help="the file (standard output if not given)"
    )
    template.add_argument("--force", action="store_true", help="replace OUT if it exists")


def plan_lines(voice: Voice, plan: DeskPlan) -> list[str]:
    """The plan as lines for a person: one per change, then the refusals."""
    from console.core.desk_plan_text import change_messages

    lines = ["  " + voice.text(message) for message in change_messages(plan)]
    for refusal in plan.refusals:
        lines.append("  ! " + voice.text(refusal))
    return lines


def _counts(voice: Voice, plan: DeskPlan) -> str:
    from console.core.desk_plan import Action

    return voice.line(
        QT_TRANSLATE_NOOP(
            "DeskCommands", "{added} added, {changed} changed, {retired} retired, {restored} back."
        ),
        added=plan.count(Action.ADD),
        changed=plan.count(Action.CHANGE),
        retired=plan.count(Action.RETIRE) + plan.count(Action.REMOVE),
        restored=plan.count(Action.RESTORE),
    )


def run_desk(args: argparse.Namespace, settings: Settings) -> int:
    """Run ``tiski desk ACTION``; return the exit status."""
    voice = Voice(str(settings["ui.language"]), _CTX)
    if args.action == "template":
        from console.core.resources import desk_template_file

        return _write_out(voice, desk_template_file().read_text(encoding="utf-8"), args)
    from console.app.opening import open_database
    from console.store.schema import ensure_current

    try:
        desk_file = None
        if args.action in ("plan", "apply"):
            from console.core.desk_file import load_desk_file

            desk_file = load_desk_file(args.file).desk
        database, embedded = open_database(settings, demo=bool(getattr(args, "demo", False)))
    except TiskiError as error:
        return _refused_file(voice, error)
    try:
        ensure_current(database, upgrade_if_behind=embedded)
        if args.action == "export":
            from console.desk.setup import export_desk

            return _write_out(voice, export_desk(database), args)
        assert desk_file is not None
        if args.action == "plan":
            return _plan(voice, database, desk_file, args.file)
        return _apply(voice, database, desk_file, args.file)
    except TiskiError as error:
        return voice.fail(error.message)
    except Exception as error:
        return voice.unexpected(error, f"desk {args.action}")
    finally:
        database.dispose()


def _refused_file(voice: Voice, error: TiskiError) -> int:
    from console.core.desk_file import DeskFileError

    if isinstance(error, DeskFileError) and len(error.problems) > 1:
        for problem in error.problems:
            print(f"tiski: {voice.text(problem)}", file=sys.stderr)
        return EXIT_ERROR
    return voice.fail(error.message)


def _plan(voice: Voice, database: Database, desk_file: DeskSpec, path: Path) -> int:
    from console.desk.setup import plan_setup

    plan = plan_setup(database, desk_file)
    if plan.empty:
        voice.say(
            QT_TRANSLATE_NOOP("DeskCommands", "{file}: the desk is already as the file says."),
            file=str(path),
        )
        return EXIT_OK
    voice.say(
        QT_TRANSLATE_NOOP("DeskCommands", "Applying {file} would change the desk:"),
        file=str(path),
    )
    for line in plan_lines(voice, plan):
        print(line)
    print(_counts(voice, plan))
    if plan.refusals:
        voice.say(
            QT_TRANSLATE_NOOP(
                "DeskCommands",
                "Nothing can be applied until what is marked with ! is settled.",
            )
        )
        return EXIT_ERROR
    voice.say(QT_TRANSLATE_NOOP("DeskCommands", "tiski desk apply {file} does it."), file=str(path))
    return EXIT_OK


def _apply(voice: Voice, database: Database, desk_file: DeskSpec, path: Path) -> int:
    from console.desk.setup import DeskPlanRefused, apply_setup

    try:
        applied = apply_setup(database, desk_file, source=path.name)
    except DeskPlanRefused as refused:
        voice.say(
            QT_TRANSLATE_NOOP("DeskCommands", "{file} was not applied; nothing changed:"),
            file=str(path),
        )
        for line in plan_lines(voice, refused.plan):
            if line.startswith("  ! "):
                print(line)
        return EXIT_ERROR
    plan = applied.plan
    if plan.empty:
        voice.say(
            QT_TRANSLATE_NOOP("DeskCommands", "{file}: the desk is already as the file says."),
            file=str(path),
        )
        return EXIT_OK
    voice.say(QT_TRANSLATE_NOOP("DeskCommands", "Applied {file}:"), file=str(path))
    for line in plan_lines(voice, plan):
        print(line)
    print(_counts(voice, plan))
    _password_hint(voice, database, applied.logins_without_password)
    return EXIT_OK


def _password_hint(voice: Voice, database: Database, new_logins: tuple[str, ...]) -> None:
    """Who cannot sign in yet, and the command that fixes it."""
    if database.dialect == "postgresql":
        waiting = list(new_logins)
    else:
        from console.desk.staff_admin import list_staff

        waiting = [
            account.username
            for account in list_staff(database)
            if account.active and account.has_password is False
        ]
    if waiting:
        voice.say(
            QT_TRANSLATE_NOOP(
                "DeskCommands",
                "No password yet (they cannot sign in until IT sets one with tiski staff "
                "password USER, or their directory account signs them in): {who}",
            ),
            who=", ".join(waiting),
        )


def _write_out(voice: Voice, text: str, args: argparse.Namespace) -> int:
    if args.out is None:
        sys.stdout.write(text)
        return EXIT_OK
    out: Path = args.out
    if out.exists() and not args.force:
        return voice.fail(
            Message(
                _CTX,
                QT_TRANSLATE_NOOP(
                    "DeskCommands", "{file} exists already: choose another name or add --force."
                ),
                {"file": str(out)},
            )
        )
    try:
        out.write_text(text, encoding="utf-8")
    except OSError as error:
        return voice.fail(
            Message(
                _CTX,
                QT_TRANSLATE_NOOP("DeskCommands", "Cannot write {file}: {reason}."),
                {"file": str(out), "reason": error.strerror or str(error)},
            )
        )
    voice.say(QT_TRANSLATE_NOOP("DeskCommands", "Wrote {file}."), file=str(out))
    return EXIT_OK
