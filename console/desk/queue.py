"""Use cases of the shared queue: issue, call next, serve, transfer, appointments.

Each public method is one transaction with its permission check; errors are
:class:`DeskError` or :class:`StepStateError` with a message for a person.
"""

from __future__ import annotations

import secrets
import time
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from console.core.estimates import ServiceLoad, estimated_wait_minutes
from console.core.identity import clean_visitor_name
from console.core.opening import closed_services
from console.core.permissions import Permission, roles_with
from console.core.policy import Caller, CallReason, Candidate, reason_for
from console.core.queue import DESK_TIMEZONE, Language, Priority, Role, StepState, utc_now
from console.core.records import (
    AppointmentInfo,
    CalledTicket,
    IssuedTicket,
    LifeEventInfo,
    ServiceInfo,
    ServiceQueue,
    StaffInfo,
    StepInfo,
)
from console.core.steps import OPEN_STATES, StepAction, check_action
from console.core.stranded import DEFAULT_STRANDED_AFTER, ReturnedStep
from console.core.text import QT_TRANSLATE_NOOP, Message
from console.desk.errors import DeskError
from console.desk.permits import require
from console.desk.stranded import StrandedDesk
from console.store.database import Database
from console.store.queries import Tx, transaction

MAX_SERVICES_PER_VISIT = 10
SERVING_ROLES = frozenset(roles_with(Permission.SERVE))
BOOKING_ALPHABET = "ACDEFHJKLMNPRTUVWXY3479"  # no look-alikes: 0/O, 1/I, 5/S, 8/B
CHECK_IN_EARLY = timedelta(hours=2)
CHECK_IN_LATE = timedelta(minutes=30)
HISTORY_FOR_ESTIMATES = timedelta(hours=3)
SERVICES_FRESH_SECONDS = 60.0
# The ``source`` of a ticket taken at the kiosk: only its kiosk services, only while open.
KIOSK_SOURCE = "kiosk"


@dataclass(frozen=True)
class Actor:
    """Who acts: a staff member, or a kiosk's or display's service account.

    ``counter_id`` is None for someone signed in without a counter (IT or a
    supervisor at the command line): what needs a counter refuses them.
    ``workstation`` names the PC, for the audit trail.
    """

    staff_id: int
    role: Role
    counter_id: int | None
    skills: tuple[str, ...]
    name: str
    agency_code: str | None = None
    workstation: str | None = None

    @classmethod
    def of_staff(
        cls, staff: StaffInfo, counter_id: int | None = None, *, workstation: str | None = None
    ) -> Actor:
        """The staff member as the use cases see them (the command line: no counter)."""
        return cls(
            staff.id,
            staff.role,
            counter_id,
            staff.skills,
            staff.full_name,
            staff.agency_code,
            workstation,
        )


def counter_of(actor: Actor) -> int:
    """The actor's counter, or a refusal for someone signed in without one."""
    if actor.counter_id is None:
        raise _error(
            QT_TRANSLATE_NOOP(
                "Queue", "This needs a counter: sign in to the console at a counter first."
            )
        )
    return actor.counter_id


@dataclass(frozen=True)
class CalledStep:
    """The step call next handed to the counter, and why this one."""

    step: StepInfo
    reason: CallReason
    service: ServiceInfo


@dataclass(frozen=True)
class DisplaySnapshot:
    called: tuple[CalledTicket, ...]
    queues: tuple[ServiceQueue, ...]
    estimates: dict[int, int]
    read_at: datetime


def _error(text: str, **params: object) -> DeskError:
    return DeskError(Message("Queue", text, dict(params)))


def _today(now: datetime) -> datetime:
    return now.astimezone(DESK_TIMEZONE)


