"""Looking for identity codes in clear in every text a database or a journal holds.

Read-only by construction: an SQLite file is opened with ``mode=ro`` (no write lock,
nothing the console's own connection does at its start), a PostgreSQL connection runs
one ``READ ONLY`` transaction. Every text column of every table is read, whatever the
schema says it is for (``tsvector`` and JSON as their text), so a column added later,
or a row written behind Tiski's back, is looked at too.

A finding names the table, the column and the row, never the text: the report of a
leak must not be one. A row is named by its primary key when that is a number;
otherwise (a word of the search list is its own key) by its place in key order.
Only codes whose check character is right count: the mask is looser on purpose, the
report is for codes a person could be found by.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import text
from sqlalchemy.engine import Connection
from sqlalchemy.exc import DBAPIError

from console.core.identity import find_identity_codes
from console.store.database import Database


def clear_codes_in(value: str) -> int:
    """How many identity codes with a right check character ``value`` holds in clear."""
    return sum(1 for code in find_identity_codes(value) if code.valid)


@dataclass(frozen=True)
class Finding:
    """Identity codes in clear at ``place`` (``table.column``, or ``file: table.column``)."""

    place: str
    row: str
    codes: int


@dataclass
class PrivacyReport:
    """What a scan read and found; ``unreadable`` names tables it was not allowed to read."""

    findings: list[Finding] = field(default_factory=list)
    places: int = 0
    values: int = 0
    unreadable: list[str] = field(default_factory=list)
    limited: bool = False

    def add(self, other: PrivacyReport) -> None:
        self.findings += other.findings
        self.places += other.places
        self.values += other.values
        self.unreadable += other.unreadable
        self.limited = self.limited or other.limited


def _quoted(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _ordered(table: str, key: str, newest: int | None) -> str:
    """Key order (the table's own column: the key may be the text column read too); the
    newest first when only some rows are read."""
    return f"{_quoted(table)}.{_quoted(key)}" + (" DESC" if newest is not None else "")


def _row_label(keys: Sequence[str], values: Sequence[Any], ordinal: int) -> str:
    if keys and all(isinstance(value, int) for value in values):
        return ", ".join(f"{key}={value}" for key, value in zip(keys, values, strict=True))
    return f"#{ordinal}"


def _scan_rows(
    report: PrivacyReport, place: str, keys: Sequence[str], rows: Iterable[Sequence[Any]]
) -> None:
    report.places += 1
    for ordinal, row in enumerate(rows, start=1):
        *key_values, value = row
        if not isinstance(value, str):
            continue
        report.values += 1
        found = clear_codes_in(value)
        if found:
            report.findings.append(Finding(place, _row_label(keys, key_values, ordinal), found))


# ---------------------------------------------------------------- SQLite
def scan_sqlite_file(path: Path, *, label: str = "", newest: int | None = None) -> PrivacyReport:
    """Every text value of every table of the SQLite file at ``path``.

    ``label`` goes before each place (``drafts.sqlite3: draft.text``); ``newest``
    reads only that many rows of each table, the newest by key.
    """
    connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return _scan_sqlite(connection, label, newest)
    finally:
        connection.close()


def _scan_sqlite(connection: sqlite3.Connection, label: str, newest: int | None) -> PrivacyReport:
    report = PrivacyReport(limited=newest is not None)
    prefix = f"{label}: " if label else ""
    tables = connection.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'table' ORDER BY name"
    ).fetchall()
    for name, sql in tables:
        if (sql or "").upper().startswith("CREATE VIRTUAL TABLE"):
            if "FTS5VOCAB" in sql.upper():
                # The full-text index's own words (its data is compressed blobs).
                _scan_rows(
                    report,
                    f"{prefix}{name}.term",
                    (),
                    connection.execute(f"SELECT term FROM {_quoted(name)}"),  # noqa: S608
                )
            # An FTS5 table over note.body reads that column: scanned there.
            continue
        columns = connection.execute(f"PRAGMA table_info({_quoted(name)})").fetchall()
        keys = [column[1] for column in sorted(columns, key=lambda c: c[5]) if column[5] > 0]
        if not keys:
            keys = ["rowid"]
        order = ", ".join(_ordered(name, key, newest) for key in keys)
        limit = f" LIMIT {int(newest)}" if newest is not None else ""
        selected = ", ".join(_quoted(key) for key in keys)
        for column in columns:
            column_name = column[1]
            # SQLite types loosely: any column may hold text, so look at what is there.
            rows = connection.execute(
                f"SELECT {selected}, {_quoted(column_name)} FROM {_quoted(name)}"  # noqa: S608
                f" WHERE typeof({_quoted(column_name)}) = 'text' ORDER BY {order}{limit}"
            )
            _scan_rows(report, f"{prefix}{name}.{column_name}", keys, rows)
    return report


# ---------------------------------------------------------------- PostgreSQL
# Every column of a string type (text, varchar, char, and domains over them), of a text
# search vector or JSON, or an array of strings: what a code could be written into.
_PG_COLUMNS = """
SELECT c.relname, a.attname, has_column_privilege(c.oid, a.attnum, 'SELECT')
FROM pg_class c
JOIN pg_namespace n ON n.oid = c.relnamespace
JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
JOIN pg_type t ON t.oid = a.atttypid
LEFT JOIN pg_type base ON base.oid = t.typbasetype
LEFT JOIN pg_type element ON element.oid = t.typelem AND t.typcategory = 'A'
WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p')
  AND (t.typcategory = 'S' OR base.typcategory = 'S' OR element.typcategory = 'S'
       OR t.typname IN ('tsvector', 'json', 'jsonb'))
ORDER BY c.relname, a.attnum
"""
# Each table's primary key columns, when this account may read them.
_PG_KEYS = """
SELECT c.relname, a.attname
FROM pg_index i
JOIN pg_class c ON c.oid = i.indrelid
JOIN pg_namespace n ON n.oid = c.relnamespace
JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum = ANY(i.indkey)
WHERE n.nspname = current_schema() AND i.indisprimary
  AND has_column_privilege(c.oid, a.attnum, 'SELECT')
ORDER BY c.relname, array_position(i.indkey::int2[], a.attnum)
"""


def _scan_postgres(connection: Connection, newest: int | None) -> PrivacyReport:
    report = PrivacyReport(limited=newest is not None)
    connection.execute(text("SET TRANSACTION READ ONLY"))
    columns = connection.execute(text(_PG_COLUMNS)).all()
    keys_of: dict[str, list[str]] = {}
    for table, column in connection.execute(text(_PG_KEYS)):
        keys_of.setdefault(table, []).append(column)
    for table, column, readable in columns:
        if not readable:
            # Column grants keep names from IT's and the lobby's roles (0008): say so.
            report.unreadable.append(f"{table}.{column}")
            continue
        keys = keys_of.get(table, [])
        selected = "".join(f"{_quoted(key)}, " for key in keys)
        order = (" ORDER BY " + ", ".join(_ordered(table, k, newest) for k in keys)) if keys else ""
        limit = f" LIMIT {int(newest)}" if newest is not None else ""
        sql = (
            f"SELECT {selected}{_quoted(column)}::text FROM {_quoted(table)}"  # noqa: S608
            f" WHERE {_quoted(column)} IS NOT NULL{order}{limit}"
        )
        savepoint = connection.begin_nested()
        try:
            # In batches: a table of a million notes is never in memory at once.
            rows = connection.execute(text(sql).execution_options(yield_per=2000))
            _scan_rows(report, f"{table}.{column}", keys, rows)
            savepoint.commit()
        except DBAPIError as error:
            savepoint.rollback()
            if getattr(error.orig, "sqlstate", None) != "42501":  # insufficient_privilege
                raise
            report.unreadable.append(f"{table}.{column}")
    return report


def sees_every_row(database: Database) -> bool:
    """Whether this connection reads every row (PostgreSQL: no row-level security
    hides any from it; always so on SQLite)."""
    if database.dialect != "postgresql":
        return True
    with database.engine.connect() as connection:
        bypass = connection.scalar(
            text("SELECT rolsuper OR rolbypassrls FROM pg_roles WHERE rolname = current_user")
        )
        hidden = connection.scalar(
            text(
                "SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
                " WHERE n.nspname = current_schema() AND c.relkind = 'r' AND c.relrowsecurity"
                "   AND (c.relforcerowsecurity OR pg_get_userbyid(c.relowner) <> current_user)"
            )
        )
    return bool(bypass) or not hidden


def scan_database(database: Database, *, newest: int | None = None) -> PrivacyReport:
    """Every text value of every table of ``database`` (``newest`` rows of each at most)."""
    if database.dialect == "sqlite":
        file = database.url.database
        if not file or file == ":memory:":
            raise ValueError("an in-memory database has nothing to scan")
        return scan_sqlite_file(Path(file), newest=newest)
    with database.engine.connect() as connection, connection.begin():
        return _scan_postgres(connection, newest)


def scan_files(paths: Iterable[Path], *, newest: int | None = None) -> PrivacyReport:
    """The journal files (SQLite) in ``paths`` that exist, each labelled by its name."""
    report = PrivacyReport(limited=newest is not None)
    for path in paths:
        if path.is_file():
            report.add(scan_sqlite_file(path, label=path.name, newest=newest))
    return report


def scan_text_files(paths: Iterable[Path]) -> Iterator[Finding]:
    """Lines of text files (logs) with codes in clear: the file and line number."""
    for path in paths:
        if not path.is_file():
            continue
        with path.open(encoding="utf-8", errors="replace") as lines:
            for number, line in enumerate(lines, start=1):
                found = clear_codes_in(line)
                if found:
                    yield Finding(path.name, f"line {number}", found)
