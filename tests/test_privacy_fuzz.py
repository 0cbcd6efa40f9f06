"""No identity code in clear reaches the database, the journal, the log or the audit
trail, however it is typed and wherever text goes in (issue 13).

Valid codes (every century sign, 2023's new ones, temporary 900-999 numbers) are spelled
as people and programs spell them (any dash, spaces around the sign, fullwidth digits,
lower case, invisible characters) and glued into random text, letters or dates. Each
example goes through a visitor's name at the guide, an identification by name, a case
title, a note, a search, a journal draft and a log line, on SQLite and PostgreSQL.
Then every text value of every table (the word list, the full-text index's words and
PostgreSQL's search vectors included), the journal file and the new log lines are read
back and checked with a normaliser of this test's own, not the console's.

The normal run tries a few hundred examples; ``-m fuzz`` (CI, see README) 5,000.
"""

from __future__ import annotations

import contextlib
import logging
import os
import re
import sqlite3
import unicodedata
import uuid
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from queue_kit import actor, at, fresh_desk
from sqlalchemy import text

from console.core.cases import NoteDraft
from console.core.identity import VisitorIdentity
from console.core.queue import Language
from console.core.steps import StepAction
from console.desk.desk import Desk
from console.desk.errors import DeskError
from console.logs import setup_logging
from console.store.database import Database
from console.store.journal import Draft, Journal, journal_file

NORMAL_EXAMPLES = int(os.environ.get("TISKI_FUZZ_EXAMPLES", "200"))
CI_EXAMPLES = 5000
KEY = b"f" * 32

CHECK_CHARACTERS = "0123456789ABCDEFHJKLMNPRSTUVWXY"
SIGNS = {1800: "+", 1900: "-YXWVU", 2000: "ABCDEF"}
DASHES = "-\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d"
SPACES = ["", " ", "  ", "\u00a0", "\u2009", "\u202f", "\u3000", "\t"]
INVISIBLE = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad", "\u200e"]
GLUE = ["", "", " ", "HETU_", "hetu:", "abc", "xyz", "12.3.2026", "2026", "(", "/", "-", "é"]


