"""What applying a desk file would change: added, changed, retired, refused.

Codes are identities (a service's code, a counter's code, a staff member's user
name, a life event's code; a note template is its service, language and title):
the same code with other names is a change that keeps its history, a code that left
the file is retired, not deleted, and a retired code that comes back is restored.
What cannot be done is refused with its reason, and nothing is applied while
anything is refused (``tiski desk plan`` shows it all first).
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field, fields
from typing import Any

from console.core.desk_file import DeskSpec
from console.core.queue import Role
from console.core.text import QT_TRANSLATE_NOOP, Message

_CTX = "DeskPlan"
TICKETS_SHOWN = 10


class Action(enum.StrEnum):
    ADD = "add"
    CHANGE = "change"
    RETIRE = "retire"
    RESTORE = "restore"
    # Note templates are the desk's texts, not records anything points at.
    REMOVE = "remove"


class Kind(enum.StrEnum):
    DESK = "desk"
    OFFICE = "office"
    AGENCY = "agency"
    SERVICE = "service"
    COUNTER = "counter"
    STAFF = "staff"
    LIFE_EVENT = "life_event"
    NOTE_TEMPLATE = "note_template"


@dataclass(frozen=True)
class Change:
    kind: Kind
    key: str
    action: Action
    # For a change: the settings that differ, in the file's names.
    fields: tuple[str, ...] = ()


@dataclass(frozen=True)
class SetupFacts:
    """What the database knows beyond the desk's current set-up."""

    retired_agencies: frozenset[str] = frozenset()
    # Retired services by code, with the ticket prefix each still holds.
    retired_services: Mapping[str, str] = field(default_factory=dict)
    retired_counters: frozenset[str] = frozenset()
    retired_staff: frozenset[str] = frozenset()
    retired_life_events: frozenset[str] = frozenset()
    # Tickets not yet served, by the service of their open step.
    waiting: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    # Tickets called or being served, by counter code.
    at_counters: Mapping[str, tuple[str, ...]] = field(default_factory=dict)


@dataclass(frozen=True)
class DeskPlan:
    changes: tuple[Change, ...]
    refusals: tuple[Message, ...]

    @property
    def empty(self) -> bool:
        return not self.changes

    def count(self, action: Action) -> int:
        return sum(change.action is action for change in self.changes)

    def of(self, kind: Kind) -> list[Change]:
        return [change for change in self.changes if change.kind is kind]


def _say(text: str, **params: object) -> Message:
    return Message(_CTX, text, dict(params))


def _tickets(numbers: Iterable[str]) -> str:
    numbers = list(numbers)
    shown = ", ".join(numbers[:TICKETS_SHOWN])
    return shown + (f" … (+{len(numbers) - TICKETS_SHOWN})" if len(numbers) > TICKETS_SHOWN else "")


def _differences(old: Any, new: Any, names: Mapping[str, tuple[str, ...]]) -> tuple[str, ...]:
    out: list[str] = []
    for item in fields(old):
        if getattr(old, item.name) != getattr(new, item.name):
            out.extend(names.get(item.name, (item.name,)))
    return tuple(out)


_FILE_NAMES: Mapping[str, tuple[str, ...]] = {
    "names": ("name",),
    "short_names": ("short",),
    "office_skills": ("skills_at",),
}


def _compare(
    kind: Kind,
    current: Iterable[Any],
    wanted: Iterable[Any],
    key: Callable[[Any], str],
    retired: Iterable[str],
    *,
    retire: Action = Action.RETIRE,
) -> list[Change]:
    before = {key(item): item for item in current}
    after = {key(item): item for item in wanted}
    retired_set = set(retired)
    changes: list[Change] = []
    for code, item in after.items():
        if code not in before:
            action = Action.RESTORE if code in retired_set else Action.ADD
            changes.append(Change(kind, code, action))
        elif before[code] != item:
            changes.append(
                Change(kind, code, Action.CHANGE, _differences(before[code], item, _FILE_NAMES))
            )
    changes += [Change(kind, code, retire) for code in before if code not in after]
    return changes


def _template_key(template: Any) -> str:
    return f"{template.service}/{template.language.value}/{template.title}"


