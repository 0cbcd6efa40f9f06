"""Turning rows into the core's records, and conditions every query shares."""

from __future__ import annotations

from typing import Any

from sqlalchemy import ColumnElement, String, and_, func, null, select
from sqlalchemy.orm import aliased

from console.core.queue import Role, StepState
from console.core.records import CounterInfo, Names, StaffInfo
from console.core.steps import REPLACED_STATES
from console.store.models import (
    Agency,
    Counter,
    LifeEvent,
    Service,
    Site,
    Staff,
    Visit,
    VisitStep,
)


def names_of(row: Agency | Service | Counter | Site | LifeEvent) -> Names:
    return Names(row.name_fi, row.name_sv, row.name_en)


def staff_info(row: Staff) -> StaffInfo:
    return StaffInfo(
        row.id,
        row.username,
        row.full_name,
        Role(row.role),
        row.agency.code if row.agency else None,
        tuple(sorted(service.code for service in row.skills)),
    )


# Aliases are made once: each ``aliased()`` copies the mapping's columns into a web of
# reference cycles, and a query built per read left ~250 such objects per call for the
# garbage collector, which runs on the GUI thread (console/ui/shared/gc_guard.py). In the
# soak's busy day that was most of what each collection freed. An alias is immutable
# and safe to share between threads.
# Staff in their roles on a step or a consultation (each at most once in a query).
STEP_CHANGER = aliased(Staff, name="step_changer")
STEP_HOLDER = aliased(Staff, name="step_holder")
CONSULT_ASKER = aliased(Staff, name="consult_asker")
CONSULT_ACCEPTOR = aliased(Staff, name="consult_acceptor")
_SIBLING_STEP = aliased(VisitStep, name="sibling_step")
# How many steps the visit of the VisitStep in the enclosing query has (an index probe
# per row, instead of a second query with every visit's id bound as a parameter).
# Steps replaced by a transfer or dropped are not counted (console.core.steps,
# REPLACED_STATES): "service 1 of 2" is the visit as the visitor lives it.
_LIVED_SIBLING = and_(
    _SIBLING_STEP.visit_id == VisitStep.visit_id,
    _SIBLING_STEP.state.not_in([state.value for state in REPLACED_STATES]),
)
STEPS_IN_VISIT = (
    select(func.count(_SIBLING_STEP.id))
    .where(_LIVED_SIBLING)
    .correlate(VisitStep)
    .scalar_subquery()
)
# The step's number among them (1 + the lived steps before it).
STEP_NUMBER_IN_VISIT = (
    select(func.count(_SIBLING_STEP.id) + 1)
    .where(_LIVED_SIBLING, _SIBLING_STEP.position < VisitStep.position)
    .correlate(VisitStep)
    .scalar_subquery()
)


# A later step of a visit is ``pending`` until the steps before it close
# (console/core/steps.py): the waiting steps are the queue, one index range.
_IN_QUEUE = VisitStep.state == StepState.WAITING.value


def counter_info(row: Counter) -> CounterInfo:
    return CounterInfo(row.id, row.code, names_of(row), row.remote, row.site_id)


def in_queue() -> ColumnElement[bool]:
    """A step in the queue: waiting (a visit's later steps are pending meanwhile).

    One expression made at import and shared (expressions are immutable)."""
    return _IN_QUEUE


def visitor_name_column(names: bool) -> Any:
    """The visit's name column, or a NULL in its place: a reader who may not see names
    (IT) does not read the column at all, which its database role refuses (0008)."""
    return Visit.visitor_name if names else null().cast(String).label("visitor_name")
