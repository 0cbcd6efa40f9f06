"""The desk: what the console, the CLI, the benchmarks and the tests call."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path

from console.core.demo import DemoDesk, load_demo_desk
from console.core.estimates import estimates_from
from console.core.permissions import Permission
from console.core.queue import DESK_TIMEZONE, Role, utc_now
from console.core.records import (
    AgencyInfo,
    CounterInfo,
    LifeEventInfo,
    LobbyInfo,
    Names,
    OfficeInfo,
    ServiceInfo,
    ServiceQueue,
    StaffInfo,
    StepInfo,
    WaitingStep,
    with_closures,
)
from console.core.stranded import DEFAULT_STRANDED_AFTER
from console.core.text import QT_TRANSLATE_NOOP, Message
from console.desk.cases import CaseDesk
from console.desk.consult import ConsultDesk
from console.desk.errors import DeskError
from console.desk.floor import FloorDesk
from console.desk.issuing import offered_life_events
from console.desk.lobby import estimate_basis
from console.desk.office import Office
from console.desk.permits import permitted, require
from console.desk.queue import Actor, QueueDesk
from console.desk.reports import ReportDesk
from console.store.database import Database
from console.store.database_id import database_id
from console.store.queries import transaction

_CTX = "Desk"


@dataclass(frozen=True)
class SignedIn:
    """Who works at which counter in this console."""

    staff: StaffInfo
    counter: CounterInfo

    workstation: str | None = None

    @property
    def actor(self) -> Actor:
        """The signed-in person as the queue's use cases see them."""
        return Actor.of_staff(self.staff, self.counter.id, workstation=self.workstation)


@dataclass(frozen=True)
class DeskSnapshot:
    """Everything the console shows of the desk, read in one transaction."""

    site: Names | None
    agencies: tuple[AgencyInfo, ...]
    services: tuple[ServiceInfo, ...]
    queues: tuple[ServiceQueue, ...]
    waiting: tuple[WaitingStep, ...]
    read_at: datetime
    estimates: dict[int, int] = field(default_factory=dict)
    at_counter: tuple[StepInfo, ...] = ()
    counters: tuple[CounterInfo, ...] = ()
    staff: tuple[StaffInfo, ...] = ()
    life_events: tuple[LifeEventInfo, ...] = ()
    # Minutes per visitor ahead per service (console.core.estimates): the console
    # applies it to the queue lengths each change brings.
    estimate_basis: dict[int, float] = field(default_factory=dict)


