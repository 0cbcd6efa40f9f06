"""Use cases of presence at a counter: the console's session opened at sign-in, its
heartbeat (each one also the turn at the stranded check), and its close."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from console.core.permissions import Permission
from console.core.queue import utc_now
from console.core.stranded import ReturnedStep
from console.desk.permits import require
from console.desk.queue_base import QueueDeskBase, counter_of
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

    def close_session(self, actor: Actor, session_id: int, now: datetime | None = None) -> None:
        require(actor, Permission.WORK_AT_COUNTER)
        with transaction(self.database) as tx:
            tx.close_session(session_id, now or utc_now())
