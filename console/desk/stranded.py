"""Stranded visitors: what happens to the visitor at a counter whose console stops.

Quitting asks (finish, put back in the queue, keep for me); a console that crashed
or lost its connection is noticed by the others: every call next, every console's
heartbeat and ``tiski queue list`` run :meth:`StrandedDesk.sweep_in`, which puts
steps held for longer than ``stranded_after`` by a silent console back in their
queue at their original place in time, audited. A supervisor may do it at once.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from console.core.cases import AuditAction
from console.core.permissions import Permission
from console.core.queue import StepState, utc_now
from console.core.records import StepInfo
from console.core.steps import StepAction, check_action
from console.core.stranded import DEFAULT_STRANDED_AFTER, HeldStep, LeaveChoice, ReturnedStep
from console.core.text import QT_TRANSLATE_NOOP, Message
from console.desk.errors import DeskError
from console.desk.permits import require, this_workstation, workstation_of
from console.store.database import Database
from console.store.queries import Tx, transaction
from console.store.queue_queries import SESSION_STALE

if TYPE_CHECKING:
    from console.desk.queue import Actor

HELD = (StepState.CALLED, StepState.SERVING)


def _error(text: str, **params: object) -> DeskError:
    return DeskError(Message("Queue", text, dict(params)))


def _moment(value: datetime | None) -> str:
    return value.isoformat(timespec="seconds") if value else "-"


class StrandedDesk:
    """Use cases for visitors held at a counter whose console is not running."""

    def __init__(
        self, database: Database, *, stranded_after: timedelta = DEFAULT_STRANDED_AFTER
    ) -> None:
        if stranded_after < SESSION_STALE:
            # A console beats every minute; a shorter time would take visitors from
            # consoles that are running.
            raise ValueError(f"stranded_after must be at least {SESSION_STALE}")
        self.database = database
        self.stranded_after = stranded_after

    # ------------------------------------------------------------ the automatic check
    def sweep_in(self, tx: Tx, now: datetime, *, via: str) -> list[ReturnedStep]:
        """Inside an open transaction: return every step stranded for longer than
        ``stranded_after`` to its queue, audited. ``via`` names who checked (the audit
        says "what returned it").

        On PostgreSQL the stranded rows are locked with SKIP LOCKED and the UPDATE
        checks again that they are still stranded: two consoles checking at the same
        moment return each step once. On SQLite the transaction holds the write lock.
        """
        cutoff = now - self.stranded_after
        locked = tx.lock_stranded(cutoff)
        if not locked:
            return []
        returned = set(
            tx.return_to_queue([s.step_id for s in locked], now, None, stranded_since=cutoff)
        )
        done = [step for step in locked if step.step_id in returned]
        minutes = int(self.stranded_after.total_seconds() // 60)
        for step in done:
            tx.add_audit(
                AuditAction.STEP_RETURNED_STRANDED,
                now=now,
                staff_id=None,  # nobody decided: the rule did
                counter_id=step.counter_id,
                workstation=this_workstation(),
                case_id=tx.case_of_visit(step.visit_id),
                detail=(
                    f"step={step.step_id} ticket={step.ticket_number} "
                    f"held_by_staff={step.staff_id} last_seen={_moment(step.last_seen_at)} "
                    f"after_minutes={minutes} via={via}"
                ),
            )
        return done

    def return_stranded(self, *, via: str, now: datetime | None = None) -> list[ReturnedStep]:
        """Run the stranded check in a transaction of its own."""
        now = now or utc_now()
        with transaction(self.database) as tx:
            return self.sweep_in(tx, now, via=via)

    # ------------------------------------------------------------ the supervisor
    def stranded(self, actor: Actor, now: datetime | None = None) -> list[HeldStep]:
        """Steps called or served where no console has run for a while (kept ones too),
        with when each goes back on its own (:meth:`HeldStep.returns_at`)."""
        require(actor, Permission.RELEASE_STRANDED)
        now = now or utc_now()
        with transaction(self.database) as tx:
            return tx.held_without_console(now - SESSION_STALE)

    def release(self, actor: Actor, step_id: int, *, now: datetime | None = None) -> StepInfo:
        """A supervisor puts a stranded step back in its queue at once."""
        now = now or utc_now()
        require(actor, Permission.RELEASE_STRANDED)
        with transaction(self.database) as tx:
            step = tx.step(step_id, lock=True)
            if step is None:
                raise _error(QT_TRANSLATE_NOOP("Queue", "That ticket no longer exists."))
            if step.state not in HELD:
                raise _error(
                    QT_TRANSLATE_NOOP(
                        "Queue", "Ticket {ticket} is no longer held at a counter: nothing to do."
                    ),
                    ticket=step.ticket_number,
                )
            held = {h.step.step_id: h for h in tx.held_without_console(now - SESSION_STALE)}
            if step_id not in held:
                raise _error(
                    QT_TRANSLATE_NOOP(
                        "Queue",
                        "Ticket {ticket} is at a counter whose console is running. Ask there, "
                        "or transfer the ticket.",
                    ),
                    ticket=step.ticket_number,
                )
            tx.return_to_queue([step_id], now, actor.staff_id)
            tx.add_audit(
                AuditAction.STEP_RELEASED,
                now=now,
                staff_id=actor.staff_id,
                counter_id=step.counter_id,
                workstation=workstation_of(actor),
                case_id=tx.case_of_visit(step.visit_id),
                detail=(
                    f"step={step_id} ticket={step.ticket_number} "
                    f"held_by_staff={step.staff_id} "
                    f"last_seen={_moment(held[step_id].last_seen_at)} "
                    f"kept={'yes' if held[step_id].kept_at else 'no'} "
                    f"by_supervisor_at_counter={actor.counter_id}"
                ),
            )
            changed = tx.step(step_id)
        assert changed is not None
        return changed

    # ------------------------------------------------------------ quitting
    def leave_counter(
        self,
        actor: Actor,
        choice: LeaveChoice,
        step_ids: Sequence[int],
        *,
        now: datetime | None = None,
    ) -> list[StepInfo]:
        """What the person quitting chose for the visitors at their counter, in one
        transaction. A step that meanwhile left the counter is passed over."""
        now = now or utc_now()
        require(actor, Permission.SERVE)
        changed: list[StepInfo] = []
        with transaction(self.database) as tx:
            for step_id in step_ids:
                step = tx.step(step_id, lock=True)
                if step is None or step.state not in HELD:
                    continue
                if step.counter_id != actor.counter_id and step.staff_id != actor.staff_id:
                    continue
                self._leave(tx, actor, step, choice, now)
                after = tx.step(step_id)
                assert after is not None
                changed.append(after)
        return changed

    def _leave(
        self, tx: Tx, actor: Actor, step: StepInfo, choice: LeaveChoice, now: datetime
    ) -> None:
        detail = f"step={step.step_id} ticket={step.ticket_number} on_quit"
        if choice is LeaveChoice.FINISH:
            state = check_action(StepAction.FINISH, step.state, ticket=step.ticket_number)
            tx.change_step(
                step.step_id,
                state=state.value,
                finished_at=now,
                parked_at=None,
                kept_at=None,
                changed_at=now,
                changed_by_id=actor.staff_id,
            )
        elif choice is LeaveChoice.PUT_BACK:
            tx.return_to_queue([step.step_id], now, actor.staff_id)
            tx.add_audit(
                AuditAction.STEP_PUT_BACK,
                now=now,
                staff_id=actor.staff_id,
                counter_id=step.counter_id,
                workstation=workstation_of(actor),
                case_id=tx.case_of_visit(step.visit_id),
                detail=detail,
            )
        else:
            tx.keep_step(step.step_id, now, actor.staff_id)
            tx.add_audit(
                AuditAction.STEP_KEPT,
                now=now,
                staff_id=actor.staff_id,
                counter_id=step.counter_id,
                workstation=workstation_of(actor),
                case_id=tx.case_of_visit(step.visit_id),
                detail=detail,
            )
