"""The desk's set-up in the database, read as and written from a desk file's spec.

Rows are found by their codes (a staff member by user name): a renamed service keeps
its id and so its history, and what leaves the desk is retired (``active`` false),
never deleted, except note templates, which nothing points at.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any, TypeVar

from sqlalchemy import delete, select
from sqlalchemy.orm import Session, selectinload

from console.core.desk_file import (
    AgencySpec,
    CounterSpec,
    DeskSpec,
    LifeEventSpec,
    LobbyTexts,
    OfficeSpec,
    ServiceSpec,
    StaffSpec,
    TemplateSpec,
)
from console.core.desk_plan import SetupFacts
from console.core.hours import hours_from_text
from console.core.queue import Language, Role
from console.core.records import Names
from console.core.steps import OPEN_STATES
from console.store.models import (
    Agency,
    Counter,
    LifeEvent,
    LifeEventStep,
    NoteTemplate,
    Service,
    Site,
    SiteService,
    Staff,
    StaffOfficeSkill,
    Visit,
    VisitStep,
)

if TYPE_CHECKING:
    from console.core.hours import OpeningHours

_Row = TypeVar("_Row", Agency, Service, Counter)


def _names(row: object, stem: str = "name") -> Names:
    return Names(getattr(row, f"{stem}_fi"), getattr(row, f"{stem}_sv"), getattr(row, f"{stem}_en"))


def _optional_names(row: Site, stem: str) -> Names | None:
    names = _names(row, stem)
    return None if names.fi is None else names


def _set_names(row: object, names: Names | None, stem: str = "name") -> None:
    setattr(row, f"{stem}_fi", names.fi if names else None)
    setattr(row, f"{stem}_sv", names.sv if names else None)
    setattr(row, f"{stem}_en", names.en if names else None)


def _hours_text(hours: OpeningHours | None) -> str | None:
    return None if hours is None else hours.text()


class SetupTx:
    """Reading and writing the desk's set-up, mixed into :class:`console.store.queries.Tx`."""

    _session: Session

    # ------------------------------------------------------------ reading
    def desk_spec(self) -> DeskSpec | None:
        """The desk as it is now (what is active), or ``None`` on an empty database."""
        session = self._session
        site = session.scalar(select(Site).order_by(Site.id).limit(1))
        if site is None:
            return None
        agencies = session.scalars(select(Agency).where(Agency.active).order_by(Agency.id)).all()
        services = session.scalars(
            select(Service)
            .where(Service.active)
            .options(selectinload(Service.agency))
            .order_by(Service.id)
        ).all()
        order = {row.code: index for index, row in enumerate(services)}
        counters = session.scalars(select(Counter).where(Counter.active).order_by(Counter.id))
        sites = session.scalars(select(Site).order_by(Site.id)).all()
        codes = {row.id: row.code for row in sites}
        office_skills = self.office_skill_codes()  # type: ignore[attr-defined]
        offers: dict[int, set[str]] = {}
        for site_id, code in session.execute(
            select(SiteService.site_id, Service.code).join(
                Service, Service.id == SiteService.service_id
            )
        ):
            offers.setdefault(site_id, set()).add(code)

        def offered(site_id: int) -> tuple[str, ...]:
            """What the office offers in the services' order; () when it is every one."""
            here = offers.get(site_id, set())
            if all(code in here for code in order):
                return ()
            return tuple(code for code in order if code in here)

        staff = session.scalars(
            select(Staff)
            .where(Staff.active)
            .options(selectinload(Staff.agency), selectinload(Staff.skills))
            .order_by(Staff.id)
        )
        events = session.scalars(
            select(LifeEvent)
            .where(LifeEvent.active)
            .options(selectinload(LifeEvent.steps).selectinload(LifeEventStep.service))
            .order_by(LifeEvent.id)
        )
        templates = session.execute(
            select(NoteTemplate, Service.code)
            .join(Service, Service.id == NoteTemplate.service_id)
            .where(Service.active)
            .order_by(NoteTemplate.id)
        )
        return DeskSpec(
            _names(site),
            tuple(
                AgencySpec(row.code, _names(row), _names(row, "short"), row.consult_timeout_minutes)
                for row in agencies
            ),
            tuple(
                ServiceSpec(
                    row.code,
                    row.agency.code,
                    row.prefix,
                    row.target_wait_minutes,
                    _names(row),
                    row.kiosk,
                    hours_from_text(row.hours),
                )
                for row in services
            ),
            tuple(
                CounterSpec(
                    row.code,
                    _names(row),
                    row.remote,
                    "" if row.site_id == site.id else codes[row.site_id],
                )
                for row in counters
            ),
            tuple(
                StaffSpec(
                    row.username,
                    row.full_name,
                    Role(row.role),
                    row.agency.code if row.agency else None,
                    tuple(
                        sorted(
                            (s.code for s in row.skills if s.code in order),
                            key=order.__getitem__,
                        )
                    ),
                    row.login_role,
                    tuple(
                        (
                            office.code,
                            tuple(
                                sorted(
                                    (c for c in office_skills[(row.id, office.id)] if c in order),
                                    key=order.__getitem__,
                                )
                            ),
                        )
                        for office in sites
                        if (row.id, office.id) in office_skills
                    ),
                )
                for row in staff
            ),
            tuple(
                LifeEventSpec(row.code, _names(row), tuple(step.service.code for step in row.steps))
                for row in events
            ),
            tuple(
                TemplateSpec(code, Language(row.language), row.title, row.body)
                for row, code in templates
            ),
            hours_from_text(site.hours),
            LobbyTexts(
                _optional_names(site, "kiosk_welcome"), _optional_names(site, "display_message")
            ),
            site.code,
            offered(site.id),
            tuple(
                OfficeSpec(
                    row.code,
                    _names(row),
                    offered(row.id),
                    hours_from_text(row.hours),
                    LobbyTexts(
                        _optional_names(row, "kiosk_welcome"),
                        _optional_names(row, "display_message"),
                    ),
                )
                for row in sites[1:]
            ),
        )

    def setup_facts(self) -> SetupFacts:
        """Retired codes and the tickets still open (:func:`~console.core.desk_plan.plan_desk`)."""
        session = self._session

        def retired(column: object, active: object) -> frozenset[str]:
            return frozenset(session.scalars(select(column).where(~active)))  # type: ignore[call-overload, operator]

        waiting: dict[str, list[str]] = {}
        at_counters: dict[str, list[str]] = {}
        rows = session.execute(
            select(Service.code, Visit.ticket_number, VisitStep.state, Counter.code)
            .join(VisitStep, VisitStep.service_id == Service.id)
            .join(Visit, Visit.id == VisitStep.visit_id)
            .outerjoin(Counter, Counter.id == VisitStep.counter_id)
            .where(VisitStep.state.in_([state.value for state in OPEN_STATES]))
            .order_by(VisitStep.queued_at)
        )
        for service, ticket, state, counter in rows:
            waiting.setdefault(service, []).append(ticket)
            if counter is not None and state != "waiting":
                at_counters.setdefault(counter, []).append(ticket)
        return SetupFacts(
            retired_agencies=retired(Agency.code, Agency.active),
            retired_services={
                code: prefix
                for code, prefix in session.execute(
                    select(Service.code, Service.prefix).where(~Service.active)
                )
            },
            retired_counters=retired(Counter.code, Counter.active),
            retired_staff=retired(Staff.username, Staff.active),
            retired_life_events=retired(LifeEvent.code, LifeEvent.active),
            waiting={code: tuple(tickets) for code, tickets in waiting.items()},
            at_counters={code: tuple(tickets) for code, tickets in at_counters.items()},
        )

    def login_of(self, username: str) -> str | None:
        """The login role of a staff member (PostgreSQL), their user name when not set."""
        row = self._session.scalar(select(Staff).where(Staff.username == username))
        return None if row is None else row.login_role or row.username

    def raw_connection(self) -> Any:
        """The driver's connection of this transaction (PostgreSQL: for roles)."""
        return self._session.connection().connection.driver_connection

    # ------------------------------------------------------------ writing
    def write_desk(self, desk: DeskSpec, *, staff_rows: bool = True) -> None:
        """Make the database's set-up ``desk``: add, change, restore and retire by code.

        ``staff_rows=False`` leaves staff rows alone except for their skills (a console
        signed in on PostgreSQL may not change staff rows; their login roles are the
        owner's).
        """
        session = self._session
        site = session.scalar(select(Site).order_by(Site.id).limit(1))
        if site is None:
            site = Site()
            session.add(site)
        _set_names(site, desk.names)
        site.hours = _hours_text(desk.hours)
        _set_names(site, desk.texts.kiosk_welcome, "kiosk_welcome")
        _set_names(site, desk.texts.display_message, "display_message")
        site.code = desk.code
        sites = {desk.code: site}
        for office in desk.offices:
            row = sites[office.code] = session.scalar(
                select(Site).where(Site.code == office.code)
            ) or Site(code=office.code)
            session.add(row)
            _set_names(row, office.names)
            row.hours = _hours_text(office.hours)
            _set_names(row, office.texts.kiosk_welcome, "kiosk_welcome")
            _set_names(row, office.texts.display_message, "display_message")
        session.flush()
        agencies = self._write_agencies(desk.agencies)
        services = self._write_services(desk.services, agencies)
        every = [spec.code for spec in desk.services]
        self._offer(site.id, [services[code] for code in desk.offered or every])
        for office in desk.offices:
            self._offer(
                sites[office.code].id, [services[code] for code in office.services or every]
            )
        self._write_counters(
            desk.counters, {code: row.id for code, row in sites.items()}, desk.code
        )
        self._write_staff(desk.staff, agencies, services, staff_rows=staff_rows)
        self._write_office_skills(desk.staff, services, {c: r.id for c, r in sites.items()})
        self._write_life_events(desk.life_events, services)
        self._write_templates(desk.templates, services)
        session.flush()

    def _by_code(self, model: type[_Row]) -> dict[str, _Row]:
        return {row.code: row for row in self._session.scalars(select(model))}

    def _write_agencies(self, agencies: Iterable[AgencySpec]) -> dict[str, Agency]:
        rows = self._by_code(Agency)
        wanted = set()
        for spec in agencies:
            wanted.add(spec.code)
            row = rows.get(spec.code)
            if row is None:
                row = rows[spec.code] = Agency(code=spec.code)
                self._session.add(row)
            _set_names(row, spec.names)
            _set_names(row, spec.short_names, "short")
            row.consult_timeout_minutes = spec.consult_timeout_minutes
            row.active = True
        for code, row in rows.items():
            if code not in wanted:
                row.active = False
        self._session.flush()
        return rows

    def _write_services(
        self, services: Iterable[ServiceSpec], agencies: dict[str, Agency]
    ) -> dict[str, Service]:
        session = self._session
        rows = self._by_code(Service)
        services = list(services)
        # A prefix may move from one service to another in one go: free the moving
        # prefixes first, so the unique constraint never sees two holders at once.
        moving = [
            rows[s.code] for s in services if s.code in rows and rows[s.code].prefix != s.prefix
        ]
        for number, row in enumerate(moving):
            row.prefix = f"~{number}"
        session.flush()
        wanted = set()
        for spec in services:
            wanted.add(spec.code)
            row = rows.get(spec.code) or Service(code=spec.code)
            if row.id is None:
                rows[spec.code] = row
                session.add(row)
            row.agency = agencies[spec.agency]
            row.prefix = spec.prefix
            _set_names(row, spec.names)
            row.target_wait_minutes = spec.target_wait_minutes
            row.kiosk = spec.kiosk
            row.hours = _hours_text(spec.hours)
            row.active = True
        for code, row in rows.items():
            if code not in wanted:
                row.active = False
        session.flush()
        return rows

    def _offer(self, site_id: int, services: Iterable[Service]) -> None:
        """The office offers exactly ``services``."""
        offered = set(
            self._session.scalars(
                select(SiteService.service_id).where(SiteService.site_id == site_id)
            )
        )
        wanted = {row.id for row in services}
        for service_id in wanted - offered:
            self._session.add(SiteService(site_id=site_id, service_id=service_id))
        if offered - wanted:
            self._session.execute(
                delete(SiteService).where(
                    SiteService.site_id == site_id,
                    SiteService.service_id.in_(sorted(offered - wanted)),
                )
            )

    def _write_counters(
        self, counters: Iterable[CounterSpec], sites: dict[str, int], own: str
    ) -> None:
        """The counters as the desk file has them, each in its office."""
        rows = self._by_code(Counter)
        wanted = set()
        for spec in counters:
            wanted.add(spec.code)
            row = rows.get(spec.code)
            site_id = sites[spec.office or own]
            if row is None:
                row = rows[spec.code] = Counter(code=spec.code, site_id=site_id)
                self._session.add(row)
            row.site_id = site_id
            _set_names(row, spec.names)
            row.remote = spec.remote
            row.active = True
        for code, row in rows.items():
            if code not in wanted:
                row.active = False

    def _write_staff(
        self,
        staff: Iterable[StaffSpec],
        agencies: dict[str, Agency],
        services: dict[str, Service],
        *,
        staff_rows: bool,
    ) -> None:
        rows: dict[str, Staff] = {
            row.username: row
            for row in self._session.scalars(select(Staff).options(selectinload(Staff.skills)))
        }
        wanted = set()
        for spec in staff:
            wanted.add(spec.username)
            row = rows.get(spec.username)
            skills = [services[code] for code in spec.skills]
            if not staff_rows:
                if row is not None and {s.code for s in row.skills} != set(spec.skills):
                    row.skills = skills
                continue
            if row is None:
                row = rows[spec.username] = Staff(username=spec.username, failed_sign_ins=0)
                self._session.add(row)
            row.full_name = spec.full_name
            row.role = spec.role.value
            row.agency = agencies[spec.agency] if spec.agency else None
            row.login_role = spec.login_role
            row.active = True
            if {s.code for s in row.skills} != set(spec.skills):
                row.skills = skills
        if staff_rows:
            for username, row in rows.items():
                if username not in wanted:
                    row.active = False

    def _write_office_skills(
        self, staff: Iterable[StaffSpec], services: dict[str, Service], sites: dict[str, int]
    ) -> None:
        """Each person's skills at offices exactly as the file has them."""
        session = self._session
        session.flush()
        ids = {
            name: staff_id for name, staff_id in session.execute(select(Staff.username, Staff.id))
        }
        wanted: set[tuple[int, int, int]] = set()
        people = []
        for spec in staff:
            staff_id = ids.get(spec.username)
            if staff_id is None:
                continue
            people.append(staff_id)
            for office, codes in spec.office_skills:
                wanted |= {(staff_id, sites[office], services[code].id) for code in codes}
        present = {
            (row.staff_id, row.site_id, row.service_id)
            for row in session.scalars(
                select(StaffOfficeSkill).where(StaffOfficeSkill.staff_id.in_(people))
            )
        }
        for staff_id, site_id, service_id in sorted(present - wanted):
            session.execute(
                delete(StaffOfficeSkill).where(
                    StaffOfficeSkill.staff_id == staff_id,
                    StaffOfficeSkill.site_id == site_id,
                    StaffOfficeSkill.service_id == service_id,
                )
            )
        session.add_all(
            StaffOfficeSkill(staff_id=staff_id, site_id=site_id, service_id=service_id)
            for staff_id, site_id, service_id in sorted(wanted - present)
        )

    def _write_life_events(
        self, events: Iterable[LifeEventSpec], services: dict[str, Service]
    ) -> None:
        session = self._session
        rows: dict[str, LifeEvent] = {
            row.code: row
            for row in session.scalars(select(LifeEvent).options(selectinload(LifeEvent.steps)))
        }
        wanted = set()
        for spec in events:
            wanted.add(spec.code)
            row = rows.get(spec.code)
            if row is None:
                row = rows[spec.code] = LifeEvent(code=spec.code)
                session.add(row)
            _set_names(row, spec.names)
            row.active = True
            session.flush()
            steps = [services[code].id for code in spec.services]
            if [step.service_id for step in row.steps] != steps:
                session.execute(delete(LifeEventStep).where(LifeEventStep.life_event_id == row.id))
                session.add_all(
                    LifeEventStep(life_event_id=row.id, position=position, service_id=service_id)
                    for position, service_id in enumerate(steps, start=1)
                )
                session.flush()
                session.expire(row, ["steps"])
        for code, row in rows.items():
            if code not in wanted:
                row.active = False

    def _write_templates(
        self, templates: Iterable[TemplateSpec], services: dict[str, Service]
    ) -> None:
        session = self._session
        rows = {
            (row.service_id, row.language, row.title): row
            for row in session.scalars(select(NoteTemplate))
        }
        active = {row.id for row in services.values() if row.active}
        wanted = set()
        for spec in templates:
            key = (services[spec.service].id, spec.language.value, spec.title)
            wanted.add(key)
            row = rows.get(key)
            if row is None:
                session.add(
                    NoteTemplate(
                        service_id=key[0], language=key[1], title=spec.title, body=spec.body
                    )
                )
            elif row.body != spec.body:
                row.body = spec.body
        for key, row in rows.items():
            # A retired service's templates stay with it (they come back with it).
            if key not in wanted and key[0] in active:
                session.delete(row)
