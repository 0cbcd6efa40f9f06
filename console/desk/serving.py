"""Use cases of serving at a counter: call next, then recall, start, park, take back,
finish, mark no-show or cancel the step; transfer it, add a service to its visit."""

from __future__ import annotations

import time
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from console.core.permissions import Permission
from console.core.policy import APPOINTMENT_EARLY, Caller, CallReason, Candidate, reason_for
from console.core.queue import Role, StepState, utc_now
from console.core.records import ServiceInfo, StepInfo
from console.core.steps import NOT_YET_CALLED, OPEN_STATES, StepAction, check_action
from console.core.text import QT_TRANSLATE_NOOP
from console.desk.permits import require
from console.desk.queue_base import (
    MAX_SERVICES_PER_VISIT,
    QueueDeskBase,
    counter_of,
    desk_time,
    queue_error,
)
from console.store.call_next_query import Outcome, call_next_in_one
from console.store.queries import Tx, transaction

if TYPE_CHECKING:
    from console.desk.queue import Actor

SERVICES_FRESH_SECONDS = 60.0


@dataclass(frozen=True)
class CalledStep:
    """The step call next handed to the counter, and why this one."""

    step: StepInfo
    reason: CallReason
    service: ServiceInfo


def _still_at_counter(ticket: str | None) -> Exception:
    return queue_error(
        QT_TRANSLATE_NOOP(
            "Queue",
            "Ticket {ticket} is still at your counter. Finish, transfer or park "
            "it before calling the next one.",
        ),
        ticket=ticket or "",
    )


class ServingDesk(QueueDeskBase):
    """The steps at the counters (part of :class:`console.desk.queue.QueueDesk`)."""

    # ------------------------------------------------------------ call next
    def call_next(self, actor: Actor, *, now: datetime | None = None) -> CalledStep | None:
        """Claim the next step for the actor's counter; None when nothing can be called."""
        now = now or utc_now()
        require(actor, Permission.SERVE)
        counter_id = counter_of(actor)
        services = self._service_directory()
        by_id = {service.id: service for service in services.values()}
        # One round trip where the database can (PostgreSQL, migration 0021); a
        # stranded visitor, or SQLite, takes the transaction below.
        quick = call_next_in_one(
            self.database,
            staff_id=actor.staff_id,
            counter_id=counter_id,
            day=desk_time(now).date(),
            now=now,
            due_by=now + APPOINTMENT_EARLY,
            stranded_before=now - self.stranded.stranded_after,
        )
        if quick.outcome is Outcome.BUSY:
            raise _still_at_counter(quick.busy_ticket)
        if quick.outcome is Outcome.EMPTY:
            return None
        if quick.step is not None:
            return self._called(quick.step, by_id, now)
        with transaction(self.database) as tx:
            # The skills of the day as the database has them now, not as they were at
            # sign-in: a supervisor may have moved this person to another agency's
            # services from the floor (or IT changed their usual skills) meanwhile.
            # At the counter's office: a person's skills there, where they have any.
            office = tx.counter_site(counter_id)
            caller = Caller(
                actor.staff_id,
                counter_id,
                tx.skill_ids_on(desk_time(now).date(), actor.staff_id, office),
            )
            # Visitors stranded at a stopped console go back first, in the same
            # transaction: the oldest of them may be the one this call gets.
            self.stranded.sweep_in(tx, now, via=f"call_next:staff={actor.staff_id}")
            busy = tx.busy_ticket_at_counter(counter_id)
            if busy:
                raise _still_at_counter(busy)
            # Every service's target: a step transferred to me may be of any service.
            step_id = tx.claim_next(
                caller, now, {sid: service.target_wait_minutes for sid, service in by_id.items()}
            )
            if step_id is None:
                return None
            step = tx.step(step_id)
        assert step is not None
        return self._called(step, by_id, now)

    @staticmethod
    def _called(step: StepInfo, by_id: dict[int, ServiceInfo], now: datetime) -> CalledStep:
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
            raise queue_error(QT_TRANSLATE_NOOP("Queue", "That ticket no longer exists."))
        return step

    def _check(self, step: StepInfo, action: StepAction) -> StepState:
        when = desk_time(step.changed_at).strftime("%H:%M") if step.changed_at else None
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
            raise queue_error(
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
            if action is StepAction.CANCEL and step.state in NOT_YET_CALLED:
                require(actor, Permission.MANAGE_WAITING)
            else:
                require(actor, Permission.SERVE)
            new_state = self._check(step, action)
            if not (action is StepAction.CANCEL and step.state in NOT_YET_CALLED):
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
            if step.state in NOT_YET_CALLED:
                require(actor, Permission.MANAGE_WAITING)
            else:
                require(actor, Permission.SERVE)
            self._check(step, StepAction.TRANSFER)
            if step.state not in NOT_YET_CALLED:
                self._must_hold(actor, step)
            service_id = step.service_id
            if service_code:
                service_id = self._services(tx, [service_code])[0].id
            target_counter_id = target_staff_id = None
            if counter_code:
                target_counter_id = self._counter_id(tx, counter_code)
            if staff_username:
                member = tx.staff_by_username(staff_username)
                if member is None:
                    raise queue_error(
                        QT_TRANSLATE_NOOP("Queue", "Unknown staff member {username}."),
                        username=staff_username,
                    )
                target_staff_id = member.id
            if not (service_code or counter_code or staff_username):
                raise queue_error(
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
                raise queue_error(QT_TRANSLATE_NOOP("Queue", "That visit no longer exists."))
            if not any(step.state in OPEN_STATES for step in steps):
                raise queue_error(
                    QT_TRANSLATE_NOOP(
                        "Queue",
                        "Visit {ticket} has ended; issue a new ticket for the new service.",
                    ),
                    ticket=steps[0].ticket_number,
                )
            if len(steps) >= MAX_SERVICES_PER_VISIT:
                raise queue_error(
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
