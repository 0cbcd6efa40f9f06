"""Following the desk live: what changed, and the fresh state of what changed."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from console.core.permissions import Permission
from console.core.queue import StepState, utc_now
from console.core.records import ServiceQueue, StepInfo
from console.desk.lobby import estimate_basis
from console.desk.permits import permitted, require
from console.store.database import Database
from console.store.feed import ChangeCursor, ChangeListener, Changes, FeedDown, changes_in
from console.store.feed import start_cursor as _start_cursor
from console.store.queries import transaction

if TYPE_CHECKING:
    from console.desk.queue import Actor

__all__ = ["ChangeListener", "Changes", "DeskDelta", "FeedDown", "LiveDesk"]


@dataclass(frozen=True)
class DeskDelta:
    """The current state of the visits that changed, for updating models in place."""

    changes: Changes
    read_at: datetime
    steps: tuple[StepInfo, ...]
    queues: tuple[ServiceQueue, ...]
    at_counter: tuple[StepInfo, ...]
    # Read again when a visitor's service finished (the service times changed): the
    # estimator's basis, or None to keep the last one (console.core.estimates).
    estimate_basis: dict[int, float] | None = None


class LiveDesk:
    """Reads changes for one console: its cursor, and the state of changed visits.

    As :meth:`console.desk.desk.Desk.snapshot`: visitors' names and the tickets at the
    counter only for an ``actor`` with ``Permission.READ_QUEUE``. With ``site_id`` it
    follows that office's queue (and what every office follows: set-up, cases,
    consultations); without, every office's.
    """

    def __init__(
        self,
        database: Database,
        counter_id: int | None = None,
        *,
        actor: Actor | None = None,
        site_id: int | None = None,
    ) -> None:
        self.database = database
        self.counter_id = counter_id
        self.actor = actor
        self.site_id = site_id
        self.cursor = ChangeCursor()

    def listener(self) -> ChangeListener:
        return ChangeListener(self.database, self.site_id)

    def start(self) -> None:
        """Start following from now (after a full read of the desk)."""
        self.cursor = _start_cursor(self.database)

    def delta(self) -> DeskDelta | None:
        """What changed since the last call, or None when nothing did."""
        require(self.actor, Permission.READ_DISPLAY)
        # Without READ_QUEUE the names are not read at all (IT's database role may not).
        names = permitted(self.actor, Permission.READ_QUEUE)
        # When the read began, before its first statement: everything committed before
        # this moment is in what it reads (the window keeps the newest read of the
        # counter by this time). Taken after the first statement, it could be later than
        # a commit the read does not see (SQLite's snapshot starts at that statement):
        # a finished ticket came back to the counter, then was "taken by another counter".
        read_at = utc_now()
        with transaction(self.database, read_only=True) as tx:
            changes = changes_in(tx, self.cursor, self.site_id)
            if not changes.count:
                return None
            steps = tx.visit_steps(changes.visit_ids, names=names, site_id=self.site_id)
            queues = tx.service_queues(tx.services(self.site_id), self.site_id)
            at_counter = tx.steps_at_counter(self.counter_id) if self.counter_id and names else []
            basis = None
            if any(step.state is StepState.DONE for step in steps):
                basis = estimate_basis(
                    tx, read_at, [queue.service for queue in queues], self.site_id
                )
        return DeskDelta(changes, read_at, tuple(steps), tuple(queues), tuple(at_counter), basis)
