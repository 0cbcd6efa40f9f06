"""``tiski audit|retention|gdpr|identity``: IT's side of visitors' cases.

Audit exports, the retention run and legal holds, a visitor's data access
request, and the desk's identity key. Each command goes through the desk's use
cases, which check and audit as the console does.

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
from console.cli.numbers import RETENTION_DAYS, case_id, whole_number
from console.cli.opening import open_database_for, open_desk_for
from console.cli.voice import Voice
from console.core.cases import AuditAction
from console.core.permissions import COMMANDS
from console.core.text import QT_TRANSLATE_NOOP, Message, TiskiError

if TYPE_CHECKING:
    from console.config import Settings
    from console.core.cases import AuditEntry
    from console.desk.queue import Actor
    from console.store.database import Database

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

    identity = commands.add_parser(
        "identity", help="the desk's identity key on this console", parents=[common]
    )
    identity_actions = identity.add_subparsers(dest="action", metavar="ACTION", required=True)
    set_key = identity_actions.add_parser(
        "set-key",
        help="set the desk's identity key: in the database (PostgreSQL, the owner's URL) or "
        "in this computer's keyring (the embedded database)",
        description=(
            "On PostgreSQL the desk's identity key lives in the database, which hashes "
            "identity codes itself: run this with the owner's database URL (--database) to "
            "put the key there, and no console needs one. On the embedded database the key "
            "is kept in this computer's keyring. Without an option, asks for the key (64 "
            "hexadecimal characters) without echo. A key whose fingerprint differs from the "
            "one the database was set up with is refused (visitors identified so far would "
            "no longer be found) unless --force; a key replaced is first saved to a backup "
            "file readable only by you."
        ),
        parents=[common],
    )
    set_key.add_argument(
        "--force",
        action="store_true",
        help="keep the key on this console even when it is not the one the database was set "
        "up with, or the database cannot be read (IT only; the database keeps its fingerprint)",
    )
    source = set_key.add_mutually_exclusive_group()
    source.add_argument(
        "--generate",
        action="store_true",
        help="make a new key and show it once, to set on the desk's other consoles",
    )
    source.add_argument(
        "--from-file",
        type=Path,
        default=None,
        metavar="FILE",
        help="read the key from FILE (64 hexadecimal characters)",
    )
    source.add_argument(
        "--from-keyring",
        action="store_true",
        help="PostgreSQL: move the key this computer's keyring holds into the database",
    )
    identity_actions.add_parser(
        "status",
        help="where this console's key comes from and whether the database agrees",
        parents=[common],
    )


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
        ("identity", "set-key"): _set_key,
        ("identity", "status"): _key_status,
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
        # A script gets a plain line and a status, IT finds the traceback in the log.
        from console.core.identity import mask_identity_codes
        from console.store.urls import mask_url

        log.exception("tiski %s %s failed", args.command, args.action)
        reason = str(getattr(error, "orig", None) or type(error).__name__).splitlines()[0]
        reason = mask_identity_codes(mask_url(reason))
        return voice.fail(
            Message(
                _CTX,
                QT_TRANSLATE_NOOP(
                    "CaseCommands",
                    "The command failed unexpectedly ({reason}); the log file has the details.",
                ),
                {"reason": reason},
            )
        )


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


# ---------------------------------------------------------------- identity key
def _keyring_key() -> tuple[str | None, str | None]:
    """What the keyring holds as the identity key (hex, unchecked), and why it could not tell."""
    import keyring
    from keyring.errors import KeyringError, NoKeyringError

    from console.site_secret import KEYRING_SERVICE, KEYRING_USER

    try:
        return keyring.get_password(KEYRING_SERVICE, KEYRING_USER), None
    except NoKeyringError:
        return None, None
    except KeyringError as error:
        return None, type(error).__name__


def _set_key(args: argparse.Namespace, settings: Settings, voice: Voice) -> int:
    """Keep a key in the keyring: checked against the database, the old one backed up.

    What can be checked without the new key comes first (the keyring, the
    database), so nobody types or generates a key that could not be kept.
    """
    from console.core.identity import secret_fingerprint
    from console.site_secret import back_up_site_secret, store_site_secret

    force = bool(args.force)
    if _url_is_postgresql(settings, args):
        return _set_key_in_database(args, settings, voice)
    if getattr(args, "from_keyring", False):
        raise _refusal(
            QT_TRANSLATE_NOOP(
                "CaseCommands",
                "--from-keyring moves a console's key into a PostgreSQL desk database; on the "
                "embedded database the keyring already holds the key.",
            )
        )
    earlier, keyring_problem = _keyring_key()
    if keyring_problem is not None:
        # It may hold the key in use; replacing it blind could lose that key for good.
        raise _refusal(
            QT_TRANSLATE_NOOP(
                "CaseCommands",
                "The keyring could not be read ({reason}), so the key it may hold cannot be "
                "backed up before it is replaced. Unlock the keyring (sign out and in again) "
                "and try again.",
            ),
            reason=keyring_problem,
        )
    database, stored, unreadable = _stored_fingerprint(settings, args)
    try:
        if unreadable is not None and not force:
            raise _refusal(
                QT_TRANSLATE_NOOP(
                    "CaseCommands",
                    "The key cannot be checked against the one the desk database was set up "
                    "with, because the database cannot be read: {reason} Try again when it "
                    "can; IT can add --force to set the key without the check.",
                ),
                reason=unreadable,
            )
        secret = _key_to_set(args, voice)
        fingerprint = secret_fingerprint(secret)
        if stored is not None and stored != fingerprint and not force:
            return _refuse_other_key(args, voice, stored, fingerprint)
        backup = None
        if earlier is not None and earlier.strip().lower() != secret.hex():
            backup = back_up_site_secret(earlier)
        store_site_secret(secret)
        if database is not None and stored is None:
            stored = _record_fingerprint(database, fingerprint)
    finally:
        if database is not None:
            database.dispose()
    _report_key_set(args, settings, voice, secret, stored, backup)
    if unreadable is None and stored is None:
        voice.say(
            QT_TRANSLATE_NOOP(
                "CaseCommands",
                "The database has no desk set up yet: the first identity code used there "
                "records this key's fingerprint.",
            )
        )
    if unreadable is not None:
        voice.say(
            QT_TRANSLATE_NOOP(
                "CaseCommands",
                "Set with --force without checking it against the desk database, which could "
                "not be read: run tiski identity status once it can.",
            )
        )
    return EXIT_OK


def _url_is_postgresql(settings: Settings, args: argparse.Namespace) -> bool:
    from console.app import database_url

    url, _embedded = database_url(settings, demo=bool(getattr(args, "demo", False)))
    return url.startswith("postgresql")


def _set_key_in_database(args: argparse.Namespace, settings: Settings, voice: Voice) -> int:
    """PostgreSQL: put the key into the database, where only the owner reads it.

    The consoles then never load a key: the database hashes codes itself
    (migration 0011). The same checks as on a console: a key that is not the one
    the hashes were made with is refused unless --force, and a key replaced is
    backed up first.
    """
    from console.core.identity import secret_fingerprint
    from console.site_secret import back_up_site_secret
    from console.store.queries import transaction

    force = bool(args.force)
    database, _embedded = open_database_for(settings, demo=bool(getattr(args, "demo", False)))
    try:
        with transaction(database) as tx:
            if not tx.may_set_database_key():
                raise _refusal(
                    QT_TRANSLATE_NOOP(
                        "CaseCommands",
                        "On PostgreSQL the desk's identity key is kept in the database, where "
                        "only its owner may write it. Run tiski identity set-key with the "
                        "owner's database URL (--database), as for tiski staff.",
                    )
                )
            earlier = tx.database_key()
            stored = tx.identity_fingerprint()
            hashed = tx.codes_hashed()
        # What the hashes so far were made with: the recorded fingerprint, else the key
        # the database holds when a code has been hashed with it.
        reference = stored
        if reference is None and earlier is not None and hashed:
            reference = secret_fingerprint(earlier)
        secret = _key_to_set(args, voice)
        fingerprint = secret_fingerprint(secret)
        if reference is not None and reference != fingerprint and not force:
            return voice.fail(
                Message(
                    _CTX,
                    QT_TRANSLATE_NOOP(
                        "CaseCommands",
                        "Nothing was changed: this key (fingerprint {fingerprint}) is not the one "
                        "the identity codes in the database were hashed with (fingerprint "
                        "{stored}), so visitors identified so far would no longer be found. Give "
                        "the desk's key: --from-keyring on a console that has it, or --from-file "
                        "FILE. Only if you are sure (IT): --force replaces the database's key, "
                        "backing the one replaced up first.",
                    ),
                    {"fingerprint": fingerprint, "stored": reference},
                )
            )
        backup = None
        if earlier is not None and earlier != secret:
            backup = back_up_site_secret(earlier.hex())
        with transaction(database) as tx:
            tx.set_database_key(secret)
            if stored != fingerprint:
                tx.set_identity_fingerprint(fingerprint)  # the owner's to change (0007)
            held = tx.database_key_fingerprint()
    finally:
        database.dispose()
    if args.generate:
        # Shown once, for IT's safe: the database is the only other place it is kept.
        voice.say(QT_TRANSLATE_NOOP("CaseCommands", "New identity key, shown only this once:"))
        print(secret.hex())
    if backup is not None:
        voice.say(
            QT_TRANSLATE_NOOP(
                "CaseCommands",
                "The key the database held before was saved to {file} (readable only by you). "
                "Keep the file where IT keeps its secrets, or delete it once it is not needed.",
            ),
            file=str(backup),
        )
    voice.say(
        QT_TRANSLATE_NOOP(
            "CaseCommands",
            "Identity key stored in the desk database (fingerprint {fingerprint}), readable by "
            "its owner only. The database hashes identity codes itself: consoles need no key. "
            "Remove the key from the consoles' keyrings and key files (docs/security.md).",
        ),
        fingerprint=held or fingerprint,
    )
    return EXIT_OK


def _key_to_set(args: argparse.Namespace, voice: Voice) -> bytes:
    from console.site_secret import new_site_secret, parse_site_secret

    if args.generate:
        return new_site_secret()
    if getattr(args, "from_keyring", False):
        return _key_from_keyring()
    if args.from_file is not None:
        return _key_from_file(args.from_file)
    prompt = voice.text(
        Message(
            _CTX,
            QT_TRANSLATE_NOOP(
                "CaseCommands", "The desk's identity key (64 hexadecimal characters): "
            ),
        )
    )
    try:
        typed = getpass.getpass(prompt)
    except EOFError:
        typed = ""
    return parse_site_secret(typed)


def _stored_fingerprint(
    settings: Settings, args: argparse.Namespace
) -> tuple[Database | None, str | None, Message | None]:
    """The database (left open), the key fingerprint it holds, or why it cannot be read."""
    from console.store.queries import transaction

    try:
        database, _embedded = open_database_for(settings, demo=bool(getattr(args, "demo", False)))
    except TiskiError as error:
        return None, None, error.message
    try:
        with transaction(database) as tx:
            return database, tx.identity_fingerprint(), None
    except TiskiError as error:
        database.dispose()
        return None, None, error.message


def _record_fingerprint(database: Database, fingerprint: str) -> str | None:
    """Put the new key's fingerprint into a database that has none; what it holds after.

    From then on a console given another key is refused before any visitor is
    identified with it, not after.
    """
    from console.store.queries import transaction

    with transaction(database) as tx:
        stored = tx.identity_fingerprint()
        if stored is None:
            tx.set_identity_fingerprint(fingerprint)
            stored = tx.identity_fingerprint()  # None when the database has no desk yet
    return stored


def _refuse_other_key(args: argparse.Namespace, voice: Voice, stored: str, fingerprint: str) -> int:
    if args.generate:
        text = QT_TRANSLATE_NOOP(
            "CaseCommands",
            "Nothing was changed: the desk database was set up with an identity key "
            "(fingerprint {stored}), and a new key can never match it. Every visitor "
            "identified so far would no longer be found at this console. Give this console "
            "the desk's key instead: tiski identity set-key (it asks for the key) or "
            "--from-file FILE.",
        )
    else:
        text = QT_TRANSLATE_NOOP(
            "CaseCommands",
            "Nothing was changed: this key (fingerprint {fingerprint}) is not the one the desk "
            "database was set up with (fingerprint {stored}), so visitors identified so far "
            "would not be found at this console. Copy the key again from a console of the "
            "same desk, or from where IT keeps its secrets.",
        )
    status = voice.fail(Message(_CTX, text, {"stored": stored, "fingerprint": fingerprint}))
    _mention_backup(voice, stored)
    print(
        voice.text(
            Message(
                _CTX,
                QT_TRANSLATE_NOOP(
                    "CaseCommands",
                    "Only if you are sure (IT): --force keeps the key on this console anyway; "
                    "the database keeps its fingerprint.",
                ),
            )
        ),
        file=sys.stderr,
    )
    return status


def _report_key_set(
    args: argparse.Namespace,
    settings: Settings,
    voice: Voice,
    secret: bytes,
    stored: str | None,
    backup: Path | None,
) -> None:
    from console.core.identity import secret_fingerprint

    fingerprint = secret_fingerprint(secret)
    if args.generate:
        voice.say(QT_TRANSLATE_NOOP("CaseCommands", "New identity key, shown only this once:"))
        print(secret.hex())
        voice.say(
            QT_TRANSLATE_NOOP(
                "CaseCommands",
                "Every console of a shared desk database needs this same key, or returning "
                "visitors are not recognised: set it on each of them with tiski identity "
                "set-key, and keep a copy where IT keeps its secrets. Never generate a new key "
                "for a database already in use.",
            )
        )
    if backup is not None:
        voice.say(
            QT_TRANSLATE_NOOP(
                "CaseCommands",
                "The key the keyring held before was saved to {file} (readable only by you). "
                "To go back to it: tiski identity set-key --from-file {file}. Keep the file "
                "where IT keeps its secrets, or delete it once it is not needed.",
            ),
            file=str(backup),
        )
    voice.say(
        QT_TRANSLATE_NOOP(
            "CaseCommands",
            "Identity key stored in this computer's keyring (fingerprint {fingerprint}). "
            "Check it against the database with tiski identity status.",
        ),
        fingerprint=fingerprint,
    )
    if stored == fingerprint:
        voice.say(
            QT_TRANSLATE_NOOP(
                "CaseCommands",
                "The desk database holds this key's fingerprint: consoles with another key "
                "are refused.",
            )
        )
    elif stored is not None:
        voice.say(
            QT_TRANSLATE_NOOP(
                "CaseCommands",
                "Set with --force: the desk database was set up with another key (fingerprint "
                "{stored}), so identity codes cannot be used at this console until it has that "
                "key again.",
            ),
            stored=stored,
        )
    key_file = str(settings["identity.key_file"])
    if key_file:
        voice.say(
            QT_TRANSLATE_NOOP(
                "CaseCommands",
                "The keyring comes first, so the key file {file} (identity.key_file) is no "
                "longer used on this console.",
            ),
            file=key_file,
        )


def _key_from_keyring() -> bytes:
    from console.site_secret import load_site_secret

    held, problem = _keyring_key()
    if held is None:
        raise _refusal(
            QT_TRANSLATE_NOOP(
                "CaseCommands",
                "This computer's keyring holds no identity key{reason}. Run the command on a "
                "console that has the desk's key, or give it with --from-file.",
            ),
            reason=f" ({problem})" if problem else "",
        )
    return load_site_secret(secret_file=None, create_if_missing=False)


def _key_from_file(path: Path) -> bytes:
    from console.site_secret import parse_site_secret

    text = _read_key_text(path)
    try:
        return parse_site_secret(text)
    except TiskiError as error:
        raise _refusal(
            QT_TRANSLATE_NOOP("CaseCommands", "{file}: {problem}"),
            file=str(path),
            problem=error.message,
        ) from None


def _read_key_text(path: Path) -> str:
    from console.core.files import FileProblem, read_bytes
    from console.site_secret import KEY_FILE_LIMIT

    try:
        return read_bytes(path, limit=KEY_FILE_LIMIT).decode("ascii", errors="replace")
    except FileProblem as trouble:
        raise _refusal(
            QT_TRANSLATE_NOOP("CaseCommands", "Cannot read {file} ({reason})."),
            file=str(path),
            reason=trouble.reason,
        ) from None


def _this_consoles_key(settings: Settings, embedded: bool, voice: Voice) -> bytes | None:
    """The key this console would use, saying where it comes from; None when it has none.

    The same order as :func:`console.site_secret.load_site_secret`, but never
    making a key.
    """
    from console.site_secret import embedded_key_file, load_site_secret

    in_keyring, keyring_problem = _keyring_key()
    if keyring_problem is not None:
        voice.say(
            QT_TRANSLATE_NOOP(
                "CaseCommands", "The keyring could not be read ({reason}); it may be locked."
            ),
            reason=keyring_problem,
        )
    if in_keyring is not None:
        secret = load_site_secret(secret_file=None, create_if_missing=False)
        voice.say(QT_TRANSLATE_NOOP("CaseCommands", "Identity key: in this computer's keyring."))
        return secret
    key_file = str(settings["identity.key_file"])
    if key_file:
        secret = load_site_secret(secret_file=Path(key_file), create_if_missing=False)
        voice.say(
            QT_TRANSLATE_NOOP(
                "CaseCommands", "Identity key: in the key file {file} (identity.key_file)."
            ),
            file=key_file,
        )
        return secret
    own_file = embedded_key_file()
    if embedded and own_file.exists():
        secret = load_site_secret(secret_file=own_file, create_if_missing=False)
        voice.say(
            QT_TRANSLATE_NOOP(
                "CaseCommands",
                "Identity key: in the embedded database's key file {file}, made by this console.",
            ),
            file=str(own_file),
        )
        return secret
    voice.say(QT_TRANSLATE_NOOP("CaseCommands", "Identity key: none on this console."))
    return None


def _key_status_in_database(database: Database, voice: Voice) -> int:
    """PostgreSQL: the key is the database's; a key left on this console is only a risk."""
    from console.store.queries import transaction

    with transaction(database) as tx:
        held = tx.database_key_fingerprint()
    voice.say(QT_TRANSLATE_NOOP("CaseCommands", "Database: {url}"), url=database.shown_url)
    in_keyring, _problem = _keyring_key()
    if in_keyring is not None:
        voice.say(
            QT_TRANSLATE_NOOP(
                "CaseCommands",
                "This computer's keyring still holds an identity key, which a PostgreSQL desk "
                "does not use: once the database holds the desk's key, remove it (python -m "
                "keyring del tiski/identity site-key).",
            )
        )
    if held is None:
        voice.say(
            QT_TRANSLATE_NOOP(
                "CaseCommands",
                "Identity key: none in the database yet, so identity codes cannot be used. IT "
                "puts the desk's key there: tiski identity set-key --from-keyring (or "
                "--from-file FILE) with the owner's database URL.",
            )
        )
        return EXIT_NEEDS_KEY
    voice.say(
        QT_TRANSLATE_NOOP(
            "CaseCommands",
            "Identity key: in the desk database (fingerprint {fingerprint}), readable by its "
            "owner only; the database hashes identity codes, so consoles need no key.",
        ),
        fingerprint=held,
    )
    return EXIT_OK


