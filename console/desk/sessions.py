"""Use cases of presence at a counter: the console's session opened at sign-in, its
heartbeat (each one also the turn at the stranded check), and its close."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from console.core.breaks import BreakInfo, BreakReason
from console.core.permissions import Permission
from console.core.queue import StepState, utc_now
from console.core.stranded import ReturnedStep
from console.core.text import QT_TRANSLATE_NOOP
from console.desk.permits import require
from console.desk.queue_base import QueueDeskBase, counter_of, queue_error
from console.store.queries import transaction

if TYPE_CHECKING:
    from console.desk.queue import Actor


class SessionDesk(QueueDeskBase):
    """Who works at which counter now (part of :class:`console.desk.queue.QueueDesk`)."""

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

    def report_back_office(
        self,
        actor: Actor,
        session_id: int,
        plugin_id: str,
        agency_code: str,
        health: str,
        now: datetime | None = None,
    ) -> bool:
        """What this console finds of an agency plugin's back office (healthy, slow,
        down), for the supervisor's floor; only on the actor's own desk session.
        Whether the floor was told something new."""
        require(actor, Permission.WORK_AT_COUNTER)
        with transaction(self.database) as tx:
            if tx.session_holder(session_id) != actor.staff_id:
                raise queue_error(
                    QT_TRANSLATE_NOOP(
                        "Queue", "That desk session is not yours; sign in again at this counter."
                    )
                )
            return tx.set_back_office(
                session_id, plugin_id[:64], agency_code[:32], health, now or utc_now()
            )

    def close_session(self, actor: Actor, session_id: int, now: datetime | None = None) -> None:
        require(actor, Permission.WORK_AT_COUNTER)
        with transaction(self.database) as tx:
            tx.close_session(session_id, now or utc_now())

    # ------------------------------------------------------------ breaks
    def start_break(
        self, actor: Actor, reason: BreakReason, now: datetime | None = None
    ) -> BreakInfo:
        """Step away from the counter, with a reason the floor and the reports see.
        Refused with a visitor at the counter; an open break is kept (not started twice)."""
        now = now or utc_now()
        require(actor, Permission.WORK_AT_COUNTER)
        counter_id = counter_of(actor)
        with transaction(self.database) as tx:
            held = [
                step
                for step in tx.steps_at_counter(counter_id)
                if step.state in (StepState.CALLED, StepState.SERVING) and not step.parked
            ]
            if held:
                raise queue_error(
                    QT_TRANSLATE_NOOP(
                        "Queue",
                        "{ticket} is at your counter: finish, transfer or park them before "
                        "the break.",
                    ),
                    ticket=held[0].ticket_number,
                )
            current = tx.open_break(actor.staff_id)
            if current is not None:
                return current
            return tx.start_break(actor.staff_id, counter_id, reason, now)

    def end_break(self, actor: Actor, now: datetime | None = None) -> bool:
        """Back at the counter; False when there was no break going on."""
        require(actor, Permission.WORK_AT_COUNTER)
        with transaction(self.database) as tx:
            return tx.end_breaks(actor.staff_id, now or utc_now()) > 0

    def my_break(self, actor: Actor) -> BreakInfo | None:
        """The actor's break going on now (a console starting up shows it)."""
        require(actor, Permission.WORK_AT_COUNTER)
        with transaction(self.database) as tx:
            return tx.open_break(actor.staff_id)
