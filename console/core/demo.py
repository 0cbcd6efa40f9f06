"""The demo desk: validated contents of ``resources/demo/desk.toml``."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from console.core.files import MIB, FileProblem, read_toml
from console.core.queue import Language, Priority, Role
from console.core.records import Names
from console.core.text import QT_TRANSLATE_NOOP, Message, TiskiError

_CTX = "Demo"
TEMPLATE_TITLE_MAX = 200  # the note_template.title column
# The shipped desk.toml is about 27 KiB.
DEMO_FILE_LIMIT = 4 * MIB


class DemoDataError(TiskiError):
    """The demo data file is malformed."""


@dataclass(frozen=True)
class DemoAgency:
    code: str
    names: Names
    short_names: Names


@dataclass(frozen=True)
class DemoService:
    code: str
    agency: str
    prefix: str
    target_wait_minutes: int
    names: Names


@dataclass(frozen=True)
class DemoCounter:
    code: str
    names: Names
    remote: bool


@dataclass(frozen=True)
class DemoStaff:
    username: str
    full_name: str
    role: Role
    agency: str | None
    skills: tuple[str, ...]
    demo_signin: bool


@dataclass(frozen=True)
class DemoVisit:
    services: tuple[str, ...]
    waiting_minutes: int
    language: Language
    visitor_name: str | None
    priority: Priority | None


@dataclass(frozen=True)
class DemoLifeEvent:
    code: str
    names: Names
    services: tuple[str, ...]


@dataclass(frozen=True)
class DemoTemplate:
    """A note template an advisor can insert while serving ``service``."""

    service: str
    language: Language
    title: str
    body: str


@dataclass(frozen=True)
class DemoDesk:
    names: Names
    agencies: tuple[DemoAgency, ...]
    services: tuple[DemoService, ...]
    counters: tuple[DemoCounter, ...]
    staff: tuple[DemoStaff, ...]
    visits: tuple[DemoVisit, ...]
    life_events: tuple[DemoLifeEvent, ...] = ()
    templates: tuple[DemoTemplate, ...] = ()

    @property
    def signin(self) -> DemoStaff:
        return next(member for member in self.staff if member.demo_signin)


def _names(entry: dict[str, Any]) -> Names:
    return Names(entry["name_fi"], entry["name_sv"], entry["name_en"])


def _problem(path: Path, text: str, **params: Any) -> DemoDataError:
    return DemoDataError(
        Message(
            _CTX,
            QT_TRANSLATE_NOOP("Demo", "Demo data {path} is not usable: {problem}"),
            {"path": str(path), "problem": text.format(**params)},
        )
    )


def _template(path: Path, entry: dict[str, Any]) -> DemoTemplate:
    title = str(entry["title"]).strip()
    if entry["language"] not in set(Language):
        raise _problem(
            path,
            "template {t} has language {l}; use fi, sv or en",
            t=title or entry["service"],
            l=entry["language"],
        )
    if not title or len(title) > TEMPLATE_TITLE_MAX:
        raise _problem(
            path,
            "a template of service {s} needs a title of 1 to {n} characters",
            s=entry["service"],
            n=TEMPLATE_TITLE_MAX,
        )
    body = str(entry["body"])
    if not body.strip():
        raise _problem(path, "template {t} has an empty body", t=title)
    return DemoTemplate(str(entry["service"]), Language(entry["language"]), title, body)


def load_demo_desk(path: Path) -> DemoDesk:
    """Read and cross-check the demo data; raise :class:`DemoDataError` naming the fault."""
    try:
        data = read_toml(path, limit=DEMO_FILE_LIMIT)
    except FileProblem as trouble:
        raise DemoDataError(
            Message(
                _CTX,
                QT_TRANSLATE_NOOP("Demo", "Demo data {path} is not usable: {problem}"),
                {"path": str(path), "problem": trouble.reason},
            )
        ) from None
    try:
        agencies = tuple(
            DemoAgency(a["code"], _names(a), Names(a["short_fi"], a["short_sv"], a["short_en"]))
            for a in data["agency"]
        )
        services = tuple(
            DemoService(
                s["code"], s["agency"], s["prefix"], int(s["target_wait_minutes"]), _names(s)
            )
            for s in data["service"]
        )
        counters = tuple(
            DemoCounter(c["code"], _names(c), bool(c.get("remote", False))) for c in data["counter"]
        )
        staff = tuple(
            DemoStaff(
                m["username"],
                m["full_name"],
                Role(m["role"]),
                m.get("agency"),
                tuple(m.get("skills", [])),
                bool(m.get("demo_signin", False)),
            )
            for m in data["staff"]
        )
        visits = tuple(
            DemoVisit(
                tuple(v["services"]),
                int(v["waiting_minutes"]),
                Language(v["language"]),
                v.get("visitor_name"),
                Priority(v["priority"]) if v.get("priority") else None,
            )
            for v in data["visit"]
        )
        life_events = tuple(
            DemoLifeEvent(e["code"], _names(e), tuple(e["services"]))
            for e in data.get("life_event", [])
        )
        templates = tuple(_template(path, t) for t in data.get("template", []))
        desk = DemoDesk(
            _names(data["desk"]),
            agencies,
            services,
            counters,
            staff,
            visits,
            life_events,
            templates,
        )
    except (KeyError, ValueError, TypeError) as error:
        raise _problem(path, "{error}", error=repr(error)) from None
    agency_codes = {a.code for a in agencies}
    service_codes = {s.code for s in services}
    for service in services:
        if service.agency not in agency_codes:
            raise _problem(
                path, "service {s} names unknown agency {a}", s=service.code, a=service.agency
            )
    for member in staff:
        unknown = set(member.skills) - service_codes
        if unknown or (member.agency is not None and member.agency not in agency_codes):
            raise _problem(path, "staff {u} names unknown services or agency", u=member.username)
    for visit in visits:
        if not visit.services or set(visit.services) - service_codes:
            raise _problem(path, "a visit names unknown services {s}", s=visit.services)
    for event in desk.life_events:
        if not event.services or set(event.services) - service_codes:
            raise _problem(path, "life event {e} names unknown services", e=event.code)
    seen_templates: set[tuple[str, Language, str]] = set()
    for template in templates:
        if template.service not in service_codes:
            raise _problem(
                path, "template {t} names unknown service {s}", t=template.title, s=template.service
            )
        key = (template.service, template.language, template.title)
        if key in seen_templates:
            raise _problem(
                path,
                "template {t} appears twice for service {s} in {l}",
                t=template.title,
                s=template.service,
                l=template.language.value,
            )
        seen_templates.add(key)
    if sum(member.demo_signin for member in staff) != 1:
        raise _problem(path, "exactly one staff member needs demo_signin = true")
    return desk
