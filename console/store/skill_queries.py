"""Who serves what on a day: the usual skills, or a supervisor's plan for the day
(migration 0017), and at one office the person's skills there where they have any
(migration 0022), mixed into :class:`console.store.queries.Tx`.

Every read of skills that decides who can serve now (call next, the estimates, the
floor, the console's own queues) goes through :data:`SKILLS`, so a plan made on the
floor counts everywhere at once; the admin window edits the usual skills alone.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import Date, Integer, Subquery, bindparam, delete, select, union_all
from sqlalchemy.orm import Session

from console.core.queue import DESK_TIMEZONE
from console.store.models import (
    Service,
    Staff,
    StaffDayPlan,
    StaffDaySkill,
    StaffOfficeSkill,
    StaffSkill,
)


def desk_day(now: datetime) -> date:
    """The desk's calendar day at ``now`` (Europe/Helsinki)."""
    return now.astimezone(DESK_TIMEZONE).date()


# The day whose skills a statement reads, bound when it runs. The statements are made
# once, at import: made anew on every read, their aliases were a web of objects in
# reference cycles that the GUI thread's collector then had to free
# (tests/test_gc_guard.py).
DAY = bindparam("skill_day", type_=Date)
# The office whose skills a statement reads (SKILLS_AT), bound when it runs.
SITE = bindparam("skill_site", type_=Integer)


def _skills_of_the_day(*, at_office: bool) -> Subquery:
    planned = select(StaffDayPlan.staff_id).where(StaffDayPlan.day == DAY)
    usual = select(StaffSkill.staff_id, StaffSkill.service_id).where(
        StaffSkill.staff_id.not_in(planned)
    )
    of_the_day = select(StaffDaySkill.staff_id, StaffDaySkill.service_id).where(
        StaffDaySkill.day == DAY
    )
    if not at_office:
        return union_all(usual, of_the_day).subquery("skill_of_the_day")
    placed = select(StaffOfficeSkill.staff_id).where(StaffOfficeSkill.site_id == SITE)
    here = select(StaffOfficeSkill.staff_id, StaffOfficeSkill.service_id).where(
        StaffOfficeSkill.site_id == SITE, StaffOfficeSkill.staff_id.not_in(planned)
    )
    usual = usual.where(StaffSkill.staff_id.not_in(placed))
    return union_all(usual, here, of_the_day).subquery("skill_at_the_office")


# (staff_id, service_id) of everyone's skills on the day bound to ``skill_day``: the
# day's plan where a supervisor made one, else the usual skills.
SKILLS = _skills_of_the_day(at_office=False)
# The same at the office bound to ``skill_site``: a person's skills there, where they
# have any, take the usual ones' place (a plan for the day still wins).
SKILLS_AT = _skills_of_the_day(at_office=True)
_CODES = select(SKILLS.c.staff_id, Service.code).join(Service, Service.id == SKILLS.c.service_id)
_CODES_OF = _CODES.where(SKILLS.c.staff_id.in_(bindparam("skill_staff", expanding=True)))
_IDS_OF = select(SKILLS.c.service_id).where(SKILLS.c.staff_id == bindparam("skill_staff"))
_IDS_AT = select(SKILLS_AT.c.service_id).where(SKILLS_AT.c.staff_id == bindparam("skill_staff"))


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
        if staff_ids is None:
            rows = self._session.execute(_CODES, {"skill_day": day})
        else:
            chosen = sorted(set(staff_ids))
            rows = self._session.execute(_CODES_OF, {"skill_day": day, "skill_staff": chosen})
        codes: dict[int, list[str]] = {}
        for staff_id, code in rows:
            codes.setdefault(staff_id, []).append(code)
        return codes

    def skill_ids_on(self, day: date, staff_id: int, site_id: int | None = None) -> frozenset[int]:
        """The ids of the services ``staff_id`` serves on ``day`` (with ``site_id``: at
        that office; call next's skills)."""
        if site_id is None:
            values: dict[str, object] = {"skill_day": day, "skill_staff": staff_id}
            return frozenset(self._session.scalars(_IDS_OF, values).all())
        values = {"skill_day": day, "skill_staff": staff_id, "skill_site": site_id}
        return frozenset(self._session.scalars(_IDS_AT, values).all())

    def office_skill_codes(self) -> dict[tuple[int, int], list[str]]:
        """Service codes per (staff id, site id) of the skills people have at offices."""
        codes: dict[tuple[int, int], list[str]] = {}
        for staff_id, site_id, code in self._session.execute(
            select(StaffOfficeSkill.staff_id, StaffOfficeSkill.site_id, Service.code).join(
                Service, Service.id == StaffOfficeSkill.service_id
            )
        ):
            codes.setdefault((staff_id, site_id), []).append(code)
        return codes

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