class QueueDesk:
    """The queue's use cases over one database."""

    def __init__(
        self,
        database: Database,
        *,
        max_recalls: int = 3,
        stranded_after: timedelta = DEFAULT_STRANDED_AFTER,
    ) -> None:
        self.database = database
        self.max_recalls = max_recalls
        self.stranded = StrandedDesk(database, stranded_after=stranded_after)
        self._service_cache: dict[str, ServiceInfo] | None = None
        self._services_read = 0.0

    # ------------------------------------------------------------ issuing
    def _services(self, tx: Tx, codes: Sequence[str]) -> list[ServiceInfo]:
        if not codes:
            raise _error(QT_TRANSLATE_NOOP("Queue", "Choose at least one service."))
        if len(codes) > MAX_SERVICES_PER_VISIT:
            raise _error(
                QT_TRANSLATE_NOOP("Queue", "One visit can hold at most {limit} services."),
                limit=MAX_SERVICES_PER_VISIT,
            )
        known = {service.code: service for service in tx.services()}
        unknown = [code for code in codes if code not in known]
        if unknown:
            raise _error(
                QT_TRANSLATE_NOOP("Queue", "Unknown service {unknown}. Services: {known}."),
                unknown=", ".join(unknown),
                known=", ".join(sorted(known)),
            )
        return [known[code] for code in codes]

    def _check_kiosk(
        self,
        tx: Tx,
        services: Sequence[ServiceInfo],
        language: Language,
        now: datetime,
        *,
        life_event: bool,
    ) -> None:
        """The kiosk issues only what the desk file offers there, and only while open.

        A life event at the kiosk is refused only when all its services are closed:
        the visitor goes through those that are open first. A guide issues anything.
        """
        hidden = [service for service in services if not service.kiosk]
        if hidden:
            raise _error(
                QT_TRANSLATE_NOOP(
                    "Queue",
                    "{service} is not issued at the ticket machine. Please ask the lobby guide.",
                ),
                service=hidden[0].names.get(language.value),
            )
        closed = closed_services(services, tx.lobby_info().hours, now)
        if closed and (not life_event or len(closed) == len(services)):
            raise _error(
                QT_TRANSLATE_NOOP("Queue", "{service} is closed now. Please ask the lobby guide."),
                service=closed[0].names.get(language.value),
            )

    def _estimate(self, tx: Tx, service: ServiceInfo, now: datetime) -> int:
        queues = {q.service.id: q for q in tx.service_queues([service])}
        recent = tx.recent_service_minutes(now - HISTORY_FOR_ESTIMATES)
        on_duty = tx.staff_on_duty(now)
        queue = queues.get(service.id)
        load = ServiceLoad(
            waiting=queue.waiting if queue else 0,
            recent_service_minutes=recent.get(service.id, []),
            staff_serving=on_duty.get(service.id, 0),
            target_wait_minutes=service.target_wait_minutes,
        )
        return estimated_wait_minutes(load)

    def issue(
        self,
        service_codes: Sequence[str],
        *,
        language: Language = Language.FI,
        priority: Priority | None = None,
        visitor_name: str | None = None,
        source: str = "guide",
        actor: Actor | None = None,
        life_event: str | None = None,
        appointment_at: datetime | None = None,
        now: datetime | None = None,
    ) -> IssuedTicket:
        """Hand out one ticket for a visit with one or more services, in order.

        Without ``actor`` it is the anonymous lobby (a kiosk without an account)."""
        require(actor, Permission.ISSUE_TICKET)
        with transaction(self.database) as tx:
            return self._issue_in(
                tx,
                service_codes,
                language=language,
                priority=priority,
                visitor_name=visitor_name,
                source=source,
                actor=actor,
                life_event=life_event,
                appointment_at=appointment_at,
                now=now or utc_now(),
            )

    def _issue_in(
        self,
        tx: Tx,
        service_codes: Sequence[str],
        *,
        language: Language,
        priority: Priority | None,
        visitor_name: str | None,
        source: str,
        actor: Actor | None,
        life_event: str | None,
        appointment_at: datetime | None,
        now: datetime,
    ) -> IssuedTicket:
        name = clean_visitor_name(visitor_name)
        services = self._services(tx, service_codes)
        if source == KIOSK_SOURCE:
            self._check_kiosk(tx, services, language, now, life_event=life_event is not None)
        estimate = self._estimate(tx, services[0], now)
        day = _today(now).date()
        prefix = services[0].prefix
        number = tx.next_ticket_number(day, prefix)
        ticket = f"{prefix}{number:03d}"
        visit_id = tx.add_visit(
            day=day,
            ticket_number=ticket,
            language=language,
            priority=priority,
            source=source,
            visitor_name=name,
            now=now,
            service_ids=[service.id for service in services],
            appointment_at=appointment_at,
            life_event=life_event,
            staff_id=actor.staff_id if actor else None,
        )
        return IssuedTicket(visit_id, ticket, tuple(services), language, now, estimate)

    def life_events(self) -> list[LifeEventInfo]:
        with transaction(self.database) as tx:
            return tx.life_events()

    def issue_life_event(self, code: str, **options: object) -> IssuedTicket:
        events = {event.code: event for event in self.life_events()}
        event = events.get(code)
        if event is None:
            raise _error(
                QT_TRANSLATE_NOOP("Queue", "Unknown life event {code}. Life events: {known}."),
                code=code,
                known=", ".join(sorted(events)),
            )
        return self.issue(event.service_codes, life_event=code, **options)  # type: ignore[arg-type]

    # ------------------------------------------------------------ call next
    def call_next(self, actor: Actor, *, now: datetime | None = None) -> CalledStep | None:
        """Claim the next step for the actor's counter; None when nothing can be called."""
        now = now or utc_now()
        require(actor, Permission.SERVE)
        counter_id = counter_of(actor)
        services = self._service_directory()
        skills = {services[code].id for code in actor.skills if code in services}
        by_id = {service.id: service for service in services.values()}
        caller = Caller(actor.staff_id, counter_id, frozenset(skills))
        with transaction(self.database) as tx:
            # Visitors stranded at a stopped console go back first, in the same
            # transaction: the oldest of them may be the one this call gets.
            self.stranded.sweep_in(tx, now, via=f"call_next:staff={actor.staff_id}")
            busy = tx.busy_ticket_at_counter(counter_id)
            if busy:
                raise _error(
                    QT_TRANSLATE_NOOP(
                        "Queue",
                        "Ticket {ticket} is still at your counter. Finish, transfer or park "
                        "it before calling the next one.",
                    ),
                    ticket=busy,
                )
            # Every service's target: a step transferred to me may be of any service.
            step_id = tx.claim_next(
                caller, now, {sid: service.target_wait_minutes for sid, service in by_id.items()}
            )
            if step_id is None:
                return None
            step = tx.step(step_id)
        assert step is not None
        service = by_id[step.service_id]
        candidate = Candidate(
            step.step_id,
            step.service_id,
            step.queued_at,
            service.target_wait_minutes,
            priority=step.priority is not None,
            appointment_at=step.appointment_at,
            target_counter_id=step.target_counter_id,
            target_staff_id=step.target_staff_id,
        )
        reason = reason_for(candidate, now, step.priority.value if step.priority else None)
        return CalledStep(step, reason, service)

    def _service_directory(self) -> dict[str, ServiceInfo]:
        """Services by code, read at most once a minute: they change with IT's setup,
        not with every call."""
        now = time.monotonic()
        if self._service_cache is None or now - self._services_read > SERVICES_FRESH_SECONDS:
            with transaction(self.database) as tx:
                self._service_cache = {service.code: service for service in tx.services()}
            self._services_read = now
        return self._service_cache

    # ------------------------------------------------------------ acting on a step
    def _locked_step(self, tx: Tx, step_id: int) -> StepInfo:
        step = tx.step(step_id, lock=True)
        if step is None:
            raise _error(QT_TRANSLATE_NOOP("Queue", "That ticket no longer exists."))
        return step

    def _check(self, step: StepInfo, action: StepAction) -> StepState:
        when = _today(step.changed_at).strftime("%H:%M") if step.changed_at else None
        return check_action(
            action,
            step.state,
            ticket=step.ticket_number,
            parked=step.parked,
            last_changed_by=step.changed_by,
            last_changed_at=when,
        )

    def _must_hold(self, actor: Actor, step: StepInfo) -> None:
        if step.counter_id != actor.counter_id and actor.role is not Role.SUPERVISOR:
            raise _error(
                QT_TRANSLATE_NOOP("Queue", "Ticket {ticket} is at another counter."),
                ticket=step.ticket_number,
            )

    def act(
        self, actor: Actor, step_id: int, action: StepAction, *, now: datetime | None = None
    ) -> StepInfo:
        """Recall, start, finish, mark no-show, cancel, park or take back a step."""
        now = now or utc_now()
        if action in (StepAction.CALL, StepAction.TRANSFER):
            raise ValueError("use call_next() or transfer()")
        with transaction(self.database) as tx:
            step = self._locked_step(tx, step_id)
            if action is StepAction.CANCEL and step.state is StepState.WAITING:
                require(actor, Permission.MANAGE_WAITING)
            else:
                require(actor, Permission.SERVE)
            new_state = self._check(step, action)
            if not (action is StepAction.CANCEL and step.state is StepState.WAITING):
                self._must_hold(actor, step)
            # Anyone acting on a step kept for its absent holder makes it theirs to handle.
            values: dict[str, object] = {
                "changed_at": now,
                "changed_by_id": actor.staff_id,
                "kept_at": None,
            }
            if action is StepAction.RECALL and step.recalls + 1 > self.max_recalls:
                action, new_state = StepAction.NO_SHOW, StepState.NO_SHOW
            if action is StepAction.RECALL:
                values.update(recalls=step.recalls + 1, called_at=now)
            elif action is StepAction.PARK:
                values.update(parked_at=now)
            elif action is StepAction.RESUME:
                values.update(parked_at=None)
            else:
                values.update(state=new_state.value)
                if new_state in (StepState.DONE, StepState.NO_SHOW, StepState.CANCELLED):
                    values.update(finished_at=now, parked_at=None)
            tx.change_step(step_id, **values)
            changed = tx.step(step_id)
        assert changed is not None
        return changed

    def transfer(
        self,
        actor: Actor,
        step_id: int,
        *,
        service_code: str | None = None,
        counter_code: str | None = None,
        staff_username: str | None = None,
        now: datetime | None = None,
    ) -> StepInfo:
        """Hand the step on to another service, counter or person; the place in time stays."""
        now = now or utc_now()
        with transaction(self.database) as tx:
            step = self._locked_step(tx, step_id)
            if step.state is StepState.WAITING:
                require(actor, Permission.MANAGE_WAITING)
            else:
                require(actor, Permission.SERVE)
            self._check(step, StepAction.TRANSFER)
            if step.state is not StepState.WAITING:
                self._must_hold(actor, step)
            service_id = step.service_id
            if service_code:
                service_id = self._services(tx, [service_code])[0].id
            target_counter_id = target_staff_id = None
            if counter_code:
                counters = {c.code: c for c in tx.counters()}
                if counter_code not in counters:
                    raise _error(
                        QT_TRANSLATE_NOOP("Queue", "Unknown counter {code}. Counters: {known}."),
                        code=counter_code,
                        known=", ".join(sorted(counters)),
                    )
                target_counter_id = counters[counter_code].id
            if staff_username:
                member = tx.staff_by_username(staff_username)
                if member is None:
                    raise _error(
                        QT_TRANSLATE_NOOP("Queue", "Unknown staff member {username}."),
                        username=staff_username,
                    )
                target_staff_id = member.id
            if not (service_code or counter_code or staff_username):
                raise _error(
                    QT_TRANSLATE_NOOP(
                        "Queue", "Choose a service, a counter or a person to transfer to."
                    )
                )
            tx.change_step(
                step_id,
                state=StepState.TRANSFERRED.value,
                finished_at=now,
                parked_at=None,
                changed_at=now,
                changed_by_id=actor.staff_id,
            )
            new_id = tx.add_step(
                visit_id=step.visit_id,
                service_id=service_id,
                position=step.position,
                queued_at=step.queued_at,
                now=now,
                staff_id=actor.staff_id,
                target_counter_id=target_counter_id,
                target_staff_id=target_staff_id,
                transferred_from_id=step_id,
            )
            new_step = tx.step(new_id)
        assert new_step is not None
        return new_step

    def add_service(
        self, actor: Actor, visit_id: int, service_code: str, *, now: datetime | None = None
    ) -> StepInfo:
        """Add a service to the end of an open visit; it keeps the visit's place in time."""
        now = now or utc_now()
        require(actor, Permission.MANAGE_WAITING)
        with transaction(self.database) as tx:
            service = self._services(tx, [service_code])[0]
            steps = tx.visit_steps([visit_id])
            if not steps:
                raise _error(QT_TRANSLATE_NOOP("Queue", "That visit no longer exists."))
            if not any(step.state in OPEN_STATES for step in steps):
                raise _error(
                    QT_TRANSLATE_NOOP(
                        "Queue",
                        "Visit {ticket} has ended; issue a new ticket for the new service.",
                    ),
                    ticket=steps[0].ticket_number,
                )
            if len(steps) >= MAX_SERVICES_PER_VISIT:
                raise _error(
                    QT_TRANSLATE_NOOP("Queue", "One visit can hold at most {limit} services."),
                    limit=MAX_SERVICES_PER_VISIT,
                )
            new_id = tx.add_step(
                visit_id=visit_id,
                service_id=service.id,
                position=tx.last_position(visit_id) + 1,
                queued_at=min(step.queued_at for step in steps),
                now=now,
                staff_id=actor.staff_id,
            )
            new_step = tx.step(new_id)
        assert new_step is not None
        return new_step

    # ------------------------------------------------------------ reading
    def find_ticket(
        self, actor: Actor, ticket_number: str, *, now: datetime | None = None
    ) -> StepInfo:
        require(actor, Permission.READ_QUEUE)
        now = now or utc_now()
        with transaction(self.database) as tx:
            step = tx.open_step_by_ticket(_today(now).date(), ticket_number.strip().upper())
        if step is None:
            raise _error(
                QT_TRANSLATE_NOOP("Queue", "No ticket {ticket} today."), ticket=ticket_number
            )
        return step

    def at_counter(self, actor: Actor, counter_id: int | None = None) -> list[StepInfo]:
        """The tickets at ``counter_id`` (default: the actor's own counter)."""
        require(actor, Permission.READ_QUEUE)
        counter_id = counter_of(actor) if counter_id is None else counter_id
        with transaction(self.database) as tx:
            return tx.steps_at_counter(counter_id)

    def visit_steps(self, actor: Actor, visit_ids: Sequence[int]) -> list[StepInfo]:
        require(actor, Permission.READ_QUEUE)
        with transaction(self.database) as tx:
            return tx.visit_steps(visit_ids)

    def estimates(self, now: datetime | None = None) -> dict[int, int]:
        """Estimated wait in minutes for a new ticket, per service id."""
        now = now or utc_now()
        with transaction(self.database) as tx:
            return self.estimates_in(tx, now)

    def estimates_in(self, tx: Tx, now: datetime) -> dict[int, int]:
        """Estimates inside an open transaction (the desk snapshot reads them too)."""
        recent = tx.recent_service_minutes(now - HISTORY_FOR_ESTIMATES)
        on_duty = tx.staff_on_duty(now)
        return {
            queue.service.id: estimated_wait_minutes(
                ServiceLoad(
                    queue.waiting,
                    recent.get(queue.service.id, []),
                    on_duty.get(queue.service.id, 0),
                    queue.service.target_wait_minutes,
                )
            )
            for queue in tx.service_queues()
        }

    def display(
        self, now: datetime | None = None, *, called: int = 8, actor: Actor | None = None
    ) -> DisplaySnapshot:
        """What the lobby display shows: ticket numbers, counters, queues; no names.
        Without ``actor`` it is the anonymous lobby."""
        require(actor, Permission.READ_DISPLAY)
        now = now or utc_now()
        with transaction(self.database) as tx:
            midnight = _today(now).replace(hour=0, minute=0, second=0, microsecond=0)
            return DisplaySnapshot(
                tuple(tx.recently_called(midnight, called)),
                tuple(tx.service_queues()),
                self.estimates_in(tx, now),
                now,
            )

    # ------------------------------------------------------------ presence
    def open_session(self, actor: Actor, now: datetime | None = None) -> int:
        """Say that the actor's console runs at their counter. Steps they kept on
        quitting come to this counter, parked; visitors stranded elsewhere go back."""
        now = now or utc_now()
        require(actor, Permission.WORK_AT_COUNTER)
        counter_id = counter_of(actor)
        with transaction(self.database) as tx:
            session_id = tx.open_session(actor.staff_id, counter_id, now)
            tx.reclaim_kept(actor.staff_id, counter_id, now)
            self.stranded.sweep_in(tx, now, via=f"sign_in:staff={actor.staff_id}")
            return session_id

    def heartbeat(
        self, actor: Actor, session_id: int, now: datetime | None = None
    ) -> list[ReturnedStep]:
        """The console's periodic sign of life, and its turn at the stranded check:
        a crashed console is noticed by the others even if it never comes back."""
        now = now or utc_now()
        require(actor, Permission.WORK_AT_COUNTER)
        with transaction(self.database) as tx:
            tx.touch_session(session_id, now)
            return self.stranded.sweep_in(tx, now, via=f"heartbeat:staff={actor.staff_id}")

    def touch_session(self, actor: Actor, session_id: int, now: datetime | None = None) -> None:
        require(actor, Permission.WORK_AT_COUNTER)
        with transaction(self.database) as tx:
            tx.touch_session(session_id, now or utc_now())

    def close_session(self, actor: Actor, session_id: int, now: datetime | None = None) -> None:
        require(actor, Permission.WORK_AT_COUNTER)
        with transaction(self.database) as tx:
            tx.close_session(session_id, now or utc_now())

    # ------------------------------------------------------------ appointments
    def book(
        self,
        actor: Actor | None,
        service_code: str,
        starts_at: datetime,
        *,
        visitor_name: str | None = None,
        language: Language = Language.FI,
        video_url: str | None = None,
        now: datetime | None = None,
    ) -> AppointmentInfo:
        now = now or utc_now()
        require(actor, Permission.MANAGE_WAITING)
        if starts_at.tzinfo is None:
            raise ValueError("appointment times must be timezone-aware")
        if starts_at < now - CHECK_IN_LATE:
            raise _error(QT_TRANSLATE_NOOP("Queue", "That time has already passed."))
        with transaction(self.database) as tx:
            service = self._services(tx, [service_code])[0]
            code = self._new_booking_code(tx)
            tx.add_appointment(
                service_id=service.id,
                starts_at=starts_at,
                booking_code=code,
                visitor_name=clean_visitor_name(visitor_name),
                language=language,
                now=now,
                staff_id=actor.staff_id if actor else None,
                video_url=video_url,
            )
            booked = tx.appointment_by_code(code)
        assert booked is not None
        return booked

    @staticmethod
    def _new_booking_code(tx: Tx) -> str:
        while True:
            code = "".join(secrets.choice(BOOKING_ALPHABET) for _ in range(6))
            if not tx.booking_code_taken(code):
                return code

    def appointments_on(self, actor: Actor, day: datetime) -> list[AppointmentInfo]:
        require(actor, Permission.READ_QUEUE)
        start = day.astimezone(DESK_TIMEZONE).replace(hour=0, minute=0, second=0, microsecond=0)
        with transaction(self.database) as tx:
            return tx.appointments_between(start, start + timedelta(days=1))

    def check_in(
        self, booking_code: str, *, now: datetime | None = None, actor: Actor | None = None
    ) -> IssuedTicket:
        """Turn a booked appointment into a visit that goes first when it is due.
        Without ``actor`` it is the anonymous lobby (a kiosk without an account)."""
        require(actor, Permission.CHECK_IN)
        now = now or utc_now()
        code = booking_code.strip().upper().replace(" ", "")
        # One transaction, the booking locked: eight kiosks checking in the same code
        # at once give one ticket and seven clear refusals.
        with transaction(self.database) as tx:
            return self._check_in_locked(tx, code, now)

    def _check_in_locked(self, tx: Tx, code: str, now: datetime) -> IssuedTicket:
        appointment = tx.appointment_by_code(code, lock=True)
        if appointment is None:
            raise _error(
                QT_TRANSLATE_NOOP(
                    "Queue",
                    "No appointment with booking code {code}. Check the code or ask at the lobby.",
                ),
                code=code,
            )
        if appointment.state != "booked":
            raise _error(
                QT_TRANSLATE_NOOP(
                    "Queue", "The appointment {code} has already been checked in or cancelled."
                ),
                code=code,
            )
        if now < appointment.starts_at - CHECK_IN_EARLY:
            raise _error(
                QT_TRANSLATE_NOOP(
                    "Queue",
                    "The appointment {code} is at {time}; check in at most two hours before.",
                ),
                code=code,
                time=_today(appointment.starts_at).strftime("%d.%m. %H:%M"),
            )
        if now > appointment.starts_at + CHECK_IN_LATE:
            raise _error(
                QT_TRANSLATE_NOOP(
                    "Queue",
                    "The appointment {code} was at {time}; please take a queue ticket instead.",
                ),
                code=code,
                time=_today(appointment.starts_at).strftime("%H:%M"),
            )
        ticket = self._issue_in(
            tx,
            [appointment.service_code],
            language=appointment.language,
            priority=None,
            visitor_name=appointment.visitor_name,
            source="appointment",
            actor=None,
            life_event=None,
            appointment_at=appointment.starts_at,
            now=now,
        )
        tx.mark_appointment(appointment.id, "checked_in", ticket.visit_id)
        return ticket

    def close_appointment(
        self, actor: Actor, booking_code: str, state: str, *, now: datetime | None = None
    ) -> AppointmentInfo:
        """Cancel a booking, or mark that the visitor did not come."""
        if state not in ("cancelled", "no_show"):
            raise ValueError(state)
        require(actor, Permission.MANAGE_WAITING)
        code = booking_code.strip().upper()
        with transaction(self.database) as tx:
            appointment = tx.appointment_by_code(code, lock=True)
            if appointment is None:
                raise _error(
                    QT_TRANSLATE_NOOP("Queue", "No appointment with booking code {code}."),
                    code=code,
                )
            if appointment.state != "booked":
                raise _error(
                    QT_TRANSLATE_NOOP(
                        "Queue",
                        "The appointment {code} has already been checked in or cancelled.",
                    ),
                    code=code,
                )
            tx.mark_appointment(appointment.id, state)
            changed = tx.appointment_by_code(code)
        assert changed is not None
        return changed
