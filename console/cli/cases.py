"""``tiski audit|retention|gdpr|identity``: IT's side of visitors' cases.

Audit exports, the retention run and legal holds, a visitor's data access
request, and the desk's identity key (its commands are in identity.py; they are
signed in, checked and audited here like the others). Each command goes through the
desk's use cases, which check and audit as the console does.

A clear identity code is read without echo (``--hetu -``), handed to the desk
as an :class:`~console.core.identity.IdentityCode` (which shows only its
masked form) and never printed or logged. The identity key is shown once, by
``identity set-key --generate``, and nowhere else.

Exit status: 0 done, 2 refused or wrong input (one plain message on stderr,
never a traceback); ``identity status`` exits 1 when this console has no key
and needs one.
"""

from __future__ import annotations

import argparse
import csv
import getpass
import io
import json
import logging
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from console.cli.auth import authorise
from console.cli.identity import add_identity_parser
from console.cli.identity_set import set_key
from console.cli.identity_status import key_status
from console.cli.numbers import RETENTION_DAYS, case_id, whole_number
from console.cli.opening import open_desk_for
from console.cli.voice import Voice
from console.core.cases import AuditAction
from console.core.permissions import COMMANDS
from console.core.text import QT_TRANSLATE_NOOP, Message, TiskiError

if TYPE_CHECKING:
    from console.config import Settings
    from console.core.cases import AuditEntry
    from console.desk.queue import Actor

log = logging.getLogger(__name__)

_CTX = "CaseCommands"
EXIT_OK = 0
EXIT_NEEDS_KEY = 1
EXIT_ERROR = 2

CASE_COMMANDS = ("audit", "retention", "gdpr", "identity")
_FORCE_HELP = (
    "replace the file if it exists (only a file of yours that others cannot read; a "
    "symbolic link is never followed)"
)
AUDIT_COLUMNS = (
    "id",
    "at_helsinki",
    "at_utc",
    "who",
    "workstation",
    "counter",
    "action",
    "note",
    "detail",
)


# ---------------------------------------------------------------- the parser
def add_cases_parser(
    commands: argparse._SubParsersAction[argparse.ArgumentParser],
    common: argparse.ArgumentParser,
) -> None:
    """Add ``tiski audit``, ``retention``, ``gdpr`` and ``identity`` to the ``tiski`` command."""
    audit = commands.add_parser("audit", help="export a case's audit trail", parents=[common])
    audit_actions = audit.add_subparsers(dest="action", metavar="ACTION", required=True)
    export = audit_actions.add_parser(
        "export",
        help="write a case's audit trail (the export itself is audited)",
        parents=[common],
    )
    export.add_argument("--case", dest="case_id", type=case_id, required=True, metavar="ID")
    export.add_argument(
        "--output",
        type=Path,
        default=None,
        metavar="FILE",
        help="write here (readable by its owner only) instead of standard output",
    )
    export.add_argument("--format", choices=("json", "csv"), default="json", help="default json")
    export.add_argument("--force", action="store_true", help=_FORCE_HELP)

    retention = commands.add_parser(
        "retention", help="delete inactive cases; legal holds", parents=[common]
    )
    retention_actions = retention.add_subparsers(dest="action", metavar="ACTION", required=True)
    run = retention_actions.add_parser(
        "run",
        help="delete cases (and their notes) without activity for N days, except held ones",
        parents=[common],
    )
    run.add_argument(
        "--days",
        type=whole_number(*RETENTION_DAYS),
        default=None,
        metavar="N",
        help="days without activity (default: the setting retention.notes_days)",
    )
    run.add_argument("--dry-run", action="store_true", help="only count what would be deleted")
    hold = retention_actions.add_parser(
        "hold",
        help="put a case under legal hold, so retention keeps it; --release lifts the hold",
        parents=[common],
    )
    hold.add_argument("--case", dest="case_id", type=case_id, required=True, metavar="ID")
    hold.add_argument("--release", action="store_true", help="lift the legal hold")

    gdpr = commands.add_parser("gdpr", help="a visitor's data access request", parents=[common])
    gdpr_actions = gdpr.add_subparsers(dest="action", metavar="ACTION", required=True)
    visitor = gdpr_actions.add_parser(
        "export",
        help="write everything held about one visitor to a JSON file",
        description=(
            "Write everything held about one visitor (their cases, notes, consents, visits "
            "and audit trail) to OUT.json, readable by its owner only. Give the identity "
            "code as '-' to be asked for it without echo: a code typed on the command line "
            "stays in the shell history."
        ),
        parents=[common],
    )
    visitor.add_argument(
        "--hetu",
        required=True,
        metavar="CODE",
        help="the visitor's identity code; '-' asks for it without echo, so that it does "
        "not end up in the shell history",
    )
    visitor.add_argument("out", type=Path, metavar="OUT.json")
    visitor.add_argument("--force", action="store_true", help=_FORCE_HELP)

    add_identity_parser(commands, common)