class Desk:
    """Use cases over one database."""

    def __init__(
        self,
        database: Database,
        *,
        max_recalls: int = 3,
        identity_key: Callable[[], bytes] | None = None,
        video_template: str = "",
        stranded_after: timedelta = DEFAULT_STRANDED_AFTER,
        site: str = "",
    ) -> None:
        self.database = database
        # The office this desk works for (``desk.site``); signing in at a counter of
        # another office moves it there.
        self.office = Office(site)
        self.queue = QueueDesk(
            database, max_recalls=max_recalls, stranded_after=stranded_after, office=self.office
        )
        self.cases = CaseDesk(database, identity_key)
        self.consult = ConsultDesk(database, self.cases, self.queue, video_template=video_template)
        self.reports = ReportDesk(database)
        self.floor = FloorDesk(database, self.queue)

    def database_key(self) -> str:
        """Which shared database a note kept on this PC belongs to, without keeping its
        address in clear (console/store/database_id.py)."""
        return database_id(self.database.url)

    def legacy_database_key(self) -> str:
        """What Tiski before journal version 2 called the database (its URL, user and
        all): drafts kept under it are moved to :meth:`database_key`."""
        return hashlib.sha256(self.database.shown_url.encode()).hexdigest()[:16]

    # ------------------------------------------------------------ people and places
    def staff(self) -> list[StaffInfo]:
        with transaction(self.database) as tx:
            return tx.staff()

    def counters(self) -> list[CounterInfo]:
        """The office's counters: those of ``desk.site``, or with none set every office's
        (staff who work at several choose one at sign-in)."""
        with transaction(self.database) as tx:
            return tx.counters(self.office.id_in(tx) if self.office.code else None)

    def offices(self) -> list[OfficeInfo]:
        """Every office: the sign-in dialog names counters with them, a report or the
        floor is chosen among them."""
        with transaction(self.database) as tx:
            return tx.offices()

    def sign_in(self, staff_id: int, counter_id: int) -> SignedIn:
        """Check that the staff member and the counter exist and may be used."""
        with transaction(self.database) as tx:
            staff = tx.staff_member(staff_id)
            counter = tx.counter(counter_id)
        if staff is None:
            raise DeskError(
                Message(
                    _CTX,
                    QT_TRANSLATE_NOOP(
                        "Desk",
                        "This staff member is not active at the desk any more. "
                        "Choose another name or ask a supervisor.",
                    ),
                )
            )
        if counter is None:
            raise DeskError(
                Message(
                    _CTX,
                    QT_TRANSLATE_NOOP(
                        "Desk", "This counter no longer exists. Choose another counter."
                    ),
                )
            )
        self.office.work_at(counter.site_id)
        return SignedIn(staff, counter)

    def sign_in_by_username(self, username: str, counter_code: str | None) -> SignedIn:
        """Sign in without a dialog (the demo, a fixed desk)."""
        with transaction(self.database) as tx:
            staff = tx.staff_by_username(username)
            counters = tx.counters(self.office.id_in(tx) if self.office.code else None)
        if staff is None:
            with transaction(self.database) as tx:
                known = sorted(member.username for member in tx.staff())
            raise DeskError(
                Message(
                    _CTX,
                    QT_TRANSLATE_NOOP("Desk", "Unknown staff member {username}. Staff: {known}."),
                    {"username": username, "known": ", ".join(known) or "-"},
                )
            )
        counter = None
        if counter_code:
            wanted = counter_code.strip().upper()
            counter = next((c for c in counters if c.code.upper() == wanted), None)
            if counter is None:
                raise DeskError(
                    Message(
                        _CTX,
                        QT_TRANSLATE_NOOP("Desk", "Unknown counter {code}. Counters: {known}."),
                        {"code": counter_code, "known": ", ".join(c.code for c in counters) or "-"},
                    )
                )
        if counter is None:
            counter = next(
                (c for c in counters if c.remote == (staff.role == "specialist")),
                counters[0] if counters else None,
            )
        if counter is None:
            raise DeskError(
                Message(
                    _CTX,
                    QT_TRANSLATE_NOOP("Desk", "The desk has no counters yet. Ask IT to add them."),
                )
            )
        self.office.work_at(counter.site_id)
        return SignedIn(staff, counter)

    def catalogue(self) -> tuple[Names | None, tuple[AgencyInfo, ...], tuple[ServiceInfo, ...]]:
        """The desk's name, agencies and services: what the kiosk offers.

        Unlike :meth:`snapshot` it reads nothing of the waiting visitors, which the
        kiosk's database role may not see.
        """
        with transaction(self.database) as tx:
            site_id = self.office.id_in(tx)
            services = with_closures(tx.services(site_id), tx.closed_for_tickets())
            return tx.site_names(site_id), tuple(tx.agencies()), tuple(services)

    def lobby(self) -> LobbyInfo:
        """The desk's name, opening hours and lobby texts (the kiosk, the display)."""
        with transaction(self.database) as tx:
            return tx.lobby_info(self.office.id_in(tx))

    def site_names(self) -> Names | None:
        """The desk's own name, without reading the queue."""
        with transaction(self.database) as tx:
            return tx.site_names(self.office.id_in(tx))

    # ------------------------------------------------------------ the queue
    def snapshot(
        self, counter_id: int | None = None, *, actor: Actor | None = None
    ) -> DeskSnapshot:
        """The desk as the console shows it: services, queues, waiting tickets, estimates,
        and the tickets at ``counter_id``.

        Visitors' names and the tickets at a counter need ``Permission.READ_QUEUE``;
        without it (the lobby, IT, no ``actor``) the waiting tickets come without
        names and nothing is at a counter: the names are not even read, which IT's
        database role refuses (migration 0008).
        """
        require(actor, Permission.READ_DISPLAY)
        if not permitted(actor, Permission.READ_QUEUE):
            return self._snapshot(None, names=False)
        return self._snapshot(counter_id)

    def _snapshot(self, counter_id: int | None, *, names: bool = True) -> DeskSnapshot:
        now = utc_now()
        with transaction(self.database, read_only=True) as tx:
            site_id = self.office.id_in(tx)
            # Closed for tickets shows where the lobby looks (the guide's view).
            services = with_closures(tx.services(site_id), tx.closed_for_tickets())
            queues = tuple(tx.service_queues(services, site_id))
            basis = estimate_basis(tx, now, services, site_id)
            return DeskSnapshot(
                site=tx.site_names(site_id),
                agencies=tuple(tx.agencies()),
                services=tuple(services),
                queues=queues,
                waiting=tuple(tx.waiting_steps(names=names, site_id=site_id)),
                read_at=now,
                estimates=estimates_from(basis, ((q.service.id, q.waiting) for q in queues)),
                estimate_basis=basis,
                at_counter=tuple(tx.steps_at_counter(counter_id)) if counter_id else (),
                counters=tuple(tx.counters(site_id)),
                staff=tuple(tx.staff()),
                life_events=tuple(offered_life_events(tx, site_id)),
            )

    # ------------------------------------------------------------ demo
    def is_empty(self) -> bool:
        """Whether the database has no desk yet (no agencies, services or staff)."""
        with transaction(self.database) as tx:
            return tx.is_empty()

    def seed_demo(self, demo: DemoDesk | None = None, now: datetime | None = None) -> bool:
        """Fill an empty database with the demo desk; return whether it did."""
        demo = demo or load_demo_desk(demo_data_file())
        now = now or utc_now()
        with transaction(self.database) as tx:
            if not tx.is_empty():
                return False
            tx.seed_demo(demo, now)
            if self.database.dialect == "sqlite":
                # Local accounts: the demo's password, shown on its sign-in dialog.
                from console.desk.accounts import demo_password_hash

                tx.demo_passwords(demo_password_hash())
        self.database.analyze()  # the planner's statistics for what was just loaded
        return True

    def refresh_demo_visits(
        self, demo: DemoDesk | None = None, now: datetime | None = None
    ) -> bool:
        """Give a demo desk from an earlier day a fresh queue of today's visitors."""
        demo = demo or load_demo_desk(demo_data_file())
        now = now or utc_now()
        with transaction(self.database) as tx:
            newest = tx.newest_visit_at()
            today = now.astimezone(DESK_TIMEZONE).date()
            if (
                newest is not None
                and newest.astimezone(DESK_TIMEZONE).date() == today
                and (now - newest < timedelta(hours=4))
            ):
                return False
            tx.seed_demo_visits(demo, now)
        return True


