"""Problems in a desk file and the typed reading of its tables.

:class:`DeskFileError` carries every problem found; :class:`Checker` collects them,
each with the file and the line :class:`Places` finds for it; :class:`Entry` is one
table of the file with getters that report what is wrong with a value (and still
return one, so that reading goes on and every problem is found at once). ``KEYS``
lists the tables a desk file has and the keys each may hold.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from console.core.hours import HoursError, OpeningHours, parse_hours
from console.core.records import Names
from console.core.text import QT_TRANSLATE_NOOP, Message, TiskiError

_CTX = "DeskFile"


class DeskFileError(TiskiError):
    """A desk file that cannot be applied; ``problems`` lists every fault found."""

    def __init__(self, problems: list[Message]) -> None:
        first = problems[0]
        if len(problems) > 1:
            first = Message(
                _CTX,
                QT_TRANSLATE_NOOP("DeskFile", "{first} (and {more} more problems)"),
                {"first": first, "more": len(problems) - 1},
            )
        super().__init__(first)
        self.problems = problems


def say(text: str, **params: object) -> Message:
    """A problem in the desk file's translation context ("DeskFile")."""
    return Message(_CTX, text, dict(params))


class Places:
    """Line numbers of the tables and keys of a TOML text, for messages."""

    _HEADER = re.compile(r"^\s*(\[\[?)\s*([A-Za-z0-9_.-]+)\s*\]\]?\s*(#.*)?$")

    def __init__(self, text: str) -> None:
        self._lines = text.splitlines()
        self._starts: list[tuple[int, str, bool]] = []  # (line, name, is array entry)
        for number, line in enumerate(self._lines, start=1):
            found = self._HEADER.match(line)
            if found:
                self._starts.append((number, found[2], found[1] == "[["))

    def _range(self, table: str, index: int | None) -> tuple[int, int] | None:
        seen = 0
        for position, (line, name, array) in enumerate(self._starts):
            if name != table or array != (index is not None):
                continue
            if index is None or seen == index:
                end = (
                    self._starts[position + 1][0]
                    if position + 1 < len(self._starts)
                    else len(self._lines) + 1
                )
                return line, end
            seen += 1
        return None

    def line(self, table: str, index: int | None, key: str | None = None) -> int:
        """The line of ``key`` in the ``index``-th ``[[table]]`` (or ``[table]``); 0 unknown."""
        found = self._range(table, index)
        if found is None and index is None:
            found = self._range(table, 0)
        if found is None:
            return 0
        start, end = found
        if key is not None:
            pattern = re.compile(rf"^\s*{re.escape(key)}\s*=")
            for number in range(start + 1, end):
                if pattern.match(self._lines[number - 1]):
                    return number
        return start


class Checker:
    """Collects problems, each with its file and line."""

    def __init__(self, source: str, places: Places, *, lines: bool = True) -> None:
        self.source = source
        self.places = places
        self.lines = lines
        self.problems: list[Message] = []

    def add(self, where: tuple[str, int | None, str | None], problem: Message) -> None:
        if not self.lines:
            self.problems.append(problem)
            return
        line = self.places.line(*where)
        if line:
            text = QT_TRANSLATE_NOOP("DeskFile", "{file}, line {line}: {problem}")
        else:
            text = QT_TRANSLATE_NOOP("DeskFile", "{file}: {problem}")
        self.problems.append(
            Message(_CTX, text, {"file": self.source, "line": line, "problem": problem})
        )


KEYS: dict[str, frozenset[str]] = {
    "desk": frozenset({"format", "code", "name_fi", "name_sv", "name_en", "hours", "services"}),
    "office": frozenset(
        {
            "code",
            "name_fi",
            "name_sv",
            "name_en",
            "hours",
            "services",
            *(
                f"{stem}_{language}"
                for stem in ("welcome", "message")
                for language in ["fi", "sv", "en"]
            ),
        }
    ),
    "kiosk": frozenset({"welcome_fi", "welcome_sv", "welcome_en"}),
    "display": frozenset({"message_fi", "message_sv", "message_en"}),
    "agency": frozenset(
        {
            "code",
            "name_fi",
            "name_sv",
            "name_en",
            "short_fi",
            "short_sv",
            "short_en",
            "consult_timeout_minutes",
        }
    ),
    "service": frozenset(
        {
            "code",
            "agency",
            "prefix",
            "target_wait_minutes",
            "name_fi",
            "name_sv",
            "name_en",
            "kiosk",
            "hours",
        }
    ),
    "counter": frozenset({"code", "name_fi", "name_sv", "name_en", "remote", "office"}),
    "staff": frozenset(
        {"username", "full_name", "role", "agency", "skills", "login_role", "skills_at"}
    ),
    "life_event": frozenset({"code", "name_fi", "name_sv", "name_en", "services"}),
    "note_template": frozenset({"service", "language", "title", "body"}),
}
SINGLE_TABLES = ("desk", "kiosk", "display")
LIST_TABLES = ("office", "agency", "service", "counter", "staff", "life_event", "note_template")


