"""Reading and writing desk data inside one transaction.

:func:`transaction` hands out a :class:`Tx`; the desk layer calls its methods
and never sees SQLAlchemy.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime, timedelta

from sqlalchemy import delete, func, select, update

from console.core.demo import DemoDesk
from console.core.queue import DESK_TIMEZONE, Language, Priority, Role, utc_now
from console.core.records import (
    AgencyInfo,
    CounterInfo,
    LobbyInfo,
    Names,
    OfficeInfo,
    ServiceInfo,
    ServiceQueue,
    StaffInfo,
    WaitingStep,
)
from console.store.account_queries import AccountTx
from console.store.break_queries import BreakTx
from console.store.case_queries import CaseTx
from console.store.consult_queries import ConsultTx
from console.store.database import Database
from console.store.feedback_queries import FeedbackTx
from console.store.floor_queries import FloorTx
from console.store.models import (
    Agency,
    Appointment,
    Counter,
    Service,
    ServiceClosure,
    Site,
    SiteService,
    Staff,
    TicketCounter,
    Visit,
    VisitStep,
)
from console.store.report_queries import HistoryTx, ReportTx
from console.store.rows import (
    STEP_NUMBER_IN_VISIT,
    STEPS_IN_VISIT,
    counter_info,
    in_queue,
    names_of,
    staff_info,
    visitor_name_column,
)
from console.store.setup_queries import SetupTx
from console.store.skill_queries import SkillTx, desk_day
from console.store.stranded_queries import StrandedTx

# A whole read of the desk gives the longest waiting steps up to this many.
WAITING_LIST_LIMIT = 500


@contextmanager
def transaction(database: Database, *, read_only: bool = False) -> Iterator[Tx]:
    """One transaction on ``database``; commits when the block ends without an error.
    ``read_only``: it only reads (``Database.session``)."""
    with database.session(read_only=read_only) as session:
        yield Tx(session)


def _texts(fi: str | None, sv: str | None, en: str | None) -> Names | None:
    """A lobby text in three languages; a missing language falls back to Finnish."""
    if not (fi or sv or en):
        return None
    first = fi or sv or en or ""
    return Names(fi or first, sv or first, en or first)


class Tx(
    StrandedTx,
    CaseTx,
    ConsultTx,
    AccountTx,
    SetupTx,
    ReportTx,
    HistoryTx,
    FloorTx,
    SkillTx,
    BreakTx,
    FeedbackTx,
):
    """One open transaction on the desk database."""

    # ------------------------------------------------------------ reading
    def site_id(self, code: str = "") -> int | None:
        """The office of ``code``, or without one the database's first (a desk of one
        office); None when there is no such office."""
        query = select(Site.id)
        query = query.where(Site.code == code) if code else query.order_by(Site.id).limit(1)
        return self._session.scalar(query)

    def offices(self) -> list[OfficeInfo]:
        """Every office, in the order they were made (the first is a one-office desk's)."""
        rows = self._session.scalars(select(Site).order_by(Site.id))
        return [OfficeInfo(row.id, row.code, names_of(row)) for row in rows]

    def _site(self, site_id: int | None) -> Site | None:
        if site_id is not None:
            return self._session.get(Site, site_id)
        return self._session.scalar(select(Site).order_by(Site.id).limit(1))

    def site_names(self, site_id: int | None = None) -> Names | None:
        """The office's names (without ``site_id``: the first office's)."""
        site = self._site(site_id)
        return names_of(site) if site else None

    def lobby_info(self, site_id: int | None = None) -> LobbyInfo:
        """The office's name, opening hours and lobby texts (kiosk, display)."""
        site = self._site(site_id)
        if site is None:
            return LobbyInfo()
        return LobbyInfo(
            names_of(site),
            site.hours,
            _texts(site.kiosk_welcome_fi, site.kiosk_welcome_sv, site.kiosk_welcome_en),
            _texts(site.display_message_fi, site.display_message_sv, site.display_message_en),
        )

    def is_empty(self) -> bool:
        return self._session.scalar(select(func.count()).select_from(Agency)) == 0

    def agencies(self) -> list[AgencyInfo]:
        rows = self._session.scalars(select(Agency).order_by(Agency.id))
        return [
            AgencyInfo(
                row.id, row.code, names_of(row), Names(row.short_fi, row.short_sv, row.short_en)
            )
            for row in rows
        ]

    def services(self, site_id: int | None = None) -> list[ServiceInfo]:
        """Active services (with ``site_id``: those the office offers), as plain columns
        in one query (every snapshot reads them)."""
        query = (
            select(
                Service.id,
                Service.code,
                Agency.code,
                Service.prefix,
                Service.name_fi,
                Service.name_sv,
                Service.name_en,
                Service.target_wait_minutes,
                Service.kiosk,
                Service.hours,
            )
            .join(Agency, Agency.id == Service.agency_id)
            .where(Service.active)
            .order_by(Service.agency_id, Service.id)
        )
        if site_id is not None:
            query = query.join(
                SiteService,
                (SiteService.service_id == Service.id) & (SiteService.site_id == site_id),
            )
        rows = self._session.execute(query)
        return [
            ServiceInfo(
                service_id,
                code,
                agency_code,
                prefix,
                Names(name_fi, name_sv, name_en),
                target,
                kiosk=kiosk,
                hours=hours,
            )
            for (
                service_id,
                code,
                agency_code,
                prefix,
                name_fi,
                name_sv,
                name_en,
                target,
                kiosk,
                hours,
            ) in rows
        ]

    def closed_for_tickets(self) -> set[int]:
        """The services a supervisor closed for new tickets (the kiosk and the floor
        read it; every other read of the services is as before migration 0016)."""
        return set(self._session.scalars(select(ServiceClosure.service_id)))

    def close_for_tickets(
        self, code: str, now: datetime, staff_id: int | None, *, closed: bool
    ) -> bool:
        """Close a service for new tickets or open it again; False when there is no such
        active service. Writes nothing when it already is as asked."""
        service_id = self._session.scalar(
            select(Service.id).where(Service.code == code, Service.active)
        )
        if service_id is None:
            return False
        present = self._session.get(ServiceClosure, service_id) is not None
        if closed and not present:
            self._session.add(
                ServiceClosure(service_id=service_id, closed_at=now, closed_by_id=staff_id)
            )
        elif not closed and present:
            self._session.execute(
                delete(ServiceClosure).where(ServiceClosure.service_id == service_id)
            )
        return True

    def counters(self, site_id: int | None = None) -> list[CounterInfo]:
        """Active counters (with ``site_id``: the office's)."""
        query = (
            select(Counter)
            .where(Counter.active)
            .order_by(Counter.site_id, Counter.remote, Counter.code)
        )
        if site_id is not None:
            query = query.where(Counter.site_id == site_id)
        return [counter_info(row) for row in self._session.scalars(query)]

    def staff(self, now: datetime | None = None) -> list[StaffInfo]:
        """Active staff with their agency and their skills of the day (a supervisor's
        plan, else the usual ones), as plain columns in two queries (every snapshot
        reads them)."""
        skills = self.skill_codes_on(desk_day(now or utc_now()))
        rows = self._session.execute(
            select(Staff.id, Staff.username, Staff.full_name, Staff.role, Agency.code)
            .outerjoin(Agency, Agency.id == Staff.agency_id)
            .where(Staff.active)
            .order_by(Staff.full_name)
        )
        return [
            StaffInfo(
                staff_id,
                username,
                full_name,
                Role(role),
                agency_code,
                tuple(sorted(skills.get(staff_id, ()))),
            )
            for staff_id, username, full_name, role, agency_code in rows
        ]

    def staff_count(self) -> int:
        """Every staff row, switched off or not (a database nobody was ever added to: 0)."""
        return int(self._session.scalar(select(func.count()).select_from(Staff)) or 0)

    def staff_member(self, staff_id: int) -> StaffInfo | None:
        row = self._session.get(Staff, staff_id)
        return staff_info(row) if row is not None and row.active else None

    def staff_by_username(self, username: str) -> StaffInfo | None:
        row = self._session.scalar(select(Staff).where(Staff.username == username))
        return staff_info(row) if row is not None and row.active else None

    def counter(self, counter_id: int) -> CounterInfo | None:
        row = self._session.get(Counter, counter_id)
        return counter_info(row) if row else None

    def counter_site(self, counter_id: int) -> int | None:
        """The office a counter stands in."""
        return self._session.scalar(select(Counter.site_id).where(Counter.id == counter_id))

    def service_queues(
        self, services: list[ServiceInfo] | None = None, site_id: int | None = None
    ) -> list[ServiceQueue]:
        """Waiting count and oldest waiting time per active service (with ``site_id``:
        at the office), in one query."""
        counted = (
            select(VisitStep.service_id, func.count(VisitStep.id), func.min(VisitStep.queued_at))
            .where(in_queue())
            .group_by(VisitStep.service_id)
        )
        if site_id is not None:
            counted = counted.where(VisitStep.site_id == site_id)
        counts = dict(
            (service_id, (waiting, oldest))
            for service_id, waiting, oldest in self._session.execute(counted)
        )
        result = []
        for service in services if services is not None else self.services(site_id):
            waiting, oldest = counts.get(service.id, (0, None))
            result.append(ServiceQueue(service, waiting, oldest))
        return result

    def waiting_steps(
        self, limit: int = WAITING_LIST_LIMIT, *, names: bool = True, site_id: int | None = None
    ) -> list[WaitingStep]:
        """The steps waiting to be called, longest waiting first.

        Plain columns rather than ORM objects, each visit's number of steps counted
        in the same query: this runs at every refresh. Without ``names`` the visitors'
        names are not read at all (IT's database role may not read them, migration 0008).
        """
        query = (
            select(
                VisitStep.id,
                VisitStep.visit_id,
                Visit.ticket_number,
                Service.code,
                VisitStep.queued_at,
                Visit.language,
                Visit.priority,
                visitor_name_column(names),
                STEP_NUMBER_IN_VISIT,
                STEPS_IN_VISIT,
            )
            .join(Visit, VisitStep.visit_id == Visit.id)
            .join(Service, VisitStep.service_id == Service.id)
            .where(in_queue())
            .order_by(VisitStep.queued_at, VisitStep.id)
            .limit(limit)
        )
        if site_id is not None:
            query = query.where(VisitStep.site_id == site_id)
        rows = self._session.execute(query).all()
        return [
            WaitingStep(
                step_id,
                visit_id,
                ticket,
                service_code,
                queued_at,
                Language(language),
                Priority(priority) if priority else None,
                visitor_name,
                position,
                step_count or 1,
            )
            for (
                step_id,
                visit_id,
                ticket,
                service_code,
                queued_at,
                language,
                priority,
                visitor_name,
                position,
                step_count,
            ) in rows
        ]

    def newest_visit_at(self) -> datetime | None:
        return self._session.scalar(select(func.max(Visit.created_at)))

    # ------------------------------------------------------------ writing
    def seed_demo(self, demo: DemoDesk, now: datetime) -> None:
        """Write the demo desk into an empty database: its desk file, then its visitors."""
        self.write_desk(demo.desk)
        self.seed_demo_visits(demo, now)

    def seed_demo_visits(self, demo: DemoDesk, now: datetime) -> None:
        """Replace every visit with the demo's waiting visits, timed relative to ``now``.

        Cases and notes of the old visits stay: the foreign keys drop their
        ``case_visit`` links and set ``note.visit_id`` to NULL, the one note
        column the append-only trigger lets change.
        """
        session = self._session
        session.execute(update(Appointment).values(visit_id=None))
        session.execute(update(VisitStep).values(transferred_from_id=None))
        session.execute(delete(VisitStep))
        session.execute(delete(Visit))
        session.execute(delete(TicketCounter))
        services = {row.code: row for row in session.scalars(select(Service))}
        today = now.astimezone(DESK_TIMEZONE).date()
        sites = {code: site_id for code, site_id in session.execute(select(Site.code, Site.id))}
        # A demo desk made before offices has one, "main": the desk's own visitors wait
        # there, and those of an office it does not have stay away.
        own = sites.get(demo.code, self.site_id())
        for visit in sorted(demo.visits, key=lambda v: -v.waiting_minutes):
            first = services[visit.services[0]]
            site_id = sites.get(visit.office) if visit.office else own
            if site_id is None:
                continue
            number = self.next_ticket_number(site_id, today, first.prefix)
            self.add_visit(
                site_id=site_id,
                day=today,
                ticket_number=f"{first.prefix}{number:03d}",
                language=visit.language,
                priority=visit.priority,
                source="kiosk",
                visitor_name=visit.visitor_name,
                now=now - timedelta(minutes=visit.waiting_minutes),
                service_ids=[services[code].id for code in visit.services],
            )
