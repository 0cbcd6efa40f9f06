"""What the lobby guide's view reads: the desk as the console sees it, today's
appointments, and the visitors who have waited past their service's target."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from console.core.records import AppointmentInfo, ServiceInfo, WaitingStep

if TYPE_CHECKING:
    from console.desk.desk import Desk, DeskSnapshot
    from console.desk.queue import Actor


@dataclass(frozen=True)
class OverTarget:
    """A visitor who has waited longer than their service's target."""

    step: WaitingStep
    service: ServiceInfo
    waited_minutes: int


@dataclass(frozen=True)
class GuideView:
    """One read for the guide's view."""

    snapshot: DeskSnapshot
    appointments: tuple[AppointmentInfo, ...]
    over_target: tuple[OverTarget, ...]


def over_target(
    waiting: Iterable[WaitingStep], services: Mapping[str, ServiceInfo], now: datetime
) -> list[OverTarget]:
    """The waiting visitors past their service's target wait, longest waiting first."""
    found = []
    for step in waiting:
        service = services.get(step.service_code)
        if service is None:
            continue
        waited = max(0, int((now - step.queued_at).total_seconds() // 60))
        if waited > service.target_wait_minutes:
            found.append(OverTarget(step, service, waited))
    found.sort(key=lambda row: (row.step.queued_at, row.step.step_id))
    return found


def read_guide_view(desk: Desk, actor: Actor, now: datetime | None = None) -> GuideView:
    """The queues, today's appointments and who is over target, as ``actor`` may see
    them (a guide reads the waiting visitors' names, the kiosk's role does not)."""
    snapshot = desk.snapshot(None, actor=actor)
    now = now or snapshot.read_at
    appointments = desk.queue.appointments_on(actor, now)
    services = {service.code: service for service in snapshot.services}
    return GuideView(
        snapshot, tuple(appointments), tuple(over_target(snapshot.waiting, services, now))
    )