def seed_demo_history(
    desk: Desk, *, weeks: int = 6, visits_per_day: int = 120, now: datetime | None = None
) -> int:
    """Weeks of finished visits before today, for the demo's reports and floor; does
    nothing when the database has visits before today. Returns the steps written."""
    from console.core.demo_history import Server, make_history, working_days_before

    now = now or utc_now()
    midnight = now.astimezone(DESK_TIMEZONE).replace(hour=0, minute=0, second=0, microsecond=0)
    with transaction(desk.database) as tx:
        if tx.has_visits_before(midnight):
            return 0
        counters = [row.code for row in tx.counters() if not row.remote]
        people = [
            member
            for member in tx.staff()
            if member.role in (Role.ADVISOR, Role.SPECIALIST) and member.skills
        ]
        servers = [
            Server(member.username, counter, member.skills)
            for member, counter in zip(people, counters, strict=False)
        ]
        services = [(row.code, row.prefix, row.target_wait_minutes) for row in tx.services()]
        events = tx.life_events()
        history = make_history(
            working_days_before(midnight.date(), weeks * 5),
            services,
            servers,
            visits_per_day=visits_per_day,
            life_event=events[0].code if events else None,
        )
        written = tx.add_history(history)
    desk.database.analyze()
    return written


def demo_data_file() -> Path:
    from console.core.resources import resource_path

    return resource_path("demo", "desk.toml")
