"""Use cases of the lobby: what the display shows, and the estimated wait of a new
ticket per service."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from console.core.estimates import ServiceLoad, estimated_wait_minutes
from console.core.permissions import Permission
from console.core.queue import utc_now
from console.core.records import CalledTicket, ServiceQueue
from console.desk.permits import require
from console.desk.queue_base import HISTORY_FOR_ESTIMATES, QueueDeskBase, desk_time
from console.store.queries import Tx, transaction

if TYPE_CHECKING:
    from console.desk.queue import Actor


@dataclass(frozen=True)
class DisplaySnapshot:
    called: tuple[CalledTicket, ...]
    queues: tuple[ServiceQueue, ...]
    estimates: dict[int, int]
    read_at: datetime


class LobbyDesk(QueueDeskBase):
    """The display and the estimates (part of :class:`console.desk.queue.QueueDesk`)."""

    # ------------------------------------------------------------ the lobby
    def estimates(self, now: datetime | None = None) -> dict[int, int]:
        """Estimated wait in minutes for a new ticket, per service id."""
        now = now or utc_now()
        with transaction(self.database) as tx:
            return self.estimates_in(tx, now)

    def estimates_in(
        self, tx: Tx, now: datetime, queues: Sequence[ServiceQueue] | None = None
    ) -> dict[int, int]:
        """Estimates inside an open transaction (the desk snapshot reads them too), from
        ``queues`` when the caller has read them already in the same transaction."""
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
            for queue in (tx.service_queues() if queues is None else queues)
        }

    def display(
        self, now: datetime | None = None, *, called: int = 8, actor: Actor | None = None
    ) -> DisplaySnapshot:
        """What the lobby display shows: ticket numbers, counters, queues; no names.
        Without ``actor`` it is the anonymous lobby."""
        require(actor, Permission.READ_DISPLAY)
        now = now or utc_now()
        with transaction(self.database) as tx:
            midnight = desk_time(now).replace(hour=0, minute=0, second=0, microsecond=0)
            queues = tuple(tx.service_queues())
            return DisplaySnapshot(
                tuple(tx.recently_called(midnight, called)),
                queues,
                self.estimates_in(tx, now, queues),
                now,
            )
