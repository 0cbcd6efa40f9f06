"""Call next: which waiting step a counter gets, and why.

Order (docs/queue.md): an appointment due now; then any step that has waited more
than twice its service's target (oldest first), so that no visitor starves behind
a stream of priority visitors; then priority flags (accessibility, urgency); then
steps past their service's target wait (aging); then the longest waiting. Only
steps the caller may serve: a step transferred to a person goes to that person,
one transferred to a counter to that counter, the rest to whoever has the service
among their skills. The store implements the same order in SQL for the atomic
claim: its twin is ``QueueTx.claim_next`` in console/store/queue_queries.py (the
``order_by`` of its subquery). Change both together;
tests/test_queue_policy.py::test_the_sql_claim_picks_what_pick_next_picks holds
the two equal on SQLite and PostgreSQL.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta

from console.core.queue import local_time
from console.core.text import QT_TRANSLATE_NOOP, Message

# An appointment counts as due from this long before its time.
APPOINTMENT_EARLY = timedelta(minutes=10)


# Call next's order in the advisor's words, for the console's help (F1): change it with
# the order above and the claim's SQL.
ORDER_IN_WORDS = (
    Message(
        "Reasons",
        QT_TRANSLATE_NOOP(
            "Reasons", "a visitor with an appointment due now (from 10 minutes before)"
        ),
    ),
    Message(
        "Reasons",
        QT_TRANSLATE_NOOP(
            "Reasons",
            "a visitor who has waited more than twice their service's target wait, even "
            "before priority visitors (oldest first)",
        ),
    ),
    Message("Reasons", QT_TRANSLATE_NOOP("Reasons", "a priority visitor (accessibility, urgency)")),
    Message(
        "Reasons",
        QT_TRANSLATE_NOOP("Reasons", "a visitor who has waited past their service's target wait"),
    ),
    Message("Reasons", QT_TRANSLATE_NOOP("Reasons", "the visitor who has waited longest")),
)
# Who may be called at all, in the same words.
CALLED_BY_WHOM = Message(
    "Reasons",
    QT_TRANSLATE_NOOP(
        "Reasons",
        "Only the services you serve today are called to you. A visitor handed to your "
        "counter or to you (a transfer, the lobby guide's To) is called by you alone.",
    ),
)


@dataclass(frozen=True)
class Candidate:
    """A waiting step as the policy sees it."""

    step_id: int
    service_id: int
    queued_at: datetime
    target_wait_minutes: int
    priority: bool = False
    appointment_at: datetime | None = None
    target_counter_id: int | None = None
    target_staff_id: int | None = None


@dataclass(frozen=True)
class Caller:
    """Who is calling: their skills (service ids), counter and staff id."""

    staff_id: int
    counter_id: int
    skills: frozenset[int]


def may_call(caller: Caller, candidate: Candidate) -> bool:
    if candidate.target_staff_id is not None:
        return candidate.target_staff_id == caller.staff_id
    if candidate.target_counter_id is not None:
        return candidate.target_counter_id == caller.counter_id
    return candidate.service_id in caller.skills


def appointment_due(candidate: Candidate, now: datetime) -> bool:
    return (
        candidate.appointment_at is not None and candidate.appointment_at - APPOINTMENT_EARLY <= now
    )


def overdue(candidate: Candidate, now: datetime) -> bool:
    return now - candidate.queued_at > timedelta(minutes=candidate.target_wait_minutes)


def starving(candidate: Candidate, now: datetime) -> bool:
    """Waited more than :data:`STARVING_FACTOR` times the service's target: called
    before priority visitors, so that a stream of them never keeps a walk-in waiting."""
    return now - candidate.queued_at > timedelta(
        minutes=STARVING_FACTOR * candidate.target_wait_minutes
    )


# A step that has waited more than this many times its target goes before priority.
STARVING_FACTOR = 2


def order_key(candidate: Candidate, now: datetime) -> tuple[int, int, int, int, datetime, int]:
    """Smaller goes first. Among starving steps the priority flag no longer counts:
    they are called oldest first."""
    hungry = starving(candidate, now)
    return (
        0 if appointment_due(candidate, now) else 1,
        0 if hungry else 1,
        0 if candidate.priority and not hungry else 1,
        0 if overdue(candidate, now) else 1,
        candidate.queued_at,
        candidate.step_id,
    )


def pick_next(candidates: Iterable[Candidate], caller: Caller, now: datetime) -> Candidate | None:
    """The step ``caller`` gets from ``candidates`` (steps whose turn it is), or None."""
    eligible = [c for c in candidates if may_call(caller, c)]
    if not eligible:
        return None
    return min(eligible, key=lambda c: order_key(c, now))


class ReasonKind(enum.StrEnum):
    APPOINTMENT = "appointment"
    STARVING = "starving"
    PRIORITY = "priority"
    OVERDUE = "overdue"
    LONGEST = "longest"
    TRANSFERRED_TO_ME = "transferred"


@dataclass(frozen=True)
class CallReason:
    """Why this ticket was called, for the advisor to read."""

    kind: ReasonKind
    waited_minutes: int
    target_minutes: int
    appointment_at: datetime | None = None
    priority: str | None = None


def reason_for(candidate: Candidate, now: datetime, priority: str | None = None) -> CallReason:
    waited = max(0, int((now - candidate.queued_at).total_seconds() // 60))
    if candidate.target_staff_id is not None or candidate.target_counter_id is not None:
        kind = ReasonKind.TRANSFERRED_TO_ME
    elif appointment_due(candidate, now):
        kind = ReasonKind.APPOINTMENT
    elif starving(candidate, now):
        kind = ReasonKind.STARVING
    elif candidate.priority:
        kind = ReasonKind.PRIORITY
    elif overdue(candidate, now):
        kind = ReasonKind.OVERDUE
    else:
        kind = ReasonKind.LONGEST
    return CallReason(
        kind, waited, candidate.target_wait_minutes, candidate.appointment_at, priority
    )


def reason_message(
    reason: CallReason, service_name: str, priority_name: str | Message = ""
) -> Message:
    """Why call next chose this ticket, in the advisor's words (console and command line)."""
    if reason.kind is ReasonKind.APPOINTMENT and reason.appointment_at is not None:
        return Message(
            "Reasons",
            QT_TRANSLATE_NOOP("Reasons", "appointment at {time}"),
            {"time": local_time(reason.appointment_at).strftime("%H:%M")},
        )
    if reason.kind is ReasonKind.PRIORITY:
        return Message(
            "Reasons",
            QT_TRANSLATE_NOOP("Reasons", "priority ({priority})"),
            {"priority": priority_name or reason.priority or ""},
        )
    if reason.kind is ReasonKind.STARVING:
        return Message(
            "Reasons",
            QT_TRANSLATE_NOOP(
                "Reasons",
                "waited {waited} min, over twice the target of {target}: called before "
                "priority visitors",
            ),
            {"waited": reason.waited_minutes, "target": reason.target_minutes},
        )
    if reason.kind is ReasonKind.OVERDUE:
        return Message(
            "Reasons",
            QT_TRANSLATE_NOOP("Reasons", "waited {waited} min, target {target} min"),
            {"waited": reason.waited_minutes, "target": reason.target_minutes},
        )
    if reason.kind is ReasonKind.TRANSFERRED_TO_ME:
        return Message(
            "Reasons", QT_TRANSLATE_NOOP("Reasons", "transferred to you or your counter")
        )
    return Message(
        "Reasons",
        QT_TRANSLATE_NOOP("Reasons", "longest waiting in {service} ({waited} min)"),
        {"service": service_name, "waited": reason.waited_minutes},
    )
