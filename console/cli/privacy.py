"""``tiski privacy check``: are there identity codes in clear anywhere Tiski keeps text?

Reads every text column of every table of the database (on PostgreSQL run it with the
owner's URL, ``--database``: a staff member's account does not see every row), this
PC's journal of unsaved notes and its log files, and names each place holding a code
in clear: the table and column and the row's id (or the file and line), never the
code. Read-only. An office runs it after an upgrade, or after importing data, to know
that its data is as masked as Tiski says (docs/security.md).

Exit status: 0 nothing found, 1 codes in clear found, 2 the check could not be made.
"""

from __future__ import annotations

import argparse
import json
import logging
from pathlib import Path
from typing import TYPE_CHECKING

from console.cli.voice import Voice
from console.core.text import QT_TRANSLATE_NOOP, Message, TiskiError

if TYPE_CHECKING:
    from console.config import Settings
    from console.store.privacy_scan import Finding, PrivacyReport

log = logging.getLogger(__name__)

_CTX = "PrivacyCommands"
EXIT_CLEAN = 0
EXIT_FOUND = 1


def add_privacy_parser(
    commands: argparse._SubParsersAction[argparse.ArgumentParser],
    common: argparse.ArgumentParser,
) -> None:
    """Add ``tiski privacy check`` to ``tiski``."""
    privacy = commands.add_parser(
        "privacy",
        help="look for identity codes in clear (IT; on PostgreSQL with the owner's URL)",
        parents=[common],
    )
    actions = privacy.add_subparsers(dest="action", metavar="ACTION", required=True)
    check = actions.add_parser(
        "check",
        help="scan every table, this PC's journal and logs for identity codes in clear",
        parents=[common],
    )
    check.add_argument("--json", action="store_true", help="one JSON object for scripts")


def local_files() -> tuple[list[Path], list[Path]]:
    """This PC's journal files and log files."""
    from console.logs import log_file
    from console.store.journal import journal_file

    logs = log_file()
    return [journal_file()], sorted(logs.parent.glob(logs.name + "*"))


def run_privacy(args: argparse.Namespace, settings: Settings) -> int:
    """Run ``tiski privacy check``; return the exit status."""
    voice = Voice(str(settings["ui.language"]), _CTX)
    from console.app.opening import database_url
    from console.store.database import Database

    url, _embedded = database_url(settings, demo=bool(getattr(args, "demo", False)))
    try:
        database = Database(url, connect_timeout=int(settings["database.connect_timeout"]))
    except Exception as error:  # a malformed URL
        return voice.fail(_unexpected(error))
    try:
        file = database.url.database if database.dialect == "sqlite" else None
        if file is not None and (file == ":memory:" or not Path(file).is_file()):
            return voice.fail(
                Message(
                    _CTX,
                    QT_TRANSLATE_NOOP("PrivacyCommands", "There is no database at {path}."),
                    {"path": file},
                )
            )
        return _check(voice, database, bool(args.json), shown=file or database.shown_url)
    except TiskiError as error:
        return voice.fail(error.message)
    except Exception as error:
        log.exception("tiski privacy check failed")
        return voice.fail(_unexpected(error))
    finally:
        database.dispose()


def _unexpected(error: BaseException) -> Message:
    from console.logs import mask_sensitive

    reason = str(getattr(error, "orig", None) or type(error).__name__).splitlines()[0]
    return Message(
        _CTX,
        QT_TRANSLATE_NOOP(
            "PrivacyCommands", "The check failed unexpectedly ({reason}); the log has the details."
        ),
        {"reason": mask_sensitive(reason)},
    )


def _check(voice: Voice, database: object, as_json: bool, *, shown: str) -> int:
    from console.store.database import Database
    from console.store.privacy_scan import (
        PrivacyReport,
        scan_database,
        scan_files,
        scan_text_files,
        sees_every_row,
    )

    assert isinstance(database, Database)
    report = PrivacyReport()
    report.add(scan_database(database))
    journals, logs = local_files()
    report.add(scan_files(journals))
    report.findings += scan_text_files(logs)
    everything = sees_every_row(database)
    if as_json:
        print(json.dumps(_as_json(report, everything), ensure_ascii=False, indent=2))
    else:
        _print(voice, report, everything, shown)
    return EXIT_FOUND if report.findings else EXIT_CLEAN


def _as_json(report: PrivacyReport, everything: bool) -> dict[str, object]:
    return {
        "clear_codes": sum(finding.codes for finding in report.findings),
        "findings": [
            {"place": finding.place, "row": finding.row, "codes": finding.codes}
            for finding in report.findings
        ],
        "columns": report.places,
        "values": report.values,
        "unreadable": report.unreadable,
        "every_row_seen": everything,
    }


def _print(voice: Voice, report: PrivacyReport, everything: bool, shown: str) -> None:
    voice.say(
        QT_TRANSLATE_NOOP(
            "PrivacyCommands",
            "Read {values} texts in {columns} columns of {database}, this PC's journal and "
            "its logs.",
        ),
        values=report.values,
        columns=report.places,
        database=shown,
    )
    if report.unreadable:
        voice.say(
            QT_TRANSLATE_NOOP(
                "PrivacyCommands",
                "Not allowed to read {places}: run the check with the owner's database URL "
                "(--database).",
            ),
            places=", ".join(report.unreadable),
        )
    elif not everything:
        voice.say(
            QT_TRANSLATE_NOOP(
                "PrivacyCommands",
                "Row-level security hides some rows from this account: run the check with the "
                "owner's database URL (--database) to read them all.",
            )
        )
    if not report.findings:
        voice.say(QT_TRANSLATE_NOOP("PrivacyCommands", "No identity code in clear."))
        return
    for finding in report.findings:
        print("  " + _finding_line(voice, finding))
    voice.say(
        QT_TRANSLATE_NOOP(
            "PrivacyCommands",
            "Identity codes in clear: {codes}, in {rows} places. Mask them (docs/security.md, "
            "'Finding codes in clear'); this report never shows the codes.",
        ),
        codes=sum(finding.codes for finding in report.findings),
        rows=len(report.findings),
    )


def _finding_line(voice: Voice, finding: Finding) -> str:
    return voice.line(
        QT_TRANSLATE_NOOP("PrivacyCommands", "{place} {row}: {codes} in clear"),
        place=finding.place,
        row=finding.row,
        codes=finding.codes,
    )