def plan_desk(
    current: DeskSpec | None,
    wanted: DeskSpec,
    facts: SetupFacts,
    *,
    actor_username: str | None = None,
) -> DeskPlan:
    """The changes that make ``current`` (``None``: an empty database) into ``wanted``."""
    empty = DeskSpec(wanted.names, (), (), (), ())
    base = current or empty
    changes: list[Change] = []
    if current is None:
        changes.append(Change(Kind.DESK, wanted.names.fi, Action.ADD))
    else:
        old = (current.names, current.hours, current.texts, current.code, current.offered)
        new = (wanted.names, wanted.hours, wanted.texts, wanted.code, wanted.offered)
        labels = ("name", "hours", "kiosk and display texts", "code", "services")
        differing = tuple(label for label, a, b in zip(labels, old, new, strict=True) if a != b)
        if differing:
            changes.append(Change(Kind.DESK, wanted.names.fi, Action.CHANGE, differing))
    # An office left out of the file stays as it is: its counters are retired with them.
    changes += [
        change
        for change in _compare(Kind.OFFICE, base.offices, wanted.offices, lambda o: o.code, ())
        if change.action is not Action.RETIRE
    ]
    changes += _compare(
        Kind.AGENCY, base.agencies, wanted.agencies, lambda a: a.code, facts.retired_agencies
    )
    changes += _compare(
        Kind.SERVICE,
        base.services,
        wanted.services,
        lambda s: s.code,
        facts.retired_services,
    )
    changes += _compare(
        Kind.COUNTER, base.counters, wanted.counters, lambda c: c.code, facts.retired_counters
    )
    changes += _compare(
        Kind.STAFF, base.staff, wanted.staff, lambda m: m.username, facts.retired_staff
    )
    changes += _compare(
        Kind.LIFE_EVENT,
        base.life_events,
        wanted.life_events,
        lambda e: e.code,
        facts.retired_life_events,
    )
    changes += _compare(
        Kind.NOTE_TEMPLATE,
        base.templates,
        wanted.templates,
        _template_key,
        (),
        retire=Action.REMOVE,
    )
    refusals = _refusals(changes, wanted, facts, actor_username)
    refusals += _lockout(base, wanted)
    return DeskPlan(tuple(changes), tuple(refusals))


def _lockout(current: DeskSpec, wanted: DeskSpec) -> list[Message]:
    """A file without IT's own accounts would lock IT out of the desk it keeps."""
    it_now = [m.username for m in current.staff if m.role is Role.IT]
    if not it_now or any(m.role is Role.IT for m in wanted.staff):
        return []
    return [
        _say(
            QT_TRANSLATE_NOOP(
                "DeskPlan",
                "the file has no IT staff member, so {who} would be switched off and nobody "
                "could keep the desk: add them to the file (tiski desk export writes everyone, "
                "the first administrator included)",
            ),
            who=", ".join(it_now),
        )
    ]


def _refusals(
    changes: list[Change], wanted: DeskSpec, facts: SetupFacts, actor_username: str | None
) -> list[Message]:
    refusals: list[Message] = []
    for change in changes:
        if change.kind is Kind.SERVICE and change.action is Action.RETIRE:
            tickets = facts.waiting.get(change.key, ())
            if tickets:
                refusals.append(
                    _say(
                        QT_TRANSLATE_NOOP(
                            "DeskPlan",
                            "service {code} cannot be retired while {count} visitors wait for "
                            "it ({tickets}): serve them or move them to another service first, "
                            "or keep the service in the file with kiosk = false until they "
                            "are served",
                        ),
                        code=change.key,
                        count=len(tickets),
                        tickets=_tickets(tickets),
                    )
                )
        if change.kind is Kind.COUNTER and change.action is Action.RETIRE:
            tickets = facts.at_counters.get(change.key, ())
            if tickets:
                refusals.append(
                    _say(
                        QT_TRANSLATE_NOOP(
                            "DeskPlan",
                            "counter {code} cannot be retired while a visitor is called to it "
                            "({tickets}): finish or return them first",
                        ),
                        code=change.key,
                        tickets=_tickets(tickets),
                    )
                )
        if (
            change.kind is Kind.STAFF
            and change.action is Action.RETIRE
            and change.key == actor_username
        ):
            refusals.append(
                _say(
                    QT_TRANSLATE_NOOP(
                        "DeskPlan",
                        "{username} is you: you cannot remove your own account while signed "
                        "in with it; another administrator can",
                    ),
                    username=change.key,
                )
            )
    wanted_codes = {service.code for service in wanted.services}
    held = {prefix: code for code, prefix in facts.retired_services.items()}
    for service in wanted.services:
        holder = held.get(service.prefix)
        if holder is not None and holder not in wanted_codes:
            refusals.append(
                _say(
                    QT_TRANSLATE_NOOP(
                        "DeskPlan",
                        "service {code} wants ticket prefix {prefix}, which retired service "
                        "{holder} still holds (its old tickets carry it): bring {holder} back "
                        "under its own code, or give {code} another prefix",
                    ),
                    code=service.code,
                    prefix=service.prefix,
                    holder=holder,
                )
            )
    return refusals
