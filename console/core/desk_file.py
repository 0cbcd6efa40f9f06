"""The desk as a file IT keeps: its format, how it is read and checked.

A desk file (TOML, docs/desk-file.md) describes one office: its names and opening
hours, agencies, services, counters, staff (no passwords), life events, note
templates and the kiosk's and lobby display's own texts. ``tiski desk plan`` and
``tiski desk apply`` read it through :func:`load_desk_file`; ``tiski desk export``
writes it back with :func:`console.core.desk_toml.dump_desk`.

The format has a version (``format`` under ``[desk]``). A file of an older format
is brought up to date by :data:`_UPGRADES` before it is checked, so a file IT keeps
in version control goes on working when names change; a newer one is refused with
the version it needs. Every problem is reported with the file, the line and what to
do, all of them at once (:class:`DeskFileError`), never as a traceback.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from console.core.files import MIB, FileProblem, loads_toml, read_text
from console.core.hours import HoursError, OpeningHours, parse_hours
from console.core.identity import mask_identity_codes
from console.core.queue import Language, Role
from console.core.records import Names
from console.core.text import QT_TRANSLATE_NOOP, Message, TiskiError

_CTX = "DeskFile"
FORMAT_VERSION = 2
DESK_FILE_LIMIT = 4 * MIB
NAME_MAX = 200
SHORT_MAX = 40
COUNTER_NAME_MAX = 100
TEXT_MAX = 300
TEMPLATE_TITLE_MAX = 200
TEMPLATE_BODY_MAX = 20_000
TARGET_WAIT_RANGE = (1, 600)
CONSULT_TIMEOUT_RANGE = (1, 240)

AGENCY_CODE = re.compile(r"^[a-z][a-z0-9_]{0,31}$")
SERVICE_CODE = re.compile(r"^[a-z0-9][a-z0-9._-]{0,63}$")
COUNTER_CODE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,31}$")
USERNAME = re.compile(r"^[a-z0-9][a-z0-9._-]{0,62}$")
LIFE_EVENT_CODE = SERVICE_CODE
PREFIX = re.compile(r"^[A-Z]{1,3}$")


# ---------------------------------------------------------------- what a desk is
@dataclass(frozen=True)
class AgencySpec:
    code: str
    names: Names
    short_names: Names
    consult_timeout_minutes: int = 10


@dataclass(frozen=True)
class ServiceSpec:
    code: str
    agency: str
    prefix: str
    target_wait_minutes: int
    names: Names
    # Offered at the kiosk (otherwise only the guide issues it).
    kiosk: bool = True
    # None: whenever the desk is open.
    hours: OpeningHours | None = None


@dataclass(frozen=True)
class CounterSpec:
    code: str
    names: Names
    remote: bool = False


@dataclass(frozen=True)
class StaffSpec:
    username: str
    full_name: str
    role: Role
    agency: str | None
    skills: tuple[str, ...]
    # PostgreSQL: the login role when it is not the user name (a directory account).
    login_role: str | None = None


@dataclass(frozen=True)
class LifeEventSpec:
    code: str
    names: Names
    services: tuple[str, ...]


@dataclass(frozen=True)
class TemplateSpec:
    """A note template an advisor can insert while serving ``service``."""

    service: str
    language: Language
    title: str
    body: str


@dataclass(frozen=True)
class LobbyTexts:
    """The desk's own words on the kiosk's first screen and the lobby display."""

    kiosk_welcome: Names | None = None
    display_message: Names | None = None


@dataclass(frozen=True)
class DeskSpec:
    names: Names
    agencies: tuple[AgencySpec, ...]
    services: tuple[ServiceSpec, ...]
    counters: tuple[CounterSpec, ...]
    staff: tuple[StaffSpec, ...]
    life_events: tuple[LifeEventSpec, ...] = ()
    templates: tuple[TemplateSpec, ...] = ()
    hours: OpeningHours | None = None
    texts: LobbyTexts = field(default_factory=LobbyTexts)


# ---------------------------------------------------------------- problems
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


def _say(text: str, **params: object) -> Message:
    return Message(_CTX, text, dict(params))


class _Places:
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


class _Checker:
    """Collects problems, each with its file and line."""

    def __init__(self, source: str, places: _Places, *, lines: bool = True) -> None:
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


# ---------------------------------------------------------------- format versions
def _upgrade_1_to_2(data: dict[str, Any]) -> dict[str, Any]:
    """Format 1 (the first round's demo file) called note templates ``template``."""
    if "template" in data:
        data["note_template"] = data.pop("template")
    return data


# From version n to n + 1; a file of version n passes through every step after it.
_UPGRADES: dict[int, Callable[[dict[str, Any]], dict[str, Any]]] = {1: _upgrade_1_to_2}


def _upgrade(data: dict[str, Any], check: _Checker) -> dict[str, Any] | None:
    desk = data.get("desk")
    version = desk.get("format", 1) if isinstance(desk, dict) else 1
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        check.add(
            ("desk", None, "format"),
            _say(
                QT_TRANSLATE_NOOP(
                    "DeskFile",
                    "format must be a whole number; this Tiski writes format = {current}",
                ),
                current=FORMAT_VERSION,
            ),
        )
        return None
    if version > FORMAT_VERSION:
        check.add(
            ("desk", None, "format"),
            _say(
                QT_TRANSLATE_NOOP(
                    "DeskFile",
                    "the file is of format {version}, made by a newer Tiski; this one reads "
                    "formats up to {current}: install the newer Tiski here too",
                ),
                version=version,
                current=FORMAT_VERSION,
            ),
        )
        return None
    while version < FORMAT_VERSION:
        data = _UPGRADES[version](data)
        version += 1
    return data


# ---------------------------------------------------------------- reading entries
_KEYS: dict[str, frozenset[str]] = {
    "desk": frozenset({"format", "name_fi", "name_sv", "name_en", "hours"}),
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
    "counter": frozenset({"code", "name_fi", "name_sv", "name_en", "remote"}),
    "staff": frozenset({"username", "full_name", "role", "agency", "skills", "login_role"}),
    "life_event": frozenset({"code", "name_fi", "name_sv", "name_en", "services"}),
    "note_template": frozenset({"service", "language", "title", "body"}),
}
_SINGLE = ("desk", "kiosk", "display")
_LISTS = ("agency", "service", "counter", "staff", "life_event", "note_template")


class _Entry:
    """One table of the file, with typed getters that report what is wrong."""

    def __init__(
        self, check: _Checker, table: str, index: int | None, data: dict[str, Any]
    ) -> None:
        self.check = check
        self.table = table
        self.index = index
        self.data = data
        self.ok = True

    def problem(self, at: str | None, text: str, **params: object) -> None:
        """Report ``text`` at the line of key ``at`` (the table's line when ``None``)."""
        self.ok = False
        self.check.add((self.table, self.index, at), _say(text, **params))

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


def _entries(
    data: dict[str, Any], table: str, check: _Checker, extra_keys: frozenset[str]
) -> list[_Entry]:
    value = data.get(table, [])
    if not isinstance(value, list) or not all(isinstance(item, dict) for item in value):
        check.add(
            (table, None, None),
            _say(
                QT_TRANSLATE_NOOP(
                    "DeskFile", "{table} must be written as [[{table}]] tables, one per entry"
                ),
                table=table,
            ),
        )
        return []
    entries = [_Entry(check, table, index, item) for index, item in enumerate(value)]
    for entry in entries:
        entry.unknown_keys(_KEYS[table] | extra_keys)
    return entries


def _single(data: dict[str, Any], table: str, check: _Checker) -> _Entry:
    value = data.get(table, {})
    if not isinstance(value, dict):
        check.add(
            (table, None, None),
            _say(
                QT_TRANSLATE_NOOP("DeskFile", "{table} must be written as a [{table}] table"),
                table=table,
            ),
        )
        value = {}
    entry = _Entry(check, table, None, value)
    entry.unknown_keys(_KEYS[table])
    return entry


def _duplicates(
    entries: Iterable[tuple[_Entry, str]], key: str, what: str, check: _Checker
) -> None:
    seen: dict[str, _Entry] = {}
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


# ---------------------------------------------------------------- the document
def _agencies(entries: list[_Entry], check: _Checker) -> list[AgencySpec]:
    out = []
    for entry in entries:
        code = entry.code("code", AGENCY_CODE, "kela")
        out.append(
            AgencySpec(
                code,
                entry.names("name", NAME_MAX),
                entry.names("short", SHORT_MAX),
                entry.number("consult_timeout_minutes", CONSULT_TIMEOUT_RANGE, 10),
            )
        )
    _duplicates(zip(entries, (a.code for a in out), strict=True), "code", "agency", check)
    return out


def _services(entries: list[_Entry], agencies: set[str], check: _Checker) -> list[ServiceSpec]:
    out = []
    for entry in entries:
        code = entry.code("code", SERVICE_CODE, "kela-general")
        agency = entry.text("agency", 64)
        if agency and agency not in agencies:
            entry.problem(
                "agency",
                QT_TRANSLATE_NOOP(
                    "DeskFile",
                    "service {code} names agency {agency}, which the file does not have; "
                    'add an [[agency]] with code = "{agency}" or correct the name',
                ),
                code=code,
                agency=agency,
            )
        prefix = entry.text("prefix", 3)
        if prefix and not PREFIX.match(prefix):
            entry.problem(
                "prefix",
                QT_TRANSLATE_NOOP(
                    "DeskFile",
                    "prefix '{prefix}' is not usable: one to three capital letters A-Z, "
                    'such as "K" or "KP"',
                ),
                prefix=prefix,
            )
        out.append(
            ServiceSpec(
                code,
                agency,
                prefix,
                entry.number("target_wait_minutes", TARGET_WAIT_RANGE),
                entry.names("name", NAME_MAX),
                entry.flag("kiosk", True),
                entry.hours("hours"),
            )
        )
    _duplicates(zip(entries, (s.code for s in out), strict=True), "code", "service", check)
    _duplicates(
        zip(entries, (s.prefix for s in out), strict=True), "prefix", "ticket prefix", check
    )
    return out


def _counters(entries: list[_Entry], check: _Checker) -> list[CounterSpec]:
    out = [
        CounterSpec(
            entry.code("code", COUNTER_CODE, "T1"),
            entry.names("name", COUNTER_NAME_MAX),
            entry.flag("remote", False),
        )
        for entry in entries
    ]
    _duplicates(zip(entries, (c.code for c in out), strict=True), "code", "counter", check)
    return out


def _unknown_services(
    entry: _Entry, key: str, owner: str, codes: Iterable[str], known: set[str]
) -> None:
    for code in codes:
        if code not in known:
            entry.problem(
                key,
                QT_TRANSLATE_NOOP(
                    "DeskFile",
                    "{owner} names service {code}, which the file does not have; add a "
                    '[[service]] with code = "{code}" or correct the name',
                ),
                owner=owner,
                code=code,
            )


def _staff(
    entries: list[_Entry], agencies: set[str], services: list[str], check: _Checker
) -> list[StaffSpec]:
    order = {code: index for index, code in enumerate(services)}
    out = []
    roles = ", ".join(role.value for role in Role)
    for entry in entries:
        username = entry.code("username", USERNAME, "aino.virtanen")
        role_text = entry.text("role", 16)
        role = Role.ADVISOR
        if role_text:
            try:
                role = Role(role_text)
            except ValueError:
                entry.problem(
                    "role",
                    QT_TRANSLATE_NOOP(
                        "DeskFile", "role '{role}' is not one of the desk's roles: {roles}"
                    ),
                    role=role_text,
                    roles=roles,
                )
        agency = entry.text("agency", 64, required=False) or None
        if agency is not None and agency not in agencies:
            entry.problem(
                "agency",
                QT_TRANSLATE_NOOP(
                    "DeskFile",
                    "staff member {username} works for agency {agency}, which the file does "
                    "not have; add the [[agency]] or correct the name",
                ),
                username=username,
                agency=agency,
            )
        if role is Role.SPECIALIST and agency is None and role_text:
            entry.problem(
                "role",
                QT_TRANSLATE_NOOP(
                    "DeskFile",
                    'specialist {username} needs the agency they answer for: add agency = "<code>"',
                ),
                username=username,
            )
        skills = entry.words("skills")
        _unknown_services(entry, "skills", username, skills, set(services))
        login_role = entry.text("login_role", 63, required=False) or None
        out.append(
            StaffSpec(
                username,
                entry.text("full_name", NAME_MAX),
                role,
                agency,
                # A set of services, kept in the order of the services for one spelling.
                tuple(sorted(dict.fromkeys(skills), key=lambda c: order.get(c, len(order)))),
                login_role,
            )
        )
    _duplicates(
        zip(entries, (m.username for m in out), strict=True), "username", "user name", check
    )
    return out


def _life_events(entries: list[_Entry], services: set[str], check: _Checker) -> list[LifeEventSpec]:
    out = []
    for entry in entries:
        code = entry.code("code", LIFE_EVENT_CODE, "moving-to-pori")
        steps = entry.words("services")
        if not steps and "services" in entry.data:
            entry.problem(
                "services",
                QT_TRANSLATE_NOOP(
                    "DeskFile", "life event {code} has no steps: list its services in order"
                ),
                code=code,
            )
        elif "services" not in entry.data:
            entry.problem(
                None,
                QT_TRANSLATE_NOOP(
                    "DeskFile", "life event {code} has no services = [...]; list its steps"
                ),
                code=code,
            )
        _unknown_services(entry, "services", code, steps, services)
        out.append(LifeEventSpec(code, entry.names("name", NAME_MAX), steps))
    _duplicates(zip(entries, (e.code for e in out), strict=True), "code", "life event", check)
    return out


def _templates(entries: list[_Entry], services: set[str], check: _Checker) -> list[TemplateSpec]:
    out = []
    seen: dict[tuple[str, str, str], _Entry] = {}
    for entry in entries:
        service = entry.text("service", 64)
        title = entry.text("title", TEMPLATE_TITLE_MAX)
        _unknown_services(
            entry, "service", title or "a note template", [service] if service else [], services
        )
        language_text = entry.text("language", 2)
        language = Language.FI
        if language_text:
            try:
                language = Language(language_text)
            except ValueError:
                entry.problem(
                    "language",
                    QT_TRANSLATE_NOOP("DeskFile", "language '{language}' is not fi, sv or en"),
                    language=language_text,
                )
        raw_body = entry.data.get("body")
        body = raw_body if isinstance(raw_body, str) else ""
        if not body.strip():
            entry.problem(
                "body" if "body" in entry.data else None,
                QT_TRANSLATE_NOOP("DeskFile", "note template {title} has no body text"),
                title=title,
            )
        elif len(body) > TEMPLATE_BODY_MAX:
            entry.problem(
                "body",
                QT_TRANSLATE_NOOP(
                    "DeskFile", "note template {title} is longer than {limit} characters"
                ),
                title=title,
                limit=TEMPLATE_BODY_MAX,
            )
        key = (service, language_text, title)
        if all(key) and key in seen and not check.lines:
            entry.problem(
                "title",
                QT_TRANSLATE_NOOP(
                    "DeskFile",
                    "note template {title} of service {service} in {language} is given twice",
                ),
                title=title,
                service=service,
                language=language_text,
            )
        elif all(key) and key in seen:
            entry.problem(
                "title",
                QT_TRANSLATE_NOOP(
                    "DeskFile",
                    "note template {title} of service {service} in {language} is given twice "
                    "(also at line {line})",
                ),
                title=title,
                service=service,
                language=language_text,
                line=check.places.line(seen[key].table, seen[key].index, "title"),
            )
        seen.setdefault(key, entry)
        # A template is text every note of its service starts from: a code pasted into
        # one (an example, a test visitor's) would be copied into every such note.
        out.append(
            TemplateSpec(service, language, mask_identity_codes(title), mask_identity_codes(body))
        )
    return out


@dataclass(frozen=True)
class DeskDocument:
    """A checked desk file and the tables it had beyond the desk (the demo's visits)."""

    desk: DeskSpec
    extra: dict[str, Any]


def parse_desk(
    text: str,
    source: str,
    *,
    extra_tables: frozenset[str] = frozenset(),
    extra_staff_keys: frozenset[str] = frozenset(),
    lines: bool = True,
) -> DeskDocument:
    """Check a desk file's text; raise :class:`DeskFileError` with every problem found.

    ``extra_tables`` and ``extra_staff_keys`` let the demo file carry what a real desk
    has not (its waiting visitors, who signs in first); they are returned untouched.
    ``lines=False`` leaves the file and line out of each problem (a desk being edited
    in the admin window has no file yet).
    """
    places = _Places(text)
    check = _Checker(source, places, lines=lines)
    try:
        data = loads_toml(Path(source), text)
    except FileProblem as trouble:
        raise DeskFileError([trouble.message]) from None
    upgraded = _upgrade(data, check)
    if upgraded is None:
        raise DeskFileError(check.problems)
    data = upgraded
    for table in data:
        if table not in _SINGLE + _LISTS and table not in extra_tables:
            check.add(
                (table, None, None),
                _say(
                    QT_TRANSLATE_NOOP(
                        "DeskFile", "a desk file has no [{table}]; the known tables are: {known}"
                    ),
                    table=table,
                    known=", ".join(_SINGLE + _LISTS),
                ),
            )
    if "desk" not in data:
        check.add(
            ("desk", None, None),
            _say(
                QT_TRANSLATE_NOOP(
                    "DeskFile",
                    "the file has no [desk] table: start it with [desk], format = {format} "
                    "and the desk's names name_fi, name_sv, name_en",
                ),
                format=FORMAT_VERSION,
            ),
        )
    desk = _single(data, "desk", check)
    names = desk.names("name", NAME_MAX)
    hours = desk.hours("hours")
    kiosk = _single(data, "kiosk", check)
    display = _single(data, "display", check)
    texts = LobbyTexts(
        kiosk.optional_names("welcome", TEXT_MAX), display.optional_names("message", TEXT_MAX)
    )
    agencies = _agencies(_entries(data, "agency", check, frozenset()), check)
    agency_codes = {a.code for a in agencies}
    services = _services(_entries(data, "service", check, frozenset()), agency_codes, check)
    service_codes = {s.code for s in services}
    counters = _counters(_entries(data, "counter", check, frozenset()), check)
    staff = _staff(
        _entries(data, "staff", check, extra_staff_keys),
        agency_codes,
        [s.code for s in services],
        check,
    )
    life_events = _life_events(
        _entries(data, "life_event", check, frozenset()), service_codes, check
    )
    templates = _templates(
        _entries(data, "note_template", check, frozenset()), service_codes, check
    )
    if check.problems:
        raise DeskFileError(check.problems)
    spec = DeskSpec(
        names,
        tuple(agencies),
        tuple(services),
        tuple(counters),
        tuple(staff),
        tuple(life_events),
        tuple(templates),
        hours,
        texts,
    )
    return DeskDocument(
        spec,
        {key: data[key] for key in extra_tables if key in data} | {"staff": data.get("staff", [])},
    )


def load_desk_file(path: Path | str, **options: Any) -> DeskDocument:
    """Read and check the desk file at ``path`` (see :func:`parse_desk`)."""
    path = Path(path)
    try:
        text = read_text(path, limit=DESK_FILE_LIMIT)
    except FileProblem as trouble:
        raise DeskFileError([trouble.message]) from None
    return parse_desk(text, str(path), **options)
