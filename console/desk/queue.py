"""Use cases of the shared queue: issue, call next, serve, transfer, appointments.

Each public method is one transaction with its permission check; errors are
:class:`DeskError` or :class:`StepStateError` with a message for a person.
:class:`QueueDesk` is the one entry point of its family: besides reading the queue
it holds issuing tickets (issuing.py), appointments (appointments.py), serving at a
counter (serving.py), the lobby display and the estimates (lobby.py), the counter
sessions (sessions.py), and what they share (queue_base.py).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from console.core.permissions import Permission
from console.core.queue import Role, utc_now
from console.core.records import StaffInfo, StepInfo
from console.core.text import QT_TRANSLATE_NOOP
from console.desk.appointments import AppointmentDesk
from console.desk.issuing import IssuingDesk
from console.desk.lobby import LobbyDesk
from console.desk.permits import require
from console.desk.queue_base import counter_of, desk_time, queue_error
from console.desk.serving import ServingDesk
from console.desk.sessions import SessionDesk
from console.store.queries import transaction


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


class QueueDesk(AppointmentDesk, IssuingDesk, ServingDesk, LobbyDesk, SessionDesk):
    """The queue's use cases over one database."""

    # ------------------------------------------------------------ reading
    def find_ticket(
        self, actor: Actor, ticket_number: str, *, now: datetime | None = None
    ) -> StepInfo:
        require(actor, Permission.READ_QUEUE)
        now = now or utc_now()
        with transaction(self.database) as tx:
            step = tx.open_step_by_ticket(
                desk_time(now).date(), ticket_number.strip().upper(), self.office.id_in(tx)
            )
        if step is None:
            raise queue_error(
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