# ---------------------------------------------------------------- speaking
def _refusal(text: str, **params: object) -> TiskiError:
    return TiskiError(Message(_CTX, text, dict(params)))


# ---------------------------------------------------------------- running
def run_cases(args: argparse.Namespace, settings: Settings) -> int:
    """Run ``tiski audit|retention|gdpr|identity ACTION``; return the exit status."""
    voice = Voice(str(settings["ui.language"]), _CTX)
    commands: dict[tuple[str, str], Callable[[argparse.Namespace, Settings, Voice], int]] = {
        ("audit", "export"): _audit_export,
        ("retention", "run"): _retention_run,
        ("retention", "hold"): _retention_hold,
        ("gdpr", "export"): _gdpr_export,
        ("identity", "set-key"): set_key,
        ("identity", "status"): key_status,
    }
    command = commands[(args.command, args.action)]
    gated = f"{args.command} {args.action}"
    try:
        if gated not in COMMANDS:
            return command(args, settings, voice)
        # Who runs it, with the right role; the desk audits its own use cases, the
        # identity key is audited here.
        args.authorised = authorise(args, settings, gated, translate=voice.text)
        try:
            status = command(args, settings, voice)
            if status == EXIT_OK and gated == "identity set-key":
                args.authorised.record(
                    AuditAction.IDENTITY_KEY_SET,
                    "generated" if getattr(args, "generate", False) else "given",
                )
            return status
        finally:
            args.authorised.close()
    except TiskiError as error:
        return voice.fail(error.message)
    except BrokenPipeError:
        raise  # the reader went away after the work was done: console.cli.main ends quietly
    except Exception as error:
        return voice.unexpected(error, f"{args.command} {args.action}")


def _actor(args: argparse.Namespace) -> Actor:
    actor: Actor = args.authorised.actor
    return actor


def _check_output(path: Path | None, *, force: bool) -> None:
    """Refuse an output file before any work is done (and audited) for nothing."""
    from console.core.files import FileProblem, Trouble, check_private_target

    if path is None:
        return
    try:
        check_private_target(path, replace=force)
    except FileProblem as problem:
        if problem.trouble is Trouble.EXISTS:
            raise _exists(path) from None
        raise


def _exists(path: Path) -> TiskiError:
    return _refusal(
        QT_TRANSLATE_NOOP(
            "CaseCommands",
            "{file} already exists; nothing was written. Choose another name, or add "
            "--force to replace it.",
        ),
        file=str(path),
    )


def _write_private(path: Path, data: bytes, *, force: bool) -> None:
    """Write ``data`` to ``path``, readable and writable by its owner only.

    Never through a symbolic link; an existing file only with ``--force``, and only
    one that is already private (see :func:`console.core.files.write_private`).
    """
    from console.core.files import FileProblem, Trouble, write_private

    try:
        write_private(path, data, replace=force)
    except FileProblem as problem:
        if problem.trouble is Trouble.EXISTS:
            raise _exists(path) from None
        raise


# ---------------------------------------------------------------- audit export
def _audit_row(entry: AuditEntry) -> dict[str, Any]:
    from datetime import UTC

    from console.core.queue import local_time

    return {
        "id": entry.id,
        "at_helsinki": local_time(entry.at).isoformat(),
        "at_utc": entry.at.astimezone(UTC).isoformat(),
        "who": entry.staff_name,
        "workstation": entry.workstation,
        "counter": entry.counter_code,
        "action": entry.action,
        "note": entry.note_id,
        "detail": entry.detail,
    }


def _audit_csv(rows: list[dict[str, Any]]) -> str:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=AUDIT_COLUMNS, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return out.getvalue()


def _audit_export(args: argparse.Namespace, settings: Settings, voice: Voice) -> int:
    _check_output(args.output, force=bool(args.force))
    desk = open_desk_for(
        settings, demo=bool(getattr(args, "demo", False)), database=args.authorised.database
    )
    try:
        trail = desk.cases.export_audit(_actor(args), args.case_id)
    finally:
        desk.database.dispose()
    rows = [_audit_row(entry) for entry in trail]
    if args.format == "csv":
        text = _audit_csv(rows)
        # Excel takes a CSV file for UTF-8 only with the byte order mark.
        encoding = "utf-8-sig"
    else:
        body = {"case": args.case_id, "events": rows}
        text = json.dumps(body, ensure_ascii=False, indent=2) + "\n"
        encoding = "utf-8"
    if args.output is None:
        sys.stdout.write(text)
        return EXIT_OK
    _write_private(args.output, text.encode(encoding), force=bool(args.force))
    voice.say(
        QT_TRANSLATE_NOOP("CaseCommands", "Wrote {count} audit events of case {case} to {file}."),
        count=len(rows),
        case=args.case_id,
        file=str(args.output),
    )
    return EXIT_OK


