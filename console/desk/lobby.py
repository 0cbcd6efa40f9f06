"""Use cases of the lobby: what the display shows, and the estimated wait of a new
ticket per service."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from console.core.estimates import ServiceLoad, estimates_from
from console.core.permissions import Permission
from console.core.queue import utc_now
from console.core.records import CalledTicket, ServiceInfo, ServiceQueue
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


def estimate_basis(
    tx: Tx, now: datetime, services: Iterable[ServiceInfo], site_id: int | None = None
) -> dict[int, float]:
    """Minutes per visitor ahead, per service id: the one estimator's read of recent
    service times and the staff present (with ``site_id``: at that office's counters;
    console.core.estimates)."""
    recent = tx.recent_service_minutes(now - HISTORY_FOR_ESTIMATES)
    on_duty = tx.staff_on_duty(now, site_id)
    return {
        service.id: ServiceLoad(
            0, recent.get(service.id, []), on_duty.get(service.id, 0), service.target_wait_minutes
        ).minutes_per_visitor()
        for service in services
    }


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
        site_id = self.office.id_in(tx)
        queues = tx.service_queues(site_id=site_id) if queues is None else queues
        basis = estimate_basis(tx, now, [queue.service for queue in queues], site_id)
        return estimates_from(basis, ((queue.service.id, queue.waiting) for queue in queues))

    def display(
        self, now: datetime | None = None, *, called: int = 8, actor: Actor | None = None
    ) -> DisplaySnapshot:
        """What the lobby display shows: ticket numbers, counters, queues; no names.
        Without ``actor`` it is the anonymous lobby."""
        require(actor, Permission.READ_DISPLAY)
        now = now or utc_now()
        with transaction(self.database) as tx:
            midnight = desk_time(now).replace(hour=0, minute=0, second=0, microsecond=0)
            site_id = self.office.id_in(tx)
            queues = tuple(tx.service_queues(tx.services(site_id), site_id))
            return DisplaySnapshot(
                tuple(tx.recently_called(midnight, called, site_id)),
                queues,
                self.estimates_in(tx, now, queues),
                now,
            )
