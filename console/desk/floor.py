"""The supervisor's floor: every queue and counter, and the alerts, in one read."""

from __future__ import annotations

import logging
import statistics
from dataclasses import replace
from datetime import datetime
from typing import TYPE_CHECKING

from console.core.floor import FloorView, build_floor
from console.core.permissions import Permission
from console.core.queue import DESK_TIMEZONE, utc_now
from console.core.records import with_closures
from console.core.text import QT_TRANSLATE_NOOP, Message
from console.desk.errors import DeskError
from console.desk.lobby import LobbyDesk
from console.desk.permits import require
from console.desk.queue_base import HISTORY_FOR_ESTIMATES
from console.store.database import Database
from console.store.queries import transaction

if TYPE_CHECKING:
    from console.desk.queue import Actor

log = logging.getLogger(__name__)


class FloorDesk:
    """Use case: the floor as a supervisor watches it (docs/floor.md)."""

    def __init__(self, database: Database, lobby: LobbyDesk) -> None:
        self.database = database
        self._lobby = lobby

    def floor(
        self, actor: Actor | None, *, now: datetime | None = None, language: str = "fi"
    ) -> FloorView:
        """Queues per service and agency, counters with who is at them and what they
        serve, consultations waiting for a specialist, and what needs a hand."""
        require(actor, Permission.SUPERVISE_FLOOR)
        now = now or utc_now()
        midnight = now.astimezone(DESK_TIMEZONE).replace(hour=0, minute=0, second=0, microsecond=0)
        with transaction(self.database) as tx:
            closed = tx.closed_for_tickets()
            queues = [
                replace(queue, service=with_closures([queue.service], closed)[0])
                for queue in tx.service_queues()
            ]
            estimates = self._lobby.estimates_in(tx, now, queues)
            recent = tx.recent_service_minutes(now - HISTORY_FOR_ESTIMATES)
            codes = {queue.service.id: queue.service.code for queue in queues}
            usual = {
                codes[service_id]: statistics.median(times)
                for service_id, times in recent.items()
                if service_id in codes and times
            }
            return build_floor(
                now,
                queues=queues,
                agencies=[(agency.code, agency.names) for agency in tx.agencies()],
                counters=[(row.id, row.code, row.names) for row in tx.counters()],
                presence=tx.presence(now),
                held=tx.held_steps(),
                estimates=estimates,
                served_today=tx.served_since(midnight),
                usual_minutes=usual,
                open_consultations=tx.open_consultations(),
                breaks=tx.open_breaks(),
                language=language,
            )

    def close_for_tickets(
        self, actor: Actor | None, service_code: str, closed: bool, *, now: datetime | None = None
    ) -> None:
        """Close a service for new tickets at the kiosk (the guide still issues them), or
        open it again; every console and the kiosk hear of it through the change feed."""
        require(actor, Permission.SUPERVISE_FLOOR)
        staff_id = actor.staff_id if actor else None
        with transaction(self.database) as tx:
            if not tx.close_for_tickets(service_code, now or utc_now(), staff_id, closed=closed):
                raise DeskError(
                    Message(
                        "Floor",
                        QT_TRANSLATE_NOOP("Floor", "There is no service {code} at the desk."),
                        {"code": service_code},
                    )
                )
        log.info("Service %s %s for new tickets", service_code, "closed" if closed else "opened")