# ---------------------------------------------------------------- codes and spellings
@st.composite
def valid_codes(draw: st.DrawFn) -> str:
    """A compact, valid code: any birth date 1800-2099, its century's signs, any serial
    (temporary 900-999 too), the right check character."""
    born = draw(st.dates(date(1800, 1, 1), date(2099, 12, 31)))
    serial = draw(st.integers(2, 999))
    sign = draw(st.sampled_from(SIGNS[born.year // 100 * 100]))
    digits = f"{born:%d%m}{born.year % 100:02d}"
    return f"{digits}{sign}{serial:03d}{CHECK_CHARACTERS[int(f'{digits}{serial:03d}') % 31]}"


def _fullwidth(character: str) -> str:
    return chr(ord(character) - 0x21 + 0xFF01) if "!" <= character <= "~" else character


@st.composite
def spelled(draw: st.DrawFn, code: str) -> str:
    """``code`` as someone or something might have typed or pasted it."""
    out = []
    for index, character in enumerate(code):
        if index == 6:
            before = draw(st.sampled_from(SPACES))
            if character == "-":
                character = draw(st.sampled_from(DASHES))
            after = draw(st.sampled_from(SPACES))
            character = before + character + after
        else:
            if character.isalpha() and draw(st.booleans()):
                character = character.lower()
            if draw(st.integers(0, 3)) == 0:
                character = _fullwidth(character)
        if draw(st.integers(0, 7)) == 0:
            character = draw(st.sampled_from(INVISIBLE)) + character
        out.append(character)
    return "".join(out)


WORDS = st.text(
    alphabet=st.sampled_from("abcdefghijklmnopqrstuvwxyzäöåABCMÄÖ0123456789 .,:;_-/()"),
    max_size=24,
)


@st.composite
def embedded(draw: st.DrawFn) -> tuple[str, str]:
    """(the compact code, a text holding it in some spelling, glued to whatever)."""
    code = draw(valid_codes())
    text_ = (
        draw(WORDS)
        + draw(st.sampled_from(GLUE))
        + draw(spelled(code))
        + draw(st.sampled_from(GLUE))
        + draw(WORDS)
    )
    return code, text_


# ---------------------------------------------------------------- this test's own reading
ESCAPED = re.compile(r"\\x([0-9a-fA-F]{2})|\\u([0-9a-fA-F]{4})")


def canonical(value: str) -> str:
    """``value`` as a code would read in it: escapes (repr, ASCII JSON) read, NFKC, dashes
    as '-', no spaces or invisible characters, upper case. Written apart from
    console.identity_mask on purpose."""
    value = ESCAPED.sub(lambda m: chr(int(m.group(1) or m.group(2), 16)), value)
    out = []
    for character in unicodedata.normalize("NFKC", value):
        category = unicodedata.category(character)
        if category == "Pd" or character in "\u2212\ufe63\uff0d":
            out.append("-")
        elif character.isspace() or category in ("Cf", "Zs", "Mn"):
            continue
        else:
            out.append(character.upper())
    return "".join(out)


Marks = dict[str, int]
Seen = set[tuple[str, str]]


def _sqlite_values(path: Path, marks: Marks | None, seen: Seen) -> Iterator[tuple[str, str]]:
    """Text values of every table of the SQLite file: with ``marks``, only rows added
    since (rowid tables) or values not ``seen`` before (the others)."""
    connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        tables = connection.execute("SELECT name, sql FROM sqlite_master WHERE type = 'table'")
        for name, sql in tables.fetchall():
            definition = (sql or "").upper()
            if "VIRTUAL" in definition:
                if "FTS5VOCAB" in definition:  # the full-text index's own words
                    rows = connection.execute(f'SELECT term FROM "{name}"')  # noqa: S608
                    yield from _unseen(seen, f"{name}.term", (term for (term,) in rows), marks)
                continue
            columns = [c[1] for c in connection.execute(f'PRAGMA table_info("{name}")')]
            if marks is None or "WITHOUT ROWID" in definition:
                for column in columns:
                    rows = connection.execute(f'SELECT "{column}" FROM "{name}"')  # noqa: S608
                    yield from _unseen(seen, f"{name}.{column}", (v for (v,) in rows), marks)
                continue
            selected = ", ".join(f'"{column}"' for column in columns)
            rows = connection.execute(
                f'SELECT rowid, {selected} FROM "{name}" WHERE rowid > ?',  # noqa: S608
                (marks.get(name, 0),),
            )
            for rowid, *values in rows:
                marks[name] = max(marks.get(name, 0), rowid)
                for column, value in zip(columns, values, strict=True):
                    if isinstance(value, str):
                        yield f"{name}.{column}", value
    finally:
        connection.close()


def _unseen(
    seen: Seen, place: str, values: Iterator[object], marks: Marks | None
) -> Iterator[tuple[str, str]]:
    for value in values:
        if isinstance(value, str) and (marks is None or (place, value) not in seen):
            seen.add((place, value))
            yield place, value


def _postgres_values(
    database: Database, marks: Marks | None, seen: Seen
) -> Iterator[tuple[str, str]]:
    """The same on PostgreSQL: tables with one whole-number key by it, the rest by value."""
    with database.engine.connect() as connection:
        columns = connection.execute(
            text(
                "SELECT table_name, column_name FROM information_schema.columns"
                " WHERE table_schema = current_schema() AND data_type IN"
                " ('text', 'character varying', 'character', 'tsvector', 'json', 'jsonb')"
                " ORDER BY table_name"
            )
        ).all()
        keys = dict(
            connection.execute(
                text(
                    "SELECT c.relname, min(a.attname) FROM pg_index i"
                    " JOIN pg_class c ON c.oid = i.indrelid"
                    " JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum = ANY(i.indkey)"
                    " WHERE i.indisprimary AND c.relnamespace = current_schema()::regnamespace"
                    "   AND a.atttypid IN ('integer'::regtype, 'bigint'::regtype)"
                    " GROUP BY c.relname HAVING count(*) = 1 AND min(i.indnatts) = 1"
                )
            ).all()
        )
        for table, column in columns:
            key = keys.get(table)
            if marks is None or key is None:
                rows = connection.execute(
                    text(f'SELECT "{column}"::text FROM "{table}"')  # noqa: S608
                )
                yield from _unseen(seen, f"{table}.{column}", (v for (v,) in rows), marks)
                continue
            mark = f"{table}.{column}"
            rows = connection.execute(
                text(
                    f'SELECT "{key}", "{column}"::text FROM "{table}"'  # noqa: S608
                    f' WHERE "{key}" > :mark'
                ),
                {"mark": marks.get(mark, 0)},
            )
            for row_id, value in rows:
                marks[mark] = max(marks.get(mark, 0), row_id)
                if value is not None:
                    yield mark, value


class Reader:
    """What each example stored, read back: new rows, new words, new log lines.

    Rows changed in place are read again by :meth:`everything` at the end, which
    reads every text value of every table whole.
    """

    def __init__(self, database: Database, log: Path) -> None:
        self.database = database
        self.log = log
        self.marks: Marks = {}
        self.journal_marks: Marks = {}
        self.seen: Seen = set()
        self.log_offset = 0

    def _stored(
        self, marks: Marks | None, journal_marks: Marks | None
    ) -> Iterator[tuple[str, str]]:
        if self.database.dialect == "sqlite":
            path = Path(str(self.database.url.database))
            yield from _sqlite_values(path, marks, self.seen)
        else:
            yield from _postgres_values(self.database, marks, self.seen)
        for place, value in _sqlite_values(journal_file(), journal_marks, self.seen):
            yield "journal " + place, value

    def new_values(self) -> Iterator[tuple[str, str]]:
        yield from self._stored(self.marks, self.journal_marks)
        with self.log.open(encoding="utf-8") as file:
            file.seek(self.log_offset)
            lines = file.read()
            self.log_offset = file.tell()
        for line in lines.splitlines():
            yield "log", line

    def everything(self) -> Iterator[tuple[str, str]]:
        yield from self._stored(None, None)
        for line in self.log.read_text(encoding="utf-8").splitlines():
            yield "log", line


# Anything shaped like a code with its sign, in a canonical() text.
SIGNED_CODE = re.compile(r"[0-9]{6}[-+A-FU-Y][0-9]{3}[0-9A-Y]")


# ---------------------------------------------------------------- the run
@pytest.fixture
def tiski_log() -> Iterator[Path]:
    path = setup_logging(level="INFO")
    yield path
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, "_tiski", False):
            root.removeHandler(handler)
            handler.close()


def _through_every_entry(database: Database) -> Callable[[str], None]:
    """A function pushing one text through every way text goes in."""
    fresh_desk(database)
    desk = Desk(database, identity_key=lambda: KEY)
    advisor = actor(desk, "aino.virtanen", "T1")
    journal = Journal(journal_file())
    log = logging.getLogger("console.fuzz")
    clock = [at(8)]

    def push(text_: str) -> None:
        clock[0] += timedelta(seconds=30)
        now = clock[0]
        desk.queue.issue(["kela-general"], language=Language.FI, visitor_name=text_, now=now)
        called = desk.queue.call_next(advisor, now=now)
        assert called is not None
        visit_id = called.step.visit_id
        # Made directly, not by visitor_identity(): the desk must not trust its caller.
        desk.cases.identify(advisor, visit_id, VisitorIdentity(None, text_, date(1980, 1, 1)))
        case = desk.cases.open_case(advisor, visit_id, title=text_)
        desk.cases.write_note(
            advisor, NoteDraft(case.id, f"Asiakas: {text_}", str(uuid.uuid4()), visit_id), now=now
        )
        # Nothing left to search for is refused before anything is stored.
        with contextlib.suppress(DeskError):
            desk.cases.search(advisor, text_, now=now)
        journal.save_draft(
            Draft(
                *("desk", advisor.staff_id, visit_id, str(uuid.uuid4()), case.id, None, None),
                *(None, None, f"Kesken {text_}"),
                updated_at=datetime(2026, 3, 12, tzinfo=UTC),
            )
        )
        log.warning("visitor %s at the counter (%r)", text_, text_)
        try:
            raise ValueError(text_)
        except ValueError:
            log.exception("failed for %s", text_)
        desk.queue.act(advisor, called.step.step_id, StepAction.FINISH, now=now)

    return push


def _fuzz(database: Database, log: Path, examples: int) -> None:
    push = _through_every_entry(database)
    reader = Reader(database, log)
    tried: list[str] = []

    @settings(
        max_examples=examples,
        deadline=None,
        suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
    )
    @given(embedded())
    def no_clear_code(example: tuple[str, str]) -> None:
        code, text_ = example
        tried.append(code)
        push(text_)
        for place, value in reader.new_values():
            assert code not in canonical(value), f"{code} in clear in {place}"

    no_clear_code()
    assert len(tried) >= min(examples, 100)
    # Every value of every table once more, whole: rows changed after they were added.
    generated = set(tried)
    for place, value in reader.everything():
        leaked = generated.intersection(SIGNED_CODE.findall(canonical(value)))
        assert not leaked, f"{len(leaked)} generated codes in clear in {place}"


@pytest.mark.slow
def test_no_code_in_any_spelling_reaches_the_database_journal_log_or_audit(
    database: Database, tiski_log: Path
) -> None:
    _fuzz(database, tiski_log, NORMAL_EXAMPLES)


@pytest.mark.slow
@pytest.mark.fuzz
def test_no_code_reaches_storage_in_five_thousand_spellings(
    database: Database, tiski_log: Path
) -> None:
    _fuzz(database, tiski_log, CI_EXAMPLES)
