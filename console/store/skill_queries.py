"""Who serves what on a day: the usual skills, or a supervisor's plan for the day
(migration 0017), mixed into :class:`console.store.queries.Tx`.

Every read of skills that decides who can serve now (call next, the estimates, the
floor, the console's own queues) goes through :func:`skills_on`, so a plan made on the
floor counts everywhere at once; the admin window edits the usual skills alone.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import Subquery, delete, select, union_all
from sqlalchemy.orm import Session

from console.core.queue import DESK_TIMEZONE
from console.store.models import Service, Staff, StaffDayPlan, StaffDaySkill, StaffSkill


def desk_day(now: datetime) -> date:
    """The desk's calendar day at ``now`` (Europe/Helsinki)."""
    return now.astimezone(DESK_TIMEZONE).date()


def skills_on(day: date) -> Subquery:
    """(staff_id, service_id) of everyone's skills on ``day``: the day's plan where a
    supervisor made one, else the usual skills."""
    planned = select(StaffDayPlan.staff_id).where(StaffDayPlan.day == day)
    usual = select(StaffSkill.staff_id, StaffSkill.service_id).where(
        StaffSkill.staff_id.not_in(planned)
    )
    of_the_day = select(StaffDaySkill.staff_id, StaffDaySkill.service_id).where(
        StaffDaySkill.day == day
    )
    return union_all(usual, of_the_day).subquery("skill_of_the_day")


@dataclass(frozen=True)
class DayPlan:
    """A supervisor's plan of one person's skills for a day."""

    staff_id: int
    service_codes: tuple[str, ...]
    set_at: datetime
    set_by: str | None


class SkillTx:
    """The skills of a day, and the supervisor's plans."""

    _session: Session

    def skill_codes_on(
        self, day: date, staff_ids: Iterable[int] | None = None
    ) -> dict[int, list[str]]:
        """Service codes per staff id on ``day`` (of ``staff_ids`` only, when given)."""
        skill = skills_on(day)
        query = select(skill.c.staff_id, Service.code).join(
            Service, Service.id == skill.c.service_id
        )
        if staff_ids is not None:
            query = query.where(skill.c.staff_id.in_(sorted(set(staff_ids))))
        codes: dict[int, list[str]] = {}
        for staff_id, code in self._session.execute(query):
            codes.setdefault(staff_id, []).append(code)
        return codes

    def skill_ids_on(self, day: date, staff_id: int) -> frozenset[int]:
        """The ids of the services ``staff_id`` serves on ``day`` (call next's skills)."""
        skill = skills_on(day)
        return frozenset(
            self._session.scalars(
                select(skill.c.service_id).where(skill.c.staff_id == staff_id)
            ).all()
        )

    def usual_skill_codes(self) -> dict[int, list[str]]:
        """Service codes per staff id as the admin window keeps them."""
        codes: dict[int, list[str]] = {}
        for staff_id, code in self._session.execute(
            select(StaffSkill.staff_id, Service.code).join(
                Service, Service.id == StaffSkill.service_id
            )
        ):
            codes.setdefault(staff_id, []).append(code)
        return codes

    def day_plans(self, day: date) -> dict[int, DayPlan]:
        """The plans made for ``day``, per staff id."""
        setter = Staff.__table__.alias("setter")
        plans = {
            staff_id: DayPlan(staff_id, (), set_at, set_by)
            for staff_id, set_at, set_by in self._session.execute(
                select(StaffDayPlan.staff_id, StaffDayPlan.set_at, setter.c.full_name)
                .outerjoin(setter, setter.c.id == StaffDayPlan.set_by_id)
                .where(StaffDayPlan.day == day)
            )
        }
        codes: dict[int, list[str]] = {}
        for staff_id, code in self._session.execute(
            select(StaffDaySkill.staff_id, Service.code)
            .join(Service, Service.id == StaffDaySkill.service_id)
            .where(StaffDaySkill.day == day)
        ):
            codes.setdefault(staff_id, []).append(code)
        return {
            staff_id: DayPlan(
                staff_id, tuple(sorted(codes.get(staff_id, ()))), plan.set_at, plan.set_by
            )
            for staff_id, plan in plans.items()
        }

    def set_day_plan(
        self,
        staff_id: int,
        day: date,
        service_ids: Sequence[int] | None,
        *,
        by: int | None,
        now: datetime,
    ) -> None:
        """Plan ``staff_id``'s skills for ``day``; ``None`` removes the plan (back to the
        usual skills)."""
        self._session.execute(
            delete(StaffDayPlan).where(StaffDayPlan.staff_id == staff_id, StaffDayPlan.day == day)
        )
        # The plan's skills go with it (ON DELETE CASCADE); said again for a database
        # whose foreign keys a test or a tool switched off.
        self._session.execute(
            delete(StaffDaySkill).where(
                StaffDaySkill.staff_id == staff_id, StaffDaySkill.day == day
            )
        )
        if service_ids is None:
            return
        self._session.add(StaffDayPlan(staff_id=staff_id, day=day, set_at=now, set_by_id=by))
        self._session.flush()
        self._session.add_all(
            StaffDaySkill(staff_id=staff_id, day=day, service_id=service_id)
            for service_id in sorted(set(service_ids))
        )
        self._session.flush()
