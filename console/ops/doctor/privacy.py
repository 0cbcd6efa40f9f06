"""Identity codes in clear in the newest rows of the database and this PC's journal."""

from __future__ import annotations

from typing import TYPE_CHECKING

from console.core.text import QT_TRANSLATE_NOOP
from console.ops.doctor.database import _Desk
from console.ops.doctor.report import (
    Check,
    _check,
    _Late,
    _reason,
    _within,
)

if TYPE_CHECKING:
    from console.store.database import Database
    from console.store.privacy_scan import PrivacyReport


PRIVACY_NEWEST_ROWS = 2000  # of each table: a quick look; tiski privacy check reads all
PRIVACY_SECONDS = 10
_RUN_PRIVACY_CHECK = QT_TRANSLATE_NOOP(
    "Doctor",
    "Run tiski privacy check (on PostgreSQL with the owner's URL) for every row; "
    "docs/security.md says how to mask what it finds.",
)


def check_privacy(desk: _Desk) -> Check | None:
    """Identity codes in clear in the newest rows of each table and this PC's journal."""
    database = desk.database
    if database is None:
        return None
    try:
        report = _within(PRIVACY_SECONDS, lambda: _privacy_scan(database))
    except _Late:
        text = QT_TRANSLATE_NOOP(
            "Doctor", "The look for identity codes in clear did not finish within {seconds} s."
        )
        return _check("privacy", "warning", text, _RUN_PRIVACY_CHECK, seconds=PRIVACY_SECONDS)
    except Exception as error:
        text = QT_TRANSLATE_NOOP(
            "Doctor", "The look for identity codes in clear failed ({reason})."
        )
        return _check("privacy", "warning", text, _RUN_PRIVACY_CHECK, reason=_reason(error))
    if not report.findings:
        text = QT_TRANSLATE_NOOP(
            "Doctor",
            "No identity code in clear in the newest {rows} rows of each table nor in this "
            "PC's journal.",
        )
        return _check("privacy", "ok", text, rows=PRIVACY_NEWEST_ROWS)
    places = list(dict.fromkeys(finding.place for finding in report.findings))
    text = QT_TRANSLATE_NOOP("Doctor", "Identity codes in clear in {places}.")
    return _check("privacy", "warning", text, _RUN_PRIVACY_CHECK, places=", ".join(places))


def _privacy_scan(database: Database) -> PrivacyReport:
    from console.store.journal import journal_file
    from console.store.privacy_scan import scan_database, scan_files

    report = scan_database(database, newest=PRIVACY_NEWEST_ROWS)
    report.add(scan_files([journal_file()], newest=PRIVACY_NEWEST_ROWS))
    return report
