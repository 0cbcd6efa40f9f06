"""Turning rows into the core's records, and conditions every query shares."""

from __future__ import annotations

from typing import Any

from sqlalchemy import ColumnElement, String, and_, exists, null
from sqlalchemy.orm import aliased

from console.core.queue import Role, StepState
from console.core.records import Names, ServiceInfo, StaffInfo
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

OPEN_STATES = (StepState.WAITING.value, StepState.CALLED.value, StepState.SERVING.value)


def names_of(row: Agency | Service | Counter | Site | LifeEvent) -> Names:
    return Names(row.name_fi, row.name_sv, row.name_en)


def service_info(row: Service) -> ServiceInfo:
    return ServiceInfo(
        row.id,
        row.code,
        row.agency.code,
        row.prefix,
        names_of(row),
        row.target_wait_minutes,
        kiosk=row.kiosk,
        hours=row.hours,
    )


def staff_info(row: Staff) -> StaffInfo:
    return StaffInfo(
        row.id,
        row.username,
        row.full_name,
        Role(row.role),
        row.agency.code if row.agency else None,
        tuple(sorted(service.code for service in row.skills)),
    )


def in_queue() -> ColumnElement[bool]:
    """A waiting step whose visit has no earlier step still open: steps go in order."""
    earlier = aliased(VisitStep)
    return and_(
        VisitStep.state == StepState.WAITING.value,
        ~exists().where(
            earlier.visit_id == VisitStep.visit_id,
            earlier.position < VisitStep.position,
            earlier.state.in_(OPEN_STATES),
        ),
    )


def visitor_name_column(names: bool) -> Any:
    """The visit's name column, or a NULL in its place: a reader who may not see names
    (IT) does not read the column at all, which its database role refuses (0008)."""
    return Visit.visitor_name if names else null().cast(String).label("visitor_name")
