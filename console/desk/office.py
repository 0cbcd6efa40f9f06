"""The office (site) a desk works for: one database holds many (migration 0022).

A console, kiosk or display belongs to the office of its ``desk.site`` setting, or, with
none set, to the database's first office (a desk of one office never names it). Staff
who sign in at a counter work at that counter's office.
"""

from __future__ import annotations

from console.core.text import QT_TRANSLATE_NOOP, Message
from console.desk.errors import DeskError
from console.store.database import Database
from console.store.queries import Tx, transaction

_CTX = "Desk"


def office_id(tx: Tx, code: str) -> int | None:
    """The office of ``code`` a report or the floor reads (None without a code: every
    office), or a refusal naming the offices there are."""
    if not code:
        return None
    found = tx.site_id(code)
    if found is None:
        raise DeskError(
            Message(
                _CTX,
                QT_TRANSLATE_NOOP("Desk", "There is no office {code}. Offices: {known}."),
                {"code": code, "known": ", ".join(o.code for o in tx.offices()) or "-"},
            )
        )
    return found


class Office:
    """Which office's queue, counters and lobby a desk reads and writes."""

    def __init__(self, code: str = "") -> None:
        self.code = code.strip()
        self._id: int | None = None

    def id_in(self, tx: Tx) -> int | None:
        """The office's id; None while the database has no office at all (a desk not
        set up yet). An office code the database does not know is refused."""
        if self._id is None:
            found = tx.site_id(self.code)
            if found is None and self.code:
                raise DeskError(
                    Message(
                        _CTX,
                        QT_TRANSLATE_NOOP(
                            "Desk",
                            "The database has no office {code}. Offices: {known}. Check "
                            "the desk.site setting with IT.",
                        ),
                        {
                            "code": self.code,
                            "known": ", ".join(o.code for o in tx.offices()) or "-",
                        },
                    )
                )
            self._id = found  # None is asked again: the desk may be set up meanwhile
        return self._id

    def resolve(self, database: Database) -> int | None:
        """:meth:`id_in` in a transaction of its own."""
        if self._id is not None:
            return self._id
        with transaction(database, read_only=True) as tx:
            return self.id_in(tx)

    def work_at(self, site_id: int | None) -> None:
        """Work at another office (staff signed in at one of its counters)."""
        if site_id is not None:
            self._id = site_id
