"""Reading a desk file: :func:`load_desk_file` and :func:`parse_desk`.

The text is parsed as TOML, brought up to the current format, its ``[desk]``,
``[kiosk]`` and ``[display]`` tables read here and its lists by
:mod:`console.core.desk_file.sections`; every problem is raised at once in a
:class:`~console.core.desk_file.checking.DeskFileError`.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from console.core.desk_file.checking import (
    LIST_TABLES,
    SINGLE_TABLES,
    Checker,
    DeskFileError,
    Places,
    say,
    single_entry,
    table_entries,
)
from console.core.desk_file.sections import (
    read_agencies,
    read_counters,
    read_life_events,
    read_offices,
    read_services,
    read_staff,
    read_templates,
)
from console.core.desk_file.specs import (
    MAIN_OFFICE,
    NAME_MAX,
    OFFICE_CODE,
    TEXT_MAX,
    DeskSpec,
    LobbyTexts,
)
from console.core.desk_file.upgrade import FORMAT_VERSION, upgrade_to_current
from console.core.files import MIB, FileProblem, loads_toml, read_text
from console.core.text import QT_TRANSLATE_NOOP

DESK_FILE_LIMIT = 4 * MIB


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
    places = Places(text)
    check = Checker(source, places, lines=lines)
    try:
        data = loads_toml(Path(source), text)
    except FileProblem as trouble:
        raise DeskFileError([trouble.message]) from None
    upgraded = upgrade_to_current(data, check)
    if upgraded is None:
        raise DeskFileError(check.problems)
    data = upgraded
    for table in data:
        if table not in SINGLE_TABLES + LIST_TABLES and table not in extra_tables:
            check.add(
                (table, None, None),
                say(
                    QT_TRANSLATE_NOOP(
                        "DeskFile", "a desk file has no [{table}]; the known tables are: {known}"
                    ),
                    table=table,
                    known=", ".join(SINGLE_TABLES + LIST_TABLES),
                ),
            )
    if "desk" not in data:
        check.add(
            ("desk", None, None),
            say(
                QT_TRANSLATE_NOOP(
                    "DeskFile",
                    "the file has no [desk] table: start it with [desk], format = {format} "
                    "and the desk's names name_fi, name_sv, name_en",
                ),
                format=FORMAT_VERSION,
            ),
        )
    desk = single_entry(data, "desk", check)
    names = desk.names("name", NAME_MAX)
    hours = desk.hours("hours")
    kiosk = single_entry(data, "kiosk", check)
    display = single_entry(data, "display", check)
    texts = LobbyTexts(
        kiosk.optional_names("welcome", TEXT_MAX), display.optional_names("message", TEXT_MAX)
    )
    agencies = read_agencies(table_entries(data, "agency", check, frozenset()), check)
    agency_codes = {a.code for a in agencies}
    services = read_services(
        table_entries(data, "service", check, frozenset()), agency_codes, check
    )
    service_codes = {s.code for s in services}
    code = desk.code("code", OFFICE_CODE, "pori") if "code" in desk.data else MAIN_OFFICE
    offered = desk.words("services")
    unknown = sorted(set(offered) - service_codes)
    if unknown:
        desk.problem(
            "services",
            QT_TRANSLATE_NOOP(
                "DeskFile",
                "the desk offers service {code}, which the file does not have; add a "
                '[[service]] with code = "{code}" or correct the name',
            ),
            code=unknown[0],
        )
    offices = read_offices(
        table_entries(data, "office", check, frozenset()), code, service_codes, check
    )
    counters = read_counters(
        table_entries(data, "counter", check, frozenset()),
        {code, *(office.code for office in offices)},
        check,
    )
    staff = read_staff(
        table_entries(data, "staff", check, extra_staff_keys),
        agency_codes,
        [s.code for s in services],
        check,
        [code, *(office.code for office in offices)],
    )
    life_events = read_life_events(
        table_entries(data, "life_event", check, frozenset()), service_codes, check
    )
    templates = read_templates(
        table_entries(data, "note_template", check, frozenset()), service_codes, check
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
        code,
        tuple(dict.fromkeys(offered)),
        tuple(offices),
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
