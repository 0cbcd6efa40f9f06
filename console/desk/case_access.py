"""Whose work a visit or a case is: the second half of every case permission.

A role may read cases (``Permission.READ_CASE``), but which cases? Only those of
the actor's own work:

- the visit at their counter (called or being served), and its case;
- a consultation they accepted, and its visit and case;
- for an agency's staff, a case that holds notes in their agency's partition, or
  whose visitor agreed (present, see below) to share it with their agency;
- for the desk's own staff (no agency), the desk's shared partition: every case
  (they serve any visitor of the desk; each opening is audited).

Consent needs more: the visitor present, that is the visit at the actor's
counter, or a consultation they accepted while the visit is still at the
advisor's counter. A visitor's name and birth date reach an agency's staff only
through the visit at their counter, their agency's partition, or the visitor's
consent for their agency.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Concatenate, ParamSpec, Protocol, TypeVar

from console.core.cases import AuditAction
from console.core.consult import ConsultState
from console.core.queue import StepState, utc_now
from console.core.text import QT_TRANSLATE_NOOP, Message
from console.desk.errors import DeskError
from console.desk.permits import audit_as
from console.desk.queue import Actor
from console.store.database import Database
from console.store.queries import Tx, transaction

PRESENT = (StepState.CALLED, StepState.SERVING)


class NotYourWork(DeskError):
    """Refused: the visit or case is not part of the actor's work (audited)."""

    def __init__(
        self, text: str, *, case_id: int | None = None, visit_id: int | None = None
    ) -> None:
        super().__init__(Message("Cases", text, {"case": case_id}))
        self.case_id = case_id
        self.visit_id = visit_id


@dataclass(frozen=True)
class Work:
    """How a visit or a case belongs to the actor's work."""

    at_counter: bool = False  # the visit (or a visit of the case) is at the actor's counter
    consultation: bool = False  # in a consultation the actor accepted
    consultation_present: bool = False  # ... still accepted, the visitor at the advisor's counter
    partition: bool = False  # the actor's agency has notes in the case
    consented: bool = False  # the visitor shares the case with the actor's agency
    desk: bool = False  # the actor is the desk's own staff (no agency)

    @property
    def any(self) -> bool:
        return self.at_counter or self.consultation or self.partition or self.consented or self.desk

    @property
    def visitor_present(self) -> bool:
        return self.at_counter or self.consultation_present

    def shows_visitor(self, consented: bool) -> bool:
        """Whether the visitor's name and birth date may be shown to the actor."""
        return self.at_counter or self.partition or self.desk or consented


def _present_visits(tx: Tx, actor: Actor) -> set[int]:
    if actor.counter_id is None:
        return set()
    return {
        step.visit_id for step in tx.steps_at_counter(actor.counter_id) if step.state in PRESENT
    }


def _consultations(
    tx: Tx, actor: Actor, *, case_id: int | None = None, visit_id: int | None = None
) -> tuple[bool, bool]:
    """(accepted one, accepted one with the visitor still at the advisor's counter)."""
    accepted = tx.consultations_accepted_by(actor.staff_id, case_id=case_id, visit_id=visit_id)
    present = False
    for consult in accepted:
        if consult.state is ConsultState.ACCEPTED and consult.step_id is not None:
            step = tx.step(consult.step_id)
            present = present or (step is not None and step.state in PRESENT)
    return bool(accepted), present


def visit_work(tx: Tx, actor: Actor, visit_id: int) -> Work:
    consultation, present = _consultations(tx, actor, visit_id=visit_id)
    return Work(
        at_counter=visit_id in _present_visits(tx, actor),
        consultation=consultation,
        consultation_present=present,
        desk=actor.agency_code is None,
    )


def case_work(tx: Tx, actor: Actor, case_id: int) -> Work:
    consultation, present = _consultations(tx, actor, case_id=case_id)
    visits = {visit.visit_id for visit in tx.case_visits(case_id)}
    agency_id = tx.agency_id_of_code(actor.agency_code)
    consented = agency_id is not None and any(
        c.agency_id == agency_id and c.granted for c in tx.consents(case_id)
    )
    return Work(
        at_counter=bool(visits & _present_visits(tx, actor)),
        consultation=consultation,
        consultation_present=present,
        partition=agency_id is not None and tx.case_has_partition(case_id, agency_id),
        consented=consented,
        desk=actor.agency_code is None,
    )


def require_visit(tx: Tx, actor: Actor, visit_id: int, *, at_counter: bool = False) -> Work:
    """The visit's work, or a refusal when it is not the actor's (``at_counter``: only
    the visit at the actor's own counter will do, for an agency's staff)."""
    work = visit_work(tx, actor, visit_id)
    if work.desk or work.at_counter or (work.consultation and not at_counter):
        return work
    raise NotYourWork(
        QT_TRANSLATE_NOOP(
            "Cases",
            "This visit is not part of your work: it is not at your counter and not in a "
            "consultation you accepted.",
        ),
        visit_id=visit_id,
    )


def require_case(tx: Tx, actor: Actor, case_id: int) -> Work:
    """The case's work, or a refusal when it is none of the actor's."""
    work = case_work(tx, actor, case_id)
    if work.any:
        return work
    raise NotYourWork(
        QT_TRANSLATE_NOOP(
            "Cases",
            "Case {case} is not part of your work. You can open a case when its visitor is at "
            "your counter, in a consultation you accepted, when your agency has notes in it, "
            "or when the visitor shares it with your agency.",
        ),
        case_id=case_id,
    )


def require_present(tx: Tx, actor: Actor, case_id: int) -> Work:
    """Consent: the visitor must be there, at the actor's counter or in their consultation."""
    work = case_work(tx, actor, case_id)
    if work.visitor_present:
        return work
    raise NotYourWork(
        QT_TRANSLATE_NOOP(
            "Cases",
            "Consent can be recorded only with the visitor present: for the visit at your "
            "counter, or in a consultation you accepted while the visitor is at the "
            "advisor's counter. Nothing was recorded.",
        ),
        case_id=case_id,
    )


class _HasDatabase(Protocol):
    database: Database


_Desk = TypeVar("_Desk", bound=_HasDatabase)
_Params = ParamSpec("_Params")
_Result = TypeVar("_Result")


def audits_refusal(
    use_case: str,
) -> Callable[
    [Callable[Concatenate[_Desk, Actor, _Params], _Result]],
    Callable[Concatenate[_Desk, Actor, _Params], _Result],
]:
    """Audit a :class:`NotYourWork` refusal of the decorated use case in a transaction
    of its own (the use case's was rolled back): someone walking case ids shows up in
    the audit trail of every case they tried."""

    def decorate(
        method: Callable[Concatenate[_Desk, Actor, _Params], _Result],
    ) -> Callable[Concatenate[_Desk, Actor, _Params], _Result]:
        @functools.wraps(method)
        def checked(
            desk: _Desk, actor: Actor, /, *args: _Params.args, **kwargs: _Params.kwargs
        ) -> _Result:
            try:
                return method(desk, actor, *args, **kwargs)
            except NotYourWork as refusal:
                detail: dict[str, Any] = {"use_case": use_case}
                if refusal.visit_id is not None:
                    detail["visit"] = refusal.visit_id
                with transaction(desk.database) as tx:
                    audit_as(
                        tx,
                        actor,
                        AuditAction.ACCESS_REFUSED,
                        now=utc_now(),
                        case_id=refusal.case_id,
                        detail=" ".join(f"{key}={value}" for key, value in detail.items()),
                    )
                raise

        return checked

    return decorate