def _key_status(args: argparse.Namespace, settings: Settings, voice: Voice) -> int:
    from console.core.identity import secret_fingerprint
    from console.store.queries import transaction

    database, embedded = open_database_for(settings, demo=bool(getattr(args, "demo", False)))
    try:
        if database.dialect == "postgresql":
            return _key_status_in_database(database, voice)
        with transaction(database) as tx:
            stored = tx.identity_fingerprint()
        voice.say(QT_TRANSLATE_NOOP("CaseCommands", "Database: {url}"), url=database.shown_url)
        secret = _this_consoles_key(settings, embedded, voice)
    finally:
        database.dispose()
    if secret is None:
        if stored is None and embedded:
            voice.say(
                QT_TRANSLATE_NOOP(
                    "CaseCommands",
                    "The embedded database makes its own key when an identity code is first used.",
                )
            )
            return EXIT_OK
        voice.say(
            QT_TRANSLATE_NOOP(
                "CaseCommands",
                "Set the desk's key with tiski identity set-key, or name a key file in "
                "identity.key_file.",
            )
        )
        if stored is not None:
            voice.say(
                QT_TRANSLATE_NOOP(
                    "CaseCommands", "The database was set up with the key of fingerprint {stored}."
                ),
                stored=stored,
            )
        return EXIT_NEEDS_KEY
    fingerprint = secret_fingerprint(secret)
    voice.say(
        QT_TRANSLATE_NOOP("CaseCommands", "Fingerprint of this console's key: {fingerprint}"),
        fingerprint=fingerprint,
    )
    if stored is None:
        voice.say(
            QT_TRANSLATE_NOOP(
                "CaseCommands",
                "The database has no key fingerprint yet: the first console to use an identity "
                "code sets it.",
            )
        )
        return EXIT_OK
    if stored == fingerprint:
        voice.say(
            QT_TRANSLATE_NOOP(
                "CaseCommands", "The database was set up with this same key: they match."
            )
        )
        return EXIT_OK
    status = voice.fail(
        Message(
            _CTX,
            QT_TRANSLATE_NOOP(
                "CaseCommands",
                "The database was set up with another key (fingerprint {stored}), so this "
                "console would not recognise returning visitors. Give it the desk's key with "
                "tiski identity set-key.",
            ),
            {"stored": stored},
        )
    )
    _mention_backup(voice, stored)
    return status


def _mention_backup(voice: Voice, stored: str) -> None:
    """Point at a backup of a replaced key that is the database's, if there is one."""
    from console.site_secret import backup_with_fingerprint

    backup = backup_with_fingerprint(stored)
    if backup is None:
        return
    message = Message(
        _CTX,
        QT_TRANSLATE_NOOP(
            "CaseCommands",
            "The backup {file} holds the desk's key: tiski identity set-key --from-file {file}",
        ),
        {"file": str(backup)},
    )
    print(voice.text(message), file=sys.stderr)
