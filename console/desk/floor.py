"""The supervisor's floor: every queue and counter, and the alerts, in one read."""

from __future__ import annotations

import logging
import statistics
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from typing import TYPE_CHECKING

from console.core.floor import FloorView, build_floor
from console.core.permissions import Permission
from console.core.queue import DESK_TIMEZONE, Role, utc_now
from console.core.records import StaffInfo, with_closures
from console.core.text import QT_TRANSLATE_NOOP, Message
from console.desk.errors import DeskError
from console.desk.lobby import LobbyDesk
from console.desk.office import office_id
from console.desk.permits import require
from console.desk.queue_base import HISTORY_FOR_ESTIMATES
from console.store.database import Database
from console.store.queries import transaction
from console.store.skill_queries import DayPlan

if TYPE_CHECKING:
    from console.desk.queue import Actor

log = logging.getLogger(__name__)


class FloorDesk:
    """Use case: the floor as a supervisor watches it (docs/floor.md)."""

    def __init__(self, database: Database, lobby: LobbyDesk) -> None:
        self.database = database
        self._lobby = lobby

    def floor(
        self,
        actor: Actor | None,
        *,
        now: datetime | None = None,
        language: str = "fi",
        office: str = "",
    ) -> FloorView:
        """Queues per service and agency, counters with who is at them and what they
        serve, consultations waiting for a specialist, and what needs a hand; of the
        desk's office, or with ``office`` (its code) of that one (a regional
        supervisor's choice)."""
        require(actor, Permission.SUPERVISE_FLOOR)
        now = now or utc_now()
        midnight = now.astimezone(DESK_TIMEZONE).replace(hour=0, minute=0, second=0, microsecond=0)
        with transaction(self.database) as tx:
            # One office's queues and counters: the desk's, or the one chosen.
            site_id = office_id(tx, office) if office else self._lobby.office.id_in(tx)
            closed = tx.closed_for_tickets()
            queues = [
                replace(queue, service=with_closures([queue.service], closed)[0])
                for queue in tx.service_queues(tx.services(site_id), site_id)
            ]
            estimates = self._lobby.estimates_in(tx, now, queues)
            recent = tx.recent_service_minutes(now - HISTORY_FOR_ESTIMATES)
            codes = {queue.service.id: queue.service.code for queue in queues}
            usual = {
                codes[service_id]: statistics.median(times)
                for service_id, times in recent.items()
                if service_id in codes and times
            }
            counters = [(row.id, row.code, row.names) for row in tx.counters(site_id)]
            # Who is present, and on a break, at this office's counters: staff at another
            # office serve nobody here.
            here = {counter_id for counter_id, _code, _names in counters}
            return build_floor(
                now,
                queues=queues,
                agencies=[(agency.code, agency.names) for agency in tx.agencies()],
                counters=counters,
                presence=[entry for entry in tx.presence(now) if entry.counter_id in here],
                held=tx.held_steps(),
                estimates=estimates,
                served_today=tx.served_since(midnight, site_id),
                usual_minutes=usual,
                open_consultations=tx.open_consultations(),
                breaks=[entry for entry in tx.open_breaks() if entry.counter_id in here],
                back_offices=tx.back_office_troubles(now),
                language=language,
            )

    def close_for_tickets(
        self, actor: Actor | None, service_code: str, closed: bool, *, now: datetime | None = None
    ) -> None:
        """Close a service for new tickets at the kiosk (the guide still issues them), or
        open it again; every console and the kiosk hear of it through the change feed."""
        require(actor, Permission.SUPERVISE_FLOOR)
        staff_id = actor.staff_id if actor else None
        with transaction(self.database) as tx:
            if not tx.close_for_tickets(service_code, now or utc_now(), staff_id, closed=closed):
                raise DeskError(
                    Message(
                        "Floor",
                        QT_TRANSLATE_NOOP("Floor", "There is no service {code} at the desk."),
                        {"code": service_code},
                    )
                )
        log.info("Service %s %s for new tickets", service_code, "closed" if closed else "opened")

    # ------------------------------------------------------------ skills for the day
    def skills_today(self, actor: Actor | None, *, now: datetime | None = None) -> list[DaySkills]:
        """Everyone who serves at a counter (advisors and specialists), with their usual
        skills and today's plan if a supervisor made one; present people first."""
        require(actor, Permission.SUPERVISE_FLOOR)
        now = now or utc_now()
        day = now.astimezone(DESK_TIMEZONE).date()
        with transaction(self.database) as tx:
            usual = tx.usual_skill_codes()
            plans = tx.day_plans(day)
            present = {entry.staff_id for entry in tx.presence(now) if not entry.stale}
            people = [
                member for member in tx.staff(now) if member.role in (Role.ADVISOR, Role.SPECIALIST)
            ]
        rows = [
            DaySkills(
                member,
                tuple(sorted(usual.get(member.id, ()))),
                plans.get(member.id),
                member.id in present,
            )
            for member in people
        ]
        rows.sort(key=lambda row: (not row.present, row.staff.full_name))
        return rows

    def set_skills_for_today(
        self,
        actor: Actor | None,
        username: str,
        service_codes: Sequence[str] | None,
        *,
        now: datetime | None = None,
    ) -> None:
        """Plan ``username``'s skills for today (``None``: back to their usual skills).
        Their console calls by the plan from their next call; consoles, the kiosk's
        estimates and the floor hear of it through the change feed."""
        require(actor, Permission.SUPERVISE_FLOOR)
        now = now or utc_now()
        day = now.astimezone(DESK_TIMEZONE).date()
        with transaction(self.database) as tx:
            member = tx.staff_by_username(username)
            if member is None or member.role not in (Role.ADVISOR, Role.SPECIALIST):
                raise DeskError(
                    Message(
                        "Floor",
                        QT_TRANSLATE_NOOP(
                            "Floor",
                            "{username} does not serve at a counter: only advisors' and "
                            "specialists' skills are planned for the day.",
                        ),
                        {"username": username},
                    )
                )
            service_ids = None
            if service_codes is not None:
                known = {service.code: service.id for service in tx.services()}
                unknown = sorted(set(service_codes) - set(known))
                if unknown:
                    raise DeskError(
                        Message(
                            "Floor",
                            QT_TRANSLATE_NOOP("Floor", "There is no service {code} at the desk."),
                            {"code": ", ".join(unknown)},
                        )
                    )
                service_ids = [known[code] for code in service_codes]
            tx.set_day_plan(
                member.id, day, service_ids, by=actor.staff_id if actor else None, now=now
            )
        log.info(
            "Skills of %s for %s %s",
            username,
            day.isoformat(),
            "back to the usual"
            if service_codes is None
            else f"set to {len(service_codes)} services",
        )


@dataclass(frozen=True)
class DaySkills:
    """One person's skills as the floor's dialog shows them."""

    staff: StaffInfo  # with today's skills
    usual: tuple[str, ...]
    plan: DayPlan | None
    present: bool
