"""The readers of a desk file's lists: agencies, services, counters, staff, life
events and note templates.

Each turns its ``[[table]]`` entries into specs, reports what is wrong with each
value and what it names (an agency or service the file does not have), and reports
codes, prefixes and user names given twice.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable

from console.core.desk_file.checking import Checker, Entry, report_duplicates
from console.core.desk_file.specs import (
    AGENCY_CODE,
    CONSULT_TIMEOUT_RANGE,
    COUNTER_CODE,
    COUNTER_NAME_MAX,
    LIFE_EVENT_CODE,
    NAME_MAX,
    OFFICE_CODE,
    PREFIX,
    SERVICE_CODE,
    SHORT_MAX,
    TARGET_WAIT_RANGE,
    TEMPLATE_BODY_MAX,
    TEMPLATE_TITLE_MAX,
    TEXT_MAX,
    USERNAME,
    AgencySpec,
    CounterSpec,
    LifeEventSpec,
    LobbyTexts,
    OfficeSpec,
    ServiceSpec,
    StaffSpec,
    TemplateSpec,
)
from console.core.identity import mask_identity_codes
from console.core.queue import Language, Role
from console.core.text import QT_TRANSLATE_NOOP


def read_agencies(entries: list[Entry], check: Checker) -> list[AgencySpec]:
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
    report_duplicates(zip(entries, (a.code for a in out), strict=True), "code", "agency", check)
    return out


def read_services(entries: list[Entry], agencies: set[str], check: Checker) -> list[ServiceSpec]:
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
    report_duplicates(zip(entries, (s.code for s in out), strict=True), "code", "service", check)
    report_duplicates(
        zip(entries, (s.prefix for s in out), strict=True), "prefix", "ticket prefix", check
    )
    return out


def read_offices(
    entries: list[Entry], own: str, services: set[str], check: Checker
) -> list[OfficeSpec]:
    """The other offices of the database (``[[office]]``); ``own`` is the desk's code."""
    out = []
    for entry in entries:
        code = entry.code("code", OFFICE_CODE, "ulvila")
        offered = entry.words("services")
        _unknown_services(entry, "services", code, offered, services)
        out.append(
            OfficeSpec(
                code,
                entry.names("name", NAME_MAX),
                tuple(dict.fromkeys(offered)),
                entry.hours("hours"),
                LobbyTexts(
                    entry.optional_names("welcome", TEXT_MAX),
                    entry.optional_names("message", TEXT_MAX),
                ),
            )
        )
        if code == own:
            entry.problem(
                "code",
                QT_TRANSLATE_NOOP(
                    "DeskFile",
                    "office {code} is the desk's own office ([desk] code); give the other "
                    "office a code of its own",
                ),
                code=code,
            )
    report_duplicates(zip(entries, (o.code for o in out), strict=True), "code", "office", check)
    return out


def read_counters(entries: list[Entry], offices: set[str], check: Checker) -> list[CounterSpec]:
    out = [
        CounterSpec(
            entry.code("code", COUNTER_CODE, "T1"),
            entry.names("name", COUNTER_NAME_MAX),
            entry.flag("remote", False),
            entry.text("office", 32, required=False),
        )
        for entry in entries
    ]
    for entry, counter in zip(entries, out, strict=True):
        if counter.office and counter.office not in offices:
            entry.problem(
                "office",
                QT_TRANSLATE_NOOP(
                    "DeskFile",
                    "counter {code} stands in office {office}, which the file does not have; "
                    'add an [[office]] with code = "{office}" or correct the name',
                ),
                code=counter.code,
                office=counter.office,
            )
    report_duplicates(zip(entries, (c.code for c in out), strict=True), "code", "counter", check)
    return out


def _unknown_services(
    entry: Entry, key: str, owner: str, codes: Iterable[str], known: set[str]
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


def _office_skills(
    entry: Entry, username: str, offices: Collection[str], services: list[str]
) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """``skills_at = { ulvila = ["kela-general"] }``: a person's skills at offices where
    they differ from their usual ones, in the order of the services."""
    value = entry.data.get("skills_at", {})
    if not isinstance(value, dict) or not all(
        isinstance(codes, list) and all(isinstance(code, str) for code in codes)
        for codes in value.values()
    ):
        entry.problem(
            "skills_at",
            QT_TRANSLATE_NOOP(
                "DeskFile",
                'skills_at must list services per office, such as { ulvila = ["kela-general"] }',
            ),
        )
        return ()
    order = {code: index for index, code in enumerate(services)}
    places = {code: index for index, code in enumerate(offices)}
    out = []
    for office, codes in sorted(value.items(), key=lambda item: places.get(item[0], 0)):
        if office not in offices:
            entry.problem(
                "skills_at",
                QT_TRANSLATE_NOOP(
                    "DeskFile",
                    "staff member {username} has skills at office {office}, which the file "
                    "does not have; add the [[office]] or correct the name",
                ),
                username=username,
                office=office,
            )
        _unknown_services(entry, "skills_at", username, codes, set(services))
        chosen = sorted(dict.fromkeys(c.strip() for c in codes), key=lambda c: order.get(c, 0))
        out.append((office, tuple(chosen)))
    return tuple(out)


def read_staff(
    entries: list[Entry],
    agencies: set[str],
    services: list[str],
    check: Checker,
    offices: Collection[str] = (),
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
        office_skills = _office_skills(entry, username, offices, services)
        out.append(
            StaffSpec(
                username,
                entry.text("full_name", NAME_MAX),
                role,
                agency,
                # A set of services, kept in the order of the services for one spelling.
                tuple(sorted(dict.fromkeys(skills), key=lambda c: order.get(c, len(order)))),
                login_role,
                office_skills,
            )
        )
    report_duplicates(
        zip(entries, (m.username for m in out), strict=True), "username", "user name", check
    )
    return out


def read_life_events(
    entries: list[Entry], services: set[str], check: Checker
) -> list[LifeEventSpec]:
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
    report_duplicates(zip(entries, (e.code for e in out), strict=True), "code", "life event", check)
    return out


def read_templates(entries: list[Entry], services: set[str], check: Checker) -> list[TemplateSpec]:
    out = []
    seen: dict[tuple[str, str, str], Entry] = {}
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
