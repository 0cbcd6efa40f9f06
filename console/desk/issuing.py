"""Use cases of issuing tickets: a ticket for one or more services or a life event,
the kiosk's limits (its services, while open) and the first wait estimate."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import TYPE_CHECKING

from console.core.estimates import wait_minutes
from console.core.feedback import FeedbackReason, Score
from console.core.identity import clean_visitor_name
from console.core.opening import closed_services
from console.core.permissions import Permission
from console.core.queue import Language, Priority, utc_now
from console.core.records import IssuedTicket, LifeEventInfo, ServiceInfo
from console.core.text import QT_TRANSLATE_NOOP
from console.desk.lobby import estimate_basis
from console.desk.permits import require
from console.desk.queue_base import QueueDeskBase, desk_time, queue_error
from console.store.queries import Tx, transaction

if TYPE_CHECKING:
    from console.desk.queue import Actor

# The ``source`` of a ticket taken at the kiosk: only its kiosk services, only while open.
KIOSK_SOURCE = "kiosk"


def offered_life_events(tx: Tx, site_id: int | None) -> list[LifeEventInfo]:
    """The life events whose every service the office offers (all without ``site_id``)."""
    events = tx.life_events()
    if site_id is None:
        return events
    offered = {service.code for service in tx.services(site_id)}
    return [event for event in events if set(event.service_codes) <= offered]


class IssuingDesk(QueueDeskBase):
    """Tickets handed out (part of :class:`console.desk.queue.QueueDesk`)."""

    # ------------------------------------------------------------ issuing
    def _check_kiosk(
        self,
        tx: Tx,
        services: Sequence[ServiceInfo],
        language: Language,
        now: datetime,
        *,
        life_event: bool,
    ) -> None:
        """The kiosk issues only what the desk file offers there, and only while open.

        A life event at the kiosk is refused only when all its services are closed:
        the visitor goes through those that are open first. A guide issues anything.
        """
        hidden = [service for service in services if not service.kiosk]
        if hidden:
            raise queue_error(
                QT_TRANSLATE_NOOP(
                    "Queue",
                    "{service} is not issued at the ticket machine. Please ask the lobby guide.",
                ),
                service=hidden[0].names.get(language.value),
            )
        closed_ids = tx.closed_for_tickets()
        stopped = [service for service in services if service.id in closed_ids]
        if stopped and not life_event:
            raise queue_error(
                QT_TRANSLATE_NOOP(
                    "Queue",
                    "{service} takes no more tickets today. Please ask the lobby guide.",
                ),
                service=stopped[0].names.get(language.value),
            )
        # The office's own opening hours (a service's own hours still win).
        closed = closed_services(services, tx.lobby_info(self.office.id_in(tx)).hours, now)
        if closed and (not life_event or len(closed) == len(services)):
            raise queue_error(
                QT_TRANSLATE_NOOP("Queue", "{service} is closed now. Please ask the lobby guide."),
                service=closed[0].names.get(language.value),
            )

    def _estimate(self, tx: Tx, service: ServiceInfo, now: datetime, site_id: int) -> int:
        """The new ticket's wait, by the estimator the console and display use."""
        queues = {q.service.id: q for q in tx.service_queues([service], site_id)}
        queue = queues.get(service.id)
        basis = estimate_basis(tx, now, [service], site_id)
        return wait_minutes(basis[service.id], queue.waiting if queue else 0)

    def issue(
        self,
        service_codes: Sequence[str],
        *,
        language: Language = Language.FI,
        priority: Priority | None = None,
        visitor_name: str | None = None,
        source: str = "guide",
        actor: Actor | None = None,
        life_event: str | None = None,
        appointment_at: datetime | None = None,
        counter_code: str | None = None,
        now: datetime | None = None,
    ) -> IssuedTicket:
        """Hand out one ticket for a visit with one or more services, in order.

        Without ``actor`` it is the anonymous lobby (a kiosk without an account). With
        ``counter_code`` the guide hands the visitor to that counter: only it calls the
        first step, as after a transfer to a counter (later steps queue as usual)."""
        if counter_code:  # directing a visitor is staff's work (it includes issuing)
            require(actor, Permission.MANAGE_WAITING)
        require(actor, Permission.ISSUE_TICKET)
        with transaction(self.database) as tx:
            return self._issue_in(
                tx,
                service_codes,
                language=language,
                priority=priority,
                visitor_name=visitor_name,
                source=source,
                actor=actor,
                life_event=life_event,
                appointment_at=appointment_at,
                counter_code=counter_code,
                now=now or utc_now(),
            )

    def _issue_in(
        self,
        tx: Tx,
        service_codes: Sequence[str],
        *,
        language: Language,
        priority: Priority | None,
        visitor_name: str | None,
        source: str,
        actor: Actor | None,
        life_event: str | None,
        appointment_at: datetime | None,
        now: datetime,
        counter_code: str | None = None,
    ) -> IssuedTicket:
        name = clean_visitor_name(visitor_name)
        site_id = self.office.id_in(tx)
        if site_id is None:
            raise queue_error(
                QT_TRANSLATE_NOOP("Queue", "The desk is not set up yet. Ask IT to set it up.")
            )
        services = self._services(tx, service_codes, site_id)
        target_counter_id = self._counter_id(tx, counter_code) if counter_code else None
        if source == KIOSK_SOURCE:
            self._check_kiosk(tx, services, language, now, life_event=life_event is not None)
        estimate = self._estimate(tx, services[0], now, site_id)
        day = desk_time(now).date()
        prefix = services[0].prefix
        number = tx.next_ticket_number(site_id, day, prefix)
        ticket = f"{prefix}{number:03d}"
        visit_id = tx.add_visit(
            site_id=site_id,
            day=day,
            ticket_number=ticket,
            language=language,
            priority=priority,
            source=source,
            visitor_name=name,
            now=now,
            service_ids=[service.id for service in services],
            appointment_at=appointment_at,
            life_event=life_event,
            staff_id=actor.staff_id if actor else None,
            target_counter_id=target_counter_id,
        )
        return IssuedTicket(visit_id, ticket, tuple(services), language, now, estimate)

    def life_events(self) -> list[LifeEventInfo]:
        """The life events the office can serve whole (every service of theirs offered)."""
        with transaction(self.database) as tx:
            return offered_life_events(tx, self.office.id_in(tx))

    def issue_life_event(self, code: str, **options: object) -> IssuedTicket:
        events = {event.code: event for event in self.life_events()}
        event = events.get(code)
        if event is None:
            raise queue_error(
                QT_TRANSLATE_NOOP("Queue", "Unknown life event {code}. Life events: {known}."),
                code=code,
                known=", ".join(sorted(events)),
            )
        return self.issue(event.service_codes, life_event=code, **options)  # type: ignore[arg-type]

    # ------------------------------------------------------------ feedback
    def give_feedback(
        self,
        score: Score,
        reason: FeedbackReason | None = None,
        ticket_number: str | None = None,
        *,
        actor: Actor | None = None,
        now: datetime | None = None,
    ) -> int:
        """A visitor's answer to "How did we do?", anonymous: with today's ticket number
        it joins the services of that visit (the number is not kept). Returns how many
        services it joined (0: none, or an unknown number)."""
        require(actor, Permission.ISSUE_TICKET)  # the lobby: a kiosk, a guide
        now = now or utc_now()
        number = (ticket_number or "").strip().upper()
        with transaction(self.database) as tx:
            services = (
                tx.services_of_ticket(desk_time(now).date(), number, self.office.id_in(tx))
                if number
                else []
            )
            tx.add_feedback(
                int(Score(score)), FeedbackReason(reason).value if reason else None, services, now
            )
        return len(services)
