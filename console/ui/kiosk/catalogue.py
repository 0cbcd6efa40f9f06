"""What the kiosk offers: agencies, services, life events, waits and the desk's lobby
texts and hours, read in the background."""

from __future__ import annotations

from dataclasses import dataclass, field

from console.core.records import AgencyInfo, LifeEventInfo, LobbyInfo, Names, ServiceInfo
from console.desk.desk import Desk


@dataclass(frozen=True)
class KioskCatalogue:
    """What the kiosk offers, read in the background."""

    site: Names | None
    agencies: tuple[AgencyInfo, ...]
    services: tuple[ServiceInfo, ...]
    life_events: tuple[LifeEventInfo, ...]
    estimates: dict[int, int]
    lobby: LobbyInfo = field(default_factory=LobbyInfo)

    @property
    def offered(self) -> tuple[ServiceInfo, ...]:
        """The services the desk file offers at the kiosk (the rest only a guide issues)."""
        return tuple(service for service in self.services if service.kiosk)

    @property
    def offered_life_events(self) -> tuple[LifeEventInfo, ...]:
        """Life events whose every service is offered here: the desk refuses the rest."""
        codes = {service.code for service in self.offered}
        return tuple(
            event
            for event in self.life_events
            if event.service_codes and set(event.service_codes) <= codes
        )


def load_catalogue(desk: Desk) -> KioskCatalogue:
    """Agencies, services, life events, current waits, the desk's hours and welcome
    (runs off the GUI thread)."""
    site, agencies, services = desk.catalogue()
    return KioskCatalogue(
        site,
        agencies,
        services,
        tuple(desk.queue.life_events()),
        desk.queue.estimates(),
        desk.lobby(),
    )
