"""What a desk is, as a desk file describes it: the specs and the bounds of their fields.

:class:`DeskSpec` holds the desk's own office (its code, names, opening hours and lobby
texts), the other offices of the same database (:class:`OfficeSpec`) and the agencies,
services, counters, staff, life events and note templates they share; the limits and
code patterns below are what the readers in :mod:`console.core.desk_file.sections`
hold each field to.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from console.core.hours import OpeningHours
from console.core.queue import Language, Role
from console.core.records import Names

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
OFFICE_CODE = re.compile(r"^[a-z][a-z0-9_-]{0,31}$")
# The office of a desk file that names none (every desk before offices existed).
MAIN_OFFICE = "main"


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
    # The office it stands in; empty: the desk's own.
    office: str = ""


@dataclass(frozen=True)
class LobbyTexts:
    """The desk's own words on the kiosk's first screen and the lobby display."""

    kiosk_welcome: Names | None = None
    display_message: Names | None = None


@dataclass(frozen=True)
class OfficeSpec:
    """Another office in the same database (``[[office]]``): its own counters, queue,
    ticket numbers and lobby; the agencies, services and staff are the desk's."""

    code: str
    names: Names
    # The services it offers (its kiosk issues, its counters serve); empty: every one.
    services: tuple[str, ...] = ()
    # None: no opening hours set.
    hours: OpeningHours | None = None
    # Its kiosk's first screen and its lobby display's line.
    texts: LobbyTexts = field(default_factory=LobbyTexts)


@dataclass(frozen=True)
class StaffSpec:
    username: str
    full_name: str
    role: Role
    agency: str | None
    skills: tuple[str, ...]
    # PostgreSQL: the login role when it is not the user name (a directory account).
    login_role: str | None = None
    # (office code, services) where their skills at an office differ from ``skills``.
    office_skills: tuple[tuple[str, tuple[str, ...]], ...] = ()


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
    # The desk's own office: its code, and the services it offers (empty: every one).
    code: str = MAIN_OFFICE
    offered: tuple[str, ...] = ()
    offices: tuple[OfficeSpec, ...] = ()