class Entry:
    """One table of the file, with typed getters that report what is wrong."""

    def __init__(self, check: Checker, table: str, index: int | None, data: dict[str, Any]) -> None:
        self.check = check
        self.table = table
        self.index = index
        self.data = data
        self.ok = True

    def problem(self, at: str | None, text: str, **params: object) -> None:
        """Report ``text`` at the line of key ``at`` (the table's line when ``None``)."""
        self.ok = False
        self.check.add((self.table, self.index, at), say(text, **params))

    def text(self, key: str, limit: int, *, required: bool = True) -> str:
        value = self.data.get(key)
        if value is None:
            if required:
                self.problem(
                    None,
                    QT_TRANSLATE_NOOP("DeskFile", '[{table}] has no {key}; add {key} = "..."'),
                    table=self.table,
                    key=key,
                )
            return ""
        if not isinstance(value, str):
            self.problem(
                key,
                QT_TRANSLATE_NOOP("DeskFile", "{key} must be text in quotes"),
                key=key,
            )
            return ""
        value = value.strip()
        if required and not value:
            self.problem(key, QT_TRANSLATE_NOOP("DeskFile", "{key} is empty"), key=key)
        elif len(value) > limit:
            self.problem(
                key,
                QT_TRANSLATE_NOOP(
                    "DeskFile", "{key} is {length} characters long; at most {limit} fit"
                ),
                key=key,
                length=len(value),
                limit=limit,
            )
        return value

    def code(self, key: str, pattern: re.Pattern[str], example: str) -> str:
        value = self.text(key, 64)
        if value and not pattern.match(value):
            self.problem(
                key,
                QT_TRANSLATE_NOOP(
                    "DeskFile",
                    "{key} '{value}' is not usable: use letters a-z, digits and - . _ "
                    "without spaces, such as '{example}'",
                ),
                key=key,
                value=value,
                example=example,
            )
        return value

    def names(self, stem: str, limit: int) -> Names:
        return Names(
            self.text(f"{stem}_fi", limit),
            self.text(f"{stem}_sv", limit),
            self.text(f"{stem}_en", limit),
        )

    def optional_names(self, stem: str, limit: int) -> Names | None:
        keys = [f"{stem}_{language}" for language in ("fi", "sv", "en")]
        if not any(key in self.data for key in keys):
            return None
        return self.names(stem, limit)

    def number(self, key: str, bounds: tuple[int, int], default: int | None = None) -> int:
        value = self.data.get(key, default)
        low, high = bounds
        if value is None:
            self.problem(
                None,
                QT_TRANSLATE_NOOP("DeskFile", "[{table}] has no {key}; add {key} = <minutes>"),
                table=self.table,
                key=key,
            )
            return low
        if not isinstance(value, int) or isinstance(value, bool) or not low <= value <= high:
            self.problem(
                key,
                QT_TRANSLATE_NOOP(
                    "DeskFile", "{key} must be a whole number from {low} to {high}, not {value}"
                ),
                key=key,
                low=low,
                high=high,
                value=value,
            )
            return low
        return value

    def flag(self, key: str, default: bool) -> bool:
        value = self.data.get(key, default)
        if not isinstance(value, bool):
            self.problem(
                key,
                QT_TRANSLATE_NOOP("DeskFile", "{key} must be true or false"),
                key=key,
            )
            return default
        return value

    def words(self, key: str) -> tuple[str, ...]:
        value = self.data.get(key, [])
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            self.problem(
                key,
                QT_TRANSLATE_NOOP("DeskFile", '{key} must be a list of texts, such as ["a", "b"]'),
                key=key,
            )
            return ()
        return tuple(v.strip() for v in value)

    def hours(self, key: str) -> OpeningHours | None:
        if key not in self.data:
            return None
        entries = self.words(key)
        try:
            return parse_hours(entries)
        except HoursError as trouble:
            self.ok = False
            self.check.add((self.table, self.index, key), trouble.message)
            return None

    def unknown_keys(self, known: frozenset[str]) -> None:
        for key in self.data:
            if key not in known:
                self.problem(
                    key,
                    QT_TRANSLATE_NOOP(
                        "DeskFile", "[{table}] has no setting {key}; the known ones are: {known}"
                    ),
                    table=self.table,
                    key=key,
                    known=", ".join(sorted(known)),
                )


def table_entries(
    data: dict[str, Any], table: str, check: Checker, extra_keys: frozenset[str]
) -> list[Entry]:
    value = data.get(table, [])
    if not isinstance(value, list) or not all(isinstance(item, dict) for item in value):
        check.add(
            (table, None, None),
            say(
                QT_TRANSLATE_NOOP(
                    "DeskFile", "{table} must be written as [[{table}]] tables, one per entry"
                ),
                table=table,
            ),
        )
        return []
    entries = [Entry(check, table, index, item) for index, item in enumerate(value)]
    for entry in entries:
        entry.unknown_keys(KEYS[table] | extra_keys)
    return entries


def single_entry(data: dict[str, Any], table: str, check: Checker) -> Entry:
    value = data.get(table, {})
    if not isinstance(value, dict):
        check.add(
            (table, None, None),
            say(
                QT_TRANSLATE_NOOP("DeskFile", "{table} must be written as a [{table}] table"),
                table=table,
            ),
        )
        value = {}
    entry = Entry(check, table, None, value)
    entry.unknown_keys(KEYS[table])
    return entry


def report_duplicates(
    entries: Iterable[tuple[Entry, str]], key: str, what: str, check: Checker
) -> None:
    seen: dict[str, Entry] = {}
    for entry, value in entries:
        if not value:
            continue
        if value in seen and not check.lines:
            entry.problem(
                key,
                QT_TRANSLATE_NOOP("DeskFile", "{what} {value} is given twice; each needs its own"),
                what=what,
                value=value,
            )
        elif value in seen:
            first = seen[value]
            entry.problem(
                key,
                QT_TRANSLATE_NOOP(
                    "DeskFile",
                    "{what} {value} is given twice (also at line {line}); each needs its own",
                ),
                what=what,
                value=value,
                line=check.places.line(first.table, first.index, key),
            )
        else:
            seen[value] = entry
