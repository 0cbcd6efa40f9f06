"""The reports and the cost-sharing report: how a period went, for a supervisor.

Read-only use cases over the queue's history (``console.store.report_queries``),
counted by ``console.core.reports``. The days are the desk's (Europe/Helsinki), from
``start`` to ``end`` inclusive.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import replace
from datetime import date, timedelta
from typing import TYPE_CHECKING

from console.core.forecast import (
    DEFAULT_WEEKS,
    StaffingForecast,
    forecast_staffing,
    monday_of,
)
from console.core.permissions import Permission
from console.core.queue import utc_now
from console.core.reports import (
    CostMethod,
    CostSplit,
    Dimension,
    Period,
    Report,
    ReportCharts,
    agency_uses,
    booking_figures,
    break_figures,
    charts_of,
    days,
    split_cost,
    summarise,
)
from console.core.text import QT_TRANSLATE_NOOP, DatabaseUnreachable, Message
from console.desk.errors import DeskError
from console.desk.office import office_id
from console.desk.permits import require
from console.store.database import Database
from console.store.queries import transaction
from console.store.schema import ensure_current

if TYPE_CHECKING:
    from console.desk.queue import Actor

log = logging.getLogger(__name__)

# A report reads the period's whole history at once: a year of a busy desk is some
# 200,000 steps (benchmarks/reports.py). Longer periods are split by the caller.
MAX_DAYS = 400


def _check_period(start: date, end: date) -> None:
    if end < start:
        raise DeskError(
            Message(
                "Reports",
                QT_TRANSLATE_NOOP("Reports", "The period ends ({end}) before it starts ({start})."),
                {"start": start.isoformat(), "end": end.isoformat()},
            )
        )
    if (end - start).days + 1 > MAX_DAYS:
        raise DeskError(
            Message(
                "Reports",
                QT_TRANSLATE_NOOP(
                    "Reports",
                    "A report covers at most {days} days; make one per year.",
                ),
                {"days": MAX_DAYS},
            )
        )


class ReportDesk:
    """Use cases: the figures of a period, and the split of a shared cost.

    ``replica`` opens the read replica the reports read from (``reports.database_url``,
    docs/deploy.md): the shared database's whole history is read for a year's report,
    which a replica takes off the primary that every counter writes to. It is opened on
    the first report, not when a console starts (most consoles never make one), and
    its schema is checked then. While it cannot be reached the reports read the shared
    database itself, and the log says so: a supervisor still gets the figures.
    """

    def __init__(
        self, database: Database, *, replica: Callable[[], Database] | None = None
    ) -> None:
        self.database = database
        self._open_replica = replica
        self._replica: Database | None = None
        self._checked = False
        self._lock = threading.Lock()  # reports run on the database's worker threads

    def reading(self) -> Database:
        """The database a report reads: the replica when one is set and answers."""
        if self._open_replica is None:
            return self.database
        with self._lock:
            if self._replica is None:
                self._replica = self._open_replica()
            replica, checked = self._replica, self._checked
        try:
            replica.ping()
        except DatabaseUnreachable as error:
            log.warning(
                "The reports' replica cannot be reached; reading the shared database: %s",
                error.message.english(),
            )
            return self.database
        if not checked:
            # A replica of another Tiski version's database would read wrong columns.
            ensure_current(replica, upgrade_if_behind=False)
            self._checked = True
        return replica

    def close(self) -> None:
        """Close the replica's connections, if one was opened (the shared database is
        the desk's to close)."""
        with self._lock:
            replica, self._replica, self._checked = self._replica, None, False
        if replica is not None:
            replica.dispose()

    def report(
        self,
        actor: Actor | None,
        start: date,
        end: date,
        *,
        period: Period = Period.ALL,
        dimension: Dimension = Dimension.DESK,
        office: str = "",
    ) -> Report:
        """The period's figures per ``period`` slot and per ``dimension``, with totals;
        with ``office`` (its code) of that office's visits only."""
        return self.report_with_charts(
            actor, start, end, period=period, dimension=dimension, charts=False, office=office
        )[0]

    def charts(
        self, actor: Actor | None, start: date, end: date, *, office: str = ""
    ) -> ReportCharts:
        """What the report's charts draw: arrivals per weekday and hour, waits per day
        against the target, and the services each agency served."""
        require(actor, Permission.READ_REPORTS)
        _check_period(start, end)
        first, after = days(start, end)
        with transaction(self.reading()) as tx:
            records = tx.step_history(first, after, office_id(tx, office))
            labels = {service.code: service.prefix for service in tx.services()}
        return charts_of(records, start, end, labels)

    def report_with_charts(
        self,
        actor: Actor | None,
        start: date,
        end: date,
        *,
        period: Period = Period.ALL,
        dimension: Dimension = Dimension.DESK,
        charts: bool = True,
        office: str = "",
    ) -> tuple[Report, ReportCharts | None]:
        """The figures and (``charts``) the charts from one read of the history: a year
        is some 200,000 steps, read once for both (the reports window)."""
        require(actor, Permission.READ_REPORTS)
        _check_period(start, end)
        first, after = days(start, end)
        with transaction(self.reading()) as tx:
            records = tx.step_history(first, after, office_id(tx, office))
            extras = booking_figures(
                tx.appointment_states(first, after), tx.consultation_times(first, after)
            )
            breaks = tx.break_spans(first, after, utc_now())
            extras.update(break_figures(breaks))
            feedback = tx.feedback_between(first, after)
            labels = {service.code: service.prefix for service in tx.services()}
        report = summarise(
            records,
            start=start,
            end=end,
            period=period,
            dimension=dimension,
            extras=extras,
            feedback=feedback,
            breaks=breaks,
        )
        report = replace(report, office=office)
        return report, charts_of(records, start, end, labels) if charts else None

    def forecast(
        self, actor: Actor | None, today: date, *, weeks: int = DEFAULT_WEEKS, office: str = ""
    ) -> StaffingForecast:
        """Next week's arrivals per weekday and hour and the staff they need (Erlang C),
        from the ``weeks`` full weeks before this one, with the method's error on the
        last of them."""
        require(actor, Permission.READ_REPORTS)
        this_week = monday_of(today)
        first, after = days(this_week - timedelta(weeks=weeks), this_week - timedelta(days=1))
        with transaction(self.reading()) as tx:
            records = tx.step_history(first, after, office_id(tx, office))
        forecast = forecast_staffing(
            records, this_week + timedelta(weeks=1), weeks=weeks, history_to=this_week
        )
        return replace(forecast, office=office)

    def cost_split(
        self,
        actor: Actor | None,
        start: date,
        end: date,
        total_cents: int,
        method: CostMethod,
        *,
        base_cents: int = 0,
        office: str = "",
    ) -> CostSplit:
        """``total_cents`` split between the agencies by what they served in the period."""
        require(actor, Permission.READ_REPORTS)
        _check_period(start, end)
        first, after = days(start, end)
        with transaction(self.reading()) as tx:
            uses = agency_uses(
                tx.step_history(first, after, office_id(tx, office)), tx.agency_codes()
            )
        fixed = base_cents if method is CostMethod.BASE_PLUS_STEPS else 0
        if total_cents < 0 or fixed < 0 or fixed * len(uses) > total_cents:
            raise DeskError(
                Message(
                    "Reports",
                    QT_TRANSLATE_NOOP(
                        "Reports",
                        "The cost to share ({cost} cents) must be at least the fixed part "
                        "({base} cents) times the {agencies} agencies; enter a larger cost "
                        "or a smaller fixed part.",
                    ),
                    {"cost": total_cents, "base": fixed, "agencies": len(uses)},
                )
            )
        return replace(split_cost(uses, total_cents, method, base_cents=fixed), office=office)