# ---------------------------------------------------------------- retention
def _retention_run(args: argparse.Namespace, settings: Settings, voice: Voice) -> int:
    from console.core.queue import local_time

    days = int(settings["retention.notes_days"]) if args.days is None else int(args.days)
    desk = open_desk_for(
        settings, demo=bool(getattr(args, "demo", False)), database=args.authorised.database
    )
    try:
        report = desk.cases.run_retention(_actor(args), days, dry_run=bool(args.dry_run))
    finally:
        desk.database.dispose()
    voice.say(
        QT_TRANSLATE_NOOP(
            "CaseCommands", "Cutoff: {cutoff} ({days} days ago); cases inactive since before it."
        ),
        cutoff=local_time(report.cutoff).strftime("%Y-%m-%d %H:%M %Z"),
        days=days,
    )
    if args.dry_run:
        voice.say(
            QT_TRANSLATE_NOOP(
                "CaseCommands",
                "Dry run, nothing was deleted. Would delete: {cases} cases, {notes} notes; "
                "would forget the visitor of {visits} visits.",
            ),
            cases=report.cases,
            notes=report.notes,
            visits=report.visits,
        )
    else:
        voice.say(
            QT_TRANSLATE_NOOP(
                "CaseCommands",
                "Deleted: {cases} cases, {notes} notes; forgot the visitor of {visits} visits.",
            ),
            cases=report.cases,
            notes=report.notes,
            visits=report.visits,
        )
    voice.say(
        QT_TRANSLATE_NOOP("CaseCommands", "Kept under legal hold: {held} cases."),
        held=report.held,
    )
    return EXIT_OK


def _retention_hold(args: argparse.Namespace, settings: Settings, voice: Voice) -> int:
    hold = not args.release
    desk = open_desk_for(
        settings, demo=bool(getattr(args, "demo", False)), database=args.authorised.database
    )
    try:
        desk.cases.set_legal_hold(_actor(args), args.case_id, hold)
    finally:
        desk.database.dispose()
    if hold:
        voice.say(
            QT_TRANSLATE_NOOP(
                "CaseCommands",
                "Case {case} is under legal hold: the retention run keeps it until the hold "
                "is released.",
            ),
            case=args.case_id,
        )
    else:
        voice.say(
            QT_TRANSLATE_NOOP(
                "CaseCommands",
                "Legal hold released on case {case}: the retention run deletes it once it has "
                "been inactive long enough.",
            ),
            case=args.case_id,
        )
    return EXIT_OK


# ---------------------------------------------------------------- gdpr export
def _gdpr_export(args: argparse.Namespace, settings: Settings, voice: Voice) -> int:
    from console.core.identity import parse_identity_code

    _check_output(args.out, force=bool(args.force))
    typed = str(args.hetu)
    if typed == "-":
        prompt = voice.text(
            Message(_CTX, QT_TRANSLATE_NOOP("CaseCommands", "Identity code (not shown): "))
        )
        try:
            typed = getpass.getpass(prompt)
        except EOFError:
            typed = ""
    code = parse_identity_code(typed)
    desk = open_desk_for(
        settings, demo=bool(getattr(args, "demo", False)), database=args.authorised.database
    )
    try:
        data = desk.cases.visitor_data(_actor(args), code)
    finally:
        desk.database.dispose()
    if data["visitor"] is None:
        voice.say(QT_TRANSLATE_NOOP("CaseCommands", "No data is held about this visitor."))
        voice.say(
            QT_TRANSLATE_NOOP("CaseCommands", "Nothing was written to {file}."),
            file=str(args.out),
        )
        return EXIT_OK
    text = json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    _write_private(args.out, text.encode("utf-8"), force=bool(args.force))
    voice.say(
        QT_TRANSLATE_NOOP(
            "CaseCommands",
            "Wrote {file} (readable by its owner only): {cases} cases, {notes} notes, "
            "{visits} visits.",
        ),
        file=str(args.out),
        cases=len(data["cases"]),
        notes=sum(len(case["notes"]) for case in data["cases"]),
        visits=len(data["visits"]),
    )
    return EXIT_OK
