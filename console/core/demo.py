"""The demo desk: ``resources/demo/desk.toml``, a desk file with a lobby of visitors.

The demo is a desk file like any office's (console.core.desk_file), applied the same
way, plus what only a demonstration has: visitors already waiting (``[[visit]]``)
and the staff member the demo signs in as (``demo_signin = true``).
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any

from console.core.desk_file import (
    DeskFileError,
    DeskSpec,
    StaffSpec,
    load_desk_file,
)
from console.core.queue import Language, Priority
from console.core.text import QT_TRANSLATE_NOOP, Message, TiskiError

_CTX = "Demo"


class DemoDataError(TiskiError):
    """The demo data file is malformed."""


@dataclass(frozen=True)
class DemoVisit:
    services: tuple[str, ...]
    waiting_minutes: int
    language: Language
    visitor_name: str | None
    priority: Priority | None
    # The office they wait at; empty: the desk's own.
    office: str = ""


@dataclass(frozen=True)
class DemoDesk(DeskSpec):
    """The demo's desk, its waiting visitors and who it signs in as."""

    visits: tuple[DemoVisit, ...] = ()
    signin_username: str = ""

    @property
    def desk(self) -> DeskSpec:
        """The desk alone, as a desk file has it."""
        return DeskSpec(**_desk_fields(self))

    @property
    def signin(self) -> StaffSpec:
        return next(member for member in self.staff if member.username == self.signin_username)


def _problem(path: Path, text: str, **params: Any) -> DemoDataError:
    return DemoDataError(
        Message(
            _CTX,
            QT_TRANSLATE_NOOP("Demo", "Demo data {path} is not usable: {problem}"),
            {"path": str(path), "problem": text.format(**params)},
        )
    )


def _visits(
    path: Path, entries: list[Any], services: set[str], offices: set[str]
) -> tuple[DemoVisit, ...]:
    try:
        visits = tuple(
            DemoVisit(
                tuple(v["services"]),
                int(v["waiting_minutes"]),
                Language(v["language"]),
                v.get("visitor_name"),
                Priority(v["priority"]) if v.get("priority") else None,
                str(v.get("office", "")),
            )
            for v in entries
        )
    except (KeyError, ValueError, TypeError) as error:
        raise _problem(path, "{error}", error=repr(error)) from None
    for visit in visits:
        if not visit.services or set(visit.services) - services:
            raise _problem(path, "a visit names unknown services {s}", s=visit.services)
        if visit.office and visit.office not in offices:
            raise _problem(path, "a visit waits at unknown office {o}", o=visit.office)
    return visits


def load_demo_desk(path: Path) -> DemoDesk:
    """Read and cross-check the demo data; raise :class:`DemoDataError` naming the fault."""
    try:
        document = load_desk_file(
            path, extra_tables=frozenset({"visit"}), extra_staff_keys=frozenset({"demo_signin"})
        )
    except DeskFileError as trouble:
        raise DemoDataError(
            Message(
                _CTX,
                QT_TRANSLATE_NOOP("Demo", "Demo data {path} is not usable: {problem}"),
                {"path": str(path), "problem": trouble.message},
            )
        ) from None
    desk = document.desk
    signing_in = [
        entry.get("username", "")
        for entry in document.extra.get("staff", [])
        if entry.get("demo_signin") is True
    ]
    if len(signing_in) != 1:
        raise _problem(path, "exactly one staff member needs demo_signin = true")
    visits = _visits(
        path,
        document.extra.get("visit", []),
        {service.code for service in desk.services},
        {desk.code, *(office.code for office in desk.offices)},
    )
    return DemoDesk(**_desk_fields(desk), visits=visits, signin_username=signing_in[0])


def _desk_fields(desk: DeskSpec) -> dict[str, Any]:
    """A desk's own fields by name (a demo desk has two more)."""
    return {item.name: getattr(desk, item.name) for item in fields(DeskSpec)}
