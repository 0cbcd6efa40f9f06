"""What the queue's use cases share: the database, the recall limit, the stranded
sweep, the services a visit may hold, the actor's counter, and the refusals in the
translation context "Queue" (see :class:`console.desk.queue.QueueDesk`)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from console.core.permissions import Permission, roles_with
from console.core.queue import DESK_TIMEZONE
from console.core.records import ServiceInfo
from console.core.stranded import DEFAULT_STRANDED_AFTER
from console.core.text import QT_TRANSLATE_NOOP, Message
from console.desk.errors import DeskError
from console.desk.office import Office
from console.desk.stranded import StrandedDesk
from console.store.database import Database
from console.store.queries import Tx

if TYPE_CHECKING:
    from console.desk.queue import Actor

MAX_SERVICES_PER_VISIT = 10
SERVING_ROLES = frozenset(roles_with(Permission.SERVE))
HISTORY_FOR_ESTIMATES = timedelta(hours=3)


def queue_error(text: str, **params: object) -> DeskError:
    """A refusal of a use case of the queue, in the translation context "Queue"."""
    return DeskError(Message("Queue", text, dict(params)))


def desk_time(now: datetime) -> datetime:
    """The moment on the desk's clock (Europe/Helsinki): its day and its hour."""
    return now.astimezone(DESK_TIMEZONE)


def counter_of(actor: Actor) -> int:
    """The actor's counter, or a refusal for someone signed in without one."""
    if actor.counter_id is None:
        raise queue_error(
            QT_TRANSLATE_NOOP(
                "Queue", "This needs a counter: sign in to the console at a counter first."
            )
        )
    return actor.counter_id


class QueueDeskBase:
    """The database of the queue's use cases and what they share."""

    def __init__(
        self,
        database: Database,
        *,
        max_recalls: int = 3,
        stranded_after: timedelta = DEFAULT_STRANDED_AFTER,
        office: Office | None = None,
    ) -> None:
        self.database = database
        self.office = office or Office()
        self.max_recalls = max_recalls
        self.stranded = StrandedDesk(database, stranded_after=stranded_after)
        # Call next's directory of services (serving.py), read at most once a minute.
        self._service_cache: dict[str, ServiceInfo] | None = None
        self._services_read = 0.0

    def _services(
        self, tx: Tx, codes: Sequence[str], site_id: int | None = None
    ) -> list[ServiceInfo]:
        """The services of ``codes`` in their order (with ``site_id``: offered at the
        office), or a refusal a person can act on."""
        if not codes:
            raise queue_error(QT_TRANSLATE_NOOP("Queue", "Choose at least one service."))
        if len(codes) > MAX_SERVICES_PER_VISIT:
            raise queue_error(
                QT_TRANSLATE_NOOP("Queue", "One visit can hold at most {limit} services."),
                limit=MAX_SERVICES_PER_VISIT,
            )
        known = {service.code: service for service in tx.services(site_id)}
        unknown = [code for code in codes if code not in known]
        if (
            unknown
            and site_id is not None
            and all(code in {service.code for service in tx.services()} for code in unknown)
        ):
            raise queue_error(
                QT_TRANSLATE_NOOP(
                    "Queue",
                    "{unknown} is not offered at this office. Services here: {known}.",
                ),
                unknown=", ".join(unknown),
                known=", ".join(sorted(known)),
            )
        if unknown:
            raise queue_error(
                QT_TRANSLATE_NOOP("Queue", "Unknown service {unknown}. Services: {known}."),
                unknown=", ".join(unknown),
                known=", ".join(sorted(known)),
            )
        return [known[code] for code in codes]

    def _counter_id(self, tx: Tx, code: str) -> int:
        """The id of counter ``code``, or a refusal naming the counters there are."""
        counters = {counter.code: counter for counter in tx.counters(self.office.id_in(tx))}
        if code not in counters:
            raise queue_error(
                QT_TRANSLATE_NOOP("Queue", "Unknown counter {code}. Counters: {known}."),
                code=code,
                known=", ".join(sorted(counters)),
            )
        return counters[code].id
